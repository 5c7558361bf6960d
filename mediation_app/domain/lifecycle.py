"""The legal lifecycle as a table: which action is allowed in which state, and where it leads.

登记 → 受理 | 不予受理 → 调解中 → 调解成功 | 调解不成 | 终止 → 履行、回访、司法确认 → 结案归档.
"""

from __future__ import annotations

from enum import StrEnum

from mediation_app.domain.enums import CaseStatus as S


class Action(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    SESSION = "session"
    AGREE = "agree"
    FAIL = "fail"
    TERMINATE = "terminate"
    PERFORM = "perform"
    FOLLOW_UP = "follow-up"
    CONFIRM = "confirm"
    EXTEND = "extend"
    REPORT_POLICE = "report-police"
    CLOSE = "close"
    REOPEN = "reopen"
    FEEDBACK = "feedback"

    @property
    def label(self) -> str:
        return ACTION_LABELS[self]


ACTION_LABELS: dict[Action, str] = {
    Action.ACCEPT: "受理",
    Action.REJECT: "不予受理",
    Action.SESSION: "调解记录",
    Action.AGREE: "达成协议",
    Action.FAIL: "调解不成",
    Action.TERMINATE: "终止调解",
    Action.PERFORM: "履行情况",
    Action.FOLLOW_UP: "回访",
    Action.CONFIRM: "司法确认",
    Action.EXTEND: "延长期限",
    Action.REPORT_POLICE: "报告派出所",
    Action.CLOSE: "结案归档",
    Action.REOPEN: "重新打开",
    Action.FEEDBACK: "向移送单位反馈",
}

OPEN = (S.REGISTERED, S.ACCEPTED, S.IN_MEDIATION)
CONCLUDED = (S.AGREED, S.FAILED, S.TERMINATED, S.REJECTED)

# action -> (states it is allowed in, the state it leads to; None = unchanged)
TRANSITIONS: dict[Action, tuple[tuple[S, ...], S | None]] = {
    Action.ACCEPT: ((S.REGISTERED,), S.ACCEPTED),
    Action.REJECT: ((S.REGISTERED,), S.REJECTED),
    Action.SESSION: ((S.ACCEPTED, S.IN_MEDIATION), S.IN_MEDIATION),
    Action.AGREE: ((S.IN_MEDIATION,), S.AGREED),
    Action.FAIL: ((S.IN_MEDIATION,), S.FAILED),
    Action.TERMINATE: (OPEN, S.TERMINATED),
    Action.PERFORM: ((S.AGREED,), None),
    Action.FOLLOW_UP: ((S.AGREED, S.FAILED, S.TERMINATED), None),
    Action.CONFIRM: ((S.AGREED,), None),
    Action.EXTEND: ((S.ACCEPTED, S.IN_MEDIATION), None),
    Action.REPORT_POLICE: ((*OPEN, *CONCLUDED), None),
    Action.CLOSE: (CONCLUDED, S.CLOSED),
    Action.REOPEN: ((S.CLOSED,), None),  # back to the state it was closed from
    Action.FEEDBACK: (CONCLUDED, None),
}

WHY_NOT: dict[Action, str] = {
    Action.ACCEPT: "只有已登记的案件可以受理",
    Action.REJECT: "只有已登记的案件可以不予受理",
    Action.SESSION: "须先受理，且案件尚未结束调解",
    Action.AGREE: "须至少有一次调解记录，且调解尚在进行",
    Action.FAIL: "须至少有一次调解记录，且调解尚在进行",
    Action.TERMINATE: "调解已经结束的案件不能再终止",
    Action.PERFORM: "只有达成协议的案件才有履行情况",
    Action.FOLLOW_UP: "调解结束后才能回访",
    Action.CONFIRM: "只有达成协议的案件可以申请司法确认",
    Action.EXTEND: "只有受理后、调解结束前可以延长期限",
    Action.REPORT_POLICE: "已归档的案件不能再登记报告",
    Action.CLOSE: "调解结束（协议、调解不成、终止或不予受理）后才能结案归档",
    Action.REOPEN: "只有已归档的案件可以重新打开",
    Action.FEEDBACK: "调解结束后、归档前向移送单位反馈结果",
}


def allowed(status: S) -> list[Action]:
    return [action for action, (states, _) in TRANSITIONS.items() if status in states]


def is_allowed(action: Action, status: S) -> bool:
    return status in TRANSITIONS[action][0]


def target(action: Action, status: S) -> S:
    return TRANSITIONS[action][1] or status
