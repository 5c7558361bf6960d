"""Stores for the demo tests: a blank office copied from one template, and one store filled
once with 2,000 demo cases, shared by the read-only checks of this folder."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from mediation_app.demo import generate
from mediation_app.services.office import setup_office
from mediation_app.storage import migrate
from mediation_app.storage.engine import Store, open_sqlite

TODAY = dt.date(2026, 9, 30)
CASES = 2000
KEY = b"k" * 32
NewStore = Callable[[Path], Store]


@pytest.fixture(scope="package")
def new_store(tmp_path_factory: pytest.TempPathFactory) -> NewStore:
    """Make a blank office store at a path: migrations and password hashing done once."""
    template = tmp_path_factory.mktemp("template") / "blank.db"
    store = open_sqlite(template, KEY, create=True)
    migrate.upgrade(store)
    with store.transaction() as session:
        setup_office(session, office="测试司法所", committee="测试人民调解委员会", prefix="测调",
                     admin_username="admin", admin_password="Passw0rd!")
    store.dispose()

    def make(path: Path) -> Store:
        shutil.copyfile(template, path)
        return open_sqlite(path, KEY)

    return make


@pytest.fixture(scope="package")
def demo(new_store: NewStore, tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[tuple[Store, dict[str, Any]]]:
    """The filled store and the summary `generate` returned."""
    store = new_store(tmp_path_factory.mktemp("demo") / "demo.db")
    summary = generate(store, cases=CASES, seed=7, today=TODAY)
    yield store, summary
    store.dispose()
