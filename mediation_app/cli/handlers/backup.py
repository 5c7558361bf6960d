"""backup and restore commands: encrypted copies of the store, and putting one back."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mediation_app.cli.context import RECOVERY_ENV, CliApp
from mediation_app.errors import StoreError
from mediation_app.services import store_copies
from mediation_app.services.actor import Actor
from mediation_app.storage import backups, keys, migrate, opening
from mediation_app.storage.backup import timestamped_name, verify_backup


def _key(app: CliApp) -> bytes:
    """The SQLite store's key, from MEDIATION_RECOVERY_KEY if set, else from the keyring."""
    if app.paths.db_path is None:
        raise StoreError("PostgreSQL 数据库请用服务器的工具备份和恢复（pg_dump / pg_restore）",
                         "back up and restore PostgreSQL with pg_dump / pg_restore")
    recovery = os.environ.get(RECOVERY_ENV)
    return keys.key_from_recovery(recovery) if recovery else opening.key_for(app.paths)


def cmd_backup(app: CliApp) -> dict[str, Any]:
    key = _key(app)
    dest = store_copies.back_up(app.store, app.actor, key, Path(app.args.out) if app.args.out
                                else app.paths.backup_dir / timestamped_name("manual"))
    return {"ok": True, "file": str(dest), "size": dest.stat().st_size}


def cmd_backup_list(app: CliApp) -> dict[str, Any]:
    """No sign-in: this is what a user needs when the store itself no longer opens."""
    found = backups.list_backups(app.paths.backup_dir)
    key = _key(app) if app.args.verify else None
    rows = []
    for b in found:
        row: dict[str, Any] = {"file": b.path.name, "at": b.at.astimezone().isoformat(
            timespec="seconds"), "reason": b.reason, "size": b.size}
        if key is not None:
            row["ok"] = _verifies(b.path, key)
        rows.append(row)
    return {"folder": str(app.paths.backup_dir), "backups": rows}


def _verifies(path: Path, key: bytes) -> bool:
    try:
        verify_backup(path, key)
    except StoreError:
        return False
    return True


def cmd_restore(app: CliApp) -> dict[str, Any]:
    """An administrator of the current store restores; without a working store, the key does.

    When the store is damaged, or this is a new machine, nobody can sign in to it: then
    holding the key (keyring or recovery key) is the authority, as it already opens
    everything. The restore is recorded in the restored store's audit chain.
    """
    source = Path(app.args.file)
    key = _key(app)
    actor: Actor | None = None
    if backups.is_healthy(app.paths, key):
        actor = app.actor
        store_copies.require_admin(actor, "恢复数据库")
    restored = backups.restore(app.paths, source, key)
    keys.save_key(opening.store_id(app.paths), key)
    app.close()
    store = opening.open_existing(app.paths)
    try:
        with store.transaction() as session:
            store_copies.record_restore(session, actor, source, restored)
        schema = migrate.current_revision(store)
    finally:
        store.dispose()
    return {"ok": True, "restored_from": str(source), "database": str(restored.database),
            "kept": [str(p) for p in restored.kept], "online": restored.online,
            "schema_version": schema,
            "notice": "原数据库已保留在上述位置；确认恢复无误后可自行删除。"
            if restored.kept else None}
