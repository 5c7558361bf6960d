"""The encrypted store: no plaintext on disk, keys, recovery, migrations, backups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import text

from mediation_app.errors import StoreError
from mediation_app.paths import AppPaths
from mediation_app.services import auth, office
from mediation_app.services.cases import intake, queries
from mediation_app.services.cases.queries import CaseFilter
from mediation_app.storage import keys, migrate, opening
from mediation_app.storage.backup import backup_to, verify_backup
from mediation_app.storage.engine import Store, open_sqlite
from mediation_app.storage.test_keyrings import MemoryKeyring
from tests.conftest import ADMIN_PASSWORD, intake_data


def sqlite_paths(tmp_path: Path) -> AppPaths:
    return AppPaths(data_dir=tmp_path, db_url=str(tmp_path / "mediation.db"))


def make_store(tmp_path: Path) -> tuple[AppPaths, str]:
    paths = sqlite_paths(tmp_path)
    created = opening.create(paths)
    with created.store.transaction() as session:
        office.setup_office(session, office="城关司法所", committee="城关镇人民调解委员会",
                            prefix="城关", admin_username="admin", admin_password=ADMIN_PASSWORD)
        admin = auth.authenticate(session, "admin", ADMIN_PASSWORD)
        intake.register(session, admin, intake_data(
            summary="秘密叙述：王某扬言要去找邻居算账，内容独一无二ZQX。"))
    created.store.dispose()
    assert created.recovery_key
    return paths, created.recovery_key


def test_file_contains_no_plaintext(tmp_path: Path) -> None:
    make_store(tmp_path)
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("mediation.db*"))
    for secret in ("张三", "13800138000", "110105194912310038", "独一无二ZQX", "城关司法所"):
        assert secret.encode() not in raw, secret
    assert not raw.startswith(b"SQLite format 3")


def test_wrong_key_is_refused(tmp_path: Path) -> None:
    paths, _ = make_store(tmp_path)
    assert paths.db_path
    with pytest.raises(StoreError, match="密钥不正确"):
        open_sqlite(paths.db_path, b"\x01" * 32)


def test_other_machine_needs_recovery_key(tmp_path: Path, memory_keyring: MemoryKeyring
                                          ) -> None:
    paths, recovery = make_store(tmp_path)
    memory_keyring.secrets.clear()  # the same file on a machine whose keyring lacks the key
    with pytest.raises(StoreError, match="恢复密钥"):
        opening.open_existing(paths)
    typo = ("B" if recovery[0] == "A" else "A") + recovery[1:]
    with pytest.raises(StoreError):
        opening.open_existing(paths, typo)
    store = opening.open_existing(paths, recovery.lower().replace("-", " "))
    with store.transaction(write=False) as session:
        assert session.execute(text("SELECT count(*) FROM \"case\"")).scalar() == 1
    store.dispose()
    assert opening.open_existing(paths) is not None  # remembered in the keyring now


def test_recovery_key_round_trip() -> None:
    key = keys.new_key()
    assert keys.key_from_recovery(keys.recovery_key(key)) == key


def test_no_keyring_gives_clear_message(tmp_path: Path) -> None:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    with pytest.raises(StoreError, match="密钥环"):
        opening.create(sqlite_paths(tmp_path))
    assert not (tmp_path / "mediation.db").exists()


def test_upgrade_from_first_revision_keeps_data(tmp_path: Path) -> None:
    paths = sqlite_paths(tmp_path)
    key = keys.new_key()
    keys.save_key(opening.store_id(paths), key)
    assert paths.db_path
    store = open_sqlite(paths.db_path, key, create=True)
    migrate.upgrade(store, "0001")
    with store.transaction() as session:
        office.setup_office(session, office="旧所", committee="旧委员会", prefix="旧",
                            admin_username="admin", admin_password=ADMIN_PASSWORD)
        session.execute(text(
            "INSERT INTO \"case\" (office_id, year, seq, number, status, dispute_type, source, "
            "received_on, summary, sensitive, mediators_chosen_by_parties, refused_by_party, "
            "created_at, updated_at, version) VALUES (1, 2025, 1, 'N1', 'registered', "
            "'邻里纠纷', '当事人申请', '2025-03-01', '旧数据里的宅基地争议', 0, 0, 0, "
            "'2025-03-01 00:00:00', '2025-03-01 00:00:00', 1)"))
        session.execute(text("INSERT INTO case_text (case_id, body) VALUES (1, '旧数据里的宅基地争议')"))
    store.dispose()
    upgraded = opening.open_existing(paths)
    assert migrate.current_revision(upgraded) == migrate.head_revision()
    with upgraded.transaction(write=False) as session:
        assert session.execute(text("SELECT summary FROM \"case\"")).scalar() == "旧数据里的宅基地争议"
        hits = session.execute(text(
            "SELECT rowid FROM case_fts WHERE case_fts MATCH '\"宅基地\"'")).scalars().all()
        assert hits == [1]
    upgraded.dispose()
    backups = list(paths.backup_dir.glob("*before-upgrade*"))
    assert len(backups) == 1
    verify_backup(backups[0], key)


def _alembic(store: Store, step: Callable[[Config, str], None], revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(files("mediation_app.storage") / "migrations"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        step(cfg, revision)


def _names(store: Store, kind: str) -> set[str]:
    with store.engine.connect() as conn:
        return set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = :k"),
                                {"k": kind}).scalars())


def test_search_indexes_go_down_and_up_with_the_data(tmp_path: Path) -> None:
    """0003 down to 0002 and up again: the indexes follow, the cases and search stay."""
    paths, _ = make_store(tmp_path)
    store = opening.open_existing(paths)
    added = {"ix_case_text_tail", "ix_case_received_id", "ix_agreement_agreed_on", "ix_case_seq"}
    assert added <= _names(store, "index")
    _alembic(store, command.downgrade, "0002")
    assert not added & _names(store, "index")
    assert {"ix_case_received", "ix_case_deadline"} <= _names(store, "index")
    _alembic(store, command.upgrade, "head")
    assert added <= _names(store, "index")
    assert "ix_case_received" not in _names(store, "index")
    with store.transaction(write=False) as session:
        for q in ("元。", "排水", "独一无二ZQX", "第1号"):  # the text ends with 元。
            assert queries.all_ids(session, CaseFilter(text=q), dt.date.today()) == [1], q
    store.dispose()


def test_newer_database_is_refused(tmp_path: Path) -> None:
    paths, _ = make_store(tmp_path)
    store = opening.open_existing(paths)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.dispose()
    with pytest.raises(StoreError, match="更新版本"):
        opening.open_existing(paths)


def test_backup_is_encrypted_and_verifiable(tmp_path: Path) -> None:
    paths, _ = make_store(tmp_path)
    key = opening.key_for(paths)
    store = opening.open_existing(paths)
    dest = backup_to(store, key, tmp_path / "b" / "copy.db")
    store.dispose()
    verify_backup(dest, key)
    assert "张三".encode() not in dest.read_bytes()
    with pytest.raises(StoreError):
        verify_backup(dest, b"\x02" * 32)


def test_none_bool_and_bytes_bind_as_null_integer_and_blob(tmp_path: Path) -> None:
    store = open_sqlite(tmp_path / "binding.db", b"\x02" * 32, create=True)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE t (a, b, c, d)")
        conn.exec_driver_sql("INSERT INTO t VALUES (?, ?, ?, ?)", [(None, True, False, b"\x00x")])
        row = conn.exec_driver_sql(
            "SELECT typeof(a), a, typeof(b), b, c, typeof(d), d FROM t").one()
    store.dispose()
    assert tuple(row) == ("null", None, "integer", 1, 0, "blob", b"\x00x")


def test_json_columns_hold_chinese_as_written(tmp_path: Path) -> None:
    """Not as \\uXXXX escapes, which take twice the room in the store."""
    paths, _ = make_store(tmp_path)
    store = opening.open_existing(paths, None)
    with store.engine.connect() as conn:
        reasons = conn.exec_driver_sql("SELECT reasons FROM risk_assessment").scalar_one()
    store.dispose()
    assert "扬言" in reasons and "\\u" not in reasons
