"""Daily backups, copies elsewhere, the start-up check, and restoring a backup."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from mediation_app.errors import StoreError
from mediation_app.paths import AppPaths
from mediation_app.services import audit
from mediation_app.storage import backups, keys, opening
from mediation_app.storage.backup import (
    backup_to,
    connect_keyed,
    parse_name,
    timestamped_name,
    verify_backup,
)
from mediation_app.storage.engine import Store, open_sqlite
from mediation_app.storage.test_keyrings import MemoryKeyring
from tests.security.support import DiskStore, case_count, make_disk_store

NOW = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[DiskStore]:
    d = make_disk_store(tmp_path / "data", cases=2)
    yield d
    d.store.dispose()


def dailies(folder: Path) -> list[Path]:
    return [b.path for b in backups.list_backups(folder) if b.reason == "daily"]


def corrupt_case_table(db: Path, key: bytes) -> None:
    """Overwrite bytes inside the page holding the case table (not the schema pages)."""
    conn = connect_keyed(db, key)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'case'").fetchone()[0]
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()
    with open(db, "r+b") as fh:
        fh.seek((root - 1) * page_size + 200)
        fh.write(b"\xde\xad\xbe\xef" * 8)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- daily backups ----------------------------------------------------------------------

def test_daily_backup_once_a_day(disk: DiskStore) -> None:
    first = backups.ensure_daily_backup(disk.store, disk.key, disk.paths, now=NOW)
    assert first.made is not None and first.copy is None and first.copy_error is None
    verify_backup(first.made, disk.key)
    later_that_day = backups.ensure_daily_backup(disk.store, disk.key, disk.paths,
                                                 now=NOW + dt.timedelta(hours=23))
    assert later_that_day.made is None
    next_day = backups.ensure_daily_backup(disk.store, disk.key, disk.paths,
                                           now=NOW + dt.timedelta(hours=24))
    assert next_day.made is not None
    assert dailies(disk.paths.backup_dir) == [next_day.made, first.made]


def test_a_backup_stamped_in_the_future_does_not_stop_daily_backups(disk: DiskStore) -> None:
    future = disk.paths.backup_dir / timestamped_name("daily", NOW + dt.timedelta(days=30))
    backup_to(disk.store, disk.key, future)
    report = backups.ensure_daily_backup(disk.store, disk.key, disk.paths, now=NOW)
    assert report.made is not None


def test_rotation_on_start_deletes_only_old_daily_backups(disk: DiskStore) -> None:
    folder = disk.paths.backup_dir
    folder.mkdir(parents=True)
    for n in range(1, 400):
        (folder / timestamped_name("daily", NOW - dt.timedelta(days=n))).write_bytes(b"x")
    upgrade = folder / timestamped_name("before-upgrade", NOW - dt.timedelta(days=300))
    upgrade.write_bytes(b"x")
    stranger = folder / "my-own-copy.db"
    stranger.write_bytes(b"x")
    report = backups.ensure_daily_backup(disk.store, disk.key, disk.paths, now=NOW)
    assert report.made is not None
    left = dailies(folder)
    assert len(left) == 7 + 2 + 11  # see test_rotation: a year of dailies
    assert report.made in left and len(report.removed) == 400 - len(left)
    assert upgrade.exists() and stranger.exists()


def test_copy_to_another_folder_and_rotation_there(disk: DiskStore, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    for n in range(1, 60):
        (usb / timestamped_name("daily", NOW - dt.timedelta(days=n))).write_bytes(b"x")
    report = backups.ensure_daily_backup(disk.store, disk.key, disk.paths, usb, now=NOW)
    assert report.made is not None and report.copy == usb / report.made.name
    verify_backup(report.copy, disk.key)
    assert report.copy in dailies(usb) and len(dailies(usb)) < 7 + 4 + 3


def test_copy_failure_is_reported_not_fatal(disk: DiskStore, tmp_path: Path) -> None:
    absent = tmp_path / "unplugged-usb"
    report = backups.ensure_daily_backup(disk.store, disk.key, disk.paths, absent, now=NOW)
    assert report.made is not None and report.made.exists()
    assert report.copy is None and report.copy_error is not None
    assert "unplugged-usb" in report.copy_error and not absent.exists()
    # plugged in later: the next start copies the newest backup although none is made
    absent.mkdir()
    again = backups.ensure_daily_backup(disk.store, disk.key, disk.paths, absent,
                                        now=NOW + dt.timedelta(hours=1))
    assert again.made is None and again.copy == absent / report.made.name


def test_local_backup_failure_raises_store_error(disk: DiskStore) -> None:
    disk.paths.data_dir.joinpath("backups").write_text("a file where the folder should be")
    with pytest.raises(StoreError, match="自动备份失败"):
        backups.ensure_daily_backup(disk.store, disk.key, disk.paths, now=NOW)


def test_names_round_trip() -> None:
    parsed = parse_name(timestamped_name("before-upgrade", NOW))
    assert parsed is not None and parsed.at == NOW and parsed.reason == "before-upgrade"
    assert parse_name("mediation.db") is None
    assert parse_name(timestamped_name("daily", NOW) + ".part") is None


def test_backup_refuses_to_overwrite_the_database(disk: DiskStore) -> None:
    with pytest.raises(StoreError, match="数据库本身"):
        backup_to(disk.store, disk.key, disk.db)
    assert case_count(disk.store) == 2


def test_start_checks_on_both_backends(store: Store, paths: AppPaths) -> None:
    report = backups.on_start(store, paths)
    assert (report.made is None) == (store.dialect == "postgresql")


# -- the start-up check -------------------------------------------------------------------

def test_damaged_store_names_the_newest_good_backup(disk: DiskStore, tmp_path: Path) -> None:
    good = backups.ensure_daily_backup(disk.store, disk.key, disk.paths, now=NOW).made
    assert good is not None
    # a newer backup that is itself damaged must be passed over
    bad = disk.paths.backup_dir / timestamped_name("manual", NOW + dt.timedelta(hours=2))
    shutil.copyfile(good, bad)
    corrupt_case_table(bad, disk.key)
    disk.store.dispose()
    copy = tmp_path / "copy" / "mediation.db"
    copy.parent.mkdir()
    shutil.copyfile(disk.db, copy)
    corrupt_case_table(copy, disk.key)
    damaged = open_sqlite(copy, disk.key)
    try:
        with pytest.raises(backups.DamagedStoreError) as caught:
            backups.quick_check(damaged, disk.key, disk.paths)
    finally:
        damaged.dispose()
    assert caught.value.good_backup == good
    assert "已损坏" in caught.value.message and good.name in caught.value.message
    assert "mediation-app restore" in caught.value.message
    backups.quick_check(open_sqlite(disk.db, disk.key), disk.key, disk.paths)


def test_damaged_store_without_backups_says_so(disk: DiskStore) -> None:
    disk.store.dispose()
    corrupt_case_table(disk.db, disk.key)
    damaged = open_sqlite(disk.db, disk.key)
    try:
        with pytest.raises(backups.DamagedStoreError, match="没有找到完好的备份") as caught:
            backups.quick_check(damaged, disk.key, disk.paths)
        with pytest.raises(backups.DamagedStoreError):
            backups.on_start(damaged, disk.paths)  # and no backup of the damaged store is made
    finally:
        damaged.dispose()
    assert caught.value.good_backup is None
    assert backups.list_backups(disk.paths.backup_dir) == []


# -- when the start-up check runs ----------------------------------------------------------

def test_the_check_runs_weekly_after_clean_exits(disk: DiskStore) -> None:
    paths = disk.paths
    assert backups.check_due(paths, unclean_exit=False, now=NOW)  # never checked
    backups.record_check(paths, NOW)
    for later in (dt.timedelta(0), dt.timedelta(days=6, hours=23)):
        assert not backups.check_due(paths, unclean_exit=False, now=NOW + later)
    assert backups.check_due(paths, unclean_exit=False, now=NOW + dt.timedelta(days=7))
    assert backups.check_due(paths, unclean_exit=False, now=NOW - dt.timedelta(hours=1))


def test_the_check_runs_after_an_unclean_exit(disk: DiskStore) -> None:
    backups.record_check(disk.paths, NOW)
    assert backups.check_due(disk.paths, unclean_exit=True, now=NOW + dt.timedelta(minutes=1))


def test_a_check_of_another_database_or_an_unreadable_record_does_not_count(
        disk: DiskStore, tmp_path: Path) -> None:
    backups.record_check(disk.paths, NOW)
    other = AppPaths(data_dir=disk.paths.data_dir, db_url=str(tmp_path / "other.db"))
    assert backups.check_due(other, unclean_exit=False, now=NOW)
    (disk.paths.data_dir / backups.CHECK_STATE).write_text("{not json", "utf-8")
    assert backups.check_due(disk.paths, unclean_exit=False, now=NOW)
    server = AppPaths(data_dir=disk.paths.data_dir, db_url="postgresql://h/db")
    assert not backups.check_due(server, unclean_exit=True, now=NOW)


def test_start_records_a_passed_check_and_can_skip_it(disk: DiskStore,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    checks: list[Path] = []
    real = backups.quick_check
    monkeypatch.setattr(backups, "quick_check",
                        lambda store, key, paths: checks.append(paths.data_dir) or
                        real(store, key, paths))
    report = backups.on_start(disk.store, disk.paths, check=False)
    assert checks == [] and report.made is not None
    assert backups.check_due(disk.paths, unclean_exit=False)
    backups.on_start(disk.store, disk.paths)
    assert checks == [disk.paths.data_dir]
    assert not backups.check_due(disk.paths, unclean_exit=False)


def test_a_failed_check_is_not_recorded(disk: DiskStore) -> None:
    disk.store.dispose()
    corrupt_case_table(disk.db, disk.key)
    damaged = open_sqlite(disk.db, disk.key)
    try:
        with pytest.raises(backups.DamagedStoreError):
            backups.on_start(damaged, disk.paths)
    finally:
        damaged.dispose()
    assert backups.check_due(disk.paths, unclean_exit=False)


# -- restore --------------------------------------------------------------------------------

def test_restore_replaces_an_open_store_and_keeps_the_old_one(disk: DiskStore) -> None:
    backup = backup_to(disk.store, disk.key, disk.paths.data_dir / "two-cases.db")
    disk.add_cases(3)
    assert case_count(disk.store) == 5
    restored = backups.restore(disk.paths, backup, disk.key)
    assert restored.online and restored.database == disk.db
    assert case_count(disk.store) == 2  # the store that was open sees the restored data
    [kept] = restored.kept
    assert kept.parent == disk.paths.backup_dir and "before-restore" in kept.name
    verify_backup(kept, disk.key)
    kept_store = open_sqlite(kept, disk.key)
    assert case_count(kept_store) == 5
    kept_store.dispose()
    disk.add_cases(1)
    with disk.store.transaction(write=False) as session:
        assert audit.verify(session).ok
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_restore_checks_everything_before_touching_the_store(disk: DiskStore,
                                                             tmp_path: Path) -> None:
    good = backup_to(disk.store, disk.key, tmp_path / "good.db")
    disk.store.dispose()
    before = digest(disk.db)
    files_before = sorted(p.name for p in disk.db.parent.iterdir())

    other_key = keys.new_key()
    foreign = open_sqlite(tmp_path / "foreign.db", other_key, create=True)
    with foreign.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    foreign.dispose()
    damaged = tmp_path / "damaged.db"
    shutil.copyfile(good, damaged)
    corrupt_case_table(damaged, disk.key)
    newer = tmp_path / "newer.db"
    shutil.copyfile(good, newer)
    conn = connect_keyed(newer, disk.key)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    not_ours = backup_to(open_sqlite(tmp_path / "plain.db", disk.key, create=True), disk.key,
                         tmp_path / "not-ours.db")

    for candidate, message in [(tmp_path / "missing.db", "不存在"), (foreign.path, "密钥"),
                               (damaged, "损坏"), (newer, "更新版本"),
                               (not_ours, "不是调解台")]:
        assert candidate is not None
        with pytest.raises(StoreError, match=message):
            backups.restore(disk.paths, candidate, disk.key)
        assert digest(disk.db) == before
        assert sorted(p.name for p in disk.db.parent.iterdir()) == files_before


def test_restore_is_cancelled_if_the_old_store_cannot_be_kept(disk: DiskStore) -> None:
    backup = backup_to(disk.store, disk.key, disk.paths.data_dir / "b.db")
    disk.add_cases(1)
    disk.paths.backup_dir.write_text("a file where the backup folder should be")
    with pytest.raises(StoreError):
        backups.restore(disk.paths, backup, disk.key)
    assert case_count(disk.store) == 3


def test_restore_over_a_damaged_store_moves_it_aside_with_its_wal(disk: DiskStore,
                                                                 tmp_path: Path) -> None:
    backup = backup_to(disk.store, disk.key, tmp_path / "b.db")
    disk.add_cases(1)
    with disk.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        corrupt_case_table(disk.db, disk.key)  # while open: -wal and -shm exist
    old = {s: disk.db.with_name(disk.db.name + s) for s in ("", "-wal", "-shm")}
    assert all(p.exists() for p in old.values())
    assert not backups.is_healthy(disk.paths, disk.key)
    restored = backups.restore(disk.paths, backup, disk.key)
    disk.store.dispose()
    assert not restored.online and len(restored.kept) == 3
    base = restored.kept[0]
    assert base.parent == disk.db.parent and "replaced" in base.name
    assert restored.kept[1:] == [base.with_name(base.name + s) for s in ("-wal", "-shm")]
    assert not old["-wal"].exists() and not old["-shm"].exists()
    fresh = opening.open_existing(disk.paths)
    try:
        backups.quick_check(fresh, disk.key, disk.paths)
        assert case_count(fresh) == 2
    finally:
        fresh.dispose()


def test_recovery_key_restores_a_backup_on_a_new_machine(disk: DiskStore, tmp_path: Path,
                                                         memory_keyring: MemoryKeyring) -> None:
    backup = backup_to(disk.store, disk.key, tmp_path / "usb" / "office.db")
    disk.store.dispose()
    memory_keyring.secrets.clear()  # a new machine: empty keyring, no database
    new = AppPaths(data_dir=tmp_path / "new", db_url=str(tmp_path / "new" / "mediation.db"))
    with pytest.raises(StoreError, match="恢复密钥"):
        opening.key_for(new)
    key = opening.key_for(new, disk.recovery.lower())
    restored = backups.restore(new, backup, key)
    assert restored.kept == [] and not restored.online
    store = opening.open_existing(new)  # the key is in this machine's keyring now
    try:
        backups.quick_check(store, key, new)
        assert case_count(store) == 2
        with store.transaction(write=False) as session:
            assert audit.verify(session).ok
    finally:
        store.dispose()
