"""登记: registering a new case in one transaction, or nothing at all."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.domain.enums import CaseStatus, Source, UserRole
from mediation_app.errors import PermissionDenied, ValidationError
from mediation_app.services import audit, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import numbering, texts
from mediation_app.services.cases.parties import parse_parties
from mediation_app.services.risk_flag import reassess
from mediation_app.storage.models import Case, Referral, Sweep

INTAKE_KEYS = frozenset({
    "dispute_type", "sub_type", "source", "received_on", "summary", "requests", "amount",
    "persons_involved", "referral", "parties", "sensitive", "checklist", "sweep_id",
})


def parse_referral(raw: Any, source: Source, received: dt.date, today: dt.date,
                   default_days: int) -> Referral | None:
    if not source.is_referral:
        if raw:
            raise ValidationError("只有委托移送的案件才填写移送信息", "referral on a non-referred case",
                                  field="referral")
        return None
    data = v.mapping(raw, "referral", "移送信息")
    referred = v.date(data.get("date"), "referral.date", "移送日期", today=today) or received
    if referred > received:
        raise ValidationError("移送日期不能晚于收案日期", "referral.date after received_on",
                              field="referral.date")
    deadline = v.date(data.get("deadline"), "referral.deadline", "移送单位期限",
                      allow_future=True, not_before=(referred, "移送日期"))
    return Referral(
        unit=v.text(data.get("unit"), "referral.unit", "移送单位", required=True, max_len=200),
        doc_number=v.text(data.get("doc_number"), "referral.doc_number", "移送文号", max_len=100),
        referred_on=referred,
        deadline=deadline or referred + dt.timedelta(days=default_days),
    )


def register(session: Session, actor: Actor, data: Any, *, today: dt.date | None = None) -> Case:
    """Validate everything first, then write the case, its number, risk and audit together."""
    if actor.role not in (UserRole.ADMIN, UserRole.MEDIATOR):
        raise PermissionDenied("只有调解员或管理员可以登记案件", "only mediators register cases")
    today = today or dt.date.today()
    data = v.mapping(data, "case", "案件")
    unknown = set(data) - INTAKE_KEYS
    if unknown:
        raise ValidationError(f"未知字段：{'、'.join(sorted(unknown))}", "unknown keys")
    cfg = office.settings(session)
    dispute_type = v.dispute_type(data.get("dispute_type"))
    source = v.choice(data.get("source"), "source", "案件来源", Source)
    received = v.date(data.get("received_on"), "received_on", "收案日期", required=True, today=today)
    assert received is not None
    parties = parse_parties(data.get("parties"), today=today, allow_15=cfg["allow_15_digit_id"])
    referral = parse_referral(data.get("referral"), source, received, today,
                              cfg["referral_deadline_days"])
    persons = v.count(data.get("persons_involved"), "persons_involved", "涉及人数", minimum=1)
    checklist = v.mapping(data.get("checklist"), "checklist", "风险排查表")
    sweep_id = v.count(data.get("sweep_id"), "sweep_id", "排查记录编号", minimum=1)
    if sweep_id is not None and session.get(Sweep, sweep_id) is None:
        raise ValidationError(f"排查记录不存在：{sweep_id}", "no such sweep", field="sweep_id")
    the_office = office.the_office(session)
    seq, number = numbering.allocate(session, the_office, received.year)
    case = Case(
        office_id=the_office.id, year=received.year, seq=seq, number=number,
        status=CaseStatus.REGISTERED.value, dispute_type=dispute_type.value,
        sub_type=v.text(data.get("sub_type"), "sub_type", "纠纷子类", max_len=60),
        source=source.value, received_on=received,
        summary=v.text(data.get("summary"), "summary", "纠纷简要情况", required=True,
                       max_len=20000),
        requests=v.text(data.get("requests"), "requests", "申请事项", max_len=20000),
        amount=v.amount(data.get("amount"), "amount", "涉及金额"),
        persons_involved=persons if persons is not None else len(parties),
        sensitive=bool(v.boolean(data.get("sensitive"), "sensitive", "敏感案件", default=False)),
        created_by=actor.user_id, parties=parties, referral=referral, sweep_id=sweep_id,
    )
    session.add(case)
    session.flush()
    texts.refresh(session, case)
    try:
        reassess(session, case, "intake", today=today, overdue=False, checklist=checklist)
    except ValueError as exc:  # unknown checklist item
        raise ValidationError(f"风险排查表：{exc}", "checklist: invalid", field="checklist") from exc
    audit.record(session, actor, "register", "case", case.id, case_id=case.id,
                 changes={"number": number, "dispute_type": dispute_type.value,
                          "source": source.value, "parties": len(parties)})
    return case
