"""backup, backup list and restore on the command line: who may, what is kept, what is said.

The commands run in this process for speed; test_concurrency runs them as separate
processes beside a writer.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.paths import AppPaths
from mediation_app.services import audit, auth
from mediation_app.storage.backup import backup_to, verify_backup
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent
from mediation_app.storage.test_keyrings import MemoryKeyring
from tests.security.support import DiskStore, LocalCli, case_count, make_disk_store
from tests.security.test_backups import corrupt_case_table

MEDIATOR_PASSWORD = "Medi8tor-pass"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[DiskStore]:
    d = make_disk_store(tmp_path / "data", cases=2)
    with d.store.transaction() as session:
        auth.create_user(session, d.admin, username="mediator", password=MEDIATOR_PASSWORD,
                         role=UserRole.MEDIATOR)
    yield d
    d.store.dispose()


@pytest.fixture
def cli(disk: DiskStore, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> LocalCli:
    return LocalCli(disk.paths, monkeypatch, capsys)


def last_event(disk: DiskStore) -> tuple[str, str, dict[str, Any]]:
    """The newest audit event's action, user and changes, after checking the chain."""
    with disk.store.transaction(write=False) as session:
        assert audit.verify(session).ok
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None
        return event.action, event.username, event.changes


def test_backup_list_and_restore(disk: DiskStore, cli: LocalCli, tmp_path: Path) -> None:
    out = cli.ok("backup", "--out", str(tmp_path / "usb" / "office.db"))
    verify_backup(Path(out["file"]), disk.key)
    assert last_event(disk) == ("backup", "admin", {"file": out["file"]})
    default = cli.ok("backup")
    assert Path(default["file"]).parent == disk.paths.backup_dir
    listing = cli.ok("backup", "list", "--verify")
    assert [(b["file"], b["reason"], b["ok"]) for b in listing["backups"]] == [
        (Path(default["file"]).name, "manual", True)]

    disk.add_cases(2)
    restored = cli.ok("restore", out["file"])
    assert restored["online"] and restored["restored_from"] == out["file"]
    [kept] = restored["kept"]
    assert "before-restore" in kept and restored["notice"]
    assert case_count(disk.store) == 2  # the store this process had open sees it at once
    action, user, changes = last_event(disk)
    assert (action, user, changes["authorised_by"]) == ("restore", "admin", "administrator")


def test_only_administrators_back_up_and_restore(disk: DiskStore, cli: LocalCli,
                                                 tmp_path: Path) -> None:
    backup = str(backup_to(disk.store, disk.key, tmp_path / "b.db"))
    disk.add_cases(1)
    as_mediator = {"MEDIATION_USER": "mediator", "MEDIATION_PASSWORD": MEDIATOR_PASSWORD}
    refused = cli.run("backup", "--out", str(tmp_path / "m.db"), **as_mediator)
    assert refused.returncode == 1 and "只有管理员可以备份" in refused.stderr
    assert not (tmp_path / "m.db").exists()
    refused = cli.run("restore", backup, **as_mediator)
    assert refused.returncode == 1 and "只有管理员可以恢复" in refused.stderr
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert case_count(disk.store) == 3


def test_restore_over_a_damaged_store_needs_only_the_key(disk: DiskStore, cli: LocalCli,
                                                        tmp_path: Path) -> None:
    backup = str(backup_to(disk.store, disk.key, tmp_path / "b.db"))
    disk.store.dispose()
    corrupt_case_table(disk.db, disk.key)
    restored = cli.ok("restore", backup, MEDIATION_USER="")  # nobody can sign in to it
    assert not restored["online"]
    [kept] = restored["kept"]
    assert Path(kept).parent == disk.db.parent and "replaced" in Path(kept).name
    assert case_count(disk.store) == 2
    action, user, changes = last_event(disk)
    assert (action, user, changes["authorised_by"]) == ("restore", "system", "key")


def test_new_machine_restores_with_the_recovery_key(
        disk: DiskStore, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    backup = str(backup_to(disk.store, disk.key, tmp_path / "usb" / "office.db"))
    disk.store.dispose()
    memory_keyring.secrets.clear()  # another machine: an empty keyring, no database
    new = AppPaths(data_dir=tmp_path / "new", db_url=str(tmp_path / "new" / "m.db"))
    cli = LocalCli(new, monkeypatch, capsys)
    refused = cli.run("restore", backup)
    assert refused.returncode == 1 and "恢复密钥" in refused.stderr
    restored = cli.ok("restore", backup, MEDIATION_RECOVERY_KEY=disk.recovery)
    assert restored["kept"] == [] and restored["database"] == new.db_url
    assert cli.ok("case", "list")["total"] == 2  # the keyring remembered the key
    assert cli.ok("audit", "verify")["ok"] is True


def test_postgresql_points_to_the_server_tools(store: Store, paths: AppPaths,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    if store.dialect != "postgresql":
        pytest.skip("the SQLite commands are tested above")
    cli = LocalCli(paths, monkeypatch, capsys)
    for command in (["backup"], ["restore", "any.db"]):
        result = cli.run(*command)
        assert result.returncode == 1 and "pg_dump" in result.stderr
