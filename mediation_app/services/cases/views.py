"""A case as plain data for the CLI and the GUI, with personal data masked where needed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.domain import lifecycle
from mediation_app.domain.enums import CaseStatus
from mediation_app.domain.idcard import mask
from mediation_app.services import audit, office
from mediation_app.services.actor import Actor
from mediation_app.services.audit import jsonable
from mediation_app.services.cases import access
from mediation_app.services.cases.deadlines import effective_deadline, is_overdue
from mediation_app.services.cases.parties import age_of
from mediation_app.storage.models import AuditEvent, Case, Party


def mask_phone(phone: str | None) -> str | None:
    if not phone:
        return phone
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else "****"


def party_dict(p: Party, on: dt.date, personal: bool) -> dict[str, Any]:
    data = {
        "id": p.id, "role": p.role, "kind": p.kind, "name": p.name, "sex": p.sex,
        "ethnicity": p.ethnicity, "birth_date": p.birth_date, "age": age_of(p, on),
        "id_number": p.id_number, "occupation": p.occupation, "phone": p.phone,
        "address": p.address, "representative": p.representative,
    }
    if not personal:
        data.update(id_number=mask(p.id_number), phone=mask_phone(p.phone),
                    address=(p.address[:6] + "…") if p.address else None, birth_date=None)
    return data


def available_actions(case: Case) -> list[lifecycle.Action]:
    """The lifecycle's actions for this state, less those this case's facts rule out."""
    actions = lifecycle.allowed(CaseStatus(case.status))
    if case.referral is None or case.referral.feedback_on is not None:
        actions = [a for a in actions if a is not lifecycle.Action.FEEDBACK]
    if case.agreement is not None and case.agreement.personal_status:
        actions = [a for a in actions if a is not lifecycle.Action.CONFIRM]
    return actions


def risk_dict(case: Case) -> dict[str, Any]:
    latest = case.risk_assessments[-1] if case.risk_assessments else None
    return {
        "level": case.risk_level,
        "computed_level": latest.level if latest else None,
        "override": case.risk_override,
        "score": case.risk_score,
        "owner": case.risk_owner,
        "rules_version": latest.rules_version if latest else None,
        "reasons": latest.reasons if latest else [],
    }


def case_dict(session: Session, actor: Actor, case: Case, *, today: dt.date | None = None,
              with_audit: bool = False) -> dict[str, Any]:
    today = today or dt.date.today()
    cfg = office.settings(session)
    personal = access.can_see_personal(actor, case, cfg["mediators_see_others_cases"])
    status = CaseStatus(case.status)
    deadline = effective_deadline(case)
    agreement = case.agreement
    data: dict[str, Any] = {
        "id": case.id, "number": case.number, "status": status.value,
        "status_label": status.label, "dispute_type": case.dispute_type,
        "sub_type": case.sub_type, "source": case.source, "received_on": case.received_on,
        "summary": case.summary if personal else None, "requests": case.requests if personal else None,
        "amount": case.amount, "persons_involved": case.persons_involved,
        "sensitive": case.sensitive, "accepted_on": case.accepted_on,
        "rights_notice_on": case.rights_notice_on,
        "mediators": [{"name": m.name, "presiding": m.presiding} for m in case.mediators],
        "deadline": deadline, "overdue": is_overdue(case, today),
        "days_left": (deadline - today).days if deadline and status.value in
        ("accepted", "in_mediation") else None,
        "extended": case.extended_until is not None,
        "rejection_reason": case.rejection_reason, "failure_reason": case.failure_reason,
        "told_other_routes": case.told_other_routes,
        "termination_reason": case.termination_reason, "closed_on": case.closed_on,
        "editable": access.can_edit(actor, case),
        "allowed_actions": [a.value for a in available_actions(case)],
        "parties": [party_dict(p, today, personal) for p in case.parties],
        "referral": None if case.referral is None else {
            "unit": case.referral.unit, "doc_number": case.referral.doc_number,
            "date": case.referral.referred_on, "deadline": case.referral.deadline,
            "feedback_on": case.referral.feedback_on,
        },
        "sessions": [
            {"seq": s.seq, "held_on": s.held_on, "place": s.place, "public": s.public,
             "result": s.result, "record": s.record if personal else None,
             "participants": [{"name": p.name, "role": p.role, "consent": p.parties_consented}
                              for p in s.participants]}
            for s in case.sessions
        ],
        "agreement": None if agreement is None else {
            "kind": agreement.kind, "number": agreement.number, "date": agreement.agreed_on,
            "effective_on": agreement.effective_on, "amount": agreement.amount,
            "terms": [t.text for t in agreement.terms] if personal else [],
            "performance": {"method": agreement.perform_method, "place": agreement.perform_place,
                            "deadline": agreement.perform_deadline},
            "personal_status": agreement.personal_status,
        },
        "performance_checks": [{"date": c.checked_on, "status": c.status, "note": c.note}
                               for c in case.performance_checks],
        "follow_ups": [{"date": f.visited_on, "visitor": f.visitor,
                        "satisfaction": f.satisfaction, "next_due_on": f.next_due_on}
                       for f in case.follow_ups],
        "confirmations": [{"applied_on": c.applied_on, "court": c.court, "result": c.result}
                          for c in case.confirmations],
        "police_reports": [{"date": r.reported_on, "station": r.station, "officer": r.officer,
                            "not_reported_reason": r.not_reported_reason}
                           for r in case.police_reports],
        "prevention": {e.kind: e.persons for e in case.prevention_effects},
        "risk": risk_dict(case),
    }
    if with_audit:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id))
        data["audit"] = [
            {"id": e.id, "at": e.at, "user": e.username, "action": e.action, "entity": e.entity,
             "changes": audit.masked_changes(e.changes)}
            for e in events
        ]
    return jsonable(data)
