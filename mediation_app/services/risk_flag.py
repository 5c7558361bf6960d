"""Keeping each case's 民转刑 flag current: re-assessed on every change, kept as a history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mediation_app.domain.enums import CaseStatus, DisputeType, PerformanceStatus, RiskLevel
from mediation_app.risk import CaseFacts, TextField, assess
from mediation_app.services import office_rules
from mediation_app.storage.models import Case, Party, RiskAssessment
from mediation_app.storage.types import utcnow


def texts_of(case: Case) -> list[TextField]:
    """Every piece of prose the flag reads, each with its field name and label."""
    fields = [TextField("summary", "纠纷简要情况", case.summary, case.received_on)]
    if case.requests:
        fields.append(TextField("requests", "申请事项", case.requests, case.received_on))
    for s in case.sessions:
        day = s.held_on.date()
        for attr, label in (("record", "调解记录"), ("statements", "当事人陈述"),
                            ("risk_warning", "风险提示")):
            value = getattr(s, attr)
            if value:
                fields.append(TextField(f"session:{s.seq}:{attr}", f"第{s.seq}次{label}", value, day))
    for i, f in enumerate(case.follow_ups, start=1):
        for attr, label in (("notes", "回访情况"), ("new_conflict_signs", "新的矛盾迹象")):
            value = getattr(f, attr)
            if value:
                fields.append(TextField(f"follow_up:{i}:{attr}", f"第{i}次{label}", value,
                                        f.visited_on))
    return fields


def repeat_cases(session: Session, case: Case, today: dt.date) -> int:
    """Other cases of the same people within 12 months, found by ID number or name + phone."""
    ids = [p.id_number for p in case.parties if p.id_number]
    pairs = [(p.name, p.phone) for p in case.parties if p.phone and not p.id_number]
    if not ids and not pairs:
        return 0
    since = today - dt.timedelta(days=365)
    conditions = []
    if ids:
        conditions.append(Party.id_number.in_(ids))
    for name, phone in pairs:
        conditions.append((Party.name == name) & (Party.phone == phone))
    query = (
        select(func.count(func.distinct(Party.case_id)))
        .join(Case, Case.id == Party.case_id)
        .where(or_(*conditions), Party.case_id != case.id, Case.received_on >= since)
    )
    return session.scalar(query) or 0


def facts_of(session: Session, case: Case, today: dt.date, *, overdue: bool) -> CaseFacts:
    checks = case.performance_checks
    latest = checks[-1].status if checks else None
    deadline = case.agreement.perform_deadline if case.agreement else None
    open_since = case.accepted_on or case.received_on
    return CaseFacts(
        dispute_type=DisputeType(case.dispute_type),
        persons_involved=case.persons_involved,
        amount=case.amount,
        failed_sessions=sum(1 for s in case.sessions if s.result == "调解不成"),
        days_open=(today - open_since).days if case.status != CaseStatus.CLOSED else None,
        overdue=overdue,
        repeat_cases_12m=repeat_cases(session, case, today),
        agreement_breached=latest == PerformanceStatus.NONE.value
        and deadline is not None and today > deadline,
        agreement_performed=latest == PerformanceStatus.FULL.value,
    )


def latest_checklist(case: Case) -> dict[str, Any]:
    return dict(case.risk_assessments[-1].checklist) if case.risk_assessments else {}


def reassess(
    session: Session,
    case: Case,
    trigger: str,
    *,
    today: dt.date,
    overdue: bool,
    checklist: dict[str, Any] | None = None,
) -> RiskAssessment:
    """Assess the case as it now stands (under the store's rules) and append it to its history."""
    answers = latest_checklist(case)
    if checklist:
        answers.update(checklist)
    result = assess(texts_of(case), answers, facts_of(session, case, today, overdue=overdue),
                    office_rules.rules_for(session))
    row = RiskAssessment(
        case_id=case.id, assessed_at=utcnow(), trigger=trigger, level=result.level.value,
        score=result.score, rules_version=result.rules_version,
        reasons=[r.to_dict() for r in result.reasons], checklist=answers,
    )
    case.risk_assessments.append(row)
    if case.risk_override and result.level.rank > RiskLevel(case.risk_override).rank:
        case.risk_override = None  # new facts outrank an earlier judgement: escalation shows
    case.risk_level = case.risk_override or result.level.value
    case.risk_score = result.score
    return row
