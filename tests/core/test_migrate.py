"""Schema revisions read without Alembic: the constant head, plain-SQL reads, lazy loading."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from mediation_app.errors import StoreError
from mediation_app.paths import AppPaths
from mediation_app.storage import migrate
from mediation_app.storage.engine import Store, open_postgres, open_sqlite

KEY = b"\x33" * 32


@pytest.fixture
def empty_store(paths: AppPaths) -> Iterator[Store]:
    """A store without any schema (PostgreSQL: the fixture's freshly reset database)."""
    if paths.db_path is None:
        store = open_postgres(paths.db_url)
    else:
        store = open_sqlite(paths.db_path, KEY, create=True)
    yield store
    store.dispose()


def _alembic_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def test_head_constant_is_the_newest_script() -> None:
    scripts = ScriptDirectory.from_config(migrate._config())
    assert scripts.get_heads() == [migrate.HEAD]
    assert migrate.HEAD in migrate.known_revisions()


def test_plain_read_agrees_with_alembic(empty_store: Store) -> None:
    assert migrate.current_revision(empty_store) is None
    assert migrate.needs_upgrade(empty_store)
    for revision in ("0001", migrate.HEAD):
        migrate.upgrade(empty_store, revision)
        assert migrate.current_revision(empty_store) == _alembic_revision(empty_store) == revision
    assert not migrate.needs_upgrade(empty_store)


def test_older_store_needs_upgrade_and_newer_is_refused(empty_store: Store) -> None:
    migrate.upgrade(empty_store, "0002")
    assert migrate.needs_upgrade(empty_store)
    with empty_store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="更新版本"):
        migrate.needs_upgrade(empty_store)


def test_up_to_date_store_opens_without_alembic(tmp_path: Path) -> None:
    """Alembic's import is most of a second: a start on a current store must not pay it."""
    path = tmp_path / "current.db"
    store = open_sqlite(path, KEY, create=True)
    migrate.upgrade(store)
    store.dispose()
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from mediation_app.storage import migrate
        from mediation_app.storage.engine import open_sqlite
        store = open_sqlite(Path({str(path)!r}), {KEY!r})
        assert not migrate.needs_upgrade(store)
        store.dispose()
        print(sorted(m for m in sys.modules if m.split(".")[0] == "alembic"))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
