"""Backup policy for the SQLite store: daily copies, rotation, restore, a health check at start.

``backup.py`` makes and verifies one copy; this module decides when to make one, which to
keep, how to put one back, and what to tell the user when the store is damaged. PostgreSQL
stores are backed up by the server's own tools (pg_dump), so most of this is SQLite only.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy.exc import DBAPIError

from mediation_app.errors import StoreError
from mediation_app.paths import AppPaths
from mediation_app.storage import migrate, opening
from mediation_app.storage.backup import (
    backup_to,
    connect_keyed,
    copy_database,
    parse_name,
    timestamped_name,
    verify_backup,
)
from mediation_app.storage.engine import Store, check_key

log = logging.getLogger(__name__)

DAILY = "daily"
BEFORE_RESTORE = "before-restore"
MAX_AGE = dt.timedelta(days=1)
CHECK_EVERY = dt.timedelta(days=7)
CHECK_STATE = "integrity-check.json"


@dataclass(frozen=True)
class Retention:
    """How many periods keep their newest backup; the periods overlap, the counts do not add."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _day(at: dt.datetime) -> Hashable:
    return at.date()


def _week(at: dt.datetime) -> Hashable:
    return at.isocalendar()[:2]


def _month(at: dt.datetime) -> Hashable:
    return (at.year, at.month)


def to_keep(stamps: Iterable[dt.datetime], policy: Retention = Retention()) -> set[dt.datetime]:
    """The backups to keep: the newest of each of the latest N days, ISO weeks and months.

    Periods count only if they hold a backup, so a desk left unused for months still keeps
    its last backups instead of losing them all to the calendar. Pass local times: a day is
    the day of the datetimes given.
    """
    newest_first = sorted(set(stamps), reverse=True)
    keep: set[dt.datetime] = set()
    rules: tuple[tuple[Callable[[dt.datetime], Hashable], int], ...] = (
        (_day, policy.daily), (_week, policy.weekly), (_month, policy.monthly))
    for period_of, count in rules:
        seen: set[Hashable] = set()
        for at in newest_first:
            if len(seen) >= count:
                break
            period = period_of(at)
            if period not in seen:
                seen.add(period)
                keep.add(at)
    return keep


@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: dt.datetime
    reason: str
    size: int


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups named by ``timestamped_name`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        parsed = parse_name(path.name)
        if parsed is not None and path.is_file():
            found.append(BackupFile(path, parsed.at, parsed.reason, path.stat().st_size))
    return sorted(found, key=lambda b: b.at, reverse=True)


def prune(folder: Path, policy: Retention = Retention()) -> list[Path]:
    """Delete the daily backups the policy does not keep; others are never deleted here."""
    daily = [b for b in list_backups(folder) if b.reason == DAILY]
    keep = to_keep([b.at.astimezone() for b in daily], policy)
    removed = [b.path for b in daily if b.at not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        log.info("removed old backup %s", path.name)
    return removed


@dataclass(frozen=True)
class DailyBackup:
    made: Path | None
    removed: list[Path]
    copy: Path | None = None
    copy_error: str | None = None


def ensure_daily_backup(store: Store, key: bytes, paths: AppPaths, copy_dir: Path | None = None,
                        *, now: dt.datetime | None = None) -> DailyBackup:
    """At start: a new backup if the last daily one is older than a day, then rotation.

    With ``copy_dir`` (a USB stick, a network share) the newest daily backup is also copied
    there, and rotated there too; a failure there is returned in ``copy_error``, not raised,
    because the local backup already succeeded. A failing local backup raises StoreError.
    """
    if store.path is None:
        return DailyBackup(None, [])
    now = now or dt.datetime.now(dt.UTC)
    daily = [b for b in list_backups(paths.backup_dir) if b.reason == DAILY]
    made = None
    # a last backup "in the future" means the clock was wrong then: take a fresh one
    if not daily or not dt.timedelta(0) <= now - daily[0].at < MAX_AGE:
        try:
            made = backup_to(store, key, paths.backup_dir / timestamped_name(DAILY, now))
        except OSError as exc:
            raise StoreError(f"自动备份失败：{exc}", "the automatic backup failed") from exc
        log.info("daily backup %s", made.name)
    removed = prune(paths.backup_dir)
    newest = made or daily[0].path
    if copy_dir is None:
        return DailyBackup(made, removed)
    try:
        copy = _copy_out(newest, copy_dir, key)
    except (OSError, StoreError) as exc:
        detail = exc.message if isinstance(exc, StoreError) else str(exc)
        log.warning("backup copy to %s failed: %s", copy_dir, detail)
        return DailyBackup(made, removed, None, f"备份副本未能保存到 {copy_dir}：{detail}")
    return DailyBackup(made, removed, copy)


def _copy_out(backup: Path, folder: Path, key: bytes) -> Path:
    # never mkdir: an absent USB stick's mount point must not silently fill the local disk
    if not folder.is_dir():
        raise OSError(f"文件夹不存在或未连接：{folder}")
    dest = folder / backup.name
    if not dest.exists():
        tmp = dest.with_name(dest.name + ".part")
        shutil.copyfile(backup, tmp)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        tmp.replace(dest)
        try:
            verify_backup(dest, key)
        except StoreError:
            dest.unlink()  # or the next start would take it for a good copy
            raise
        log.info("backup copied to %s", dest)
    prune(folder)
    return dest


def newest_good_backup(paths: AppPaths, key: bytes) -> Path | None:
    """The newest backup in the backup folder that the key opens and that passes its check."""
    for backup in list_backups(paths.backup_dir):
        try:
            verify_backup(backup.path, key)
        except StoreError:
            log.warning("backup %s failed verification", backup.path.name)
            continue
        return backup.path
    return None


class DamagedStoreError(StoreError):
    """The store failed its check; ``good_backup`` is what to offer for restoring."""

    def __init__(self, message: str, english: str, good_backup: Path | None) -> None:
        super().__init__(message, english)
        self.good_backup = good_backup


def quick_check(store: Store, key: bytes, paths: AppPaths) -> None:
    """Run ``PRAGMA quick_check`` at start; a damaged store raises with the backup to use."""
    if store.path is None:
        return
    try:
        with store.engine.connect() as conn:
            rows = [str(r) for r in conn.exec_driver_sql("PRAGMA quick_check").scalars()]
    except DBAPIError as exc:
        rows = [str(exc.orig)]
    if rows == ["ok"]:
        return
    log.error("quick_check failed for %s: %s", store.path, "; ".join(rows[:5]))
    good = newest_good_backup(paths, key)
    if good is None:
        raise DamagedStoreError(
            "数据库文件已损坏（完整性检查未通过），且没有找到完好的备份。请停止使用并联系技术支持，"
            "不要删除该文件",
            f"the database is damaged ({rows[0]}) and no good backup was found", None)
    raise DamagedStoreError(
        f"数据库文件已损坏（完整性检查未通过）。最近一份完好的备份：{good.name}（在 {good.parent}）。"
        f"请用 mediation-app restore \"{good}\" 恢复；损坏的文件会被保留",
        f"the database is damaged ({rows[0]}); newest good backup: {good.name}", good)


def on_start(store: Store, paths: AppPaths, copy_dir: Path | None = None, *,
             check: bool = True) -> DailyBackup:
    """What the application runs after opening the store: check it, then back it up.

    ``check=False`` skips the integrity check (see ``check_due``); a check that passes is
    remembered for the next start. Raises DamagedStoreError (show it and offer
    ``good_backup``; do not go on working) or, if only the backup failed, a plain
    StoreError (show it as a warning and go on).
    """
    if store.path is None:
        return DailyBackup(None, [])
    key = opening.key_for(paths)
    if check:
        quick_check(store, key, paths)
        record_check(paths)
    return ensure_daily_backup(store, key, paths, copy_dir)


def check_due(paths: AppPaths, *, unclean_exit: bool, now: dt.datetime | None = None) -> bool:
    """Whether this start runs ``quick_check`` (minutes on a store of a million cases).

    Damage comes mostly from a crash or power loss mid-write, so the check runs after an
    unclean exit; otherwise once a week, to catch a failing disk. A missing, unreadable or
    future-dated record (a wrong clock), or one of another database file, means "check".
    """
    if paths.db_path is None:
        return False
    if unclean_exit:
        return True
    last = _last_check(paths)
    now = now or dt.datetime.now(dt.UTC)
    return last is None or not dt.timedelta(0) <= now - last < CHECK_EVERY


def record_check(paths: AppPaths, now: dt.datetime | None = None) -> None:
    """Remember a passed check, with the database it was for."""
    at = (now or dt.datetime.now(dt.UTC)).isoformat()
    state = paths.data_dir / CHECK_STATE
    state.parent.mkdir(parents=True, exist_ok=True)
    tmp = state.with_name(state.name + ".part")
    tmp.write_text(json.dumps({"database": paths.db_url, "checked_at": at}), "utf-8")
    tmp.replace(state)


def _last_check(paths: AppPaths) -> dt.datetime | None:
    try:
        state = json.loads((paths.data_dir / CHECK_STATE).read_text("utf-8"))
        if state["database"] != paths.db_url:
            return None
        at = dt.datetime.fromisoformat(state["checked_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return at if at.tzinfo is not None else None


def is_healthy(paths: AppPaths, key: bytes) -> bool:
    """Whether the store file exists, the key opens it and it passes ``quick_check``."""
    db = paths.db_path
    if db is None or not db.exists() or not check_key(db, key):
        return False
    conn = connect_keyed(db, key)
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlcipher.DatabaseError:
        return False
    finally:
        conn.close()


@dataclass(frozen=True)
class Restored:
    database: Path
    kept: list[Path]
    online: bool


def restore(paths: AppPaths, backup_file: Path, key: bytes) -> Restored:
    """Put a backup in place of the store; the replaced database is kept, never deleted.

    Nothing changes until the backup has passed the key, integrity and schema checks. A
    healthy store is overwritten through SQLite's backup API in one write transaction, so
    other processes that have it open simply see the restored data (their writers wait on
    the busy timeout); the old contents go to the backup folder first, taken while that
    transaction already holds the write lock, so no commit can fall between the two. A
    store the key cannot open or that is damaged is renamed aside with its -wal/-shm files
    (a stale WAL must never meet the new file) and the verified copy renamed into place.
    """
    db = paths.db_path
    if db is None:
        raise StoreError("PostgreSQL 数据库请用 pg_restore 恢复", "restore PostgreSQL with pg_restore")
    verify_backup(backup_file, key)
    _check_schema(backup_file, key)
    if is_healthy(paths, key):
        kept = paths.backup_dir / timestamped_name(BEFORE_RESTORE)
        _restore_online(db, backup_file, key, kept)
        log.info("restored %s online; previous contents in %s", backup_file.name, kept)
        return Restored(db, [kept], online=True)
    moved = _restore_file(db, backup_file, key)
    log.info("restored %s by replacing the file; kept %s", backup_file.name, moved)
    return Restored(db, moved, online=False)


def _check_schema(backup_file: Path, key: bytes) -> None:
    conn = connect_keyed(backup_file, key)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.DatabaseError:
        row = None
    finally:
        conn.close()
    if row is None:
        raise StoreError("该文件不是调解台的数据库备份", "this file is not a mediation-desk backup")
    if row[0] not in migrate.known_revisions():
        raise StoreError(
            f"该备份由更新版本的程序创建（结构版本 {row[0]}），请升级本程序后再恢复",
            "the backup was made by a newer version of the application")


def _restore_online(db: Path, backup_file: Path, key: bytes, kept: Path) -> None:
    source = connect_keyed(backup_file, key)
    target = connect_keyed(db, key)

    def keep_old_first(_status: int, _remaining: int, _total: int) -> None:
        # called after each one-page step; from the first step on the target's write
        # transaction is open, so this snapshot is exactly what the restore replaces
        if not kept.exists():
            copy_database(db, key, kept)

    try:
        source.backup(target, pages=1, progress=keep_old_first)
    except (sqlcipher.DatabaseError, OSError) as exc:
        raise StoreError(f"恢复已取消，数据库未改动：{exc}", "the restore failed; nothing changed"
                         ) from exc
    finally:
        target.close()
        source.close()


def _restore_file(db: Path, backup_file: Path, key: bytes) -> list[Path]:
    db.parent.mkdir(parents=True, exist_ok=True)
    incoming = db.with_name(db.name + ".restoring")
    try:
        shutil.copyfile(backup_file, incoming)
        with open(incoming, "rb") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise StoreError(f"无法复制备份，数据库未改动：{exc}",
                         "copying the backup failed; nothing changed") from exc
    if not check_key(incoming, key):
        incoming.unlink()
        raise StoreError("复制备份时出错，数据库未改动", "copying the backup failed; nothing changed")
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db.with_name(f"{db.stem}-replaced-{stamp}{db.suffix}")
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", "-wal", "-shm"):
            part = db.with_name(db.name + suffix)
            if part.exists():
                target = aside.with_name(aside.name + suffix)
                part.rename(target)
                moved.append((part, target))
        incoming.replace(db)
    except OSError as exc:
        for original, target in reversed(moved):
            target.rename(original)
        incoming.unlink(missing_ok=True)
        raise StoreError(f"无法替换数据库文件（可能正被其他程序使用），数据库未改动：{exc}",
                         "the database file could not be replaced; nothing changed") from exc
    _sync_dir(db.parent)
    return [target for _, target in moved]


def _sync_dir(folder: Path) -> None:
    """Make the renames durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
