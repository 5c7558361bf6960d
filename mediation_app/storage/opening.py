"""Creating and opening the store the user chose, with key handling and upgrades."""

from __future__ import annotations

from dataclasses import dataclass

from mediation_app.errors import StoreError
from mediation_app.paths import AppPaths
from mediation_app.storage import keys, migrate
from mediation_app.storage.backup import backup_to, timestamped_name
from mediation_app.storage.engine import Store, check_key, open_postgres, open_sqlite


@dataclass(frozen=True)
class Created:
    store: Store
    recovery_key: str | None


def store_id(paths: AppPaths) -> str:
    """The keyring account of a store: its absolute path (a moved file asks for recovery)."""
    return paths.db_url


def create(paths: AppPaths) -> Created:
    """A new, empty store at the head schema; SQLite gets a new random key."""
    if paths.db_path is None:
        store = open_postgres(paths.db_url)
        migrate.upgrade(store)
        return Created(store, None)
    if paths.db_path.exists():
        raise StoreError(f"数据库已存在：{paths.db_path}", "a database already exists there")
    key = keys.new_key()
    keys.save_key(store_id(paths), key)
    store = open_sqlite(paths.db_path, key, create=True)
    migrate.upgrade(store)
    return Created(store, keys.recovery_key(key))


def key_for(paths: AppPaths, recovery: str | None = None) -> bytes:
    """The store's key: from the keyring, or from a recovery key (then remembered)."""
    if recovery:
        key = keys.key_from_recovery(recovery)
        if paths.db_path is not None and paths.db_path.exists() and not check_key(paths.db_path, key):
            raise StoreError("恢复密钥与该数据库不匹配", "this recovery key does not open the database")
        keys.save_key(store_id(paths), key)
        return key
    key = keys.load_key(store_id(paths))
    if key is None:
        raise StoreError(
            "本机密钥环中没有该数据库的密钥。如数据库来自其他电脑，请用恢复密钥打开"
            "（mediation-app key recover，或设置 MEDIATION_RECOVERY_KEY）",
            "no key for this database in the keyring; open it with the recovery key",
        )
    return key


def open_existing(paths: AppPaths, recovery: str | None = None, *, upgrade: bool = True) -> Store:
    """Open the store; an older schema is backed up and upgraded, a newer one refused."""
    if paths.db_path is None:
        store = open_postgres(paths.db_url)
        if upgrade and migrate.needs_upgrade(store):
            migrate.upgrade(store)
        return store
    if not paths.db_path.exists():
        raise StoreError(
            f"数据库不存在：{paths.db_path}。请先运行 mediation-app init 创建",
            "no database there; create one with mediation-app init",
        )
    key = key_for(paths, recovery)
    store = open_sqlite(paths.db_path, key)
    if upgrade and migrate.needs_upgrade(store):
        backup_to(store, key, paths.backup_dir / timestamped_name("before-upgrade"))
        migrate.upgrade(store)
    return store
