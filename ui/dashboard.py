"""工作台: the cases that need attention today, each one a double-click away.

Every list comes from the core's ``agenda`` service (plus ``views.risk_dict`` for the
reasons of high-risk cases); there are no queries of our own. Statisticians and
administrators also see this month's figures from ``statistics.compute`` (the roles that
may see figures are the core's ``roles.STATISTICS``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from mediation_app.services.actor import Actor
from mediation_app.services.cases import access, agenda, views
from ui import badges, vocab
from ui.charts import BarChart, Tiles
from ui.context import AppContext
from ui.models import figures
from ui.models.figures import MonthFigures
from ui.widgets import mark_data

REASONS_FOR = 20
"""High-risk cases whose reasons are read (each needs the whole case)."""
TYPES_SHOWN = 5
"""Dispute types in the dashboard's chart: the month's most frequent."""
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 30

# (agenda list, box title); "open" is the actor's own when they are on the roster
SECTIONS: tuple[tuple[str, str], ...] = (
    ("open", QT_TRANSLATE_NOOP("Dashboard", "我的在办案件")),
    ("overdue", QT_TRANSLATE_NOOP("Dashboard", "逾期案件")),
    ("due_this_week", QT_TRANSLATE_NOOP("Dashboard", "本周到期")),
    ("high_risk", QT_TRANSLATE_NOOP("Dashboard", "高风险案件及主要原因")),
    ("follow_ups_due", QT_TRANSLATE_NOOP("Dashboard", "待回访")),
    ("confirmation_closing", QT_TRANSLATE_NOOP("Dashboard", "司法确认申请期即将届满")),
    ("feedback_owed", QT_TRANSLATE_NOOP("Dashboard", "待向移送单位反馈")),
    ("referral_deadline_near", QT_TRANSLATE_NOOP("Dashboard", "移送单位期限临近")),
)
ALL_OPEN = QT_TRANSLATE_NOOP("Dashboard", "在办案件（全部）")


@dataclass
class DashboardData:
    lists: dict[str, list[dict[str, Any]]]
    own_open: bool
    reasons: dict[int, list[dict[str, Any]]]
    month: MonthFigures | None = None


def load(session: Session, actor: Actor, today: dt.date) -> DashboardData:
    """One read transaction for the whole page (runs on the worker)."""
    lists = agenda.agenda(session, actor, today)
    own = actor.staff_id is not None
    if own:
        lists["open"] = agenda.agenda(session, actor, today, mine_only=True)["open"]
    reasons: dict[int, list[dict[str, Any]]] = {}
    for row in lists["high_risk"][:REASONS_FOR]:
        risk = views.risk_dict(access.load(session, row["id"]))
        counted = [r for r in risk["reasons"] if r.get("weight") and not r.get("ruled_out")]
        reasons[row["id"]] = sorted(counted, key=lambda r: -float(r["weight"]))[:3]
    month = (figures.load_month(session, actor, figures.month_of(today))
             if figures.may_see_figures(actor) else None)
    return DashboardData(lists, own, reasons, month)


class MonthBox(QGroupBox):
    """This month's headline figures and the most frequent dispute types."""

    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Dashboard", "本月统计"), parent)
        self.setObjectName("month-figures")
        self.tiles = Tiles(self)
        self.chart = BarChart(self, row=18, gap=3)
        self.chart.setAccessibleName(QCoreApplication.translate(
            "Dashboard", "本月按纠纷类型的调解件数"))
        self.export_button = QPushButton(QCoreApplication.translate("Dashboard", "月度报送…"),
                                         self)
        self.export_button.setObjectName("open-export")
        self.export_button.setToolTip(QCoreApplication.translate(
            "Dashboard", "预览并导出向司法局报送的月报 (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_requested)
        left = QVBoxLayout()
        left.addWidget(self.tiles)
        left.addStretch(1)
        left.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.chart, 1)

    def show_month(self, month: MonthFigures) -> None:
        self.setTitle(QCoreApplication.translate("Dashboard", "本月统计（{0}）").format(
            month.month))
        self.tiles.set_tiles(figures.headline(month))
        bars = sorted(figures.type_bars(month.flat, hide_zero=True), key=lambda b: -b.value)
        self.chart.set_bars(bars[:TYPES_SHOWN], figures.bar_legend(),
                            QCoreApplication.translate("Dashboard", "本月尚无调解结束的案件"))


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

    def show_rows(self, lines: list[tuple[dict[str, Any], str, str]]) -> None:
        count = str(len(lines)) if len(lines) < agenda.LIMIT else f"{agenda.LIMIT}+"
        self.setTitle(QCoreApplication.translate("Dashboard", "{0}（{1}）").format(
            self.base_title, count))
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
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred if lines
                           else QSizePolicy.Policy.Maximum)


class _CaseList(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class Dashboard(QWidget):
    """``export_requested`` asks the main window for the 月度报送 dialog."""

    open_case = Signal(int)
    export_requested = Signal()

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
        self.boxes: dict[str, CaseListBox] = {}
        body = QWidget(self)
        grid = QGridLayout(body)
        self.month_box = MonthBox(body)
        self.month_box.export_requested.connect(self.export_requested)
        self.month_box.setVisible(figures.may_see_figures(app.actor))
        grid.addWidget(self.month_box, 0, 0, 1, 2)
        for i, (name, title) in enumerate(SECTIONS):
            box = CaseListBox(name, QCoreApplication.translate("Dashboard", title), body)
            box.open_case.connect(self.open_case)
            grid.addWidget(box, 1 + i // 2, i % 2)
            self.boxes[name] = box
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        top = QGridLayout()
        top.addWidget(self.heading, 0, 0)
        top.addWidget(self.refresh_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
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
        if data.month is not None:
            self.month_box.show_month(data.month)
        if not data.own_open:
            self.boxes["open"].base_title = QCoreApplication.translate("Dashboard", ALL_OPEN)
        for name, box in self.boxes.items():
            rows = data.lists.get(name, [])
            if name == "high_risk":
                box.show_rows([self._risk_line(row, data.reasons.get(row["id"], []))
                               for row in rows])
            else:
                box.show_rows([(row, self._line(row), "") for row in rows])

    def _risk_line(self, row: dict[str, Any], reasons: list[dict[str, Any]]
                   ) -> tuple[dict[str, Any], str, str]:
        words = "；".join(self._reason(r) for r in reasons)
        text = f"{self._line(row)}\n    {words}" if words else self._line(row)
        return row, text, "\n".join(self._reason(r, quote=True) for r in reasons)

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
