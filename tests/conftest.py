"""Shared fixtures: a fresh store per test on SQLite, and on PostgreSQL when configured.

Set MEDIATION_TEST_PG_URL (e.g. postgresql+psycopg://postgres@127.0.0.1:55432/mediation_test)
to run every store test a second time against a real server; those runs carry the ``pg``
marker so ``pytest -m pg`` selects them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil

import keyring
import pytest
from sqlalchemy import create_engine, select, text

from mediation_app.domain.enums import UserRole
from mediation_app.paths import AppPaths
from mediation_app.services import office
from mediation_app.services.actor import Actor
from mediation_app.storage import keys, migrate, opening
from mediation_app.storage.engine import Store, open_postgres, open_sqlite
from mediation_app.storage.models import User
from mediation_app.storage.test_keyrings import MemoryKeyring

PG_URL = os.environ.get("MEDIATION_TEST_PG_URL")
ADMIN_PASSWORD = "Adm1n-pass"
ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def _reset_pg(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and not PG_URL:
        pytest.skip("MEDIATION_TEST_PG_URL not set")
    return str(request.param)


@pytest.fixture
def paths(tmp_path: Path, backend: str) -> AppPaths:
    if backend == "postgresql":
        assert PG_URL
        _reset_pg(PG_URL)
        return AppPaths(data_dir=tmp_path, db_url=PG_URL)
    return AppPaths(data_dir=tmp_path, db_url=str(tmp_path / "mediation.db"))


def _set_up_office(store: Store) -> None:
    with store.transaction() as session:
        office.setup_office(session, office="城关司法所", committee="城关镇人民调解委员会",
                            prefix="城关", admin_username="admin",
                            admin_password=ADMIN_PASSWORD, code="OFFICE-1")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """One migrated SQLite store with the office set up, copied for each test.

    Migrating and hashing the administrator's password (argon2 is slow on purpose) once
    per session instead of once per test keeps the suite fast.
    """
    path = tmp_path_factory.mktemp("template") / "template.db"
    key = b"\x5a" * 32
    store = open_sqlite(path, key, create=True)
    migrate.upgrade(store)
    _set_up_office(store)
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.dispose()
    return path, key


@pytest.fixture
def store(paths: AppPaths, template_db: tuple[Path, bytes]) -> Iterator[Store]:
    """A store with an office, its committee and the administrator ``admin``."""
    if paths.db_path is None:
        store = open_postgres(paths.db_url)
        migrate.upgrade(store)
        _set_up_office(store)
    else:
        template, key = template_db
        shutil.copyfile(template, paths.db_path)
        keys.save_key(opening.store_id(paths), key)
        store = open_sqlite(paths.db_path, key)
    yield store
    store.dispose()


@pytest.fixture
def admin(store: Store) -> Actor:
    """The administrator, as signing in would give (without paying for argon2 again)."""
    with store.transaction(write=False) as session:
        user = session.scalar(select(User).where(User.username == "admin"))
        assert user is not None
        return Actor(user_id=user.id, username=user.username, role=UserRole(user.role),
                     display_name=user.display_name)


TODAY = dt.date.today()


def days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def intake_data(**overrides: Any) -> dict[str, Any]:
    """A valid intake: two neighbours quarrelling over a drain."""
    data: dict[str, Any] = {
        "dispute_type": "邻里纠纷",
        "source": "当事人申请",
        "received_on": days_ago(20),
        "summary": "申请人张三与被申请人李四系邻居，因排水沟堵塞导致张三家院墙受潮，双方多次争吵。",
        "requests": "请求李四疏通排水沟并赔偿修缮费用2000元。",
        "amount": "2000.00",
        "parties": [
            {"role": "申请人", "kind": "自然人", "name": "张三", "sex": "男", "ethnicity": "汉",
             "birth_date": "1949-12-31", "id_number": "110105194912310038",
             "occupation": "退休工人", "phone": "13800138000", "address": "城关镇幸福村3组12号"},
            {"role": "被申请人", "kind": "自然人", "name": "李四", "sex": "女",
             "id_number": "11010519491231002X", "phone": "0371-6543210",
             "address": "城关镇幸福村3组14号"},
        ],
    }
    data.update(overrides)
    return data
