"""Encrypted copies of the SQLite store, taken with the online backup API."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from mediation_app.errors import StoreError
from mediation_app.storage.engine import Store, check_key


def _keyed(path: Path, key: bytes) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def backup_to(store: Store, key: bytes, dest: Path) -> Path:
    """Copy the live store to ``dest`` (encrypted with the same key), atomically.

    The online backup API copies a consistent snapshot while others keep working.
    """
    if store.path is None:
        raise StoreError("PostgreSQL 数据库请用 pg_dump 备份", "back up PostgreSQL with pg_dump")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    source = _keyed(store.path, key)
    target = _keyed(tmp, key)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        ok = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
        source.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise StoreError("备份校验失败，未保存该备份", "the backup failed its integrity check")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    tmp.replace(dest)
    return dest


def timestamped_name(reason: str) -> str:
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"mediation-{stamp}-{reason}.db"


def verify_backup(path: Path, key: bytes) -> None:
    """Refuse a file the key does not open or that fails SQLite's integrity check."""
    if not path.is_file():
        raise StoreError(f"备份文件不存在：{path.name}", "no such backup file")
    if not check_key(path, key):
        raise StoreError("密钥无法打开该备份（密钥不符或文件损坏）", "the key does not open this backup")
    conn = _keyed(path, key)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlcipher.DatabaseError as exc:
        raise StoreError("备份文件已损坏", "the backup is damaged") from exc
    finally:
        conn.close()
    if result != "ok":
        raise StoreError("备份文件已损坏", "the backup is damaged")
