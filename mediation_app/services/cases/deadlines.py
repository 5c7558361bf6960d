"""Time limits: 30 days from acceptance by default, extended only with both parties' consent;
30 days from an agreement's effect to apply for judicial confirmation.

Periods are counted in calendar days; if the last day is a rest day under the office's
holiday calendar, the period ends on the next working day (as procedural periods do).
"""

from __future__ import annotations

import datetime as dt

from mediation_app.domain.enums import CaseStatus
from mediation_app.domain.workdays import WorkCalendar
from mediation_app.storage.models import Case

RUNNING = (CaseStatus.ACCEPTED.value, CaseStatus.IN_MEDIATION.value)


def effective_deadline(case: Case) -> dt.date | None:
    return case.extended_until or case.deadline


def is_overdue(case: Case, today: dt.date) -> bool:
    """Not concluded by the deadline (as extended with consent)."""
    deadline = effective_deadline(case)
    return case.status in RUNNING and deadline is not None and today > deadline


def initial_deadline(accepted: dt.date, days: int, referral_deadline: dt.date | None,
                     calendar: WorkCalendar | None = None) -> dt.date:
    """The office's limit, or the referrer's if that comes first.

    The referrer's date is theirs and is kept as given; only the office's own period is
    moved past rest days, and only when a calendar is given (the demo data uses none).
    """
    own = accepted + dt.timedelta(days=days)
    if calendar is not None:
        own = calendar.period_end(own)
    return min(own, referral_deadline) if referral_deadline else own


def confirmation_last_day(effective_on: dt.date, window: int, calendar: WorkCalendar
                          ) -> dt.date:
    """The last day to apply for judicial confirmation of an agreement."""
    return calendar.period_end(effective_on + dt.timedelta(days=window))


def earliest_still_confirmable(today: dt.date, window: int, calendar: WorkCalendar
                               ) -> dt.date:
    """The earliest effective date whose confirmation window is still open ``today``: a
    window ending on a holiday stays open until the next working day."""
    earliest = today - dt.timedelta(days=window)
    while confirmation_last_day(earliest - dt.timedelta(days=1), window, calendar) >= today:
        earliest -= dt.timedelta(days=1)
    return earliest
