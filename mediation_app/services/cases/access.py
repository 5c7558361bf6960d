"""Who may see and change which case: enforced here, not only hidden in the GUI."""

from __future__ import annotations

from sqlalchemy.orm import Session

from mediation_app.domain.enums import UserRole
from mediation_app.errors import NotFoundError, PermissionDenied
from mediation_app.services.actor import Actor
from mediation_app.storage.models import Case


def is_assigned(actor: Actor, case: Case) -> bool:
    return actor.staff_id is not None and any(m.staff_id == actor.staff_id for m in case.mediators)


def can_edit(actor: Actor, case: Case) -> bool:
    """Administrators edit all; mediators their assigned cases and unassigned intake."""
    if actor.role is UserRole.ADMIN:
        return True
    if actor.role is not UserRole.MEDIATOR:
        return False
    return is_assigned(actor, case) or not case.mediators


def can_see_personal(actor: Actor, case: Case, others_visible: bool) -> bool:
    """Statisticians never; sensitive cases only to assigned mediators and administrators."""
    if actor.role is UserRole.ADMIN:
        return True
    if actor.role is not UserRole.MEDIATOR:
        return False
    if case.sensitive:
        return is_assigned(actor, case)
    return others_visible or can_edit(actor, case)


def load_for_edit(session: Session, actor: Actor, case_id: int) -> Case:
    case = load(session, case_id)
    if not can_edit(actor, case):
        raise PermissionDenied("您不是本案的承办调解员，只能查看", "not assigned to this case")
    return case


def load(session: Session, case_id: int) -> Case:
    case = session.get(Case, case_id) if isinstance(case_id, int) else None
    if case is None:
        raise NotFoundError(f"案件不存在：{case_id}", "no such case")
    return case
