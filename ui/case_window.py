"""One case: header, every lifecycle action as a button, and tabs over ``views.case_dict``.

Buttons are enabled exactly for ``allowed_actions`` (what the core says); a disabled one
tells why in its tooltip (``lifecycle.WHY_NOT``). Each opens the generic form with that
action's fields and saves through ``actions.act`` on the worker. The documents,
attachments and risk tabs are widgets of their own (``print_preview``,
``attachments_view``, ``risk_view``); one worker call loads what all tabs show.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.lifecycle import Action
from mediation_app.services import attachments, office, risk_cases
from mediation_app.services.actor import Actor
from mediation_app.services.cases import access, actions, views
from ui import action_forms, printing, vocab
from ui.attachments_view import AttachmentsView
from ui.badges import RiskBadge
from ui.context import AppContext
from ui.forms import FormDialog
from ui.models.records import RecordColumn, RecordTableModel, key
from ui.print_preview import DocumentsView, PrintPreview, most_relevant
from ui.record_tables import ROW_HEIGHT, record_table, set_records
from ui.risk_view import RiskView
from ui.timefmt import local_time
from ui.widgets import data_label, mark_data

CTX = "CaseWindow"
__all__ = ["ROW_HEIGHT", "CaseWindow", "record_table", "set_records"]


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for



def _v(name: str) -> Any:
    """A column of core vocabulary, shown translated."""
    return lambda record: vocab.label(record.get(name))


def _columns(*spec: tuple[str, Any]) -> tuple[RecordColumn, ...]:
    return tuple(RecordColumn(title, show, CTX) for title, show in spec)


PARTY_COLUMNS = _columns(
    (QT_TRANSLATE_NOOP("CaseWindow", "身份"), _v("role")),
    (QT_TRANSLATE_NOOP("CaseWindow", "类型"), _v("kind")),
    (QT_TRANSLATE_NOOP("CaseWindow", "姓名/名称"), key("name")),
    (QT_TRANSLATE_NOOP("CaseWindow", "性别"), _v("sex")),
    (QT_TRANSLATE_NOOP("CaseWindow", "民族"), key("ethnicity")),
    (QT_TRANSLATE_NOOP("CaseWindow", "年龄"), key("age")),
    (QT_TRANSLATE_NOOP("CaseWindow", "身份证号"), key("id_number")),
    (QT_TRANSLATE_NOOP("CaseWindow", "联系电话"), key("phone")),
    (QT_TRANSLATE_NOOP("CaseWindow", "单位或住址"), key("address")),
    (QT_TRANSLATE_NOOP("CaseWindow", "职业或职务"), key("occupation")),
    (QT_TRANSLATE_NOOP("CaseWindow", "法定代表人"), key("representative")),
)
SESSION_COLUMNS = _columns(
    (QT_TRANSLATE_NOOP("CaseWindow", "次序"), key("seq")),
    (QT_TRANSLATE_NOOP("CaseWindow", "时间"), lambda r: local_time(r.get("held_on"))),
    (QT_TRANSLATE_NOOP("CaseWindow", "地点"), key("place")),
    (QT_TRANSLATE_NOOP("CaseWindow", "公开"), key("public")),
    (QT_TRANSLATE_NOOP("CaseWindow", "结果"), _v("result")),
    (QT_TRANSLATE_NOOP("CaseWindow", "参加人"),
     lambda r: "、".join(f"{p['name']}（{vocab.label(p['role'])}）"
                        for p in r.get("participants", []))),
)
CHECK_COLUMNS = _columns(
    (QT_TRANSLATE_NOOP("CaseWindow", "检查日期"), key("date")),
    (QT_TRANSLATE_NOOP("CaseWindow", "履行情况"), _v("status")),
    (QT_TRANSLATE_NOOP("CaseWindow", "说明"), key("note")),
)
FOLLOW_UP_COLUMNS = _columns(
    (QT_TRANSLATE_NOOP("CaseWindow", "回访日期"), key("date")),
    (QT_TRANSLATE_NOOP("CaseWindow", "回访人"), key("visitor")),
    (QT_TRANSLATE_NOOP("CaseWindow", "满意度"), key("satisfaction")),
    (QT_TRANSLATE_NOOP("CaseWindow", "下次回访"), key("next_due_on")),
)
CONFIRMATION_COLUMNS = _columns(
    (QT_TRANSLATE_NOOP("CaseWindow", "申请日期"), key("applied_on")),
    (QT_TRANSLATE_NOOP("CaseWindow", "法院"), key("court")),
    (QT_TRANSLATE_NOOP("CaseWindow", "结果"), _v("result")),
)
AUDIT_COLUMNS = _columns(
    (QT_TRANSLATE_NOOP("CaseWindow", "时间"), lambda r: local_time(r.get("at"))),
    (QT_TRANSLATE_NOOP("CaseWindow", "操作人"), key("user")),
    (QT_TRANSLATE_NOOP("CaseWindow", "操作"), lambda r: audit_action(r.get("action", ""))),
    (QT_TRANSLATE_NOOP("CaseWindow", "内容"), lambda r: changes_text(r.get("changes") or {})),
)


def audit_action(action: str) -> str:
    if action == "register":
        return translate("CaseWindow", "登记")
    try:
        return vocab.action_label(action)
    except ValueError:
        return action


def changes_text(changes: dict[str, Any]) -> str:
    """A compact line of the (already masked) changes of one audit event."""
    parts = []
    for name, value in changes.items():
        if isinstance(value, dict) and set(value) == {"before", "after"}:
            parts.append(f"{name}: {value['before']} → {value['after']}")
        elif isinstance(value, list):
            parts.append(f"{name}: {'、'.join(str(v) for v in value)}")
        else:
            parts.append(f"{name}: {value}")
    return "；".join(parts)


def case_payload(session: Any, actor: Actor, case_id: int, today: dt.date
                 ) -> dict[str, Any]:
    """Everything the case window's tabs show, read in one transaction."""
    case = views.case_dict(session, actor, access.load(session, case_id), today=today,
                           with_audit=True)
    return {"case": case, "staff": office.list_staff(session),
            "attachments": attachments.listing(session, case_id),
            "risk_history": risk_cases.history(session, case_id)}


class CaseWindow(QWidget):
    """A top-level window for one case; emits ``changed`` after every saved action."""

    changed = Signal(int)

    def __init__(self, app: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app = app
        self.case_id = case_id
        self.case: dict[str, Any] | None = None
        self.staff: list[dict[str, Any]] = []
        self.history: dict[str, Any] | None = None
        self.setObjectName("case-window")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("案件"))
        self.resize(1000, 720)

        self.number = data_label("", self)
        self.number.setObjectName("case-number")
        self.number.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.number.setWordWrap(False)
        self.status = QLabel(self)
        self.status.setObjectName("case-status")
        self.status.setStyleSheet("padding: 2px 8px; border: 1px solid #1d6a96; "
                                  "border-radius: 8px; color: #1d6a96;")
        self.countdown = QLabel(self)
        self.countdown.setObjectName("countdown")
        self.risk = RiskBadge(self)
        header = QHBoxLayout()
        header.addWidget(self.number)
        header.addWidget(self.status)
        header.addStretch(1)
        header.addWidget(self.countdown)
        header.addWidget(self.risk)

        self.buttons: dict[Action, QPushButton] = {}
        actions_box = QGroupBox(self.tr("办理"), self)
        grid = QGridLayout(actions_box)
        for i, action in enumerate(Action):
            button = QPushButton(vocab.action_label(action), actions_box)
            button.setObjectName(f"action-{action.value}")
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, a=action: self.start_action(a))
            grid.addWidget(button, i // 7, i % 7)
            self.buttons[action] = button

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("case-tabs")
        self._build_tabs()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(actions_box)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.open_document)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, activated=self.print_case)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.reload)
        self.reload()

    # --- tabs ----------------------------------------------------------------------------
    def _build_tabs(self) -> None:
        overview = QWidget(self)
        form = QFormLayout(overview)
        self.facts: dict[str, QLabel] = {}
        for name, title in (("dispute_type", self.tr("纠纷类型")), ("source", self.tr("案件来源")),
                            ("received_on", self.tr("收案日期")),
                            ("accepted_on", self.tr("受理日期")),
                            ("mediators", self.tr("调解员")), ("amount", self.tr("涉及金额")),
                            ("persons_involved", self.tr("涉及人数")),
                            ("referral", self.tr("移送信息")), ("summary", self.tr("纠纷简要情况")),
                            ("requests", self.tr("申请事项")), ("outcome", self.tr("结果"))):
            label = data_label("", overview)
            label.setObjectName(f"fact-{name}")
            form.addRow(title, label)
            self.facts[name] = label
        self.tabs.addTab(overview, self.tr("概况"))

        self.parties = record_table(PARTY_COLUMNS, self)
        self.tabs.addTab(self.parties, self.tr("当事人"))

        sessions = QSplitter(Qt.Orientation.Vertical, self)
        self.sessions = record_table(SESSION_COLUMNS, sessions)
        self.session_record = QPlainTextEdit(sessions)
        self.session_record.setReadOnly(True)
        mark_data(self.session_record)
        sessions.addWidget(self.sessions)
        sessions.addWidget(self.session_record)
        self.sessions.selectionModel().currentRowChanged.connect(self._show_session)
        self.tabs.addTab(sessions, self.tr("调解记录"))

        self.agreement = data_label("", self)
        self.agreement.setObjectName("agreement")
        self.agreement.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.agreement.setTextFormat(Qt.TextFormat.RichText)
        self.tabs.addTab(self.agreement, self.tr("协议"))

        follow = QWidget(self)
        box = QVBoxLayout(follow)
        box.addWidget(QLabel(self.tr("履行情况"), follow))
        self.checks = record_table(CHECK_COLUMNS, follow)
        box.addWidget(self.checks)
        box.addWidget(QLabel(self.tr("回访记录"), follow))
        self.follow_ups = record_table(FOLLOW_UP_COLUMNS, follow)
        box.addWidget(self.follow_ups)
        self.tabs.addTab(follow, self.tr("履行与回访"))

        confirm = QWidget(self)
        box = QVBoxLayout(confirm)
        self.confirm_note = QLabel(confirm)
        self.confirm_note.setWordWrap(True)
        self.confirm_note.setStyleSheet("color: #b3261e;")
        box.addWidget(self.confirm_note)
        self.confirmations = record_table(CONFIRMATION_COLUMNS, confirm)
        box.addWidget(self.confirmations)
        self.tabs.addTab(confirm, self.tr("司法确认"))

        self.documents = DocumentsView(self.app, self.case_id, self)
        self.tabs.addTab(self.documents, self.tr("文书"))
        self.attachments = AttachmentsView(self.app, self.case_id, self)
        self.attachments.changed.connect(self._changed_elsewhere)
        self.tabs.addTab(self.attachments, self.tr("附件"))
        self.risk_view = RiskView(self.app, self.case_id, self)
        self.risk_view.changed.connect(self._changed_elsewhere)
        self.tabs.addTab(self.risk_view, self.tr("风险"))

        self.timeline = record_table(AUDIT_COLUMNS, self)
        self.timeline.setObjectName("timeline")
        self.tabs.addTab(self.timeline, self.tr("时间线"))

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        actor, case_id, today = self.app.actor, self.case_id, self.app.today()
        self.app.worker.run(lambda session: case_payload(session, actor, case_id, today),
                            on_done=self.show_payload, owner=self,
                            on_error=lambda exc, d: self.app.dialogs.show_exception(self, exc, d))

    def show_payload(self, payload: dict[str, Any]) -> None:
        self.staff = payload["staff"]
        self.history = payload["risk_history"]
        self.attachments.show_case(payload["case"], payload["attachments"])
        self.show_case(payload["case"])

    def show_case(self, case: dict[str, Any]) -> None:
        self.case = case
        self.setWindowTitle(self.tr("案件 {0}").format(case["number"]))
        self.setProperty("titleData", case["number"])
        self.number.setText(case["number"])
        self.status.setText(vocab.status_label(case["status"]))
        self._show_countdown(case)
        self.risk.set_level(case["risk"]["level"], case["risk"]["score"])
        self._show_buttons(case)
        self._show_facts(case)
        set_records(self.parties, case["parties"])
        set_records(self.sessions, case["sessions"])
        if case["sessions"]:
            self.sessions.selectRow(len(case["sessions"]) - 1)
        self._show_session()
        self.agreement.setText(self._agreement_html(case))
        set_records(self.checks, case["performance_checks"])
        set_records(self.follow_ups, case["follow_ups"])
        set_records(self.confirmations, case["confirmations"])
        agreement = case.get("agreement")
        self.confirm_note.setText(
            self.tr("涉及婚姻、收养或身份关系的协议不能申请司法确认。")
            if agreement and agreement.get("personal_status") else "")
        self.documents.show_case(case)
        self.risk_view.show_case(case, self.staff, self.history)
        set_records(self.timeline, list(reversed(case.get("audit", []))))

    def _show_countdown(self, case: dict[str, Any]) -> None:
        deadline, days = case.get("deadline"), case.get("days_left")
        style = ""
        if case.get("overdue") and days is not None:
            text = self.tr("逾期 {0} 天（期限 {1}）").format(-days, deadline)
            style = "color: #b3261e; font-weight: bold;"
        elif days is not None:
            text = self.tr("剩余 {0} 天（期限 {1}）").format(days, deadline)
        elif deadline:
            text = self.tr("期限 {0}").format(deadline)
        else:
            text = self.tr("尚无办理期限")
        if case.get("extended"):
            text += self.tr("，已延长")
        self.countdown.setText(text)
        self.countdown.setStyleSheet(style)

    def _show_buttons(self, case: dict[str, Any]) -> None:
        allowed = set(case["allowed_actions"])
        for action, button in self.buttons.items():
            if not case["editable"]:
                button.setEnabled(False)
                button.setToolTip(self.tr("只读：您不是本案的承办调解员"))
            elif action.value in allowed:
                button.setEnabled(True)
                button.setToolTip(self.tr("填写并保存：{0}").format(vocab.action_label(action)))
            else:
                button.setEnabled(False)
                button.setToolTip(vocab.why_not(action))

    def _show_facts(self, case: dict[str, Any]) -> None:
        referral = case.get("referral")
        outcome = case.get("rejection_reason") or case.get("failure_reason") or \
            case.get("termination_reason") or ""
        values = {
            "dispute_type": vocab.label(case.get("dispute_type")),
            "source": vocab.label(case.get("source")),
            "received_on": case.get("received_on"),
            "accepted_on": case.get("accepted_on"),
            "mediators": "、".join(m["name"] for m in case.get("mediators", [])),
            "amount": case.get("amount"), "persons_involved": case.get("persons_involved"),
            "referral": None if not referral else " · ".join(
                str(v) for v in (referral.get("unit"), referral.get("doc_number"),
                                 referral.get("date"), referral.get("deadline")) if v) + (
                self.tr("；已反馈（{0}）").format(referral["feedback_on"])
                if referral.get("feedback_on") else ""),
            "summary": case.get("summary"), "requests": case.get("requests"),
            "outcome": outcome,
        }
        for name, label in self.facts.items():
            value = values.get(name)
            label.setText("" if value is None else str(value))

    def _show_session(self, *_args: Any) -> None:
        model = self.sessions.model()
        assert isinstance(model, RecordTableModel)
        row = self.sessions.currentIndex().row()
        record = model.record(row)
        self.session_record.setPlainText((record or {}).get("record") or "")

    def _agreement_html(self, case: dict[str, Any]) -> str:
        agreement = case.get("agreement")
        if not agreement:
            return html.escape(self.tr("尚未达成协议。"))
        perf = agreement.get("performance") or {}
        rows = [(self.tr("协议形式"), vocab.label(agreement.get("kind"))),
                (self.tr("编号"), agreement.get("number")),
                (self.tr("协议日期"), agreement.get("date")),
                (self.tr("生效日期"), agreement.get("effective_on")),
                (self.tr("协议金额"), agreement.get("amount")),
                (self.tr("履行方式"), perf.get("method")),
                (self.tr("履行地点"), perf.get("place")),
                (self.tr("履行期限"), perf.get("deadline"))]
        table = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(str(v))}</td></tr>"
                        for k, v in rows if v)
        terms = "".join(f"<li>{html.escape(t)}</li>" for t in agreement.get("terms", []))
        return f"<table cellpadding='3'>{table}</table><ol>{terms}</ol>"

    # --- actions -------------------------------------------------------------------------
    def start_action(self, action: Action) -> FormDialog | None:
        """Open the action's form; returns it (tests drive it)."""
        if self.case is None:
            return None
        ctx = action_forms.form_context(self.case, self.staff)
        actor, case_id, today = self.app.actor, self.case_id, self.app.today()

        def service(values: dict[str, Any]) -> Any:
            def call(session: Any) -> dict[str, Any]:
                actions.act(session, actor, case_id, action.value, values, today=today)
                return case_payload(session, actor, case_id, today)
            return call

        dialog = FormDialog(self.tr("{0} — {1}").format(vocab.action_label(action),
                                                        self.case["number"]),
                            action_forms.fields_for(action), ctx, service, self.app, self)
        dialog.setObjectName(f"form-{action.value}")
        dialog.setProperty("titleData", self.case["number"])
        dialog.saved.connect(self._action_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _action_saved(self, payload: dict[str, Any]) -> None:
        self.show_payload(payload)
        self.changed.emit(self.case_id)

    def _changed_elsewhere(self) -> None:
        """A tab saved something (an attachment, the risk flag): the timeline and the
        header change too, and the main window's lists."""
        self.reload()
        self.changed.emit(self.case_id)

    def open_document(self) -> PrintPreview | None:
        """Ctrl+P: the preview of the document most likely wanted (the agreement if any)."""
        if self.case is None:
            return None
        entry = most_relevant(self.documents.entries)
        if entry is None:
            return None
        self.tabs.setCurrentWidget(self.documents)
        self.documents.select(entry)
        return self.documents.preview(entry)

    def print_case(self) -> None:
        if self.case is not None:
            printing.print_html(self, self.windowTitle(), printing.case_html(self.case))
