"""Re-assessing the open cases after the office changed its risk rules.

Existing assessments keep the version they were computed with (that is the history); the
office decides when the open cases are assessed again under the rules in force. The work is
done in batches, each its own transaction, so a long run neither holds the database for
minutes nor loses what it did when it is cancelled; a case already assessed under the rules
in force is skipped, so running it again continues where it stopped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediation_app.services import audit, office, office_rules
from mediation_app.services.actor import Actor
from mediation_app.services.cases.deadlines import is_overdue
from mediation_app.services.risk_cases import OPEN_STATES
from mediation_app.services.risk_flag import reassess
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case, RiskAssessment

TRIGGER = "rules_change"
BATCH = 200


def stale_case_ids(session: Session, version: str) -> list[int]:
    """Open cases whose latest assessment was not made under ``version``."""
    latest = (select(RiskAssessment.case_id, func.max(RiskAssessment.id).label("last"))
              .group_by(RiskAssessment.case_id).subquery())
    current = (select(latest.c.case_id).join(RiskAssessment, RiskAssessment.id == latest.c.last)
               .where(RiskAssessment.rules_version == version))
    return list(session.scalars(select(Case.id).where(
        Case.status.in_(OPEN_STATES), Case.id.not_in(current)).order_by(Case.id)))


def reassess_open(store: Store, actor: Actor, *, today: dt.date | None = None,
                  batch: int = BATCH, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> dict[str, Any]:
    """Assess every open case again under the rules in force (administrators only)."""
    office.require_admin(actor)
    today = today or dt.date.today()
    with store.transaction(write=False) as session:
        version = office_rules.rules_for(session).version
        ids = stale_case_ids(session, version)
    done = changed = 0
    for start in range(0, len(ids), batch):
        if cancelled is not None and cancelled():
            break
        with store.transaction() as session:
            for case in session.scalars(select(Case).where(Case.id.in_(ids[start:start + batch]))):
                before = case.risk_level
                reassess(session, case, TRIGGER, today=today, overdue=is_overdue(case, today))
                changed += case.risk_level != before
                done += 1
        if progress is not None:
            progress(done, len(ids))
    result = {"rules_version": version, "open_cases": len(ids), "reassessed": done,
              "level_changed": changed, "complete": done == len(ids)}
    with store.transaction() as session:
        audit.record(session, actor, "reassess", "risk_rules", None, changes=result)
    return result
