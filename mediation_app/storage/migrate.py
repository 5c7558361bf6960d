"""Schema versions: upgrade an older store, refuse a newer one.

Alembic costs about a second of imports, so an up-to-date store (every start but the first
after an update) is recognised without it: the revision in ``alembic_version`` is read with
plain SQL and compared with ``HEAD``. Alembic is loaded only when they differ.
"""

from __future__ import annotations

from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from mediation_app.errors import StoreError
from mediation_app.storage.engine import Store

if TYPE_CHECKING:
    from alembic.config import Config

HEAD = "0005"
"""The newest migration script's revision (a test checks it against the scripts)."""
VERSION_TABLE = "alembic_version"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("mediation_app.storage") / "migrations"))
    return cfg


def head_revision() -> str:
    return HEAD


def current_revision(store: Store) -> str | None:
    """The store's revision, read the way Alembic keeps it (one row; none in a new store)."""
    with store.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        revisions = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(revisions) > 1:
        raise StoreError(f"数据库的结构版本不唯一：{', '.join(revisions)}",
                         "the database has more than one schema revision")
    return revisions[0] if revisions else None


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def needs_upgrade(store: Store) -> bool:
    """True if the store is older than the application; refuses a newer store."""
    current = current_revision(store)
    if current == HEAD:
        return False
    if current is not None and current not in known_revisions():
        raise StoreError(
            f"该数据库由更新版本的程序创建（结构版本 {current}），请升级本程序后再打开",
            "the database was made by a newer version of the application; upgrade it first",
        )
    return True


def upgrade(store: Store, revision: str = "head") -> None:
    from alembic import command

    cfg = _config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
