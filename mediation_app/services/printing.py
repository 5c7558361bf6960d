"""From a stored case to the document engine's plain data, and printing with an audit entry."""

from __future__ import annotations

import datetime as dt
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.documents import (
    AttachmentCategory,
    DocAgreement,
    DocAttachment,
    DocCase,
    DocConfirmation,
    DocFollowUp,
    DocParticipant,
    DocParty,
    DocSession,
    DocTerm,
    DocumentEngine,
    DocumentError,
)
from mediation_app.domain.clock import LOCAL_TZ
from mediation_app.domain.enums import (
    AgreementKind,
    ConfirmationResult,
    ParticipantRole,
    PartyKind,
    PartyRole,
    Sex,
)
from mediation_app.errors import PermissionDenied, ValidationError
from mediation_app.services import audit, office, office_templates
from mediation_app.services.actor import Actor
from mediation_app.services.cases import access
from mediation_app.services.cases.parties import age_of
from mediation_app.storage.models import Attachment, AttachmentBlob, Case

CATEGORY_SLOTS = {
    "身份证明": AttachmentCategory.IDENTITY, "授权委托书": AttachmentCategory.AUTHORIZATION,
    "调查记录": AttachmentCategory.INVESTIGATION, "证据": AttachmentCategory.EVIDENCE,
    "履行凭证": AttachmentCategory.RECEIPT, "司法确认材料": AttachmentCategory.CONFIRMATION,
}


@cache
def engine() -> DocumentEngine:
    """One engine per process: font loading is the slow part."""
    return DocumentEngine()


def doc_case(session: Session, case: Case, *, with_attachments: bool = False) -> DocCase:
    the_office = office.the_office(session)
    today = dt.date.today()
    parties = tuple(
        DocParty(name=p.name, role=PartyRole(p.role), kind=PartyKind(p.kind),
                 sex=Sex(p.sex) if p.sex else None, ethnicity=p.ethnicity or "",
                 age=age_of(p, today), occupation=p.occupation or "", phone=p.phone or "",
                 address=p.address or "", id_number=p.id_number or "",
                 representative=p.representative or "",
                 representative_title=p.representative_title or "")
        for p in case.parties)
    sessions = tuple(
        DocSession(index=s.seq, start=s.held_on.astimezone(LOCAL_TZ), place=s.place,
                   public=s.public,
                   participants=tuple(DocParticipant(name=x.name, role=ParticipantRole(x.role),
                                                     organisation=x.organisation or "",
                                                     consented=bool(x.parties_consented))
                                      for x in s.participants),
                   parties_present=tuple(p.name for p in case.parties),
                   matter=s.matter or case.dispute_type,
                   notices=tuple(filter(None, [s.notices_given])),
                   verified_facts=s.verified_facts or s.record, risk_warning=s.risk_warning or "",
                   result=s.result or "", failure_reason=case.failure_reason or "",
                   told_other_routes=bool(case.told_other_routes))
        for s in case.sessions)
    a = case.agreement
    agreement = None if a is None else DocAgreement(
        kind=AgreementKind(a.kind), number=a.number, date=a.agreed_on, facts=a.facts or "",
        terms=tuple(DocTerm(text=t.text) for t in a.terms), amount=a.amount,
        performance_method=a.perform_method or "", performance_place=a.perform_place or "",
        performance_deadline=a.perform_deadline)
    follow_ups = tuple(
        DocFollowUp(index=i, date=f.visited_on, party_visited=f.party_visited or "、".join(
            p.name for p in case.parties), visitor=f.visitor, matter=f.notes or "",
            performance_note=f.performance or "", satisfaction=f.satisfaction or "",
            new_conflict=f.new_conflict_signs or "", measures=f.measures or "")
        for i, f in enumerate(case.follow_ups, start=1))
    c = case.confirmations[-1] if case.confirmations else None
    confirmation = None if c is None else DocConfirmation(
        court=c.court, applied_date=c.applied_on, case_number=c.court_case_number or "",
        result=ConfirmationResult(c.result), decided_date=c.decided_on)
    mediators = tuple(DocParticipant(name=m.name, role=ParticipantRole.PRESIDING if m.presiding
                                     else ParticipantRole.MEDIATOR) for m in case.mediators)
    recorders = [x for s in case.sessions for x in s.participants
                 if x.role == ParticipantRole.RECORDER.value]
    outcome = {"agreed": "调解成功", "failed": "调解不成", "terminated": "终止调解",
               "rejected": "不予受理"}.get(case.closed_from or case.status, "")
    return DocCase(
        committee_name=the_office.committee_name, office_name=the_office.name,
        case_number=case.number, dispute_type=case.dispute_type, source=case.source,
        received_date=case.received_on, accepted_date=case.accepted_on,
        closed_date=case.closed_on, summary=case.summary,
        requests=tuple(filter(None, (case.requests or "").splitlines())), parties=parties,
        mediators=mediators,
        recorder=DocParticipant(name=recorders[0].name, role=ParticipantRole.RECORDER)
        if recorders else None,
        sessions=sessions, agreement=agreement, follow_ups=follow_ups,
        confirmation=confirmation, outcome=outcome,
        closing_summary=case.failure_reason or case.termination_reason or "",
        retention_period=case.retention or office.settings(session)["retention"],
        filer=mediators[0].name if mediators else "", filed_date=case.closed_on,
        attachments=_attachments(session, case) if with_attachments else (),
    )


def _attachments(session: Session, case: Case) -> tuple[DocAttachment, ...]:
    rows = session.execute(
        select(Attachment, AttachmentBlob.content).join(
            AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id)
        .where(Attachment.case_id == case.id).order_by(Attachment.id)).all()
    return tuple(DocAttachment(title=a.title, category=CATEGORY_SLOTS.get(
        a.category, AttachmentCategory.OTHER), data=data, media_type=a.media_type,
        date=a.created_at.date()) for a, data in rows)


def render(session: Session, actor: Actor, case_id: int, kind: str, *,
           session_index: int | None = None, follow_up_index: int | None = None,
           print_id_numbers: bool = False) -> bytes:
    """The PDF of one document; printing is recorded in the audit trail."""
    case = access.load(session, case_id)
    personal_ok = access.can_see_personal(actor, case,
                                          office.settings(session)["mediators_see_others_cases"])
    if not personal_ok:
        raise PermissionDenied("您无权打印本案的当事人信息", "not allowed to print this case")
    data = doc_case(session, case, with_attachments=kind == "file")
    try:
        office_engine = engine().with_templates(office_templates.overrides(session))
        pdf = office_engine.render(kind, data, session_index=session_index,
                                   follow_up_index=follow_up_index,
                                   print_id_numbers=print_id_numbers)
    except DocumentError as exc:
        raise ValidationError(str(exc), "the document cannot be produced") from exc
    audit.record(session, actor, "print", "document", None, case_id=case.id,
                 changes={"kind": kind, "session": session_index, "follow_up": follow_up_index,
                          "id_numbers": print_id_numbers, "bytes": len(pdf)})
    return pdf
