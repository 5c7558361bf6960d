"""Case list, search, opening a case, intake and risk: the rows that are about the store.

Each list or search is measured the way the GUI's case table paints it (``ui.models.
case_table``): the first page's ids and rows in one read (``queries.first_page``); the
count and the whole order follow in the background and are noted, not timed. The baseline replays the statements the
service sent, captured from one run, on a plain driver connection.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from benchmarks.data import Subject, long_intake
from benchmarks.harness import Row, Timing, affordable, captured, paired, timed
from mediation_app.domain.enums import CaseStatus, DisputeType
from mediation_app.risk import assess
from mediation_app.services import office
from mediation_app.services.cases import access, intake, queries, views
from mediation_app.services.cases.deadlines import is_overdue
from mediation_app.services.cases.queries import CaseFilter
from mediation_app.services.risk_flag import facts_of, latest_checklist, texts_of
from mediation_app.storage.models import Case, MediationSession, Party

PAGE = 200  # ui.models.case_table.PAGE_SIZE: the rows fetched when the view first needs one
THREE_CHARS = "宅基地"
TWO_CHARS = "漏水"
FILTER = CaseFilter(status=(CaseStatus.AGREED.value,), dispute_type=DisputeType.NEIGHBOUR.value)
RISK_SAMPLE = 50


def compare(subject: Subject, name: str, target: float, service: Callable[[], Any], *,
            repeat: int, max_ratio: float | None = None,
            note: str | Callable[[Any], str] = "") -> Row:
    """Time ``service`` against a replay of the SQL it sends, alternately.

    The run that captures the SQL is the service's warm-up, the first replay the baseline's;
    ``note`` may be made from what that first run returned.
    """
    with captured(subject.store.engine) as statements:
        start = time.perf_counter()
        result = service()
        first_ms = (time.perf_counter() - start) * 1000
    fetched = subject.raw.run(statements)
    ours, raw = paired(service, lambda: subject.raw.run(statements),
                       repeat=affordable(first_ms, repeat), warmup=0)
    text = note(result) if callable(note) else note
    return Row(name, target, ours.wall, cpu_samples=ours.cpu, raw_samples=raw.wall,
               max_ratio=max_ratio, note=(f"{text}; " if text else "")
               + f"{len(statements)} statements, {fetched} rows fetched; {cpu_ratio(ours, raw)}")


def cpu_ratio(ours: Timing, raw: Timing) -> str:
    """The ratio in CPU time too: on a shared machine the wall-clock one swings with load."""
    mine, theirs = statistics.median(ours.cpu), statistics.median(raw.cpu)
    ratio = f"{mine / theirs:.1f}" if theirs > 0 else "n/a"
    return f"CPU {mine:.2f} ms vs raw {theirs:.2f} ms (×{ratio})"


def first_page(subject: Subject, f: CaseFilter) -> Callable[[], int]:
    """What the case table does before it can paint: the first page's ids and rows.

    The count and the whole order are loaded afterwards, in the background; ``counted``
    times that apart for the notes.
    """
    store, actor, today = subject.store, subject.actor, dt.date.today()

    def run() -> int:
        return len(queries.first_page(store, actor, f, today, limit=PAGE)[0])

    return run


def counted(subject: Subject, f: CaseFilter) -> str:
    """The number of matches and how long counting them takes (once, untimed by the row)."""
    with subject.store.transaction(write=False) as session:
        start = time.process_time()
        n = queries.count(session, f, dt.date.today())
    return f"{n} matches, counted in {(time.process_time() - start) * 1000:.0f} ms CPU"


def page_rows(subject: Subject, ids: list[int]) -> Callable[[], None]:
    store, actor, today = subject.store, subject.actor, dt.date.today()

    def run() -> None:
        queries.page_rows(store, actor, ids, today)

    return run


def list_rows(subject: Subject, repeat: int) -> list[Row]:
    with subject.store.transaction(write=False) as session:
        ids = queries.all_ids(session, CaseFilter(), dt.date.today())
    return [
        compare(subject, "case list: first page", 100, first_page(subject, CaseFilter()),
                repeat=repeat, note=counted(subject, CaseFilter())),
        compare(subject, "case list: scroll to the end", 100, page_rows(subject, ids[-PAGE:]),
                repeat=repeat, note="rows of the last page"),
        compare(subject, "case list: sort by date", 100,
                first_page(subject, CaseFilter(sort="received_on")), repeat=repeat,
                note="received_on, newest first"),
        compare(subject, "case list: filter by status+type", 100, first_page(subject, FILTER),
                repeat=repeat, note=f"agreed + 邻里纠纷: {counted(subject, FILTER)}"),
    ]


def sample_case(subject: Subject) -> tuple[str, str]:
    """The number and a party's ID number of a case in the middle of the store."""
    with subject.store.transaction(write=False) as session:
        middle = max(subject.cases // 2, 1)
        number, id_number = session.execute(
            select(Case.number, Party.id_number).join(Party, Party.case_id == Case.id)
            .where(Case.id >= middle, Party.id_number.is_not(None))
            .order_by(Case.id).limit(1)).one()
    return number, id_number


def search_rows(subject: Subject, repeat: int) -> list[Row]:
    number, id_number = sample_case(subject)
    searches = (
        ("search: 3+ Chinese characters", 50, THREE_CHARS),
        ("search: 1-2 characters", 300, TWO_CHARS),
        ("search: case number", 10, number),
        ("search: ID number", 10, id_number),
    )
    rows = []
    for name, target, text in searches:
        f = CaseFilter(text=text)
        rows.append(compare(subject, name, target, first_page(subject, f), repeat=repeat,
                            max_ratio=2.0, note=f"“{text}”: {counted(subject, f)}"))
    return rows


def open_case_row(subject: Subject, repeat: int) -> Row:
    """What the case window fetches: the case with its audit trail, and the staff list."""
    store, actor, today = subject.store, subject.actor, dt.date.today()
    case_id = subject.meta["long_case_id"]

    def run() -> dict[str, Any]:
        with store.transaction(write=False) as session:
            case = views.case_dict(session, actor, access.load(session, case_id), today=today,
                                   with_audit=True)
            office.list_staff(session)
            return case

    return compare(subject, "open a case with 10 sessions and its audit trail", 50, run,
                   repeat=repeat, note=lambda case: f"{len(case['sessions'])} sessions, "
                   f"{len(case['audit'])} audit events")


def intake_row(subject: Subject, repeat: int) -> Row:
    """Registration as the intake wizard saves it; adds ``repeat + 1`` cases to the store."""
    store, actor, today = subject.store, subject.actor, dt.date.today()
    data = long_intake(today - dt.timedelta(days=1))

    def run() -> None:
        with store.transaction() as session:
            intake.register(session, actor, data, today=today)

    return Row.of("intake save (transaction, risk, audit)", 30, timed(run, repeat=repeat),
                  note="two parties; commit with synchronous=FULL")


def risk_row(subject: Subject, repeat: int) -> Row:
    """The rule engine on cases spread over the store, inputs as ``reassess`` builds them.

    The one query those inputs need (earlier cases of the same people) is timed apart and
    given in the note: it is data access, not assessment.
    """
    today = dt.date.today()
    step = max(subject.cases // RISK_SAMPLE, 1)
    engine, facts_query = Timing(), Timing()
    with subject.store.transaction(write=False) as session:
        cases = session.scalars(
            select(Case).where(Case.id % step == 0).limit(RISK_SAMPLE).options(
                selectinload(Case.sessions).selectinload(MediationSession.participants),
                selectinload(Case.parties), selectinload(Case.follow_ups),
                selectinload(Case.performance_checks), selectinload(Case.risk_assessments),
                selectinload(Case.agreement))).all()
        for case in cases:
            overdue = is_overdue(case, today)
            facts = facts_of(session, case, today, overdue=overdue)
            texts, checklist = texts_of(case), latest_checklist(case)
            engine += timed(lambda t=texts, c=checklist, f=facts: assess(t, c, f), repeat=repeat)
            facts_query += timed(lambda c=case, o=overdue: facts_of(session, c, today, overdue=o),
                                 repeat=1, warmup=0)
    return Row.of("risk assessment of one case", 5, engine,
                  note=f"rule engine, {len(cases)} demo cases × {repeat} runs; the facts query "
                       f"beside it: median {statistics.median(facts_query.wall):.1f} ms")


def size_row(subject: Subject) -> Row:
    return Row("database size", None, [subject.size_mb()], unit="mb",
               note=f"{subject.cases} cases" + (", SQLCipher file incl. WAL"
                                                if subject.sqlite else ""))
