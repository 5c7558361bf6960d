"""The risk flag on stored cases: history, mediators' overrides, owners and due tasks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.domain.enums import CaseStatus, RiskLevel
from mediation_app.errors import ValidationError
from mediation_app.services import audit, office_rules
from mediation_app.services.actor import Actor
from mediation_app.services.audit import jsonable
from mediation_app.services.cases import access
from mediation_app.storage.models import Case, FollowUp, PoliceReport, RiskOverride

OVERRIDE_REASONS = {
    "new_information": "掌握新情况",
    "professional_concern": "调解员专业判断",
    "victim_fear": "当事人担心人身安全",
    "threat_retracted": "威胁已撤回并经核实",
    "risk_removed": "风险源已消除",
    "agreement_performed": "协议已履行",
    "information_false": "信息不实",
}
OPEN_STATES = (CaseStatus.REGISTERED.value, CaseStatus.ACCEPTED.value,
               CaseStatus.IN_MEDIATION.value, CaseStatus.AGREED.value)


def history(session: Session, case_id: int) -> dict[str, Any]:
    """Every assessment (with its rules version) and every override, oldest first."""
    case = access.load(session, case_id)
    overrides = session.scalars(select(RiskOverride).where(RiskOverride.case_id == case_id)
                                .order_by(RiskOverride.id))
    return jsonable({
        "id": case.id, "number": case.number, "level": case.risk_level,
        "score": case.risk_score, "override": case.risk_override, "owner": case.risk_owner,
        "history": [{"at": a.assessed_at, "trigger": a.trigger, "level": a.level,
                     "score": a.score, "rules_version": a.rules_version, "reasons": a.reasons}
                    for a in case.risk_assessments],
        "overrides": [{"at": o.decided_at, "computed": o.computed_level, "final": o.final_level,
                       "reason_code": o.reason_code, "reason": o.reason, "by": o.decided_by,
                       "second_person": o.second_person} for o in overrides],
    })


def override(session: Session, actor: Actor, case_id: int, data: Any) -> Case:
    """Set the final level over the computed one; the computed level stays visible.

    A downgrade from high needs a second person when the office's rules say so.
    """
    case = access.load_for_edit(session, actor, case_id)
    d = v.mapping(data, "override", "人工调整")
    level = v.choice(d.get("level"), "level", "调整后等级", RiskLevel)
    code = d.get("reason_code")
    if code not in OVERRIDE_REASONS:
        raise ValidationError("调整理由类别应为：" + "、".join(f"{k}（{t}）" for k, t in
                                                      OVERRIDE_REASONS.items()),
                              "unknown reason_code", field="reason_code")
    reason = v.text(d.get("reason"), "reason", "调整理由说明", required=True, max_len=5000)
    second = v.text(d.get("second_person"), "second_person", "复核人", max_len=100)
    latest = case.risk_assessments[-1]
    current = RiskLevel(case.risk_level or latest.level)
    rules = office_rules.rules_for(session)
    if (current is RiskLevel.HIGH and level.rank < current.rank
            and rules.actions[RiskLevel.HIGH].second_person_to_downgrade
            and (not second or second == actor.display_name or second == actor.username)):
        raise ValidationError("从高风险下调须由另一名人员复核，请填写复核人", "a second person must agree",
                              field="second_person")
    session.add(RiskOverride(case_id=case.id, assessment_id=latest.id,
                             computed_level=latest.level, final_level=level.value,
                             reason_code=code, reason=reason or "",
                             decided_by=actor.display_name or actor.username,
                             second_person=second))
    case.risk_override = None if level.value == latest.level else level.value
    before = case.risk_level
    case.risk_level = level.value
    audit.record(session, actor, "risk_override", "case", case.id, case_id=case.id,
                 changes={"risk_level": {"before": before, "after": level.value},
                          "computed_level": latest.level, "reason_code": code,
                          "reason": reason, "second_person": second})
    return case


def set_owner(session: Session, actor: Actor, case_id: int, owner: Any) -> Case:
    case = access.load_for_edit(session, actor, case_id)
    name = v.text(owner, "owner", "风险责任人", required=True, max_len=100)
    before, case.risk_owner = case.risk_owner, name
    audit.record(session, actor, "risk_owner", "case", case.id, case_id=case.id,
                 changes={"risk_owner": {"before": before, "after": name}})
    return case


def due_tasks(session: Session, today: dt.date) -> list[dict[str, Any]]:
    """What the per-level actions demand and has not been done: owner, police report, visits."""
    rules = office_rules.rules_for(session)
    tasks: list[dict[str, Any]] = []
    levels = [lv.value for lv, a in rules.actions.items()
              if a.owner_required or a.police_report or a.follow_up_days]
    cases = session.scalars(select(Case).where(Case.status.in_(OPEN_STATES),
                                               Case.risk_level.in_(levels)))
    for case in cases:
        action = rules.actions[RiskLevel(case.risk_level)]
        base = {"case_id": case.id, "number": case.number, "level": case.risk_level}
        if action.owner_required and not case.risk_owner:
            tasks.append(base | {"task": "owner", "label": "指定风险责任人"})
        if action.police_report and not session.scalar(
                select(PoliceReport.id).where(PoliceReport.case_id == case.id).limit(1)):
            tasks.append(base | {"task": "police_report",
                                 "label": "报告派出所（或记录未报告的理由）"})
        last_contact = session.scalar(select(FollowUp.visited_on).where(
            FollowUp.case_id == case.id).order_by(FollowUp.visited_on.desc()).limit(1))
        since = last_contact or (case.sessions[-1].held_on.date() if case.sessions
                                 else case.received_on)
        due = since + dt.timedelta(days=action.follow_up_days)
        if case.risk_level != RiskLevel.LOW.value and due <= today:
            tasks.append(base | {"task": "contact", "label": "按风险等级联系/回访",
                                 "due_on": due.isoformat()})
    return tasks
