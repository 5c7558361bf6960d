"""The searchable prose of a case, kept in one row for the full-text index."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mediation_app.storage.models import Case, CaseText


def body_of(case: Case) -> str:
    """Every passage once: sessions often repeat the facts found or the matter, and a
    repeated passage only makes the index larger and slower to build."""
    parts: list[str] = [case.number, case.summary, case.requests or ""]
    for s in case.sessions:
        parts += [s.record, s.statements or "", s.verified_facts or "", s.matter or ""]
    if case.agreement is not None:
        parts += [case.agreement.facts or ""] + [t.text for t in case.agreement.terms]
    for f in case.follow_ups:
        parts += [f.notes or "", f.new_conflict_signs or ""]
    return "\n".join(dict.fromkeys(p for p in parts if p))


def refresh(session: Session, case: Case) -> None:
    body = body_of(case)
    row = session.get(CaseText, case.id)
    if row is None:
        session.add(CaseText(case_id=case.id, body=body))
    elif row.body != body:
        row.body = body
