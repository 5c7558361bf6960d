"""A store filled once with 2,000 demo cases, shared by the read-only checks of this folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mediation_app.demo import generate
from mediation_app.services.office import setup_office
from mediation_app.storage import migrate
from mediation_app.storage.engine import Store, open_sqlite

TODAY = dt.date(2026, 9, 30)
CASES = 2000


def new_store(path: Path) -> Store:
    store = open_sqlite(path, b"k" * 32, create=True)
    migrate.upgrade(store)
    with store.transaction() as session:
        setup_office(session, office="测试司法所", committee="测试人民调解委员会", prefix="测调",
                     admin_username="admin", admin_password="Passw0rd!")
    return store


@pytest.fixture(scope="package")
def demo() -> Iterator[tuple[Store, dict[str, Any]]]:
    """The filled store and the summary `generate` returned."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        store = new_store(Path(tmp) / "demo.db")
        summary = generate(store, cases=CASES, seed=7, today=TODAY)
        yield store, summary
        store.dispose()
