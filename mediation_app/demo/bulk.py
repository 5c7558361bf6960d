"""Loading many demo cases into an SQLite store that has none: one transaction, indexed apart.

Kept row by row, the FTS5 index over case_text (its triggers) costs most of a large load.
So, while loading:

- the triggers on every table that is the external content of an FTS5 table are dropped
  and recreated from their own SQL at the end; each such FTS5 table is filled batch by
  batch instead (`index_new_rows`), while the second process makes the next batch, and
  merges its segments as it goes, as it would after ordinary writes;
- the secondary indexes stay: kept up while the other process makes the next batch, they
  cost less than building them again at the end, when nothing else runs;
- the page cache is moderate, so that written pages are encrypted and spilled to the file
  during the load rather than all at the commit; and the journal is a rollback journal
  instead of the WAL: one transaction of millions of rows through the WAL would write every
  page twice, while a rollback journal only keeps the few pages the store had before (pages
  added past its end need none).

Crash safety: everything is one transaction, so an interrupted load (an error, Ctrl+C, a
killed process, a power cut: `synchronous` is left as it was) leaves the store as it was
before, with no demo cases and all its triggers; nothing half-loaded can look complete. The
journal mode and page cache are put back afterwards. If another connection has the store
open, the journal mode cannot change and the caller writes batch by batch instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case

# page cache while loading (KiB, negative per SQLite's convention): room for the indexes'
# pages being written to; a cache of the whole load would leave all encryption to the commit
LOAD_CACHE = -131_072
_CONTENT = re.compile(r"\bcontent\s*=\s*['\"]?(\w+)", re.IGNORECASE)
_CONTENT_ROWID = re.compile(r"\bcontent_rowid\s*=\s*['\"]?(\w+)", re.IGNORECASE)


def can_bulk_load(store: Store) -> bool:
    """Only an SQLite store with no cases at all: an interrupted load must leave nothing."""
    if store.dialect != "sqlite":
        return False
    with store.transaction(write=False) as session:
        return session.scalar(select(Case.id).limit(1)) is None


@contextmanager
def bulk_session(store: Store, tables: Iterable[str]) -> Iterator[BulkLoad | None]:
    """One session for the whole load into `tables` (None if the store is in use elsewhere).

    Committed, with the triggers back and the FTS tables complete, if the block ends
    normally; rolled back otherwise.
    """
    store.engine.dispose()  # idle pooled connections would keep the store in WAL mode
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        journal = _pragma(raw, "journal_mode")
        try:
            switched = _pragma(raw, "journal_mode = TRUNCATE") == "truncate"
        except conn.dialect.loaded_dbapi.OperationalError:  # the store is open elsewhere
            switched = False
        if not switched:
            yield None
            return
        cache = _pragma(raw, "cache_size")
        raw.execute(f"PRAGMA cache_size = {LOAD_CACHE}")
        try:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with Session(bind=conn) as session:
                load = BulkLoad(session, set(tables))
                load.drop()
                yield load
                load.restore()
                session.commit()
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute(f"PRAGMA cache_size = {cache}")
            raw.execute(f"PRAGMA journal_mode = {journal}")


def _pragma(raw: Any, pragma: str) -> Any:
    return raw.execute(f"PRAGMA {pragma}").fetchone()[0]


@dataclass
class _Fts:
    """An FTS5 table over the content of another, and the content rows it already holds."""

    name: str
    content: str
    rowid: str
    columns: list[str]
    indexed: int = 0


class BulkLoad:
    """The load's session, the triggers dropped for it, and the FTS5 tables to fill."""

    def __init__(self, session: Session, tables: set[str]) -> None:
        self.session = session
        self.conn = session.connection()
        master = list(self.conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"))
        self.fts = [self._fts(name, sql) for kind, name, _, sql in sorted(master)
                    if kind == "table" and re.search(r"USING\s+fts5", sql, re.IGNORECASE)]
        self.fts = [f for f in self.fts if f.content in tables]
        contents = {f.content for f in self.fts}
        self.dropped = [(name, sql) for kind, name, table, sql in master
                        if kind == "trigger" and table in contents]

    def _fts(self, name: str, sql: str) -> _Fts:
        content, rowid = _CONTENT.search(sql), _CONTENT_ROWID.search(sql)
        columns = [row[1] for row in self.conn.exec_driver_sql(f'PRAGMA table_info("{name}")')]
        fts = _Fts(name, content.group(1) if content else "",
                   rowid.group(1) if rowid else "rowid", columns)
        if fts.content:
            fts.indexed = self._last(fts)
        return fts

    def _last(self, fts: _Fts) -> int:
        return self.conn.exec_driver_sql(
            f'SELECT max("{fts.rowid}") FROM "{fts.content}"').scalar() or 0

    def drop(self) -> None:
        for name, _ in self.dropped:
            self.conn.exec_driver_sql(f'DROP TRIGGER "{name}"')

    def index_new_rows(self) -> None:
        """Index the content rows written since the last call, as the dropped triggers would.

        Called after every batch, so this process indexes one batch while the other makes
        the next, instead of rebuilding everything alone at the end.
        """
        for fts in self.fts:
            columns = ", ".join(f'"{c}"' for c in fts.columns)
            self.conn.exec_driver_sql(
                f'INSERT INTO "{fts.name}"(rowid, {columns}) SELECT "{fts.rowid}", {columns} '
                f'FROM "{fts.content}" WHERE "{fts.rowid}" > ? ORDER BY "{fts.rowid}"',
                (fts.indexed,))
            fts.indexed = self._last(fts)

    def restore(self) -> None:
        """Index the last rows and recreate the triggers."""
        self.index_new_rows()
        for _, sql in self.dropped:
            self.conn.exec_driver_sql(sql)
