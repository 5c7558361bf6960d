"""Time limits: 30 days from acceptance by default, extended only with both parties' consent."""

from __future__ import annotations

import datetime as dt

from mediation_app.domain.enums import CaseStatus
from mediation_app.storage.models import Case

RUNNING = (CaseStatus.ACCEPTED.value, CaseStatus.IN_MEDIATION.value)


def effective_deadline(case: Case) -> dt.date | None:
    return case.extended_until or case.deadline


def is_overdue(case: Case, today: dt.date) -> bool:
    """Not concluded by the deadline (as extended with consent)."""
    deadline = effective_deadline(case)
    return case.status in RUNNING and deadline is not None and today > deadline


def initial_deadline(accepted: dt.date, days: int, referral_deadline: dt.date | None) -> dt.date:
    """The office's limit, or the referrer's if that comes first."""
    own = accepted + dt.timedelta(days=days)
    return min(own, referral_deadline) if referral_deadline else own
