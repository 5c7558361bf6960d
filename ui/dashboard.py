"""工作台: the cases that need attention today, each one a double-click away.

Every list is a call to existing services (``queries``, ``views``); there are no queries of
our own. Sections without a service behind them (follow-ups due, confirmation windows,
monthly figures) are left out until the core offers them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from mediation_app.domain.lifecycle import CONCLUDED, OPEN
from mediation_app.services import office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import access, queries, views
from mediation_app.services.cases.deadlines import RUNNING
from mediation_app.services.cases.queries import CaseFilter
from ui import badges, vocab
from ui.context import AppContext
from ui.widgets import mark_data

LIST_LIMIT = 50
HIGH_RISK_LIMIT = 20
DUE_WINDOW_DAYS = 7
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 30


@dataclass
class Section:
    rows: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0


@dataclass
class DashboardData:
    mine_is_own: bool
    mine: Section
    overdue: Section
    due_soon: Section
    high_risk: Section
    reasons: dict[int, list[dict[str, Any]]]


def _section(session: Session, actor: Actor, f: CaseFilter, today: dt.date,
             limit: int = LIST_LIMIT) -> Section:
    ids = queries.page_ids(session, f, today, limit=limit, offset=0)
    return Section(queries.rows(session, actor, ids, today), queries.count(session, f, today))


def load(session: Session, actor: Actor, today: dt.date) -> DashboardData:
    """One read transaction for the whole page (runs on the worker)."""
    open_states = tuple(s.value for s in OPEN)
    own_name = next((s["name"] for s in office.list_staff(session)
                     if actor.staff_id is not None and s["id"] == actor.staff_id), None)
    mine = _section(session, actor, CaseFilter(status=open_states, mediator=own_name,
                                               sort="deadline", descending=False), today)
    overdue = _section(session, actor, CaseFilter(overdue=True, sort="deadline",
                                                  descending=False), today)
    # "due within a week": running cases by deadline, the first week of them; no service
    # filters on deadline ranges yet (requested), so the cut-off is applied to sorted rows
    running = _section(session, actor, CaseFilter(status=RUNNING, sort="deadline",
                                                  descending=False), today, limit=200)
    limit = (today + dt.timedelta(days=DUE_WINDOW_DAYS)).isoformat()
    soon = [r for r in running.rows if not r["overdue"] and r["deadline"]
            and r["deadline"] <= limit]
    not_archived = (*open_states, *(s.value for s in CONCLUDED))
    high = _section(session, actor, CaseFilter(risk="high", status=not_archived, sort="risk"),
                    today, limit=HIGH_RISK_LIMIT)
    reasons: dict[int, list[dict[str, Any]]] = {}
    for row in high.rows:
        risk = views.risk_dict(access.load(session, row["id"]))
        counted = [r for r in risk["reasons"] if r.get("weight") and not r.get("ruled_out")]
        reasons[row["id"]] = sorted(counted, key=lambda r: -float(r["weight"]))[:3]
    return DashboardData(own_name is not None, mine, overdue, Section(soon, len(soon)),
                         high, reasons)


class CaseListBox(QGroupBox):
    """A titled list of cases; double-click or Enter opens one."""

    open_case = Signal(int)

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.base_title = title
        self.list = _CaseList(self)
        self.list.setObjectName(f"{name}-list")
        mark_data(self.list)
        self.list.itemActivated.connect(self._activated)
        self.empty = QLabel(QCoreApplication.translate("Dashboard", "暂无"), self)
        self.empty.setStyleSheet("color: #6b6b6b;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def _activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_case.emit(int(case_id))

    def show_rows(self, section: Section, lines: list[tuple[dict[str, Any], str, str]]) -> None:
        self.setTitle(QCoreApplication.translate("Dashboard", "{0}（{1}）").format(
            self.base_title, section.total))
        self.list.clear()
        for row, text, tip in lines:
            item = QListWidgetItem(text)
            item.setData(CASE_ID_ROLE, row["id"])
            if tip:
                item.setToolTip(tip)
            if row.get("overdue"):
                item.setForeground(badges.OVERDUE)
            self.list.addItem(item)
        self.empty.setVisible(not lines)
        self.list.setVisible(bool(lines))


class _CaseList(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class Dashboard(QWidget):
    open_case = Signal(int)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("dashboard")
        self.data: DashboardData | None = None
        self.heading = QLabel(self.tr("工作台"), self)
        self.heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.refresh_button.setObjectName("refresh-dashboard")
        self.refresh_button.setToolTip(self.tr("重新读取 (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.mine = CaseListBox("mine", self.tr("我的在办案件"), self)
        self.overdue = CaseListBox("overdue", self.tr("逾期案件"), self)
        self.due_soon = CaseListBox("due-soon", self.tr("本周到期"), self)
        self.high_risk = CaseListBox("high-risk", self.tr("高风险案件及主要原因"), self)
        grid = QGridLayout()
        for i, box in enumerate((self.mine, self.overdue, self.due_soon, self.high_risk)):
            grid.addWidget(box, i // 2, i % 2)
            box.open_case.connect(self.open_case)
        top = QGridLayout()
        top.addWidget(self.heading, 0, 0)
        top.addWidget(self.refresh_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.refresh()

    def refresh(self) -> None:
        actor, today = self.app.actor, self.app.today()
        self.refresh_button.setEnabled(False)
        self.app.worker.run(lambda s: load(s, actor, today), on_done=self._loaded,
                            on_error=self._failed, owner=self)

    def _failed(self, exc: BaseException, details: str) -> None:
        self.refresh_button.setEnabled(True)
        self.app.dialogs.show_exception(self, exc, details)

    def _loaded(self, data: DashboardData) -> None:
        self.refresh_button.setEnabled(True)
        self.data = data
        self.mine.base_title = self.tr("我的在办案件") if data.mine_is_own else \
            self.tr("在办案件（全部）")
        self.mine.show_rows(data.mine, [(r, self._line(r), "") for r in data.mine.rows])
        self.overdue.show_rows(data.overdue, [(r, self._line(r), "") for r in data.overdue.rows])
        self.due_soon.show_rows(data.due_soon,
                                [(r, self._line(r), "") for r in data.due_soon.rows])
        lines = []
        for row in data.high_risk.rows:
            reasons = data.reasons.get(row["id"], [])
            words = "；".join(self._reason(r) for r in reasons)
            lines.append((row, f"{self._line(row)}\n    {words}" if words else self._line(row),
                          "\n".join(self._reason(r, quote=True) for r in reasons)))
        self.high_risk.show_rows(data.high_risk, lines)

    def _line(self, row: dict[str, Any]) -> str:
        parties = "、".join(row.get("parties") or [])
        deadline = row.get("deadline")
        due = ""
        if deadline:
            due = self.tr("期限 {0}").format(deadline)
            if row.get("overdue"):
                due += " " + badges.overdue_text()
        parts = [row["number"], vocab.label(row.get("dispute_type")), parties,
                 vocab.label(row.get("status_label")), due]
        return " · ".join(p for p in parts if p)

    @staticmethod
    def _reason(reason: dict[str, Any], *, quote: bool = False) -> str:
        text = str(reason.get("label") or reason.get("code") or "")
        if quote and reason.get("quote"):
            where = reason.get("field_label") or reason.get("field") or ""
            text += f"：{where}“{reason['quote']}”"
        return text
