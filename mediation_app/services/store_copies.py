"""Backing up and restoring the store as a user's action: who may, and what the audit says.

The copying itself is ``storage.backup``/``storage.backups``; the command line and the
settings page both come through here, so both refuse the same people and record the same
entry.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mediation_app.errors import PermissionDenied
from mediation_app.services import audit
from mediation_app.services.actor import SYSTEM, Actor
from mediation_app.storage.backup import backup_to
from mediation_app.storage.backups import Restored
from mediation_app.storage.engine import Store


def require_admin(actor: Actor, what: str) -> None:
    if not actor.is_admin:
        raise PermissionDenied(f"只有管理员可以{what}", f"only administrators may {what}")


def back_up(store: Store, actor: Actor, key: bytes, dest: Path) -> Path:
    """A verified copy at ``dest``, made by an administrator and recorded in the audit trail."""
    require_admin(actor, "备份数据库")
    backup_to(store, key, dest)
    with store.transaction() as session:
        audit.record(session, actor, "backup", "store", changes={"file": str(dest)})
    return dest


def record_restore(session: Session, actor: Actor | None, source: Path,
                   restored: Restored) -> None:
    """The restore in the restored store's own chain; ``actor`` None: the key authorised it
    (a damaged store, or a new machine, where nobody can sign in)."""
    audit.record(session, actor or SYSTEM, "restore", "store", changes={
        "file": str(source), "kept": [str(p) for p in restored.kept],
        "authorised_by": "administrator" if actor else "key"})
