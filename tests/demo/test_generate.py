"""Demo data: complete vocabularies, valid people, consistent lifecycles, numbers and search."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from mediation_app.demo import generate, generator
from mediation_app.domain import idcard
from mediation_app.domain.enums import (
    CaseStatus,
    DisputeType,
    PartyKind,
    Source,
    StaffRole,
    UserRole,
)
from mediation_app.errors import ConflictError, ValidationError
from mediation_app.services import audit
from mediation_app.services.actor import Actor
from mediation_app.services.cases import completeness, intake
from mediation_app.services.cases.numbering import format_number
from mediation_app.services.risk_flag import texts_of
from mediation_app.storage.engine import Store, open_sqlite
from mediation_app.storage.models import (
    AuditEvent,
    Case,
    CaseCounter,
    Committee,
    JudicialConfirmation,
    Party,
    RiskAssessment,
    Staff,
)
from tests.conftest import intake_data
from tests.demo.conftest import CASES, KEY, TODAY, NewStore

Demo = tuple[Store, dict[str, Any]]


def _rows(store: Store, sql: str) -> list[Any]:
    with store.engine.connect() as conn:
        return list(conn.exec_driver_sql(sql))


def _digest(store: Store) -> str:
    """A hash of every demo table's rows in id order."""
    h = hashlib.sha256()
    for table in ('"case"', "party", "mediation_session", "session_participant", "agreement",
                  "agreement_term", "follow_up", "risk_assessment", "case_text", "staff"):
        key = "case_id" if table == "case_text" else "id"
        for row in _rows(store, f"SELECT * FROM {table} ORDER BY {key}"):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


GENERATE_IN_CHILD = """
import datetime as dt, sys
from pathlib import Path
from mediation_app.demo import generate, generator
from mediation_app.storage.engine import open_sqlite
store = open_sqlite(Path(sys.argv[1]), sys.argv[2].encode())
generate(store, cases=80, seed=3, today=dt.date.fromisoformat(sys.argv[3]))
store.dispose()
"""


def test_same_seed_same_data_other_seed_other_data(new_store: NewStore, tmp_path: Path
                                                    ) -> None:
    """Also across processes with other string hashing, so no set order leaks into the data."""
    child = tmp_path / "child.db"
    new_store(child).dispose()
    process = subprocess.Popen([sys.executable, "-c", GENERATE_IN_CHILD, str(child),
                                KEY.decode(), TODAY.isoformat()],
                               env={**os.environ, "PYTHONHASHSEED": "12345"})
    digests = []
    for name, seed in (("a", 3), ("b", 4)):
        store = new_store(tmp_path / f"{name}.db")
        generate(store, cases=80, seed=seed, today=TODAY)
        digests.append(_digest(store))
        store.dispose()
    assert process.wait(timeout=120) == 0
    store = open_sqlite(child, KEY)
    assert _digest(store) == digests[0] != digests[1]
    store.dispose()


def test_every_type_source_and_status_appears(demo: Demo) -> None:
    store, summary = demo
    for column, enum in (("dispute_type", DisputeType), ("source", Source),
                         ("status", CaseStatus)):
        found = {r[0] for r in _rows(store, f'SELECT DISTINCT {column} FROM "case"')}
        assert found == {m.value for m in enum}, column
    assert summary["cases"] == CASES
    assert sum(summary["by_status"].values()) == CASES
    assert 95 <= summary["success_rate"] <= 99


def test_id_numbers_are_valid_and_match_sex_and_birth(demo: Demo) -> None:
    store, _ = demo
    with store.transaction(write=False) as session:
        parties = session.scalars(select(Party)).all()
        natural = [p for p in parties if p.kind == PartyKind.NATURAL.value]
        assert len({p.case_id for p in parties}) == CASES
        assert any(p.kind == PartyKind.LEGAL.value and p.representative for p in parties)
        assert any(p.ethnicity != "汉" for p in natural)
        for p in natural:
            assert p.sex and p.ethnicity and p.phone and p.address and p.age is not None
            if p.id_number:
                rid = idcard.parse(p.id_number, today=TODAY)
                assert (rid.sex.value, rid.birth_date) == (p.sex, p.birth_date)
                assert rid.age_on(TODAY) >= p.age


def test_lifecycle_dates_are_ordered_and_never_after_today(demo: Demo) -> None:
    store, _ = demo
    with store.transaction(write=False) as session:
        cases = session.scalars(select(Case).options(
            selectinload(Case.sessions), selectinload(Case.agreement),
            selectinload(Case.follow_ups), selectinload(Case.performance_checks),
            selectinload(Case.confirmations), selectinload(Case.referral),
            selectinload(Case.risk_assessments))).all()
        for case in cases:
            assert dt.date(TODAY.year, 1, 1) <= case.received_on <= TODAY
            steps: list[dt.date] = [case.received_on]
            if case.accepted_on:
                steps.append(case.accepted_on)
                assert case.deadline and case.deadline <= case.accepted_on + dt.timedelta(days=30)
            steps += [s.held_on.astimezone(dt.timezone(dt.timedelta(hours=8))).date()
                      for s in case.sessions]
            concluded = case.failed_on or case.terminated_on or case.rejected_on or (
                case.agreement.agreed_on if case.agreement else None)
            if concluded:
                steps.append(concluded)
            steps += sorted(f.visited_on for f in case.follow_ups)
            if case.closed_on:
                steps.append(case.closed_on)
            assert steps == sorted(steps), case.number
            assert steps[-1] <= TODAY
            for check in case.performance_checks:
                assert concluded and concluded <= check.checked_on <= TODAY
            for c in case.confirmations:
                assert case.agreement and case.agreement.effective_on <= c.applied_on <= TODAY
                assert c.applied_on <= case.agreement.effective_on + dt.timedelta(days=30)
                assert c.decided_on is None or c.decided_on <= TODAY
            if case.referral:
                assert case.referral.referred_on <= case.received_on
                assert case.referral.feedback_on is None or case.referral.feedback_on <= TODAY
            assert [a.assessed_at.date() <= TODAY for a in case.risk_assessments] == [True]


VIOLATIONS = {
    "failed without reason, notice of other routes or session": """
        SELECT id FROM "case" c WHERE status = 'failed' AND (failure_reason IS NULL
        OR told_other_routes IS NOT 1 OR NOT EXISTS (
            SELECT 1 FROM mediation_session s WHERE s.case_id = c.id))""",
    "rejected without reason, or with sessions": """
        SELECT id FROM "case" c WHERE (status = 'rejected' OR closed_from = 'rejected')
        AND (rejection_reason IS NULL OR EXISTS (
            SELECT 1 FROM mediation_session s WHERE s.case_id = c.id))""",
    "closed without its stage, rights notice or session": """
        SELECT id FROM "case" c WHERE status = 'closed' AND (closed_from IS NULL
        OR closed_from != 'rejected' AND (rights_notice_on IS NULL OR NOT EXISTS (
            SELECT 1 FROM mediation_session s WHERE s.case_id = c.id)))""",
    "closed after a red flag without prevention effect": """
        SELECT id FROM "case" c WHERE status = 'closed' AND risk_level = 'high'
        AND NOT EXISTS (SELECT 1 FROM prevention_effect p WHERE p.case_id = c.id)""",
    "agreed without an agreement": """
        SELECT id FROM "case" c WHERE (status = 'agreed' OR closed_from = 'agreed')
        AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.case_id = c.id)""",
    "agreement without 1 to 6 terms": """
        SELECT a.id FROM agreement a JOIN agreement_term t ON t.agreement_id = a.id
        GROUP BY a.id HAVING count(*) NOT BETWEEN 1 AND 6""",
    "invited participant without consent": """
        SELECT id FROM session_participant WHERE role IN ('网格员', '民警', '亲属', '邻居')
        AND parties_consented IS NOT 1""",
}


@pytest.mark.parametrize("rule", VIOLATIONS)
def test_statuses_carry_what_their_stage_needs(demo: Demo, rule: str) -> None:
    store, _ = demo
    assert _rows(store, VIOLATIONS[rule]) == []


def test_closed_files_are_complete_and_open_ones_can_be_overdue(demo: Demo) -> None:
    store, _ = demo
    roles = {r[0] for r in _rows(store, "SELECT DISTINCT role FROM session_participant")}
    assert {"主持调解员", "记录人", "法律顾问", "法律明白人"} <= roles
    assert _rows(store, "SELECT max(n) FROM (SELECT count(*) n FROM party GROUP BY case_id)"
                 )[0][0] in range(4, 11)
    overdue = _rows(store, f"""SELECT count(*) FROM "case" WHERE status IN ('accepted',
        'in_mediation') AND coalesce(extended_until, deadline) < '{TODAY}'""")
    assert overdue[0][0]
    with store.transaction(write=False) as session:
        closed = session.scalars(select(Case).where(Case.status == "closed", Case.id % 7 == 0)
                                 .options(selectinload(Case.parties),
                                          selectinload(Case.sessions),
                                          selectinload(Case.agreement))).all()
        assert len(closed) > 100
        assert {c.number: m for c in closed if (m := completeness.missing_items(session, c))} == {}


def test_no_judicial_confirmation_for_family_cases(demo: Demo) -> None:
    store, _ = demo
    with store.transaction(write=False) as session:
        types = session.scalars(select(Case.dispute_type).join(
            JudicialConfirmation, JudicialConfirmation.case_id == Case.id)).all()
    assert types and DisputeType.MARRIAGE_FAMILY.value not in types


def test_numbers_sequential_and_counter_updated(demo: Demo) -> None:
    store, summary = demo
    rows = _rows(store, 'SELECT seq, number, received_on FROM "case" ORDER BY seq')
    assert [r[0] for r in rows] == list(range(1, CASES + 1))
    assert [r[1] for r in rows] == [format_number(TODAY.year, "测调", s) for s in range(1, CASES + 1)]
    assert [r[2] for r in rows] == sorted(r[2] for r in rows)
    assert _rows(store, "SELECT year, last_seq FROM case_counter") == [(TODAY.year, CASES)]
    assert summary["numbers"] == [rows[0][1], rows[-1][1]]


def test_a_second_run_continues_the_numbers(new_store: NewStore, tmp_path: Path) -> None:
    store = new_store(tmp_path / "t.db")
    generate(store, cases=40, today=TODAY)
    generate(store, cases=25, seed=2, today=TODAY)
    generate(store, cases=10, year=TODAY.year - 1, today=TODAY)
    with store.transaction(write=False) as session:
        seqs = session.execute(select(Case.year, Case.seq).order_by(Case.id)).all()
        counters = dict(session.execute(select(CaseCounter.year, CaseCounter.last_seq)).all())
        staff = session.scalar(select(text("count(*)")).select_from(Staff))
    assert [s for y, s in seqs if y == TODAY.year] == list(range(1, 66))
    assert [s for y, s in seqs if y == TODAY.year - 1] == list(range(1, 11))
    assert counters == {TODAY.year: 65, TODAY.year - 1: 10}
    assert staff == 21  # the roster is made once
    store.dispose()


def test_roster_and_committees(demo: Demo) -> None:
    store, _ = demo
    with store.transaction(write=False) as session:
        roles = Counter(session.scalars(select(Staff.role)))
        kinds = set(session.scalars(select(Committee.kind)))
        mediators = session.execute(select(Staff.id, Staff.membership, Staff.full_time)
                                    .where(Staff.role == "调解员")).all()
    assert roles == {StaffRole.MEDIATOR.value: 8, StaffRole.LEGAL_ADVISER.value: 3,
                     StaffRole.LEGAL_LITERATE.value: 5, StaffRole.GRID_WORKER.value: 3,
                     StaffRole.RECORDER.value: 2}
    assert {"村", "居", "乡镇街道", "行业性专业性"} <= kinds
    assert {m.membership for m in mediators} == {"委员", "聘任"}
    assert any(m.full_time for m in mediators)
    used = {r[0] for r in _rows(store, "SELECT DISTINCT staff_id FROM case_mediator")}
    assert used <= {m.id for m in mediators}


def test_full_text_search_finds_a_summary(demo: Demo) -> None:
    store, _ = demo
    case_id, summary = _rows(store, 'SELECT id, summary FROM "case" WHERE id = 1234')[0]
    phrase = summary[8:14]
    found = {r[0] for r in _rows(store, f"SELECT rowid FROM case_fts WHERE case_fts MATCH "
                                        f"'\"{phrase}\"'")}
    assert case_id in found


def test_risk_assessed_once_per_case_with_quotes_in_place(demo: Demo) -> None:
    store, summary = demo
    with store.transaction(write=False) as session:
        cases = session.scalars(select(Case).where(Case.id % 5 == 0).options(
            selectinload(Case.sessions), selectinload(Case.follow_ups),
            selectinload(Case.risk_assessments))).all()
        assessments = session.scalar(select(text("count(*)")).select_from(RiskAssessment))
        assert assessments == CASES
        assert summary["by_risk"]["high"] and summary["by_risk"]["medium"]
        assert summary["risk_engine_runs"] < CASES / 2
        for case in cases:
            (assessment,) = case.risk_assessments
            assert (case.risk_level, case.risk_score) == (assessment.level, assessment.score)
            fields = {f.field: f.text for f in texts_of(case)}
            for reason in assessment.reasons:
                if reason["field"] in fields:
                    assert fields[reason["field"]][reason["start"]:reason["end"]] == reason["quote"]


def test_one_audit_event_with_the_summary(demo: Demo) -> None:
    store, summary = demo
    with store.transaction(write=False) as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "demo_data")).all()
        assert audit.verify(session).ok
        total = session.scalar(select(text("count(*)")).select_from(AuditEvent))
        last = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        assert len(events) == 1 and events[0].id == last and total > 1
        assert events[0].changes["cases"] == CASES == summary["cases"]
        assert events[0].username == "demo"


def test_refuses_a_future_year_and_no_cases(new_store: NewStore, tmp_path: Path) -> None:
    store = new_store(tmp_path / "t.db")
    with pytest.raises(ValidationError):
        generate(store, cases=10, year=TODAY.year + 1, today=TODAY)
    with pytest.raises(ValidationError):
        generate(store, cases=0, today=TODAY)
    store.dispose()


def test_stops_when_a_case_is_registered_meanwhile(new_store: NewStore, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    store = new_store(tmp_path / "t.db")
    monkeypatch.setattr(generator, "BATCH_CASES", 20)
    admin = Actor(user_id=1, username="admin", role=UserRole.ADMIN)

    def register_after_first_batch(done: int, total: int) -> None:
        if done == 20:
            with store.transaction() as session:
                intake.register(session, admin, intake_data(received_on=TODAY.isoformat()),
                                today=TODAY)

    with pytest.raises(ConflictError):
        generate(store, cases=50, today=TODAY, progress=register_after_first_batch)
    with store.transaction(write=False) as session:
        assert session.scalars(select(Case.seq).order_by(Case.seq)).all() == list(range(1, 22))
        assert session.scalar(select(CaseCounter.last_seq)) == 21
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "demo_data")).one()
        assert event.changes["incomplete"] and event.changes["cases"] == 20
    store.dispose()


def test_family_stories_are_plausible(demo: Demo) -> None:
    """The parent asking for support is old, and a father's son carries his surname."""
    store, _ = demo
    pairs = _rows(store, """SELECT a.age, a.sex, a.name, b.name, b.sex, b.age
        FROM "case" c JOIN party a ON a.case_id = c.id AND a.position = 0
        JOIN party b ON b.case_id = c.id AND b.position = 1
        WHERE c.sub_type = '赡养纠纷'""")
    assert pairs
    for parent_age, parent_sex, parent, son, son_sex, son_age in pairs:
        assert parent_age >= 66 and son_sex == "男" and son_age < parent_age
        if parent_sex == "男" and "·" not in parent:
            assert son[0] == parent[0]
