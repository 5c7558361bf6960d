"""Schema versions: upgrade an older store, refuse a newer one."""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from mediation_app.errors import StoreError
from mediation_app.storage.engine import Store


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("mediation_app.storage") / "migrations"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def needs_upgrade(store: Store) -> bool:
    """True if the store is older than the application; refuses a newer store."""
    current = current_revision(store)
    if current is not None and current not in known_revisions():
        raise StoreError(
            f"该数据库由更新版本的程序创建（结构版本 {current}），请升级本程序后再打开",
            "the database was made by a newer version of the application; upgrade it first",
        )
    return current != head_revision()


def upgrade(store: Store, revision: str = "head") -> None:
    cfg = _config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
