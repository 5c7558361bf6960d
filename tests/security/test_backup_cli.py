"""backup, backup list and restore on the command line: who may, what is kept, what is said."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.services import audit, auth
from mediation_app.storage.backup import backup_to, verify_backup
from mediation_app.storage.models import AuditEvent
from tests.security.support import Cli, DiskStore, case_count, make_disk_store
from tests.security.test_backups import corrupt_case_table

MEDIATOR_PASSWORD = "Medi8tor-pass"


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[DiskStore, Cli]]:
    disk = make_disk_store(tmp_path / "data", cases=2)
    with disk.store.transaction() as session:
        auth.create_user(session, disk.admin, username="mediator", password=MEDIATOR_PASSWORD,
                         role=UserRole.MEDIATOR)
    cli = Cli(tmp_path, disk.paths)
    cli.share_key(disk.paths, disk.key)
    yield disk, cli
    disk.store.dispose()


def last_event(disk: DiskStore) -> tuple[str, str, dict[str, Any]]:
    """The newest audit event's action, user and changes, after checking the chain."""
    with disk.store.transaction(write=False) as session:
        assert audit.verify(session).ok
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None
        return event.action, event.username, event.changes


def test_backup_list_and_restore(office: tuple[DiskStore, Cli], tmp_path: Path) -> None:
    disk, cli = office
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
    assert case_count(disk.store) == 2  # this process had it open all along
    action, user, changes = last_event(disk)
    assert (action, user, changes["authorised_by"]) == ("restore", "admin", "administrator")


def test_only_administrators_back_up_and_restore(office: tuple[DiskStore, Cli],
                                                 tmp_path: Path) -> None:
    disk, cli = office
    backup = str(backup_to(disk.store, disk.key, tmp_path / "b.db"))
    disk.add_cases(1)
    as_mediator = {"MEDIATION_USER": "mediator", "MEDIATION_PASSWORD": MEDIATOR_PASSWORD}
    refused = cli.run("backup", "--out", str(tmp_path / "m.db"), **as_mediator)
    assert refused.returncode == 1 and "只有管理员可以备份" in refused.stderr
    assert not (tmp_path / "m.db").exists()
    refused = cli.run("restore", backup, **as_mediator)
    assert refused.returncode == 1 and "只有管理员可以恢复" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert case_count(disk.store) == 3


def test_restore_over_a_damaged_store_needs_only_the_key(office: tuple[DiskStore, Cli],
                                                        tmp_path: Path) -> None:
    disk, cli = office
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


def test_new_machine_restores_with_the_recovery_key(office: tuple[DiskStore, Cli],
                                                    tmp_path: Path) -> None:
    disk, _ = office
    backup = str(backup_to(disk.store, disk.key, tmp_path / "usb" / "office.db"))
    new_data = tmp_path / "new-machine"
    fresh = Cli(new_data, disk.paths)  # its own, empty keyring file
    fresh.env.update(MEDIATION_DATA_DIR=str(new_data), MEDIATION_DB=str(new_data / "m.db"))
    refused = fresh.run("restore", backup)
    assert refused.returncode == 1 and "恢复密钥" in refused.stderr
    restored = fresh.ok("restore", backup, MEDIATION_RECOVERY_KEY=disk.recovery)
    assert restored["kept"] == [] and restored["database"] == str(new_data / "m.db")
    assert fresh.ok("case", "list")["total"] == 2  # keyring remembered the key
