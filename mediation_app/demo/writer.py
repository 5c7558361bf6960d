"""Bulk writing of demo rows: one Core insert() per table, run executemany per batch.

Rows are built as dicts (readable, and checked: a missing column is a KeyError). On
SQLite each table's insert is compiled once and the driver gets tuples after the columns'
own bind processors (Money to fen, aware datetimes to UTC, JSON, dates) have run: that
skips the per-row parameter handling of a normal execute, which at a million cases costs
more than SQLite's insert itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, LargeBinary, Table, func, insert, select, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from mediation_app.storage.models import (
    Agreement,
    AgreementTerm,
    Attachment,
    AttachmentBlob,
    Case,
    CaseMediator,
    CaseText,
    FollowUp,
    JudicialConfirmation,
    MediationSession,
    Party,
    PerformanceCheck,
    PoliceReport,
    PreventionEffect,
    Referral,
    RiskAssessment,
    SessionParticipant,
)

# parents before children, so every foreign key points at a row already written
TABLES: dict[str, Table] = {
    model.__tablename__: model.__table__  # type: ignore[misc]
    for model in (Case, Attachment, AttachmentBlob, Party, CaseMediator, Referral,
                  MediationSession, SessionParticipant, Agreement, AgreementTerm,
                  PerformanceCheck, FollowUp, JudicialConfirmation, PoliceReport, RiskAssessment,
                  PreventionEffect, CaseText)
}
WITH_IDS = tuple(name for name, table in TABLES.items() if "id" in table.c)
# SQLite page cache while writing (KiB, negative per SQLite's convention): the indexes of a
# large store outgrow the default 8 MB, and every miss is a page to read and decrypt
SQLITE_CACHE = -262_144


class Batch:
    """Rows for some cases, by table name, and the next free id of every table."""

    def __init__(self, next_ids: dict[str, int]) -> None:
        self.next_ids = next_ids
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}

    def add(self, table: str, row: dict[str, Any]) -> int:
        """Append a row, giving it the table's next id if it has ids; returns that id."""
        row_id = self.next_ids.get(table, 0)
        if row_id:
            row["id"] = row_id
            self.next_ids[table] = row_id + 1
        self.rows[table].append(row)
        return row_id

    def clear(self) -> None:
        for rows in self.rows.values():
            rows.clear()

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def next_ids(session: Session) -> dict[str, int]:
    return {name: (session.scalar(select(func.max(TABLES[name].c.id))) or 0) + 1
            for name in WITH_IDS}


class Inserter:
    """A table's insert for a positional-parameter dialect (SQLite), fed dict rows.

    The rows are converted column by column: the loops run in C, and each column's bind
    processor runs once per distinct value (a year of cases has a few thousand dates and
    times, and fewer amounts), not once per row.
    """

    def __init__(self, table: Table, dialect: Dialect) -> None:
        compiled = insert(table).compile(dialect=dialect)
        self.sql = str(compiled)
        names = list(compiled.positiontup or ())
        self.values = itemgetter(*names)
        self.processors: list[tuple[int, Callable[[Any], Any]]] = []
        for i, name in enumerate(names):
            column_type = table.c[name].type
            # bytes go to the driver as they are: the memoryview it would get cannot be pickled
            process = None if isinstance(column_type, LargeBinary) \
                else column_type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                hashable = not isinstance(column_type, JSON)
                self.processors.append((i, _Memo(process).__getitem__ if hashable else process))

    def parameters(self, rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        if not self.processors:
            return list(map(self.values, rows))
        columns: list[Iterable[Any]] = list(zip(*map(self.values, rows), strict=True))
        for i, process in self.processors:
            columns[i] = map(process, columns[i])
        return list(zip(*columns, strict=True))


class _Memo(dict[Any, Any]):
    """A bind processor's result per value, kept for the values seen most recently."""

    LIMIT = 100_000

    def __init__(self, process: Callable[[Any], Any]) -> None:
        super().__init__()
        self.process = process

    def __missing__(self, value: Any) -> Any:
        if len(self) >= self.LIMIT:
            self.clear()
        result = self[value] = self.process(value)
        return result


Prepared = list[tuple[str, list[Any]]]  # (table, its rows as the driver takes them)


class Writer:
    """Writes batches: precompiled positional inserts on SQLite, Core executemany elsewhere.

    PostgreSQL gets SQLAlchemy's own executemany, which folds rows into multi-row VALUES
    statements; one round trip per row through the driver would be slower there.
    `prepare` needs no database, so it can run in another process than `write`.
    """

    def __init__(self, dialect: Dialect) -> None:
        self.inserters = {name: Inserter(table, dialect) for name, table in TABLES.items()} \
            if dialect.positional else None
        self.postgres = dialect.name == "postgresql"

    def prepare(self, batch: Batch) -> Prepared:
        """The batch's rows, table by table, as `write` takes them (and picklable)."""
        return [(name, self.inserters[name].parameters(rows) if self.inserters else list(rows))
                for name, rows in batch.rows.items() if rows]

    def write(self, session: Session, prepared: Prepared) -> None:
        """Insert the rows table by table; on PostgreSQL move the sequences past our ids."""
        conn = session.connection()
        for name, rows in prepared:
            if self.inserters:
                conn.exec_driver_sql(self.inserters[name].sql, rows)
            else:
                conn.execute(insert(TABLES[name]), rows)
        if self.postgres:
            for name, _ in prepared:
                if name in WITH_IDS:
                    quoted = f'"{name}"' if name == "case" else name
                    conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{quoted}', 'id'), "
                                      f"max(id)) FROM {quoted}"))


def grow_cache(session: Session) -> int | None:
    """On SQLite, a page cache large enough for the indexes; returns the size it replaced.

    The cache is kept between batches: SQLite keeps cached pages across transactions of
    the same connection, so the next batch finds its index pages already decrypted.
    """
    if session.get_bind().dialect.name != "sqlite":
        return None
    conn = session.connection()
    old = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    if old != SQLITE_CACHE:
        conn.exec_driver_sql(f"PRAGMA cache_size = {SQLITE_CACHE}")
    return old


def restore_cache(session: Session, size: int | None) -> None:
    if size is not None and session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql(f"PRAGMA cache_size = {size}")
