"""A full disk or a read-only location: a clear StoreError, and nothing committed is lost.

The real conditions need mounts (a small tmpfs, a read-only bind mount): root ignores file
permissions, so chmod proves nothing here. Where mounting is not allowed those tests skip
with the reason, and SQLite's own limits (max_page_count, query_only) stand in for them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from mediation_app.errors import StoreError
from mediation_app.services import audit
from mediation_app.storage.engine import Store, open_sqlite
from tests.security.support import DiskStore, case_numbers, make_disk_store, mount, unmount

# long enough to need new pages, short enough for the risk text scan to stay fast
LONG_SUMMARY = "双方因宅基地边界发生争执，" * 100


def write_until_error(disk: DiskStore, acknowledged: list[int], limit: int = 200) -> StoreError:
    for _ in range(limit):
        try:
            acknowledged.extend(disk.add_cases(1, summary=LONG_SUMMARY))
        except StoreError as exc:
            return exc
    raise AssertionError("the store never ran out of space")


def assert_intact(store: Store, acknowledged: list[int]) -> None:
    numbers = case_numbers(store)
    assert set(acknowledged) <= set(numbers)
    assert numbers == list(range(1, len(numbers) + 1))
    with store.transaction(write=False) as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert audit.verify(session).ok


def on_every_connection(store: Store, pragma: str) -> Any:
    """Apply a PRAGMA to each new connection and drop the pooled ones; returns the hook."""
    def hook(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(pragma)

    event.listen(store.engine, "connect", hook)
    store.engine.dispose()
    return hook


@contextmanager
def small_filesystem(where: Path) -> Iterator[Path]:
    where.mkdir()
    mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where))
    try:
        yield where
    finally:
        unmount(where)


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` (a file or a folder) read-only for everyone, root included."""
    mount("--bind", str(path), str(path))
    try:
        mount("-o", "remount,bind,ro", str(path))
        yield path
    finally:
        unmount(path)


def test_disk_full_on_a_small_filesystem(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "small") as small:
        disk = make_disk_store(small)
        acknowledged = disk.add_cases(2)
        filler = small / "filler"
        with open(filler, "wb") as fh:
            fh.write(b"\0" * (shutil.disk_usage(small).free - 16 * 1024))
        error = write_until_error(disk, acknowledged)
        assert error.message.startswith("磁盘已满"), error.message
        assert "已保存的数据不受影响" in error.message
        assert_intact(disk.store, acknowledged)  # still readable while the disk is full
        filler.unlink()
        acknowledged.extend(disk.add_cases(1))  # and writable once space is freed
        assert_intact(disk.store, acknowledged)
        disk.store.dispose()


def test_disk_full_via_max_page_count(tmp_path: Path) -> None:
    disk = make_disk_store(tmp_path)
    acknowledged = disk.add_cases(2)
    with disk.store.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    hook = on_every_connection(disk.store, f"PRAGMA max_page_count = {pages + 8}")
    error = write_until_error(disk, acknowledged)
    assert error.message.startswith("磁盘已满"), error.message
    assert_intact(disk.store, acknowledged)
    event.remove(disk.store.engine, "connect", hook)
    disk.store.engine.dispose()
    acknowledged.extend(disk.add_cases(1))
    assert_intact(disk.store, acknowledged)
    disk.store.dispose()


def test_read_only_database_file(tmp_path: Path) -> None:
    disk = make_disk_store(tmp_path)
    acknowledged = disk.add_cases(2)
    disk.store.dispose()
    with read_only(disk.db):
        store = open_sqlite(disk.db, disk.key)
        try:
            assert case_numbers(store) == acknowledged
            with pytest.raises(StoreError, match="只读") as caught:
                DiskStore(disk.paths, disk.key, disk.recovery, store, disk.admin).add_cases(1)
            assert caught.value.message == "数据库位于只读位置，无法保存"
        finally:
            store.dispose()
    store = open_sqlite(disk.db, disk.key)
    assert_intact(store, acknowledged)
    store.dispose()


def test_read_only_folder_says_read_only_not_wrong_key(tmp_path: Path) -> None:
    disk = make_disk_store(tmp_path / "data")
    disk.store.dispose()
    with read_only(disk.db.parent), pytest.raises(StoreError) as caught:
        open_sqlite(disk.db, disk.key).dispose()
    assert "只读" in caught.value.message, caught.value.message


def test_query_only_connection_reports_read_only(tmp_path: Path) -> None:
    """Runs everywhere, also where mounting is not permitted: SQLite's own read-only error."""
    disk = make_disk_store(tmp_path)
    acknowledged = disk.add_cases(2)
    hook = on_every_connection(disk.store, "PRAGMA query_only = ON")
    with pytest.raises(StoreError, match="只读"):
        disk.add_cases(1)
    event.remove(disk.store.engine, "connect", hook)
    disk.store.engine.dispose()
    assert_intact(disk.store, acknowledged)
    disk.store.dispose()
