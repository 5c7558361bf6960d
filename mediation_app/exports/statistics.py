"""The periodic report's figures (MEDIATION.md §5), for any range of days.

Every case event is counted in the period in which it happened; the rules are written
down, in Chinese and English, in docs/statistics.md.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Date, exists, func, literal, null, select, union_all
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Subquery

from mediation_app.domain.enums import (
    ConfirmationResult,
    PerformanceStatus,
    PreventionKind,
    Source,
    StaffRole,
)
from mediation_app.errors import ValidationError
from mediation_app.exports.columns import (
    BY_KEY,
    CENT,
    COMMITTEE_KINDS,
    COUNT_KEYS,
    figures,
    nest,
)
from mediation_app.storage.models import (
    Agreement,
    Case,
    Committee,
    FollowUp,
    JudicialConfirmation,
    MediationSession,
    Party,
    PerformanceCheck,
    PreventionEffect,
    Staff,
    StatsAdjustment,
    Sweep,
)
from mediation_app.storage.types import Money

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
TEN_THOUSAND = Decimal(10_000)
SUCCEEDED, FAILED, TERMINATED = "调解成功", "调解不成", "终止调解"
PREVENTION_KINDS = frozenset(k.value for k in PreventionKind)


def month_range(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of a ``YYYY-MM`` month."""
    match = MONTH.match(month.strip()) if isinstance(month, str) else None
    if match is None:
        raise ValidationError(f"月份格式应为 YYYY-MM：{month}", "month must be YYYY-MM",
                              field="month")
    year, number = int(match[1]), int(match[2])
    return dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])


def months_within(date_from: dt.date, date_to: dt.date) -> list[str]:
    """The months lying wholly inside the period (adjustments belong to whole months)."""
    out = []
    year, month = date_from.year, date_from.month
    while (year, month) <= (date_to.year, date_to.month):
        first, last = month_range(f"{year:04d}-{month:02d}")
        if first >= date_from and last <= date_to:
            out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


class Concluded(NamedTuple):
    """A case whose mediation concluded in the period: one line of the ledger.

    A tuple in the order of the query's columns, so a month of rows is built cheaply.
    """

    case_id: int
    number: str
    dispute_type: str
    source: str
    received_on: dt.date
    accepted_on: dt.date | None
    concluded_on: dt.date
    outcome: str
    agreement_kind: str | None
    amount: Decimal | None
    risk_level: str | None
    parties: int


class Group(NamedTuple):
    """What the report tells concluded cases apart by; cases alike are counted together."""

    outcome: str
    dispute_type: str
    source: str
    agreement_kind: str | None
    parties: int


# a Concluded's fields that make its Group, picked in C: a month has tens of thousands
GROUP_FIELDS = itemgetter(*(Concluded._fields.index(f) for f in (
    "outcome", "dispute_type", "source", "agreement_kind", "parties")))


@dataclass(frozen=True)
class Adjustment:
    month: str
    column: str
    label: str
    delta: int
    reason: str
    entered_by: str
    entered_at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {"month": self.month, "column": self.column, "label": self.label,
                "delta": self.delta, "reason": self.reason, "entered_by": self.entered_by,
                "entered_at": self.entered_at.isoformat()}


@dataclass(frozen=True)
class Report:
    """The figures of one period; ``counts`` already include the hand adjustments."""

    date_from: dt.date
    date_to: dt.date
    counts: dict[str, int]
    amount_wan: Decimal
    adjustments: list[Adjustment] = field(default_factory=list)

    def flat(self) -> dict[str, Any]:
        """Every column by its dotted key, in the order of the paper form."""
        return figures(self.counts, self.amount_wan)

    def to_dict(self) -> dict[str, Any]:
        return {"period": {"from": self.date_from.isoformat(), "to": self.date_to.isoformat()},
                **nest(self.flat()),
                "adjustments": [a.to_dict() for a in self.adjustments]}


def _concluded(date_from: dt.date, date_to: dt.date) -> Subquery:
    """Cases mediated in the period: agreed, failed, or terminated after a session was held.

    The day is the agreement's, else the failure's, else the termination's: one branch per
    outcome, each read through the index on its own date (an OR of them reads every case).
    The agreements are found by date first and then read in id order, so each page of the
    month's agreements and cases is decrypted once instead of once per row.
    """
    fields = (Case.id, Case.number, Case.dispute_type, Case.source, Case.received_on,
              Case.accepted_on)
    no_agreement = ~exists().where(Agreement.case_id == Case.id)
    in_period = select(Agreement.id).where(Agreement.agreed_on.between(date_from, date_to))
    agreed = (select(*fields, Agreement.agreed_on.label("concluded_on"),
                     literal(SUCCEEDED).label("outcome"), Agreement.kind, Agreement.amount,
                     Case.risk_level)
              .join(Agreement, Agreement.case_id == Case.id)
              .where(Agreement.id.in_(in_period)))
    failed = (select(*fields, Case.failed_on, literal(FAILED), null(), null(), Case.risk_level)
              .where(Case.failed_on.between(date_from, date_to), no_agreement))
    terminated = (select(*fields, Case.terminated_on, literal(TERMINATED), null(), null(),
                         Case.risk_level)
                  .where(Case.terminated_on.between(date_from, date_to),
                         Case.failed_on.is_(None), no_agreement,
                         exists().where(MediationSession.case_id == Case.id)))
    cases = union_all(agreed, failed, terminated).subquery()
    parties = (select(func.count(Party.id)).where(Party.case_id == cases.c.id)
               .scalar_subquery())
    return select(cases, parties.label("parties")).subquery()


def concluded_cases(session: Session, date_from: dt.date, date_to: dt.date) -> list[Concluded]:
    """The ledger: every case mediated in the period, by day and id.

    Executed as Core on the session's connection: the ORM's row loading cost more than the
    query itself on a month of 70 000 cases.
    """
    cases = _concluded(date_from, date_to)
    query = select(cases).order_by(cases.c.concluded_on, cases.c.id)
    return [Concluded._make(row) for row in session.connection().execute(query).all()]


def _groups_in_db(session: Session, date_from: dt.date, date_to: dt.date
                  ) -> tuple[Counter[Group], Decimal]:
    """The concluded cases counted by group in SQL: nothing per case comes back."""
    cases = _concluded(date_from, date_to)
    keys = (cases.c.outcome, cases.c.dispute_type, cases.c.source, cases.c.kind,
            cases.c.parties)
    query = (select(*keys, func.count(), func.sum(cases.c.amount, type_=Money))
             .group_by(*keys))
    groups: Counter[Group] = Counter()
    amount = Decimal(0)
    for *key, n, total in session.connection().execute(query):
        groups[Group(*key)] += n
        amount += total or 0
    return groups, amount


def _groups_of(cases: Sequence[Concluded]) -> tuple[Counter[Group], Decimal]:
    """The same groups from already fetched cases (the export writes them out too)."""
    alike = Counter(map(GROUP_FIELDS, cases))
    groups = Counter({Group._make(key): n for key, n in alike.items()})
    return groups, sum((c.amount for c in cases if c.amount is not None), Decimal(0))


def compute(session: Session, date_from: dt.date, date_to: dt.date) -> Report:
    """The report for a month, a quarter, a year or any range of days (both ends included)."""
    _check_period(date_from, date_to)
    return _report(session, date_from, date_to, *_groups_in_db(session, date_from, date_to))


def tally(session: Session, date_from: dt.date, date_to: dt.date,
          cases: Sequence[Concluded]) -> Report:
    """The report from already fetched concluded cases (the export also writes them out)."""
    _check_period(date_from, date_to)
    return _report(session, date_from, date_to, *_groups_of(cases))


def _check_period(date_from: dt.date, date_to: dt.date) -> None:
    if date_from > date_to:
        raise ValidationError("统计起始日期不能晚于截止日期", "date_from after date_to")


def _report(session: Session, date_from: dt.date, date_to: dt.date,
            groups: Counter[Group], amount: Decimal) -> Report:
    counts = dict.fromkeys(COUNT_KEYS, 0)
    for group, n in groups.items():
        _count_group(counts, group, n)
    _count_events(session, counts, date_from, date_to)
    _count_roster(session, counts)
    adjustments = adjustments_for(session, months_within(date_from, date_to))
    for a in adjustments:
        counts[a.column] += a.delta
    amount_wan = (amount / TEN_THOUSAND).quantize(CENT, ROUND_HALF_UP)
    return Report(date_from, date_to, counts, amount_wan, adjustments)


def _count_group(counts: dict[str, int], group: Group, n: int) -> None:
    """Count ``n`` concluded cases that share everything the report tells apart."""
    won = n if group.outcome == SUCCEEDED else 0
    counts["mediated"] += n
    counts["succeeded"] += won
    counts["failed"] += n if group.outcome == FAILED else 0
    counts["terminated"] += n if group.outcome == TERMINATED else 0
    counts[f"by_type.{group.dispute_type}.mediated"] += n
    counts[f"by_type.{group.dispute_type}.succeeded"] += won
    source = Source(group.source)
    counts[f"by_source.{source.statistics_group}"] += n
    if source.is_referral:
        counts[f"by_source_detail.{source.value}"] += n
    if won:
        counts["written" if group.agreement_kind == "书面" else "oral"] += won
    counts["parties"] += group.parties * n
    counts["cases_3plus_parties"] += n if group.parties >= 3 else 0


def _count_events(session: Session, counts: dict[str, int], date_from: dt.date,
                  date_to: dt.date) -> None:
    """Figures that are not about the concluded cases: each counted on its own date."""
    sweeps = session.execute(
        select(func.count(Sweep.id), func.coalesce(func.sum(Sweep.disputes_found), 0),
               func.coalesce(func.sum(Sweep.disputes_prevented), 0))
        .where(Sweep.swept_on.between(date_from, date_to))).one()
    counts["sweeps"], counts["sweep_found"], counts["sweep_prevented"] = (int(v) for v in sweeps)

    # performed in the period = a full-performance check in it and none before it; the
    # checks are found by date first, then read in id order (each page decrypted once)
    full = PerformanceStatus.FULL.value
    earlier = aliased(PerformanceCheck)
    in_period = select(PerformanceCheck.id).where(
        PerformanceCheck.status == full, PerformanceCheck.checked_on.between(date_from, date_to))
    check = aliased(PerformanceCheck)
    counts["performed"] = session.scalar(
        select(func.count(func.distinct(check.case_id)))
        .where(check.id.in_(in_period),
               ~exists().where(earlier.case_id == check.case_id, earlier.status == full,
                               earlier.checked_on < date_from))) or 0

    jc = JudicialConfirmation
    counts["confirmation_applied"] = session.scalar(
        select(func.count(func.distinct(jc.case_id)))
        .where(jc.applied_on.between(date_from, date_to))) or 0
    counts["confirmed"] = session.scalar(
        select(func.count(func.distinct(jc.case_id)))
        .where(jc.result == ConfirmationResult.CONFIRMED.value,
               func.coalesce(jc.decided_on, jc.applied_on, type_=Date)
               .between(date_from, date_to))) or 0

    pe = PreventionEffect
    for kind, cases, persons in session.execute(
            select(pe.kind, func.count(func.distinct(pe.case_id)), func.sum(pe.persons))
            .where(pe.confirmed_on.between(date_from, date_to)).group_by(pe.kind)):
        if kind in PREVENTION_KINDS:
            counts[f"prevented.{kind}.cases"] = int(cases)
            counts[f"prevented.{kind}.persons"] = int(persons or 0)

    counts["follow_ups"] = session.scalar(
        select(func.count(FollowUp.id)).where(FollowUp.visited_on.between(date_from, date_to))) or 0


def _count_roster(session: Session, counts: dict[str, int]) -> None:
    """The roster as it stands: active committees by kind, active mediators."""
    for kind, n in session.execute(
            select(Committee.kind, func.count(Committee.id)).where(Committee.active)
            .group_by(Committee.kind)):
        counts[f"committees.{kind if kind in COMMITTEE_KINDS else '其他'}"] += n
    mediators = select(Staff.full_time, func.count(Staff.id)).where(
        Staff.active, Staff.role == StaffRole.MEDIATOR.value).group_by(Staff.full_time)
    for full_time, n in session.execute(mediators):
        counts["mediators"] += n
        if full_time:
            counts["mediators_full_time"] += n


def adjustments_for(session: Session, months: list[str]) -> list[Adjustment]:
    rows = session.scalars(select(StatsAdjustment).where(StatsAdjustment.month.in_(months))
                           .order_by(StatsAdjustment.month, StatsAdjustment.id))
    return [Adjustment(month=r.month, column=r.column, label=BY_KEY[r.column].label,
                       delta=r.delta, reason=r.reason, entered_by=r.entered_by,
                       entered_at=r.entered_at) for r in rows]
