"""Working days under the State Council holiday schedule (放假调休).

A procedural period whose last day falls on a rest day (a weekend or a statutory holiday)
ends on the first working day after it; an adjusted working day (调休上班, often a weekend)
counts as a working day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from mediation_app.domain.tomltext import Problem, table_line

MAX_HOLIDAY_DAYS = 31
HOLIDAY_KEYS = ("name", "from", "to", "work")


@dataclass(frozen=True)
class Holiday:
    """One holiday period: rest from ``first`` to ``last`` (inclusive), and its 调休 days."""

    name: str
    first: dt.date
    last: dt.date
    work: tuple[dt.date, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "from": self.first.isoformat(), "to": self.last.isoformat(),
                "work": [d.isoformat() for d in self.work]}


@dataclass(frozen=True)
class WorkCalendar:
    holidays: tuple[Holiday, ...] = ()

    def __post_init__(self) -> None:
        rest = {h.first + dt.timedelta(days=i) for h in self.holidays
                for i in range((h.last - h.first).days + 1)}
        object.__setattr__(self, "_rest", frozenset(rest))
        object.__setattr__(self, "_work", frozenset(d for h in self.holidays for d in h.work))

    def is_working_day(self, day: dt.date) -> bool:
        if day in self._work:  # type: ignore[attr-defined]
            return True
        return day not in self._rest and day.weekday() < 5  # type: ignore[attr-defined]

    def period_end(self, last_day: dt.date) -> dt.date:
        """The end of a period whose last day is ``last_day``: that day or the next working day."""
        day = last_day
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _holiday(entry: Any, where: str, problems: list[str]) -> Holiday | None:
    if not isinstance(entry, dict):
        problems.append(f"{where}应为表（name、from、to、work）")
        return None
    unknown = [k for k in entry if k not in HOLIDAY_KEYS]
    if unknown:
        problems.append(f"{where}有未知的键“{unknown[0]}”（可用：{'、'.join(HOLIDAY_KEYS)}）")
    name = entry.get("name")
    first, last = _date(entry.get("from")), _date(entry.get("to"))
    work_raw = entry.get("work", [])
    work = [_date(d) for d in work_raw] if isinstance(work_raw, list) else [None]
    before = len(problems)
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{where}缺少假期名称 name")
    if first is None or last is None:
        problems.append(f"{where}的 from、to 应为日期，如 2026-10-01")
    elif last < first:
        problems.append(f"{where}的结束日期早于开始日期")
    elif (last - first).days >= MAX_HOLIDAY_DAYS:
        problems.append(f"{where}超过 {MAX_HOLIDAY_DAYS} 天，请检查日期")
    if any(d is None for d in work):
        problems.append(f"{where}的 work 应为日期列表，如 [2026-09-20]")
    elif first and last and any(first <= d <= last for d in work if d):
        problems.append(f"{where}的调休上班日落在放假期间内")
    if len(problems) > before:
        return None
    assert first and last and isinstance(name, str)
    return Holiday(name.strip(), first, last, tuple(sorted(d for d in work if d)))


def calendar_from(data: dict[str, Any], text: str = "") -> tuple[WorkCalendar, list[Problem]]:
    """The calendar of a parsed ``[[holidays]]`` table; problems point at its lines in ``text``."""
    problems: list[Problem] = []
    unknown = [k for k in data if k != "holidays"]
    if unknown:
        problems.append(Problem(f"未知的键“{unknown[0]}”（只能有 [[holidays]]）"))
    entries = data.get("holidays", [])
    if not isinstance(entries, list):
        return WorkCalendar(), [Problem("holidays 应写成 [[holidays]] 表")]
    holidays = []
    for i, entry in enumerate(entries, start=1):
        found: list[str] = []
        holiday = _holiday(entry, f"第{i}个假期", found)
        line = table_line(text, "holidays", i) if text else None
        problems += [Problem(message, line) for message in found]
        if holiday:
            holidays.append(holiday)
    holidays.sort(key=lambda h: h.first)
    for a, b in pairwise(holidays):
        if b.first <= a.last:
            problems.append(Problem(f"“{a.name}”与“{b.name}”的放假日期重叠"))
    return WorkCalendar(tuple(holidays)), problems
