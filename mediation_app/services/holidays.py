"""The office's holiday calendar (放假调休), kept in the store so backups carry it.

Shipped default: the State Council schedules in ``resources/holidays/*.toml``. The office
may edit or import its own; it is stored as the TOML text (comments kept) under one key
of the settings table and applies to the deadlines computed from then on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from mediation_app.domain import tomltext
from mediation_app.domain.tomltext import Problem
from mediation_app.domain.workdays import WorkCalendar, calendar_from
from mediation_app.errors import ValidationError
from mediation_app.services import audit, office
from mediation_app.services.actor import Actor

KEY = "holiday_calendar"
SHIPPED_DIR = Path(__file__).resolve().parents[2] / "resources" / "holidays"
MAX_TEXT = 100_000


def shipped_text() -> str:
    """All shipped schedules, oldest year first, as one TOML text."""
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SHIPPED_DIR.glob("*.toml")))


def check_text(text: str) -> tuple[WorkCalendar | None, list[Problem]]:
    """The calendar a text describes, or the problems (with line numbers) that stop it."""
    if len(text) > MAX_TEXT:
        return None, [Problem(f"节假日安排过长（最多 {MAX_TEXT} 字）")]
    data, problems = tomltext.parse(text)
    if data is None:
        return None, problems
    calendar, problems = calendar_from(data, text)
    return (None if problems else calendar), problems


def calendar_text(session: Session) -> tuple[str, bool]:
    """The text in force and whether it is the office's own (False: the shipped one)."""
    own = office.stored_value(session, KEY)
    return (own, True) if isinstance(own, str) else (shipped_text(), False)


def calendar(session: Session) -> WorkCalendar:
    """The calendar deadlines are computed with."""
    text, _own = calendar_text(session)
    found, _problems = check_text(text)
    return found or WorkCalendar()


def describe(session: Session) -> dict[str, Any]:
    text, own = calendar_text(session)
    found, problems = check_text(text)
    return {"source": "office" if own else "shipped", "text": text,
            "holidays": [h.to_dict() for h in found.holidays] if found else [],
            "problems": [p.to_dict() for p in problems]}


def _summary(text: str | None) -> list[str]:
    found, _problems = check_text(text if text is not None else shipped_text())
    return [f"{h.name} {h.first}—{h.last}" + (f" 调休上班 {'、'.join(map(str, h.work))}"
                                              if h.work else "")
            for h in (found.holidays if found else ())]


def save(session: Session, actor: Actor, text: str) -> dict[str, Any]:
    """Replace the office calendar; an invalid text is refused with every problem listed."""
    office.require_admin(actor)
    if not isinstance(text, str):
        raise ValidationError("节假日安排应为文字", "text expected", field=KEY)
    _found, problems = check_text(text)
    if problems:
        raise ValidationError("节假日安排" + tomltext.summary(problems), "invalid calendar",
                              field=KEY)
    before = office.stored_value(session, KEY)
    office.store_value(session, KEY, text)
    audit.record(session, actor, "update", "holiday_calendar", None,
                 changes={"before": _summary(before), "after": _summary(text)})
    return describe(session)


def reset(session: Session, actor: Actor) -> dict[str, Any]:
    """Back to the shipped schedules."""
    office.require_admin(actor)
    before = office.stored_value(session, KEY)
    if before is not None:
        office.store_value(session, KEY, None)
        audit.record(session, actor, "reset", "holiday_calendar", None,
                     changes={"before": _summary(before), "after": _summary(None)})
    return describe(session)
