"""Which backups rotation keeps: 7 daily, 4 weekly, 12 monthly, never all of them gone."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from mediation_app.storage.backups import Retention, to_keep

CST = dt.timezone(dt.timedelta(hours=8))


def at(day: str, hour: int = 3) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=CST)


def days(kept: set[dt.datetime]) -> list[str]:
    return sorted(k.date().isoformat() for k in kept)


def test_nothing_to_keep_from_nothing() -> None:
    assert to_keep([]) == set()


def test_a_year_of_daily_backups() -> None:
    today = dt.date(2026, 11, 26)  # a Thursday
    stamps = [at((today - dt.timedelta(days=n)).isoformat()) for n in range(400)]
    kept = days(to_keep(stamps))
    daily = [f"2026-11-{d}" for d in range(20, 27)]
    weekly = ["2026-11-08", "2026-11-15"]  # 22nd and 26th are already daily
    monthly = ["2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30",
               "2026-05-31", "2026-06-30", "2026-07-31", "2026-08-31", "2026-09-30",
               "2026-10-31"]
    assert kept == sorted(daily + weekly + monthly)


def test_only_the_newest_of_a_day_is_kept() -> None:
    stamps = [at("2026-11-26", h) for h in (1, 9, 17)] + [at("2026-11-25", h) for h in (8, 20)]
    assert to_keep(stamps) == {at("2026-11-26", 17), at("2026-11-25", 20)}


def test_a_desk_unused_for_months_keeps_its_last_backups() -> None:
    stamps = [at("2025-01-10"), at("2025-06-02"), at("2026-03-15")]
    assert to_keep(stamps) == set(stamps)


def test_days_are_those_of_the_times_given() -> None:
    late = dt.datetime(2026, 11, 25, 23, 30, tzinfo=dt.UTC)
    early = dt.datetime(2026, 11, 26, 1, 0, tzinfo=dt.UTC)
    daily_only = Retention(daily=7, weekly=0, monthly=0)
    assert to_keep([late, early], daily_only) == {late, early}  # two UTC days
    in_china = [late.astimezone(CST), early.astimezone(CST)]
    assert to_keep(in_china, daily_only) == {early}  # one day in UTC+8


stamps_strategy = st.lists(
    st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2027, 1, 1),
                 timezones=st.just(CST)),
    max_size=120,
)


@given(stamps_strategy)
def test_rotation_properties(stamps: list[dt.datetime]) -> None:
    kept = to_keep(stamps)
    assert kept <= set(stamps)
    assert len(kept) <= 7 + 4 + 12
    if stamps:
        assert max(stamps) in kept
    # applying it again removes nothing more: a second start on the same day is harmless
    assert to_keep(kept) == kept
    # each kept backup is the newest of its day, and the latest 7 days all have one
    for k in kept:
        assert k == max(s for s in stamps if s.date() == k.date())
    recent_days = sorted({s.date() for s in stamps}, reverse=True)[:7]
    assert recent_days == sorted({k.date() for k in kept}, reverse=True)[:7]
