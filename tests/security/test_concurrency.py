"""Two users at once: a busy store still backs up, lists and restores; edits never clobber."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from mediation_app.errors import ConflictError
from mediation_app.services import audit
from mediation_app.services.actor import Actor
from mediation_app.services.cases import intake
from mediation_app.storage.backup import verify_backup
from mediation_app.storage.engine import Store, open_sqlite
from mediation_app.storage.models import Case
from tests.conftest import intake_data
from tests.security.support import Cli, case_numbers, make_disk_store, writer


def test_cli_backup_list_and_restore_while_another_process_writes(tmp_path: Path) -> None:
    disk = make_disk_store(tmp_path / "data")
    disk.store.dispose()
    cli = Cli(tmp_path, disk.paths)
    cli.share_key(disk.paths, disk.key)
    with writer(disk.db, disk.key, pause=0.05) as w:
        w.start()
        w.wait_for(3)
        backup = cli.ok("backup", "--out", str(tmp_path / "busy.db"))
        listing = cli.ok("case", "list")
        w.wait_for(len(w.acknowledged) + 2)  # the writer was never stopped
        restored = cli.ok("restore", backup["file"])
        w.wait_for(len(w.acknowledged) + 2)  # and it goes on writing into the restored store
        w.kill()
        assert not w.errors, w.errors
        acknowledged = list(w.acknowledged)

    assert listing["total"] >= 3
    verify_backup(Path(backup["file"]), disk.key)
    in_backup = case_numbers(open_sqlite(Path(backup["file"]), disk.key))
    assert len(in_backup) >= 3
    # numbering restarts from the backup's counter at the moment of the restore
    restart = next(i for i in range(1, len(acknowledged))
                   if acknowledged[i] <= acknowledged[i - 1])
    before, after = acknowledged[:restart], acknowledged[restart:]
    assert before == list(range(1, len(before) + 1))
    # the kept store is exactly what was replaced: no commit fell between keeping and restoring
    kept = open_sqlite(Path(restored["kept"][0]), disk.key)
    assert case_numbers(kept) == before
    kept.dispose()
    assert after[0] == len(in_backup) + 1
    store = open_sqlite(disk.db, disk.key)
    try:
        numbers = case_numbers(store)
        assert set(after) <= set(numbers)
        assert numbers == list(range(1, len(numbers) + 1))
        with store.transaction(write=False) as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert audit.verify(session).ok
    finally:
        store.dispose()


def register(store: Store, admin: Actor) -> tuple[int, int]:
    """A new case's id and version."""
    with store.transaction() as session:
        case = intake.register(session, admin, intake_data())
        session.flush()
        return case.id, case.version


def test_saving_a_stale_case_is_a_conflict(store: Store, admin: Actor) -> None:
    """A copy read before someone else saved cannot overwrite their change."""
    case_id, _ = register(store, admin)
    with store.transaction() as session:
        stale = session.get(Case, case_id)  # stays loaded: sessions do not expire on commit
        assert stale is not None
    with store.transaction() as session:
        current = session.get(Case, case_id)
        assert current is not None
        current.summary = "第一位调解员的修改"
    with pytest.raises(ConflictError, match="已被他人修改"), store.transaction() as session:
        mine = session.merge(stale, load=False)
        mine.summary = "第二位调解员的修改"
    with store.transaction(write=False) as session:
        saved = session.get(Case, case_id)
        assert saved is not None and saved.summary == "第一位调解员的修改"


def test_two_open_sessions_second_commit_conflicts(store: Store, admin: Actor) -> None:
    if store.dialect != "postgresql":
        pytest.skip("SQLite writers begin IMMEDIATE and cannot interleave: see "
                    "test_second_sqlite_writer_waits_and_sees_the_first")
    case_id, version = register(store, admin)
    with pytest.raises(ConflictError, match="已被他人修改"), store.transaction() as second:
        theirs = second.get(Case, case_id)
        assert theirs is not None
        with store.transaction() as first:
            mine = first.get(Case, case_id)
            assert mine is not None
            mine.summary = "先提交的修改"
        theirs.summary = "后提交的修改"
    with store.transaction(write=False) as session:
        saved = session.get(Case, case_id)
        assert saved is not None and saved.summary == "先提交的修改"
        assert saved.version == version + 1


def test_second_sqlite_writer_waits_and_sees_the_first(store: Store, admin: Actor) -> None:
    if store.dialect != "sqlite":
        pytest.skip("PostgreSQL sessions interleave: see "
                    "test_two_open_sessions_second_commit_conflicts")
    case_id, version = register(store, admin)
    first_has_it = threading.Event()

    def first() -> None:
        with store.transaction() as session:
            case = session.get(Case, case_id)
            assert case is not None
            case.summary = "先提交的修改"
            first_has_it.set()
            time.sleep(0.5)

    thread = threading.Thread(target=first)
    thread.start()
    assert first_has_it.wait(30)
    with store.transaction() as second:
        case = second.get(Case, case_id)  # BEGIN IMMEDIATE waited for the first commit
        assert case is not None and case.summary == "先提交的修改"
        case.summary = "后提交的修改"
    thread.join()
    with store.transaction(write=False) as session:
        saved = session.get(Case, case_id)
        assert saved is not None and saved.summary == "后提交的修改"
        assert saved.version == version + 2
