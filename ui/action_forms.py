"""The fields of each lifecycle action's form: data only, read by :mod:`ui.forms`.

Keys are the payload keys of ``mediation_app.services.cases.actions``; the services check
every value, so nothing here decides what is valid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mediation_app.domain.enums import (
    REJECTION_REASONS,
    AgreementKind,
    ConfirmationResult,
    ParticipantRole,
    PerformanceStatus,
)
from mediation_app.domain.lifecycle import Action
from mediation_app.services import attachments, office, risk_cases
from mediation_app.services.cases.actions import SESSION_RESULTS
from ui.forms import Field, FormContext, Kind

MEDIATORS = "staff:调解员"
STAFF = "staff:*"
PARTIES = "parties"
SATISFACTION = (QT_TRANSLATE_NOOP("fields", "满意"), QT_TRANSLATE_NOOP("fields", "基本满意"),
                QT_TRANSLATE_NOOP("fields", "不满意"))
RETENTION = tuple(office.DEFAULT_SETTINGS["retention_years"])


def _date(key: str, label: str) -> Field:
    return Field(key, label, Kind.DATE, required=True)


def _text(key: str, label: str, *, required: bool = False, multiline: bool = False) -> Field:
    return Field(key, label, Kind.MULTILINE if multiline else Kind.TEXT, required=required)


PARTICIPANT_COLUMNS = (
    Field("name", QT_TRANSLATE_NOOP("fields", "姓名"), Kind.EDITABLE_CHOICE, choices=STAFF,
          vocab=False),
    Field("role", QT_TRANSLATE_NOOP("fields", "角色"), Kind.CHOICE,
          choices=tuple(r.value for r in ParticipantRole)),
    Field("organisation", QT_TRANSLATE_NOOP("fields", "单位")),
    Field("consent", QT_TRANSLATE_NOOP("fields", "当事人同意"), Kind.BOOL, omit_false=True,
          hint=QT_TRANSLATE_NOOP("fields", "同意")),
)

ACTION_FIELDS: dict[Action, tuple[Field, ...]] = {
    Action.ACCEPT: (
        _date("date", QT_TRANSLATE_NOOP("fields", "受理日期")),
        Field("mediators", QT_TRANSLATE_NOOP("fields", "调解员（第一位主持）"), Kind.LIST,
              required=True, columns=(Field("text", QT_TRANSLATE_NOOP("fields", "姓名"),
                                            Kind.EDITABLE_CHOICE, choices=MEDIATORS,
                                            vocab=False),)),
        Field("rights_notice_on", QT_TRANSLATE_NOOP("fields", "权利义务告知日期"),
              Kind.OPTIONAL_DATE),
        Field("chosen_by_parties", QT_TRANSLATE_NOOP("fields", "调解员由当事人选定"), Kind.BOOL),
    ),
    Action.REJECT: (
        _date("date", QT_TRANSLATE_NOOP("fields", "不予受理日期")),
        Field("reason", QT_TRANSLATE_NOOP("fields", "不予受理理由"), Kind.EDITABLE_CHOICE,
              required=True, choices=REJECTION_REASONS, blank=True),
    ),
    Action.SESSION: (
        Field("date", QT_TRANSLATE_NOOP("fields", "调解时间"), Kind.DATETIME, required=True),
        _text("place", QT_TRANSLATE_NOOP("fields", "调解地点"), required=True),
        Field("public", QT_TRANSLATE_NOOP("fields", "公开调解"), Kind.BOOL),
        Field("participants", QT_TRANSLATE_NOOP("fields", "参加人"), Kind.TABLE,
              columns=PARTICIPANT_COLUMNS),
        _text("matter", QT_TRANSLATE_NOOP("fields", "调解事项"), multiline=True),
        _text("notices_given", QT_TRANSLATE_NOOP("fields", "告知事项"), multiline=True),
        _text("statements", QT_TRANSLATE_NOOP("fields", "当事人陈述"), multiline=True),
        _text("verified_facts", QT_TRANSLATE_NOOP("fields", "查明事实"), multiline=True),
        _text("risk_warning", QT_TRANSLATE_NOOP("fields", "风险提示"), multiline=True),
        _text("record", QT_TRANSLATE_NOOP("fields", "调解记录"), required=True, multiline=True),
        Field("result", QT_TRANSLATE_NOOP("fields", "本次结果"), Kind.CHOICE,
              choices=SESSION_RESULTS, blank=True),
    ),
    Action.AGREE: (
        Field("kind", QT_TRANSLATE_NOOP("fields", "协议形式"), Kind.CHOICE, required=True,
              choices=tuple(k.value for k in AgreementKind)),
        _date("date", QT_TRANSLATE_NOOP("fields", "协议日期")),
        Field("terms", QT_TRANSLATE_NOOP("fields", "协议条款"), Kind.LIST, required=True),
        Field("amount", QT_TRANSLATE_NOOP("fields", "协议金额"), Kind.AMOUNT),
        _text("facts", QT_TRANSLATE_NOOP("fields", "纠纷事实"), multiline=True),
        _text("performance.method", QT_TRANSLATE_NOOP("fields", "履行方式")),
        _text("performance.place", QT_TRANSLATE_NOOP("fields", "履行地点")),
        Field("performance.deadline", QT_TRANSLATE_NOOP("fields", "履行期限"),
              Kind.OPTIONAL_DATE),
        Field("personal_status", QT_TRANSLATE_NOOP("fields", "涉及婚姻、收养或身份关系"),
              Kind.BOOL, omit_false=True),
    ),
    Action.FAIL: (
        _date("date", QT_TRANSLATE_NOOP("fields", "调解终结日期")),
        _text("reason", QT_TRANSLATE_NOOP("fields", "调解不成原因"), required=True,
              multiline=True),
        Field("told_other_routes", QT_TRANSLATE_NOOP("fields", "已告知其他救济途径"), Kind.BOOL,
              required=True, hint=QT_TRANSLATE_NOOP("fields", "已告知当事人可诉讼、仲裁或申请行政处理")),
    ),
    Action.TERMINATE: (
        _date("date", QT_TRANSLATE_NOOP("fields", "终止日期")),
        _text("reason", QT_TRANSLATE_NOOP("fields", "终止理由"), required=True, multiline=True),
        Field("refused_by_party", QT_TRANSLATE_NOOP("fields", "当事人明确拒绝调解"), Kind.BOOL),
        Field("told_other_routes", QT_TRANSLATE_NOOP("fields", "已告知其他救济途径"), Kind.BOOL,
              omit_false=True),
    ),
    Action.PERFORM: (
        _date("date", QT_TRANSLATE_NOOP("fields", "履行检查日期")),
        Field("status", QT_TRANSLATE_NOOP("fields", "履行情况"), Kind.CHOICE, required=True,
              choices=tuple(s.value for s in PerformanceStatus)),
        _text("note", QT_TRANSLATE_NOOP("fields", "说明"), multiline=True),
    ),
    Action.FOLLOW_UP: (
        _date("date", QT_TRANSLATE_NOOP("fields", "回访日期")),
        Field("visitor", QT_TRANSLATE_NOOP("fields", "回访人"), Kind.EDITABLE_CHOICE,
              required=True, choices=STAFF, vocab=False),
        Field("party_visited", QT_TRANSLATE_NOOP("fields", "被回访人"), Kind.EDITABLE_CHOICE,
              choices=PARTIES, vocab=False, blank=True),
        _text("performance", QT_TRANSLATE_NOOP("fields", "履行情况")),
        Field("satisfaction", QT_TRANSLATE_NOOP("fields", "满意度"), Kind.EDITABLE_CHOICE,
              choices=SATISFACTION, vocab=False, blank=True),
        _text("new_conflict_signs", QT_TRANSLATE_NOOP("fields", "新的矛盾迹象"), multiline=True),
        _text("measures", QT_TRANSLATE_NOOP("fields", "采取措施"), multiline=True),
        _text("notes", QT_TRANSLATE_NOOP("fields", "回访情况"), required=True, multiline=True),
        Field("next_due_on", QT_TRANSLATE_NOOP("fields", "下次回访日期"), Kind.OPTIONAL_DATE),
    ),
    Action.CONFIRM: (
        _date("applied_on", QT_TRANSLATE_NOOP("fields", "申请日期")),
        _text("court", QT_TRANSLATE_NOOP("fields", "受理法院"), required=True),
        _text("court_case_number", QT_TRANSLATE_NOOP("fields", "法院案号")),
        Field("accepted_on", QT_TRANSLATE_NOOP("fields", "法院受理日期"), Kind.OPTIONAL_DATE),
        Field("decided_on", QT_TRANSLATE_NOOP("fields", "法院裁定日期"), Kind.OPTIONAL_DATE),
        Field("result", QT_TRANSLATE_NOOP("fields", "确认结果"), Kind.CHOICE,
              choices=tuple(r.value for r in ConfirmationResult)),
    ),
    Action.EXTEND: (
        Field("until", QT_TRANSLATE_NOOP("fields", "延长至"), Kind.DATE, required=True),
        Field("parties_consented", QT_TRANSLATE_NOOP("fields", "双方当事人同意"), Kind.BOOL,
              required=True),
        _text("note", QT_TRANSLATE_NOOP("fields", "同意情况"), multiline=True),
    ),
    Action.REPORT_POLICE: (
        _date("date", QT_TRANSLATE_NOOP("fields", "报告日期")),
        _text("station", QT_TRANSLATE_NOOP("fields", "派出所")),
        _text("officer", QT_TRANSLATE_NOOP("fields", "接报民警")),
        _text("note", QT_TRANSLATE_NOOP("fields", "报告内容"), multiline=True),
        _text("not_reported_reason", QT_TRANSLATE_NOOP("fields", "未报告理由"), multiline=True),
    ),
    Action.CLOSE: (
        _date("date", QT_TRANSLATE_NOOP("fields", "结案日期")),
        Field("retention", QT_TRANSLATE_NOOP("fields", "保管期限"), Kind.CHOICE,
              choices=RETENTION, blank=True),
    ),
    Action.REOPEN: (
        _text("reason", QT_TRANSLATE_NOOP("fields", "重新打开的理由"), required=True,
              multiline=True),
    ),
    Action.FEEDBACK: (
        _date("date", QT_TRANSLATE_NOOP("fields", "反馈日期")),
        _text("note", QT_TRANSLATE_NOOP("fields", "反馈内容"), multiline=True),
    ),
}


def fields_for(action: Action) -> tuple[Field, ...]:
    """The action's fields; an action the core added later gets an empty form (the
    service then names what it needs)."""
    return ACTION_FIELDS.get(action, ())


def form_context(case: dict[str, Any], staff: list[dict[str, Any]]) -> FormContext:
    """Choices and defaults from the case as loaded and the office's roster."""
    lists: dict[str, list[str]] = {STAFF: [s["name"] for s in staff], PARTIES: [
        p["name"] for p in case.get("parties", [])]}
    for member in staff:
        lists.setdefault(f"staff:{member['role']}", []).append(member["name"])
    lists.setdefault(MEDIATORS, [])
    defaults: dict[str, Any] = {}
    mediators = [m["name"] for m in case.get("mediators", [])]
    if mediators:
        defaults["participants"] = [
            {"name": name, "role": (ParticipantRole.PRESIDING if i == 0
                                    else ParticipantRole.MEDIATOR).value}
            for i, name in enumerate(mediators)]
        defaults["visitor"] = mediators[0]
    elif lists[MEDIATORS]:
        defaults["mediators"] = [lists[MEDIATORS][0]]
    if case.get("deadline"):
        defaults["until"] = case["deadline"]
    return FormContext(lists=lists, defaults=defaults)



# --- forms beside the lifecycle: attachments, the risk flag, passwords ------------------
# Choices that are core codes (risk levels, override reasons) are offered by their Chinese
# labels, translated through the "vocab" context, and mapped back to codes by
# :func:`coded`; the services still check every value.

ATTACHMENT_CATEGORY_TEXTS = (
    QT_TRANSLATE_NOOP("vocab", "身份证明"), QT_TRANSLATE_NOOP("vocab", "申请书"),
    QT_TRANSLATE_NOOP("vocab", "协议书"), QT_TRANSLATE_NOOP("vocab", "履行凭证"),
    QT_TRANSLATE_NOOP("vocab", "证据"), QT_TRANSLATE_NOOP("vocab", "授权委托书"),
    QT_TRANSLATE_NOOP("vocab", "司法确认材料"), QT_TRANSLATE_NOOP("vocab", "调查记录"),
    QT_TRANSLATE_NOOP("vocab", "其他"),
)
IDENTITY_PROOF = "身份证明"
PARTY_LABELS = "party-labels"
"""A run-time list: each party as "name（role）", so two parties of one name stay apart."""

ATTACHMENT_FIELDS = (
    Field("category", QT_TRANSLATE_NOOP("fields", "附件类别"), Kind.CHOICE, required=True,
          choices=attachments.CATEGORIES, blank=True),
    Field("title", QT_TRANSLATE_NOOP("fields", "标题")),
    Field("party_id", QT_TRANSLATE_NOOP("fields", "所属当事人"), Kind.CHOICE,
          choices=PARTY_LABELS, vocab=False, blank=True,
          shown_if=("category", lambda value: value == IDENTITY_PROOF)),
)

RISK_LEVEL_TEXTS = {
    "high": QT_TRANSLATE_NOOP("vocab", "高风险"),
    "medium": QT_TRANSLATE_NOOP("vocab", "中风险"),
    "low": QT_TRANSLATE_NOOP("vocab", "低风险"),
}
OVERRIDE_REASON_TEXTS = (
    QT_TRANSLATE_NOOP("vocab", "掌握新情况"), QT_TRANSLATE_NOOP("vocab", "调解员专业判断"),
    QT_TRANSLATE_NOOP("vocab", "当事人担心人身安全"),
    QT_TRANSLATE_NOOP("vocab", "威胁已撤回并经核实"), QT_TRANSLATE_NOOP("vocab", "风险源已消除"),
    QT_TRANSLATE_NOOP("vocab", "协议已履行"), QT_TRANSLATE_NOOP("vocab", "信息不实"),
)
OVERRIDE_FIELDS = (
    Field("level", QT_TRANSLATE_NOOP("fields", "调整后等级"), Kind.CHOICE, required=True,
          choices=tuple(RISK_LEVEL_TEXTS.values()), blank=True),
    Field("reason_code", QT_TRANSLATE_NOOP("fields", "调整理由类别"), Kind.CHOICE,
          required=True, choices=tuple(risk_cases.OVERRIDE_REASONS.values()), blank=True),
    Field("reason", QT_TRANSLATE_NOOP("fields", "调整理由说明"), Kind.MULTILINE,
          required=True),
    Field("second_person", QT_TRANSLATE_NOOP("fields", "复核人"), Kind.EDITABLE_CHOICE,
          choices=STAFF, vocab=False, blank=True),
)
OWNER_FIELDS = (
    Field("owner", QT_TRANSLATE_NOOP("fields", "风险责任人"), Kind.EDITABLE_CHOICE,
          required=True, choices=STAFF, vocab=False),
)

PASSWORD_FIELDS = (
    Field("old", QT_TRANSLATE_NOOP("fields", "当前密码"), Kind.PASSWORD, required=True),
    Field("password", QT_TRANSLATE_NOOP("fields", "新密码"), Kind.PASSWORD, required=True,
          hint=QT_TRANSLATE_NOOP("fields", "至少8位，含字母、数字、符号中的两类")),
    Field("password_again", QT_TRANSLATE_NOOP("fields", "再次输入新密码"), Kind.PASSWORD,
          required=True),
)
UNLOCK_FIELDS = (
    Field("password", QT_TRANSLATE_NOOP("fields", "密码"), Kind.PASSWORD, required=True),
)


def coded(values: dict[str, Any], key: str, codes: dict[str, str]) -> dict[str, Any]:
    """``values`` with the label chosen for ``key`` replaced by its code (``codes`` maps
    code → label); a label not found passes through for the service to refuse."""
    if key not in values:
        return values
    by_label = {label: code for code, label in codes.items()}
    return values | {key: by_label.get(values[key], values[key])}


def override_payload(values: dict[str, Any]) -> dict[str, Any]:
    """The payload of ``risk_cases.override`` from the override form's values."""
    values = coded(values, "level", RISK_LEVEL_TEXTS)
    return coded(values, "reason_code", risk_cases.OVERRIDE_REASONS)
