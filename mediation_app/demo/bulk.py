"""Loading many demo cases into an SQLite store that has none: one transaction, rebuilt at the end.

Kept row by row, the FTS5 index over case_text (its triggers) and the secondary B-tree
indexes (random inserts, every page decrypted on a cache miss) cost most of a large load;
built once at the end, from sorted data, they cost a fraction. So, while loading:

- the triggers on every table that is the external content of an FTS5 table are dropped,
  and recreated from their own SQL at the end, then every such FTS5 table is rebuilt;
- the secondary indexes of the tables being written are dropped and created again;
- the page cache is large, and the journal is a rollback journal instead of the WAL: one
  transaction of millions of rows through the WAL would write every page twice, while a
  rollback journal only keeps the few pages the store had before (pages added past its
  end need none).

Crash safety: everything, the rebuild included, is one transaction, so an interrupted load
(an error, Ctrl+C, a killed process, a power cut: `synchronous` is left as it was) leaves
the store as it was before, with no demo cases and all its triggers and indexes; nothing
half-loaded can look complete. The journal mode and page cache are put back afterwards.
If another connection has the store open, the journal mode cannot change and the caller
writes batch by batch instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case

# page cache while loading (KiB, negative per SQLite's convention): the index builds at the
# end sort whole tables, and every page read from the file is decrypted again
LOAD_CACHE = -1_048_576
_CONTENT = re.compile(r"content\s*=\s*['\"]?(\w+)", re.IGNORECASE)


def can_bulk_load(store: Store) -> bool:
    """Only an SQLite store with no cases at all: the rebuilds cover whole tables."""
    if store.dialect != "sqlite":
        return False
    with store.transaction(write=False) as session:
        return session.scalar(select(Case.id).limit(1)) is None


@contextmanager
def bulk_session(store: Store, tables: Iterable[str]) -> Iterator[Session | None]:
    """One session for the whole load into `tables` (None if the store is in use elsewhere).

    Committed, with the triggers, indexes and FTS tables rebuilt, if the block ends
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
                schema = _Schema(session, set(tables))
                schema.drop()
                yield session
                schema.restore()
                session.commit()
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute(f"PRAGMA cache_size = {cache}")
            raw.execute(f"PRAGMA journal_mode = {journal}")


def _pragma(raw: Any, pragma: str) -> Any:
    return raw.execute(f"PRAGMA {pragma}").fetchone()[0]


class _Schema:
    """The triggers and indexes dropped for the load, and the FTS5 tables to rebuild."""

    def __init__(self, session: Session, tables: set[str]) -> None:
        self.conn = session.connection()
        master = list(self.conn.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL"))
        fts = {name: match.group(1) for kind, name, _, sql in master
               if kind == "table" and re.search(r"USING\s+fts5", sql, re.IGNORECASE)
               and (match := _CONTENT.search(sql))}
        self.fts = sorted(name for name, content in fts.items() if content in tables)
        contents = {fts[name] for name in self.fts}
        self.dropped = [(kind, name, sql) for kind, name, table, sql in master
                        if (kind == "trigger" and table in contents)
                        or (kind == "index" and table in tables)]

    def drop(self) -> None:
        for kind, name, _ in self.dropped:
            self.conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')

    def restore(self) -> None:
        for _, _, sql in self.dropped:
            self.conn.exec_driver_sql(sql)
        for name in self.fts:
            self.conn.exec_driver_sql(f"INSERT INTO \"{name}\"(\"{name}\") VALUES ('rebuild')")

