"""generate(): realistic demo cases for the office, fast, bounded in memory, the same per seed.

Cases are made day by day through the year and written in batches of BATCH_CASES (the
last few smaller), each batch one transaction that also moves the office's case counter
on, so an interrupted run leaves whole cases with numbers that continue correctly. A load
of BULK_MIN_CASES or more into an SQLite store with no cases is instead one transaction
(see `bulk`): all or nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import marshal
import random
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediation_app.demo.bulk import BulkLoad, bulk_session, can_bulk_load
from mediation_app.demo.cases import CaseMaker
from mediation_app.demo.names import People
from mediation_app.demo.pipeline import can_fork, in_child
from mediation_app.demo.places import AREAS
from mediation_app.demo.risk_cache import RiskCache
from mediation_app.demo.roster import ensure_roster
from mediation_app.demo.writer import (
    TABLES,
    Batch,
    Prepared,
    Writer,
    grow_cache,
    next_ids,
    restore_cache,
)
from mediation_app.domain.enums import CaseStatus, DisputeType, RiskLevel, Source, UserRole
from mediation_app.errors import ConflictError, ValidationError
from mediation_app.services import audit, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases.numbering import format_number
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case, CaseCounter

BATCH_CASES = 5000
EDGE_CASES = 500  # the first batch, and the smallest the last ones shrink to (`batch_size`)
BULK_MIN_CASES = 10_000  # from here on: one bulk transaction, cases made in a second process
GC_THRESHOLD = 100_000
TALLIED = ("status", "dispute_type", "source", "risk", "outcome")  # attributes of Made
# fewer disputes reach the office at weekends; more before and after the Spring Festival
WEEKDAY_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 1.0, 0.4, 0.3)
MONTH_WEIGHTS = (1.2, 1.15, 1.0, 1.0, 1.0, 0.95, 0.9, 0.9, 1.0, 1.0, 1.0, 1.1)
Progress = Callable[[int, int], None]


def batch_size(done: int, left: int) -> int:
    """BATCH_CASES, but doubling from EDGE_CASES at the start and halving back at the end.

    While the first batch is made (with the risk cache still cold) the writing process
    waits, and once the last batch is made the making process is done: small batches at
    both edges keep those waits short.
    """
    return min(BATCH_CASES, max(done, EDGE_CASES), max(left // 2, EDGE_CASES))


def daily_counts(cases: int, first: dt.date, last: dt.date) -> Iterator[tuple[dt.date, int]]:
    """Cases per day in proportion to the day's weight, by largest remainder (no randomness)."""
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    weights = [WEEKDAY_WEIGHTS[d.weekday()] * MONTH_WEIGHTS[d.month - 1] for d in days]
    total = sum(weights)
    shares = [cases * w / total for w in weights]
    counts = [int(s) for s in shares]
    by_remainder = sorted(range(len(days)), key=lambda i: (counts[i] - shares[i], i))
    for i in by_remainder[:cases - sum(counts)]:
        counts[i] += 1
    return ((d, c) for d, c in zip(days, counts, strict=True) if c)


def generate(store: Store, *, cases: int, year: int | None = None, seed: int = 1,
             actor_name: str = "demo", progress: Progress | None = None,
             today: dt.date | None = None) -> dict[str, Any]:
    """Add `cases` demo cases received in `year` (default: this year, up to today).

    The same seed, count, year and today on the same store give the same data. Returns a
    summary, which is also the one audit event recorded for the whole generation.
    """
    today = today or dt.date.today()
    year = year or today.year
    if cases < 1:
        raise ValidationError("案件数须为正整数", "cases must be positive", field="cases")
    if not 1990 <= year <= today.year:
        raise ValidationError(f"年份须在 1990 至 {today.year} 之间", "year out of range",
                              field="year")
    run = _Run(store, cases, year, seed, today, progress)
    actor = Actor(user_id=None, username=actor_name, role=UserRole.ADMIN, display_name=actor_name)
    days = list(daily_counts(cases, dt.date(year, 1, 1), min(dt.date(year, 12, 31), today)))
    large = cases >= BULK_MIN_CASES
    try:
        with _few_collections(), run.loading(bulk=large and can_bulk_load(store)):
            make = partial(run.make, days)
            for produced in in_child(make) if large and can_fork() else make():
                run.write(produced)
    except BaseException as exc:
        with contextlib.suppress(Exception):  # the failure to report is the original one
            run.record(actor, run.summary(incomplete=True, error=repr(exc)))
        raise
    result = run.summary()
    run.record(actor, result)
    return result


@contextmanager
def _few_collections() -> Iterator[None]:
    """The cyclic garbage collector seldom, and not over what existed before, while rows are
    made and written.

    Generation allocates millions of dicts and tuples but next to no reference cycles; at
    the default threshold the collector's passes over them (and over every module and
    rule loaded before) cost about a fifth of the time. A forked making process goes further
    and runs without the collector (`pipeline`).
    """
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


@dataclass
class _Produced:
    """A batch of made cases, ready to write, with what the summary counts about them."""

    last_seq: int
    rows: Prepared
    counts: dict[str, int]
    tally: dict[str, Counter[Any]]
    risk_runs: int

    def __getstate__(self) -> dict[str, Any]:
        """Sent to the writing process with the rows marshalled where they can be.

        SQLite's rows hold only strings, numbers, booleans, bytes and None, which `marshal`
        writes in half the time `pickle` takes; PostgreSQL's rows hold dates and go as they are.
        """
        state = dict(vars(self))
        with contextlib.suppress(ValueError):
            state["rows"] = marshal.dumps(self.rows)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        if isinstance(state["rows"], bytes):
            state["rows"] = marshal.loads(state["rows"])
        vars(self).update(state)


class _Run:
    """One generation: the case maker, the batch being filled and what has been written."""

    def __init__(self, store: Store, cases: int, year: int, seed: int, today: dt.date,
                 progress: Progress | None) -> None:
        self.started = time.perf_counter()
        self.store, self.cases, self.year, self.seed, self.today = store, cases, year, seed, today
        self.progress = progress
        rng = random.Random(seed)
        self.writer = Writer(store.engine.dialect)
        with store.transaction() as session:
            the_office = office.the_office(session)
            area = AREAS[rng.randrange(len(AREAS))]
            people = People(rng, area)
            self.roster = ensure_roster(session, the_office, people, rng, today)
            self.office_id, self.prefix = the_office.id, the_office.number_prefix
            self.counter, used = _numbers_used(session, the_office.id, year)
            self.written = max(self.counter or 0, used)
            self.first_seq = self.written + 1
            self.maker = CaseMaker(rng, people, self.roster, office_id=the_office.id,
                                   prefix=the_office.number_prefix,
                                   committee=the_office.committee_name, area=area,
                                   settings=office.settings(session), today=today,
                                   risk=RiskCache(), values=self.writer.values)
            self.next_ids = next_ids(session)
        self.tally: dict[str, Counter[Any]] = {k: Counter() for k in TALLIED}
        self.rows: Counter[str] = Counter()
        self.risk_runs = 0
        self.cache_size: int | None = None
        self.bulk: BulkLoad | None = None

    @contextmanager
    def loading(self, *, bulk: bool) -> Iterator[None]:
        """Batches in one bulk transaction if asked and possible; if it fails, none count."""
        if not bulk:
            yield
            return
        with bulk_session(self.store, TABLES) as self.bulk:
            try:
                yield
            except BaseException:
                if self.bulk:  # rolled back
                    self.written = self.first_seq - 1
                    self.rows.clear()
                    for tally in self.tally.values():
                        tally.clear()
                raise
            finally:
                self.bulk = None

    def make(self, days: list[tuple[dt.date, int]]) -> Iterator[_Produced]:
        """The cases, made in order and prepared batch by batch; needs no database."""
        batch, seq, pending = Batch(dict(self.next_ids)), self.written, []
        last = self.written + self.cases
        size = batch_size(0, self.cases)
        for day, count in days:
            for _ in range(count):
                seq += 1
                pending.append(self.maker.make(batch, day, self.year, seq))
                if len(pending) == size or seq == last:
                    tally = {k: Counter(getattr(m, k) for m in pending) for k in TALLIED}
                    counts = batch.counts()
                    yield _Produced(seq, batch.take(), counts, tally, self.maker.risk.runs)
                    pending.clear()
                    size = batch_size(seq - self.written, last - seq)

    def write(self, produced: _Produced) -> None:
        """Write a batch and move the counter on, in one transaction (or in the bulk one)."""
        with nullcontext(self.bulk.session) if self.bulk else self.store.transaction() as session:
            if not self.bulk:
                old = grow_cache(session)
                if self.cache_size is None:
                    self.cache_size = old
            _move_counter(session, self.office_id, self.year, self.counter, produced.last_seq)
            self.writer.write(session, produced.rows)
            if self.bulk:
                self.bulk.index_new_rows()
        self.written = self.counter = produced.last_seq
        self.rows.update(produced.counts)
        for key, tally in produced.tally.items():
            self.tally[key].update(tally)
        self.risk_runs = produced.risk_runs
        if self.progress:
            self.progress(self.written - self.first_seq + 1, self.cases)

    def summary(self, **extra: Any) -> dict[str, Any]:
        done = self.written - self.first_seq + 1
        outcome = self.tally["outcome"]
        concluded = outcome[CaseStatus.AGREED] + outcome[CaseStatus.FAILED] + \
            outcome[CaseStatus.TERMINATED]
        return {
            "cases": done, "year": self.year, "seed": self.seed, "today": self.today,
            "numbers": [format_number(self.year, self.prefix, n)
                        for n in (self.first_seq, self.written)] if done else [],
            "by_status": {s.value: self.tally["status"][s] for s in CaseStatus},
            "by_type": {t.value: self.tally["dispute_type"][t] for t in DisputeType},
            "by_source": {s.value: self.tally["source"][s] for s in Source},
            "by_risk": {r.value: self.tally["risk"][r] for r in RiskLevel},
            "success_rate": round(100 * outcome[CaseStatus.AGREED] / concluded, 1)
            if concluded else None,
            "rows": dict(sorted(self.rows.items())),
            "staff_created": self.roster.created,
            "risk_engine_runs": self.risk_runs,
            "elapsed_seconds": round(time.perf_counter() - self.started, 1),
            **extra,
        }

    def record(self, actor: Actor, summary: dict[str, Any]) -> None:
        """The one audit event of the generation; puts the page cache back as it was."""
        with self.store.transaction() as session:
            restore_cache(session, self.cache_size)
            audit.record(session, actor, "demo_data", "office", self.office_id, changes=summary)


def _numbers_used(session: Session, office_id: int, year: int) -> tuple[int | None, int]:
    """The year's counter (None if it has none yet) and the highest number cases carry."""
    counted = session.scalar(select(CaseCounter.last_seq).where(
        CaseCounter.office_id == office_id, CaseCounter.year == year))
    used = session.scalar(select(func.max(Case.seq)).where(
        Case.office_id == office_id, Case.year == year)) or 0
    return counted, used


def _move_counter(session: Session, office_id: int, year: int, expected: int | None,
                  seq: int) -> None:
    """Take the numbers up to `seq`, unless someone registered a case since we last looked."""
    counter = session.scalar(select(CaseCounter).where(
        CaseCounter.office_id == office_id, CaseCounter.year == year).with_for_update())
    if (counter.last_seq if counter else None) != expected:
        raise ConflictError("生成演示数据期间有人登记了新案件，已停止生成；已写入的演示案件保留",
                            "a case was registered meanwhile; demo generation stopped")
    if counter is None:
        session.add(CaseCounter(office_id=office_id, year=year, last_seq=seq))
    else:
        counter.last_seq = seq
