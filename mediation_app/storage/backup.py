"""Encrypted copies of the SQLite store, taken with the online backup API."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from mediation_app.errors import StoreError
from mediation_app.storage.engine import BUSY_TIMEOUT_MS, Store, check_key

_NAME = re.compile(r"^mediation-(\d{8}T\d{6}\d{6}Z)-([a-z][a-z-]*)\.db$")
_STAMP = "%Y%m%dT%H%M%S%fZ"


def connect_keyed(path: Path, key: bytes) -> sqlcipher.Connection:
    """A raw connection to an encrypted file that waits for writers like the store does."""
    conn = sqlcipher.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def backup_to(store: Store, key: bytes, dest: Path) -> Path:
    """Copy the live store to ``dest`` (encrypted with the same key), atomically."""
    if store.path is None:
        raise StoreError("PostgreSQL 数据库请用 pg_dump 备份", "back up PostgreSQL with pg_dump")
    return copy_database(store.path, key, dest)


def copy_database(source: Path, key: bytes, dest: Path) -> Path:
    """A consistent, verified copy of ``source`` at ``dest``, never a half-written file.

    The online backup API copies a snapshot while other connections keep working; the copy
    is checked and synced under a temporary name before it takes the final one.
    """
    live = source.resolve()
    if dest.resolve() in {live.with_name(live.name + s) for s in ("", "-wal", "-shm")}:
        raise StoreError("备份文件不能写到数据库本身的位置", "the backup would overwrite the database")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    source_conn = connect_keyed(source, key)
    target = connect_keyed(tmp, key)
    try:
        source_conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        ok = target.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlcipher.DatabaseError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"备份失败：{exc}", "the backup failed") from exc
    finally:
        target.close()
        source_conn.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise StoreError("备份校验失败，未保存该备份", "the backup failed its integrity check")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    tmp.replace(dest)
    return dest


def timestamped_name(reason: str, at: dt.datetime | None = None) -> str:
    """``mediation-<UTC stamp>-<reason>.db``: sortable, and parsed back by ``parse_name``."""
    stamp = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime(_STAMP)
    return f"mediation-{stamp}-{reason}.db"


@dataclass(frozen=True)
class BackupName:
    at: dt.datetime
    reason: str


def parse_name(name: str) -> BackupName | None:
    """The time and reason in a name made by ``timestamped_name``; None for other files."""
    match = _NAME.match(name)
    if match is None:
        return None
    at = dt.datetime.strptime(match.group(1), _STAMP).replace(tzinfo=dt.UTC)
    return BackupName(at, match.group(2))


def verify_backup(path: Path, key: bytes) -> None:
    """Refuse a file the key does not open or that fails SQLite's integrity check."""
    if not path.is_file():
        raise StoreError(f"备份文件不存在：{path.name}", "no such backup file")
    if not check_key(path, key):
        raise StoreError("密钥无法打开该备份（密钥不符或文件损坏）", "the key does not open this backup")
    conn = connect_keyed(path, key)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlcipher.DatabaseError as exc:
        raise StoreError("备份文件已损坏", "the backup is damaged") from exc
    finally:
        conn.close()
    if result != "ok":
        raise StoreError("备份文件已损坏", "the backup is damaged")
