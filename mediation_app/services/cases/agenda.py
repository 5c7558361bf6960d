"""What is due: the lists a mediator's day starts from."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from mediation_app.domain.enums import CaseStatus
from mediation_app.services import holidays, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import queries
from mediation_app.services.cases.deadlines import RUNNING, earliest_still_confirmable
from mediation_app.storage.models import (
    Agreement,
    Case,
    CaseMediator,
    FollowUp,
    JudicialConfirmation,
    Referral,
)

CONCLUDED = (CaseStatus.AGREED.value, CaseStatus.FAILED.value, CaseStatus.TERMINATED.value,
             CaseStatus.REJECTED.value)
LIMIT = 200


def _deadline() -> Any:
    return func.coalesce(Case.extended_until, Case.deadline)


def agenda(session: Session, actor: Actor, today: dt.date, *, mine_only: bool = False
           ) -> dict[str, list[dict[str, Any]]]:
    """Overdue, due this week, follow-ups due, confirmation windows closing, feedback owed."""
    cfg = office.settings(session)
    mine = (Case.id.in_(select(CaseMediator.case_id).where(
        CaseMediator.staff_id == actor.staff_id)) if mine_only and actor.staff_id else None)

    def listing(*conditions: Any, order: Any = Case.id) -> list[dict[str, Any]]:
        query = select(Case.id).where(*conditions)
        if mine is not None:
            query = query.where(mine)
        ids = list(session.scalars(query.order_by(order).limit(LIMIT)))
        return queries.rows(session, actor, ids, today)

    week = today + dt.timedelta(days=7)
    last_visit = (select(FollowUp.case_id, func.max(FollowUp.visited_on).label("last"),
                         func.max(FollowUp.next_due_on).label("next_due"))
                  .group_by(FollowUp.case_id).subquery())
    window = cfg["confirmation_window_days"]
    warn = cfg["confirmation_warn_days"]
    confirmed = select(JudicialConfirmation.case_id)
    closing_from = earliest_still_confirmable(today, window, holidays.calendar(session))
    closing_to = today - dt.timedelta(days=window - warn)
    return {
        "open": listing(Case.status.in_((CaseStatus.REGISTERED.value, *RUNNING))),
        "overdue": listing(Case.status.in_(RUNNING), _deadline() < today, order=_deadline()),
        "due_this_week": listing(Case.status.in_(RUNNING), _deadline() >= today,
                                 _deadline() <= week, order=_deadline()),
        "high_risk": listing(Case.status.in_((*RUNNING, CaseStatus.REGISTERED.value,
                                              CaseStatus.AGREED.value)),
                             Case.risk_level == "high", order=Case.risk_score.desc()),
        "follow_ups_due": listing(
            Case.status == CaseStatus.AGREED.value,
            Case.id.in_(select(last_visit.c.case_id).where(last_visit.c.next_due <= today))
            | ~Case.id.in_(select(last_visit.c.case_id)),
            Case.id.in_(select(Agreement.case_id).where(
                Agreement.perform_deadline.is_not(None), Agreement.perform_deadline <= today))),
        "confirmation_closing": listing(
            Case.status == CaseStatus.AGREED.value, ~Case.id.in_(confirmed),
            Case.id.in_(select(Agreement.case_id).where(
                Agreement.personal_status.is_(False),
                and_(Agreement.effective_on >= closing_from,
                     Agreement.effective_on <= closing_to)))),
        "feedback_owed": listing(
            Case.status.in_(CONCLUDED),
            Case.id.in_(select(Referral.case_id).where(Referral.feedback_on.is_(None)))),
        "referral_deadline_near": listing(
            Case.status.in_(RUNNING),
            Case.id.in_(select(Referral.case_id).where(Referral.deadline <= week))),
    }
