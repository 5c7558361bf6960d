"""Users, passwords and sign-in: argon2id hashes, strength rules, lockout."""

from __future__ import annotations

import datetime as dt
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediation_app.domain.enums import UserRole
from mediation_app.errors import AuthError, NotFoundError, PermissionDenied, ValidationError
from mediation_app.services import audit
from mediation_app.services.actor import Actor
from mediation_app.storage.models import User
from mediation_app.storage.types import utcnow

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_LENGTH = 8
USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,64}$")
_hasher = PasswordHasher()


def check_strength(password: str) -> None:
    """At least 8 characters mixing at least two of: letters, digits, other symbols."""
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise ValidationError(f"密码至少 {MIN_LENGTH} 位", "password too short", field="password")
    kinds = sum(
        bool(re.search(p, password)) for p in (r"[A-Za-z]", r"\d", r"[^A-Za-z\d]")
    )
    if kinds < 2:
        raise ValidationError(
            "密码须包含字母、数字、符号中的至少两类", "password needs two kinds of characters",
            field="password",
        )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def _actor(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, role=UserRole(user.role),
                 staff_id=user.staff_id, display_name=user.display_name,
                 must_change_password=user.must_change_password)


def create_user(
    session: Session,
    by: Actor | None,
    *,
    username: str,
    password: str,
    role: UserRole,
    display_name: str | None = None,
    staff_id: int | None = None,
) -> Actor:
    """Create a user; only an administrator may, except the very first one."""
    has_users = session.scalar(select(func.count()).select_from(User)) or 0
    if has_users and (by is None or not by.is_admin):
        raise PermissionDenied("只有管理员可以添加用户", "only administrators add users")
    if not isinstance(username, str) or not USERNAME.match(username):
        raise ValidationError("用户名须为 2-64 位字母、数字或 _ . -", "invalid username",
                              field="username")
    if session.scalar(select(User.id).where(User.username == username)):
        raise ValidationError(f"用户名已存在：{username}", "username taken", field="username")
    check_strength(password)
    user = User(username=username, display_name=display_name or username, role=role.value,
                password_hash=hash_password(password), staff_id=staff_id)
    session.add(user)
    session.flush()
    actor = _actor(user)
    audit.record(session, by or actor, "create", "user", user.id,
                 changes={"username": username, "role": role.value})
    return actor


def authenticate(session: Session, username: str, password: str) -> Actor:
    """Check a password; 5 failures lock the account for 15 minutes.

    The caller must commit even on failure so the failure count is kept.
    """
    user = session.scalar(select(User).where(User.username == username))
    now = utcnow()
    if user is None or not user.active:
        _hasher.hash("dummy")  # same cost, so timing does not reveal which usernames exist
        raise AuthError("用户名或密码不正确", "wrong username or password")
    if user.locked_until and user.locked_until > now:
        minutes = int((user.locked_until - now).total_seconds() // 60) + 1
        raise AuthError(f"连续输错密码，账户已锁定，请 {minutes} 分钟后再试", "account locked")
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError) as exc:
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
            audit.record(session, _actor(user), "lockout", "user", user.id)
        raise AuthError("用户名或密码不正确", "wrong username or password") from exc
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return _actor(user)


def change_password(session: Session, actor: Actor, old: str, new: str) -> None:
    user = session.get(User, actor.user_id)
    if user is None:
        raise NotFoundError("用户不存在", "no such user")
    try:
        _hasher.verify(user.password_hash, old)
    except (VerificationError, InvalidHashError) as exc:
        raise AuthError("原密码不正确", "wrong current password") from exc
    check_strength(new)
    user.password_hash = hash_password(new)
    user.must_change_password = False
    audit.record(session, actor, "change_password", "user", user.id)


def reset_password(session: Session, admin: Actor, username: str, new: str) -> None:
    """An administrator sets a temporary password; the user must change it at next sign-in."""
    if not admin.is_admin:
        raise PermissionDenied("只有管理员可以重置密码", "only administrators reset passwords")
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFoundError(f"用户不存在：{username}", "no such user")
    check_strength(new)
    user.password_hash = hash_password(new)
    user.must_change_password = True
    user.failed_logins = 0
    user.locked_until = None
    audit.record(session, admin, "reset_password", "user", user.id)


def list_users(session: Session, actor: Actor) -> list[dict[str, object]]:
    if not actor.is_admin:
        raise PermissionDenied("只有管理员可以查看用户", "only administrators list users")
    users = session.scalars(select(User).order_by(User.id)).all()
    return [
        {"id": u.id, "username": u.username, "display_name": u.display_name, "role": u.role,
         "active": u.active, "staff_id": u.staff_id}
        for u in users
    ]
