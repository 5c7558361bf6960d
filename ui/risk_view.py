"""The risk tab of a case window: the final level beside the computed one, the reasons,
the history of assessments and overrides, and the two things a mediator does about it
(adjust the level with a reason, name who is responsible).

What may be adjusted, and when a second person must agree, is decided by
``services.risk_cases``; its refusal appears next to the field it names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediation_app.services import risk_cases
from ui import action_forms, badges, vocab
from ui.context import AppContext
from ui.forms import Field, FormDialog
from ui.models.records import key
from ui.record_tables import columns, record_table, set_records
from ui.timefmt import local_time
from ui.widgets import data_label

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def trigger_label(trigger: str | None) -> str:
    """What caused an assessment: registration or a lifecycle action."""
    if trigger == "intake":
        return translate("RiskView", "登记")
    try:
        return vocab.action_label(trigger or "")
    except ValueError:
        return trigger or ""


def reason_label(code: str | None) -> str:
    text = risk_cases.OVERRIDE_REASONS.get(code or "")
    return vocab.label(text) if text else (code or "")


def _level(name: str) -> Callable[[dict[str, Any]], str]:
    """The level as the office names it (an assessment's score picks 橙 in four colours)."""
    return lambda record: badges.risk_text(record.get(name), record.get("score"))


REASON_COLUMNS = columns(
    "CaseWindow",
    (QT_TRANSLATE_NOOP("CaseWindow", "原因"), key("label")),
    (QT_TRANSLATE_NOOP("CaseWindow", "权重"), key("weight")),
    (QT_TRANSLATE_NOOP("CaseWindow", "依据"), lambda r: r.get("field_label") or r.get("source")),
    (QT_TRANSLATE_NOOP("CaseWindow", "原文"), key("quote")),
    (QT_TRANSLATE_NOOP("CaseWindow", "说明"), key("note")),
    (QT_TRANSLATE_NOOP("CaseWindow", "已排除"), lambda r: bool(r.get("ruled_out"))),
)
POLICE_COLUMNS = columns(
    "CaseWindow",
    (QT_TRANSLATE_NOOP("CaseWindow", "报告日期"), key("date")),
    (QT_TRANSLATE_NOOP("CaseWindow", "派出所"), key("station")),
    (QT_TRANSLATE_NOOP("CaseWindow", "接报民警"), key("officer")),
    (QT_TRANSLATE_NOOP("CaseWindow", "未报告理由"), key("not_reported_reason")),
)
ASSESSMENT_COLUMNS = columns(
    "RiskView",
    (QT_TRANSLATE_NOOP("RiskView", "时间"), lambda r: local_time(r.get("at"))),
    (QT_TRANSLATE_NOOP("RiskView", "触发"), lambda r: trigger_label(r.get("trigger"))),
    (QT_TRANSLATE_NOOP("RiskView", "等级"), _level("level")),
    (QT_TRANSLATE_NOOP("RiskView", "得分"), key("score")),
    (QT_TRANSLATE_NOOP("RiskView", "规则版本"), key("rules_version")),
)
OVERRIDE_COLUMNS = columns(
    "RiskView",
    (QT_TRANSLATE_NOOP("RiskView", "时间"), lambda r: local_time(r.get("at"))),
    (QT_TRANSLATE_NOOP("RiskView", "计算等级"), _level("computed")),
    (QT_TRANSLATE_NOOP("RiskView", "调整后等级"), _level("final")),
    (QT_TRANSLATE_NOOP("RiskView", "理由类别"), lambda r: reason_label(r.get("reason_code"))),
    (QT_TRANSLATE_NOOP("RiskView", "理由说明"), key("reason")),
    (QT_TRANSLATE_NOOP("RiskView", "调整人"), key("by")),
    (QT_TRANSLATE_NOOP("RiskView", "复核人"), key("second_person")),
)


class RiskView(QWidget):
    """Emits ``changed`` after an override or a new owner was saved."""

    changed = Signal()

    def __init__(self, app: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.case_id = case_id
        self.case: dict[str, Any] | None = None
        self.staff: list[dict[str, Any]] = []
        self.setObjectName("risk")
        self.summary = QLabel(self)
        self.summary.setObjectName("risk-summary")
        self.summary.setWordWrap(True)
        self.owner = data_label("", self)  # a person's name: data, not UI text
        self.owner.setObjectName("risk-owner")
        self.override_button = QPushButton(self.tr("人工调整等级…"), self)
        self.override_button.setObjectName("risk-override")
        self.override_button.clicked.connect(lambda: self.start_override())
        self.owner_button = QPushButton(self.tr("指定责任人…"), self)
        self.owner_button.setObjectName("risk-set-owner")
        self.owner_button.clicked.connect(lambda: self.start_owner())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.owner)
        top.addWidget(self.override_button)
        top.addWidget(self.owner_button)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("risk-pages")
        self.reasons = record_table(REASON_COLUMNS, self.pages)
        self.assessments = record_table(ASSESSMENT_COLUMNS, self.pages)
        self.assessments.setObjectName("risk-assessments")
        self.overrides = record_table(OVERRIDE_COLUMNS, self.pages)
        self.overrides.setObjectName("risk-overrides")
        self.police = record_table(POLICE_COLUMNS, self.pages)
        self.pages.addTab(self.reasons, self.tr("风险因素"))
        self.pages.addTab(self.assessments, self.tr("评估记录"))
        self.pages.addTab(self.overrides, self.tr("人工调整记录"))
        self.pages.addTab(self.police, self.tr("报告派出所"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    def show_case(self, case: dict[str, Any], staff: list[dict[str, Any]],
                  history: dict[str, Any] | None) -> None:
        self.case, self.staff = case, staff
        risk = case["risk"]
        final, computed, score = risk.get("level"), risk.get("computed_level"), risk.get("score")
        parts = [self.tr("最终等级：{0}").format(badges.risk_text(final, score))]
        if computed and computed != final:
            parts.append(self.tr("计算等级：{0}（已人工调整）").format(
                badges.risk_text(computed, score)))
        else:
            parts.append(self.tr("计算等级：{0}").format(badges.risk_text(computed, score)))
        parts.append(self.tr("得分：{0}").format(risk.get("score")))
        if risk.get("rules_version"):
            parts.append(self.tr("规则版本：{0}").format(risk["rules_version"]))
        self.summary.setText("    ".join(parts))
        self.owner.setText(self.tr("负责人：{0}").format(risk["owner"])
                           if risk.get("owner") else "")
        editable = bool(case.get("editable"))
        for button in (self.override_button, self.owner_button):
            button.setEnabled(editable)
            button.setToolTip("" if editable else self.tr("只读：您不是本案的承办调解员"))
        reasons = sorted(risk.get("reasons") or [], key=lambda r: -float(r.get("weight") or 0))
        set_records(self.reasons, reasons)
        set_records(self.police, case.get("police_reports") or [])
        history = history or {}
        set_records(self.assessments, list(reversed(history.get("history") or [])))
        set_records(self.overrides, list(reversed(history.get("overrides") or [])))

    # --- the two forms -------------------------------------------------------------------
    def _form(self, name: str, title: str, fields: tuple[Field, ...],
              save: Callable[[Any, dict[str, Any]], Any], intro: str = "",
              defaults: dict[str, Any] | None = None) -> FormDialog | None:
        if self.case is None:
            return None
        ctx = action_forms.form_context(self.case, self.staff)
        ctx.defaults = dict(defaults or {})

        def service(values: dict[str, Any]) -> Callable[[Any], Any]:
            return lambda session: save(session, values)

        dialog = FormDialog(self.tr("{0} — {1}").format(title, self.case["number"]), fields,
                            ctx, service, self.app, self, intro=intro)
        dialog.setObjectName(name)
        dialog.setProperty("titleData", self.case["number"])
        dialog.saved.connect(lambda _result: self.changed.emit())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def start_override(self) -> FormDialog | None:
        """The final level over the computed one, with a reason (and a second person where
        the rules ask for one)."""
        if self.case is None:
            return None
        actor, case_id, risk = self.app.actor, self.case_id, self.case["risk"]

        def save(session: Any, values: dict[str, Any]) -> None:
            risk_cases.override(session, actor, case_id, action_forms.override_payload(values))

        intro = self.tr("计算等级：{0}；当前等级：{1}。").format(
            badges.risk_text(risk.get("computed_level"), risk.get("score")),
            badges.risk_text(risk.get("level"), risk.get("score")))
        return self._form("form-risk-override", self.tr("人工调整风险等级"),
                          action_forms.OVERRIDE_FIELDS, save, intro)

    def start_owner(self) -> FormDialog | None:
        if self.case is None:
            return None
        actor, case_id = self.app.actor, self.case_id
        mediators = [m["name"] for m in self.case.get("mediators", [])]
        owner = self.case["risk"].get("owner") or (mediators[0] if mediators else None)

        def save(session: Any, values: dict[str, Any]) -> None:
            risk_cases.set_owner(session, actor, case_id, values.get("owner"))

        return self._form("form-risk-owner", self.tr("指定风险责任人"),
                          action_forms.OWNER_FIELDS, save,
                          defaults={"owner": owner} if owner else None)
