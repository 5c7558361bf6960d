"""Who may do what here: statistics are for statisticians and administrators, bureau
imports for the bureau; no other role sees the figures or the ledger."""

from __future__ import annotations

from mediation_app.domain.enums import UserRole
from mediation_app.errors import PermissionDenied
from mediation_app.services.actor import Actor

STATISTICS = (UserRole.STATISTICIAN, UserRole.ADMIN)
SWEEPS = (UserRole.MEDIATOR, UserRole.STATISTICIAN, UserRole.ADMIN)
BUREAU = (UserRole.BUREAU,)


def require(actor: Actor, roles: tuple[UserRole, ...], what: str, english: str) -> None:
    """Refuse with a message naming the roles that may, so the user knows whom to ask."""
    if actor.role not in roles:
        names = "、".join(r.value for r in roles)
        raise PermissionDenied(f"只有{names}可以{what}", f"only {english}")
