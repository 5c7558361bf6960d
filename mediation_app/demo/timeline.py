"""When things happen to a demo case: a whole lifecycle planned, then cut off at today.

Planning the full course first and dropping what lies after `today` is what makes the
status mix realistic: old cases are mostly archived, recent ones still open, and every
date respects the order received ≤ accepted ≤ sessions ≤ agreement ≤ follow-ups ≤ closed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mediation_app.demo.draw import Uniform, Weighted, between
from mediation_app.domain.enums import CaseStatus, ConfirmationResult, PerformanceStatus
from mediation_app.services.cases.deadlines import initial_deadline

S = CaseStatus
CONTINUE, AGREED, FAILED = "继续调解", "达成协议", "调解不成"
REJECT_SHARE = 0.02
STALL_SHARE = 0.02  # open cases that never move on: the overdue ones
# concluded cases that get archived at all, by outcome (the rest stay in their outcome)
ARCHIVE_SHARE = {S.AGREED: 0.88, S.FAILED: 0.75, S.TERMINATED: 0.75, S.REJECTED: 0.5}
CONFIRM_SHARE = 0.06

OUTCOMES = Weighted((S.AGREED, 0.965), (S.FAILED, 0.02), (S.TERMINATED, 0.015))
STALLS = Weighted((S.REGISTERED, 0.3), (S.ACCEPTED, 0.3), (S.IN_MEDIATION, 0.4))
ACCEPT_DELAY = Weighted((0, 55), (1, 25), (2, 10), (3, 5), (4, 3), (5, 2))
FIRST_SESSION = Weighted((0, 30), (1, 20), (2, 15), (3, 10), (5, 10), (7, 10), (10, 5))
SESSIONS = {
    S.AGREED: Weighted((1, 65), (2, 25), (3, 10)),
    S.FAILED: Weighted((2, 60), (3, 40)),
    S.TERMINATED: Weighted((1, 60), (2, 40)),
    S.IN_MEDIATION: Weighted((1, 50), (2, 35), (3, 15)),
}
PERFORMANCE = Weighted((PerformanceStatus.FULL, 92), (PerformanceStatus.PARTIAL, 5),
                       (PerformanceStatus.NONE, 3))
FOLLOW_UPS = Weighted((0, 30), (1, 55), (2, 15))
DAYS = [dt.timedelta(days=n) for n in range(61)]


@dataclass
class Timeline:
    status: CaseStatus
    accepted: dt.date | None = None
    rejected: dt.date | None = None
    deadline: dt.date | None = None
    extended_until: dt.date | None = None
    sessions: list[tuple[dt.date, str]] = field(default_factory=list)
    outcome: CaseStatus | None = None  # how it concluded; the closed_from of archived cases
    concluded: dt.date | None = None
    perform_deadline: dt.date | None = None
    checks: list[tuple[dt.date, PerformanceStatus]] = field(default_factory=list)
    follow_ups: list[dt.date] = field(default_factory=list)
    # applied, accepted by the court, decided, result
    confirmation: tuple[dt.date, dt.date | None, dt.date | None, ConfirmationResult] | None = None
    closed: dt.date | None = None


def plan(r: Uniform, received: dt.date, today: dt.date, *, deadline_days: int,
         referral_deadline: dt.date | None, can_confirm: bool, watched: bool) -> Timeline:
    """One case's course up to today; `watched` cases (red-line signals) get two visits."""
    if r() < REJECT_SHARE:
        return _rejected(r, received, today)
    stall = STALLS.pick(r) if r() < STALL_SHARE else None
    accepted = received + DAYS[ACCEPT_DELAY.pick(r)]
    if stall is S.REGISTERED or accepted > today:
        return Timeline(S.REGISTERED)
    deadline = initial_deadline(accepted, deadline_days, referral_deadline)
    line = Timeline(S.ACCEPTED, accepted=accepted, deadline=deadline)
    if stall is S.ACCEPTED:
        return line
    outcome = stall or OUTCOMES.pick(r)
    planned = [accepted + DAYS[FIRST_SESSION.pick(r)]]
    for _ in range(SESSIONS[outcome].pick(r) - 1):
        planned.append(planned[-1] + DAYS[between(r, 3, 12)])
    final = {S.AGREED: AGREED, S.FAILED: FAILED}.get(outcome, CONTINUE)
    last = len(planned) - 1
    line.sessions = [(d, final if i == last else CONTINUE)
                     for i, d in enumerate(planned) if d <= today]
    if line.sessions:
        line.status = S.IN_MEDIATION
    concluded = planned[-1] + DAYS[between(r, 1, 6)] if outcome is S.TERMINATED else planned[-1]
    if not stall and concluded > deadline and deadline <= today:
        line.extended_until = max(concluded, deadline + DAYS[15 if r() < 0.5 else 30])
    if stall or concluded > today:
        return line
    line.status = line.outcome = outcome
    line.concluded = concluded
    events = [concluded]
    if outcome is S.AGREED:
        events += _performance(r, line, concluded, can_confirm)
    usual = FOLLOW_UPS.pick(r) if outcome is S.AGREED else int(r() < 0.4)
    day = line.checks[0][0] if line.checks else concluded
    for i in range(2 if watched else usual):
        day += DAYS[between(r, 3, 20) if i == 0 else between(r, 20, 45)]
        line.follow_ups.append(day)
    _close(r, line, max(events + line.follow_ups), today)
    return line


def _performance(r: Uniform, line: Timeline, agreed: dt.date, can_confirm: bool
                 ) -> list[dt.date]:
    """The performance deadline, the check on it and perhaps a judicial confirmation."""
    on_the_spot = r() < 0.35
    line.perform_deadline = agreed if on_the_spot else agreed + DAYS[between(r, 7, 60)]
    check = agreed if on_the_spot else line.perform_deadline + DAYS[between(r, 0, 5)]
    status = PerformanceStatus.FULL if on_the_spot else PERFORMANCE.pick(r)
    line.checks = [(check, status)]
    events = [check]
    if can_confirm and r() < CONFIRM_SHARE:
        applied = agreed + DAYS[between(r, 1, 20)]
        court_accepted = applied + DAYS[between(r, 0, 3)]
        decided = court_accepted + DAYS[between(r, 3, 15)]
        result = ConfirmationResult.CONFIRMED if r() < 0.95 else ConfirmationResult.REJECTED
        line.confirmation = (applied, court_accepted, decided, result)
        events.append(decided)
    return events


def _close(r: Uniform, line: Timeline, last_event: dt.date, today: dt.date) -> None:
    """Archive after the last planned event, and drop whatever has not happened yet."""
    assert line.outcome is not None
    closed = last_event + DAYS[between(r, 1, 20)]
    if r() < ARCHIVE_SHARE[line.outcome] and closed <= today:
        line.closed, line.status = closed, S.CLOSED
    line.checks = [c for c in line.checks if c[0] <= today]
    line.follow_ups = [d for d in line.follow_ups if d <= today]
    if line.confirmation:
        applied, court_accepted, decided, _ = line.confirmation
        if applied > today:
            line.confirmation = None
        elif decided is not None and decided > today:
            accepted = court_accepted if court_accepted and court_accepted <= today else None
            line.confirmation = (applied, accepted, None, ConfirmationResult.PENDING)


def _rejected(r: Uniform, received: dt.date, today: dt.date) -> Timeline:
    rejected = received + DAYS[between(r, 0, 3)]
    if rejected > today:
        return Timeline(S.REGISTERED)
    line = Timeline(S.REJECTED, rejected=rejected, outcome=S.REJECTED, concluded=rejected)
    _close(r, line, rejected, today)
    return line
