"""Case numbers （YYYY）<prefix>人调字第N号: sequential per office and year, never reused."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from mediation_app.storage.models import CaseCounter, Office


def format_number(year: int, prefix: str, seq: int) -> str:
    return f"（{year}）{prefix}人调字第{seq}号"


def allocate(session: Session, office: Office, year: int) -> tuple[int, str]:
    """Take the next sequence number inside the caller's transaction.

    The counter row is locked (SQLite: the write transaction began IMMEDIATE; PostgreSQL:
    FOR UPDATE), so two processes cannot take the same number, and a rolled-back intake
    gives its number back with the rest of the transaction.
    """
    query = (
        select(CaseCounter)
        .where(CaseCounter.office_id == office.id, CaseCounter.year == year)
        .with_for_update()
    )
    counter = session.scalar(query)
    if counter is None:
        try:
            with session.begin_nested():
                session.add(CaseCounter(office_id=office.id, year=year, last_seq=0))
        except IntegrityError:
            pass  # another process created it first; lock theirs
        counter = session.scalar(query)
        assert counter is not None
    counter.last_seq += 1
    session.flush()
    return counter.last_seq, format_number(year, office.number_prefix, counter.last_seq)
