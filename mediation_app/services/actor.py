"""Who is acting: every service call that reads or changes the store names an actor."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.domain.enums import UserRole


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    role: UserRole
    staff_id: int | None = None
    display_name: str = ""
    must_change_password: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role is UserRole.ADMIN


SYSTEM = Actor(user_id=None, username="system", role=UserRole.ADMIN, display_name="系统")
