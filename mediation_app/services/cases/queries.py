"""Lists, filters and search over cases: all filtering and sorting happens in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, select
from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.domain.enums import CaseStatus, RiskLevel, UserRole
from mediation_app.services.actor import Actor
from mediation_app.services.cases.deadlines import RUNNING
from mediation_app.services.cases.intake import parse_dispute_type
from mediation_app.services.cases.text_search import text_condition
from mediation_app.storage.models import Case, CaseMediator, Party

SORTS = {
    "received_on": Case.received_on, "number": Case.id, "status": Case.status,
    "dispute_type": Case.dispute_type, "deadline": Case.deadline, "risk": Case.risk_score,
}

ROW_COLUMNS = (Case.id, Case.number, Case.status, Case.dispute_type, Case.source,
               Case.received_on, Case.sensitive, Case.deadline, Case.extended_until,
               Case.risk_level, Case.risk_score)
STATUS_LABELS = {s.value: s.label for s in CaseStatus}
# A page's rows: built once and run as Core with the ids bound, because building the
# statements and the ORM's execution path cost ten times what SQLite spends on a page.
_IDS = bindparam("ids", expanding=True)
_ROWS = select(*ROW_COLUMNS).where(Case.id.in_(_IDS))
_NAMES = select(Party.case_id, Party.name).where(Party.case_id.in_(_IDS)).order_by(Party.position)
_MEDIATORS = (select(CaseMediator.case_id, CaseMediator.name, CaseMediator.staff_id)
              .where(CaseMediator.case_id.in_(_IDS)).order_by(CaseMediator.position))


@dataclass(frozen=True)
class CaseFilter:
    status: tuple[str, ...] = ()
    dispute_type: str | None = None
    risk: str | None = None
    mediator: str | None = None
    overdue: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str | None = None
    sort: str = "number"
    descending: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def parse_filter(raw: dict[str, Any]) -> CaseFilter:
    """Check a filter typed by a person or a script."""
    status = raw.get("status")
    statuses = tuple(s for s in (status if isinstance(status, list) else [status]) if s)
    for s in statuses:
        v.choice(s, "status", "状态", CaseStatus)
    risk = raw.get("risk")
    if risk:
        v.choice(risk, "risk", "风险等级", RiskLevel)
    sort = raw.get("sort") or "number"
    if sort not in SORTS:
        raise v.fail("sort", "排序", f"应为 {'、'.join(SORTS)} 之一", "unknown sort")
    return CaseFilter(
        status=statuses,
        dispute_type=parse_dispute_type(raw["type"]).value if raw.get("type") else None,
        risk=risk or None,
        mediator=v.text(raw.get("mediator"), "mediator", "调解员", max_len=100),
        overdue=bool(raw.get("overdue")),
        date_from=v.date(raw.get("from"), "from", "起始日期", allow_future=True),
        date_to=v.date(raw.get("to"), "to", "截止日期", allow_future=True),
        text=v.text(raw.get("text"), "text", "搜索内容", max_len=200),
        sort=sort, descending=raw.get("descending", True) is not False,
    )


def filtered(session: Session, f: CaseFilter, today: dt.date) -> Select[Any]:
    conditions: list[Any] = []
    if f.status:
        conditions.append(Case.status.in_(f.status))
    if f.dispute_type:
        conditions.append(Case.dispute_type == f.dispute_type)
    if f.risk:
        conditions.append(Case.risk_level == f.risk)
    if f.mediator:
        conditions.append(Case.id.in_(select(CaseMediator.case_id).where(
            CaseMediator.name == f.mediator)))
    if f.overdue:
        conditions.append(and_(Case.status.in_(RUNNING),
                               func.coalesce(Case.extended_until, Case.deadline) < today))
    if f.date_from:
        conditions.append(Case.received_on >= f.date_from)
    if f.date_to:
        conditions.append(Case.received_on <= f.date_to)
    if f.text:
        conditions.append(text_condition(session, f.text))
    return select(Case.id).where(*conditions)


def _ordered(query: Select[Any], f: CaseFilter) -> Select[Any]:
    column = SORTS[f.sort]
    order = [column.desc() if f.descending else column.asc()]
    if column is not Case.id:
        order.append(Case.id.desc() if f.descending else Case.id.asc())
    return query.order_by(*order)


def count(session: Session, f: CaseFilter, today: dt.date) -> int:
    inner = filtered(session, f, today)
    if inner.whereclause is None:
        return session.scalar(select(func.count()).select_from(Case)) or 0
    return session.scalar(select(func.count()).select_from(inner.subquery())) or 0


def page_ids(session: Session, f: CaseFilter, today: dt.date, *, limit: int, offset: int
             ) -> list[int]:
    query = _ordered(filtered(session, f, today), f).limit(limit).offset(offset)
    return list(session.connection().scalars(query).all())


def all_ids(session: Session, f: CaseFilter, today: dt.date) -> list[int]:
    """Every matching id in order: what a lazily fetched list keeps in memory."""
    return list(session.scalars(_ordered(filtered(session, f, today), f)))


def rows(session: Session, actor: Actor, ids: list[int], today: dt.date) -> list[dict[str, Any]]:
    """List rows for the given ids, in the same order.

    Names only, no other personal details; hidden where the actor may not see them.
    """
    if not ids:
        return []
    conn, given = session.connection(), {"ids": ids}
    # .all(): fetchall in one call, where iterating a result fetches row by row
    cases = {c[0]: c for c in conn.execute(_ROWS, given).all()}
    names: dict[int, list[str]] = {}
    for case_id, name in conn.execute(_NAMES, given).all():
        names.setdefault(case_id, []).append(name)
    mediators: dict[int, list[str]] = {}
    assigned: set[int] = set()
    for case_id, name, staff_id in conn.execute(_MEDIATORS, given).all():
        mediators.setdefault(case_id, []).append(name)
        if staff_id is not None and staff_id == actor.staff_id:
            assigned.add(case_id)
    names_visible = actor.role in (UserRole.ADMIN, UserRole.MEDIATOR)
    out = []
    for case_id in ids:
        c = cases.get(case_id)
        if c is None:
            continue
        # unpacked once: a Row's attribute lookups add up over a page of 200
        (_id, number, status, dispute_type, source, received_on, sensitive, deadline,
         extended_until, risk_level, risk_score) = c
        deadline = extended_until or deadline
        visible = names_visible and (not sensitive or actor.is_admin or case_id in assigned)
        out.append({
            "id": case_id, "number": number, "status": status,
            "status_label": STATUS_LABELS[status], "dispute_type": dispute_type,
            "source": source, "received_on": received_on.isoformat(),
            "parties": names.get(case_id, []) if visible else ["（不可见）"],
            "mediators": mediators.get(case_id, []),
            "risk_level": risk_level, "risk_score": risk_score,
            "deadline": deadline.isoformat() if deadline else None,
            "overdue": bool(status in RUNNING and deadline and today > deadline),
            "sensitive": sensitive,
        })
    return out


def earlier_cases(session: Session, actor: Actor, today: dt.date, *,
                  id_number: str | None = None, name: str | None = None,
                  phone: str | None = None, exclude: int | None = None) -> list[dict[str, Any]]:
    """Cases the same person appeared in before ("此人在 2 件既往案件中出现").

    A person is recognised by ID number, or by name together with phone.
    """
    if id_number:
        condition = Party.id_number == id_number.strip().upper()
    elif name and phone:
        condition = and_(Party.name == name.strip(), Party.phone == phone.strip())
    else:
        return []
    query = select(Party.case_id).where(condition).distinct()
    ids = sorted((i for i in session.scalars(query) if i != exclude), reverse=True)
    return rows(session, actor, ids[:50], today)
