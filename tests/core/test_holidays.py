"""The holiday calendar: the shipped 2026 schedule, office edits, and deadlines past rest days."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.errors import PermissionDenied, ValidationError
from mediation_app.services import holidays, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, intake
from mediation_app.services.cases.deadlines import (
    confirmation_last_day,
    earliest_still_confirmable,
    initial_deadline,
)
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent, Case
from tests.conftest import intake_data

D = dt.date
SHIPPED, _ = holidays.check_text(holidays.shipped_text())


@pytest.mark.parametrize(("last_day", "ends"), [
    (D(2026, 2, 13), D(2026, 2, 13)),   # Friday before 春节
    (D(2026, 2, 14), D(2026, 2, 14)),   # Saturday, 调休上班
    (D(2026, 2, 15), D(2026, 2, 24)),   # first day of 春节 → first working day after
    (D(2026, 2, 23), D(2026, 2, 24)),   # last day of 春节
    (D(2026, 2, 28), D(2026, 2, 28)),   # Saturday, 调休上班
    (D(2026, 3, 1), D(2026, 3, 2)),     # an ordinary Sunday
    (D(2026, 9, 20), D(2026, 9, 20)),   # Sunday, 调休上班 before 国庆
    (D(2026, 10, 1), D(2026, 10, 8)),   # 国庆
    (D(2026, 10, 7), D(2026, 10, 8)),
    (D(2026, 10, 10), D(2026, 10, 10)), # Saturday, 调休上班 after 国庆
    (D(2026, 10, 11), D(2026, 10, 12)), # the Sunday after it
    (D(2027, 1, 2), D(2027, 1, 4)),     # no 2027 schedule yet: only the weekend counts
])
def test_period_ends_on_a_working_day(last_day: dt.date, ends: dt.date) -> None:
    assert SHIPPED is not None
    assert SHIPPED.period_end(last_day) == ends


def test_initial_deadline_moves_only_the_office_period() -> None:
    accepted = D(2026, 9, 4)  # + 30 days = 10月4日, 国庆
    assert initial_deadline(accepted, 30, None) == D(2026, 10, 4)
    assert initial_deadline(accepted, 30, None, SHIPPED) == D(2026, 10, 8)
    assert initial_deadline(accepted, 30, D(2026, 10, 3), SHIPPED) == D(2026, 10, 3)


def test_confirmation_closing_list_keeps_windows_extended_past_a_holiday() -> None:
    assert SHIPPED is not None
    assert confirmation_last_day(D(2026, 9, 1), 30, SHIPPED) == D(2026, 10, 8)
    assert confirmation_last_day(D(2026, 8, 31), 30, SHIPPED) == D(2026, 9, 30)
    assert earliest_still_confirmable(D(2026, 10, 8), 30, SHIPPED) == D(2026, 9, 1)
    assert earliest_still_confirmable(D(2026, 11, 27), 30, SHIPPED) == D(2026, 10, 28)


def accept(store: Store, admin: Actor, day: dt.date) -> dt.date:
    with store.transaction() as session:
        if not office.find_staff(session, "王调解"):
            office.add_staff(session, admin, {"name": "王调解", "role": "调解员"})
        case = intake.register(session, admin, intake_data(received_on=day.isoformat()))
        actions.act(session, admin, case.id, "accept", {
            "date": day.isoformat(), "mediators": ["王调解"], "rights_notice_on": day.isoformat()})
        deadline = session.get(Case, case.id).deadline
        assert deadline is not None
        return deadline


def test_acceptance_deadline_skips_spring_festival(store: Store, admin: Actor) -> None:
    assert accept(store, admin, D(2026, 1, 16)) == D(2026, 2, 24)   # 30 days → 2月15日
    assert accept(store, admin, D(2026, 1, 15)) == D(2026, 2, 14)   # 调休 Saturday


def office_text(extra_day: str) -> str:
    return (f'[[holidays]]\nname = "本地节日"\nfrom = {extra_day}\nto = {extra_day}\n'
            "work = []\n")


def test_office_calendar_saved_applied_audited_and_reset(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        shown = holidays.save(session, admin, office_text("2026-03-20"))
    assert shown["source"] == "office" and shown["holidays"][0]["name"] == "本地节日"
    # 2月18日 + 30 = 3月20日 (Friday), now a rest day → Monday 3月23日; 春节 no longer applies
    assert accept(store, admin, D(2026, 2, 18)) == D(2026, 3, 23)
    assert accept(store, admin, D(2026, 1, 16)) == D(2026, 2, 16)
    with store.transaction() as session:
        assert holidays.reset(session, admin)["source"] == "shipped"
        assert office.settings(session) == office.DEFAULT_SETTINGS
        events = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "holiday_calendar").order_by(AuditEvent.id)).all()
    assert [e.action for e in events] == ["update", "reset"]
    assert events[0].changes["after"] == ["本地节日 2026-03-20—2026-03-20"]
    assert any(line.startswith("春节 2026-02-15—2026-02-23 调休上班 2026-02-14")
               for line in events[0].changes["before"])


@pytest.mark.parametrize(("text", "line", "words"), [
    ("[[holidays]]\nname = \"x\"\nfrom = 2026-13-01\n", 3, "TOML"),
    ("# c\n[[holidays]]\nname = \"x\"\nfrom = 2026-05-05\nto = 2026-05-01\n", 2, "早于"),
    ("[[holidays]]\nname = \"x\"\nfrom = 2026-05-01\nto = 2026-05-02\n"
     "[[holidays]]\nname = \"y\"\nfrom = 2026-05-03\nto = 2026-05-03\nwork = [2026-05-03]\n",
     5, "调休上班日落在放假期间内"),
    ("[[holidays]]\nfrom = 2026-05-01\nto = 2026-05-02\n", 1, "名称"),
])
def test_invalid_calendar_refused_with_line(store: Store, admin: Actor, text: str, line: int,
                                            words: str) -> None:
    _calendar, problems = holidays.check_text(text)
    assert problems and problems[0].line == line and words in problems[0].message
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        holidays.save(session, admin, text)
    assert f"第{line}行" in caught.value.message
    with store.transaction(write=False) as session:
        assert holidays.describe(session)["source"] == "shipped"


def test_only_administrators_edit_the_calendar(store: Store) -> None:
    clerk = Actor(user_id=None, username="clerk", role=UserRole.MEDIATOR)
    with pytest.raises(PermissionDenied), store.transaction() as session:
        holidays.save(session, clerk, office_text("2026-03-20"))
