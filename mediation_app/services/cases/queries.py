"""Lists, filters and search over cases: all filtering and sorting happens in SQL."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, select
from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.domain.enums import CaseStatus, RiskLevel, UserRole
from mediation_app.services.actor import Actor
from mediation_app.services.cases.deadlines import RUNNING
from mediation_app.services.cases.text_search import text_condition
from mediation_app.storage.driver import DriverReads, reads_of
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case, CaseMediator, Party

SORTS = {
    "received_on": Case.received_on, "number": Case.id, "status": Case.status,
    "dispute_type": Case.dispute_type, "deadline": Case.deadline, "risk": Case.risk_score,
}

ROW_COLUMNS = (Case.id, Case.number, Case.status, Case.dispute_type, Case.source,
               Case.received_on, Case.sensitive, Case.deadline, Case.extended_until,
               Case.risk_level, Case.risk_score)
STATUS_LABELS = {s.value: s.label for s in CaseStatus}
# The list's pages are read on the driver's cursor with SQL compiled once per shape
# (storage.driver): SQLAlchemy's per-statement path cost ten times what SQLite spends.
Reads = Session | DriverReads
ID_CHUNK = 5000  # ids per fetch of a whole list: the GIL is let go between fetches


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
        dispute_type=v.dispute_type(raw["type"]).value if raw.get("type") else None,
        risk=risk or None,
        mediator=v.text(raw.get("mediator"), "mediator", "调解员", max_len=100),
        overdue=bool(raw.get("overdue")),
        date_from=v.date(raw.get("from"), "from", "起始日期", allow_future=True),
        date_to=v.date(raw.get("to"), "to", "截止日期", allow_future=True),
        text=v.text(raw.get("text"), "text", "搜索内容", max_len=200),
        sort=sort, descending=raw.get("descending", True) is not False,
    )


@dataclass
class Shape:
    """A filter's conditions: the statement's shape, its values, and how to build it."""

    key: list[Hashable] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)
    parts: list[Callable[[], Any]] = field(default_factory=list)

    def add(self, key: Hashable, build: Callable[[], Any], **values: Any) -> None:
        self.key.append(key)
        self.values.update(values)
        self.parts.append(build)

    def ids(self) -> Select[Any]:
        return select(Case.id).where(*(build() for build in self.parts))


def shape(reads: DriverReads, f: CaseFilter, today: dt.date) -> Shape:
    """The conditions of a filter, as named parameters (``storage.driver`` compiles them)."""
    out = Shape()
    if f.status:
        names = [f"status{i}" for i in range(len(f.status))]
        out.add(("status", len(names)),
                lambda: Case.status.in_([bindparam(n) for n in names]),
                **dict(zip(names, f.status, strict=True)))
    if f.dispute_type:
        out.add("type", lambda: Case.dispute_type == bindparam("type"), type=f.dispute_type)
    if f.risk:
        out.add("risk", lambda: Case.risk_level == bindparam("risk"), risk=f.risk)
    if f.mediator:
        out.add("mediator", lambda: Case.id.in_(select(CaseMediator.case_id).where(
            CaseMediator.name == bindparam("mediator"))), mediator=f.mediator)
    if f.overdue:
        out.add("overdue", lambda: and_(
            Case.status.in_(RUNNING),
            func.coalesce(Case.extended_until, Case.deadline) < bindparam("today")), today=today)
    if f.date_from:
        out.add("from", lambda: Case.received_on >= bindparam("from"),
                **{"from": f.date_from})
    if f.date_to:
        out.add("to", lambda: Case.received_on <= bindparam("to"), to=f.date_to)
    if f.text:
        found = text_condition(reads, f.text)
        out.add(found.key, found.build, **found.values)
    return out


def filtered(session: Session, f: CaseFilter, today: dt.date) -> Select[Any]:
    """The matching case ids as an ORM statement, with the values bound."""
    found = shape(reads_of(session), f, today)
    return found.ids().params(found.values)


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


def page_ids(source: Reads, f: CaseFilter, today: dt.date, *, limit: int, offset: int
             ) -> list[int]:
    """One page of matching ids in the filter's order."""
    reads = _reads(source)
    found = shape(reads, f, today)
    found.values.update(limit=limit, offset=offset)
    key = ("page", f.sort, f.descending, *found.key)
    return [i for (i,) in reads.all(key, lambda: _ordered(found.ids(), f).limit(
        bindparam("limit")).offset(bindparam("offset")), found.values)]


def first_page(store: Store, actor: Actor, f: CaseFilter, today: dt.date, *, limit: int
               ) -> tuple[list[int], list[dict[str, Any]]]:
    """What a list paints first: a page of ids and their rows, in one read transaction."""
    with store.driver_read() as reads:
        ids = page_ids(reads, f, today, limit=limit, offset=0)
        return ids, rows(reads, actor, ids, today)


def page_rows(store: Store, actor: Actor, ids: list[int], today: dt.date
              ) -> list[dict[str, Any]]:
    """The rows of a page whose ids the list already holds."""
    with store.driver_read() as reads:
        return rows(reads, actor, ids, today)


def all_ids(session: Session, f: CaseFilter, today: dt.date) -> list[int]:
    """Every matching id in order."""
    return list(session.scalars(_ordered(filtered(session, f, today), f)))


def id_array(store: Store, f: CaseFilter, today: dt.date) -> array[int]:
    """Every matching id in order, 8 bytes each: what a lazily fetched list keeps in memory
    (no Python object per id, nothing for the garbage collector to walk)."""
    ids: array[int] = array("q")
    with store.driver_read() as reads:
        found = shape(reads, f, today)
        key = ("all", f.sort, f.descending, *found.key)
        for rows in reads.chunks(key, lambda: _ordered(found.ids(), f), found.values,
                                 ID_CHUNK):
            ids.extend(chain.from_iterable(rows))
    return ids


def rows(source: Reads, actor: Actor, ids: list[int], today: dt.date) -> list[dict[str, Any]]:
    """List rows for the given ids, in the same order.

    Names only, no other personal details; hidden where the actor may not see them.
    """
    if not ids:
        return []
    reads = _reads(source)
    names_of = [f"id{i}" for i in range(len(ids))]
    given = dict(zip(names_of, ids, strict=True))

    def where_in(column: Any) -> Any:
        return column.in_([bindparam(n) for n in names_of])

    cases = {c[0]: c for c in reads.all(("rows", len(ids)), lambda: select(
        *ROW_COLUMNS).where(where_in(Case.id)), given)}
    names: dict[int, list[str]] = {}
    for case_id, name in reads.all(("names", len(ids)), lambda: select(
            Party.case_id, Party.name).where(where_in(Party.case_id)).order_by(
            Party.position), given):
        names.setdefault(case_id, []).append(name)
    mediators: dict[int, list[str]] = {}
    assigned: set[int] = set()
    for case_id, name, staff_id in reads.all(("mediators", len(ids)), lambda: select(
            CaseMediator.case_id, CaseMediator.name, CaseMediator.staff_id).where(
            where_in(CaseMediator.case_id)).order_by(CaseMediator.position), given):
        mediators.setdefault(case_id, []).append(name)
        if staff_id is not None and staff_id == actor.staff_id:
            assigned.add(case_id)
    names_visible = actor.role in (UserRole.ADMIN, UserRole.MEDIATOR)
    today_text = today.isoformat()
    out = []
    for case_id in ids:
        c = cases.get(case_id)
        if c is None:
            continue
        # unpacked once: a Row's attribute lookups add up over a page of 200
        (_id, number, status, dispute_type, source, received_on, sensitive, deadline,
         extended_until, risk_level, risk_score) = c
        deadline = _iso(extended_until or deadline)
        visible = names_visible and (not sensitive or actor.is_admin or case_id in assigned)
        out.append({
            "id": case_id, "number": number, "status": status,
            "status_label": STATUS_LABELS[status], "dispute_type": dispute_type,
            "source": source, "received_on": _iso(received_on),
            "parties": names.get(case_id, []) if visible else ["（不可见）"],
            "mediators": mediators.get(case_id, []),
            "risk_level": risk_level, "risk_score": risk_score,
            "deadline": deadline,
            "overdue": bool(status in RUNNING and deadline and today_text > deadline),
            "sensitive": bool(sensitive),
        })
    return out


def _reads(source: Reads) -> DriverReads:
    return source if isinstance(source, DriverReads) else reads_of(source)


def _iso(day: Any) -> str | None:
    """Dates come from the driver as ISO text on SQLite and as dates on PostgreSQL."""
    return day if day is None or isinstance(day, str) else day.isoformat()


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
