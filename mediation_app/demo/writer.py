"""Bulk writing of demo rows: tuples in each table's column order, one executemany per table.

The case builders make every row as a tuple of the values the database driver takes
(`Values`): on SQLite the strings, integers and JSON text that SQLAlchemy's column types
would bind, each converted once per distinct value, and an insert compiled once per
table; elsewhere the Python values, which Core's executemany converts as for any insert.
At a million cases, a dict per row and a per-row parameter pass cost more than SQLite's
insert itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, Table, func, insert, select, text
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

Row = tuple[Any, ...]  # a table's columns in the table's order, the id (if any) first
Prepared = list[tuple[str, list[Row]]]  # (table, its rows), as `Writer.write` takes them


class Batch:
    """Rows for some cases, by table name, and the next free id of every table."""

    def __init__(self, next_ids: dict[str, int]) -> None:
        self.next_ids = next_ids
        self.rows: dict[str, list[Row]] = {name: [] for name in TABLES}

    def add(self, table: str, *values: Any) -> int:
        """Append a row of the columns after `id`, giving it the table's next id (returned)."""
        row_id = self.next_ids[table]
        self.next_ids[table] = row_id + 1
        self.rows[table].append((row_id, *values))
        return row_id

    def reserve(self, table: str) -> int:
        """The table's next id, for a row added later with `add_row` (a parent built last)."""
        row_id = self.next_ids[table]
        self.next_ids[table] = row_id + 1
        return row_id

    def add_row(self, table: str, row: Row) -> None:
        """Append a row with all its columns given: a reserved id, or a table without ids."""
        self.rows[table].append(row)

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}

    def take(self) -> Prepared:
        """The rows added so far, table by table; the batch starts empty again."""
        taken = [(name, rows) for name, rows in self.rows.items() if rows]
        self.rows = {name: [] for name in TABLES}
        return taken


def next_ids(session: Session) -> dict[str, int]:
    return {name: (session.scalar(select(func.max(TABLES[name].c.id))) or 0) + 1
            for name in WITH_IDS}


def _same(value: Any) -> Any:
    return value


class Values:
    """The conversions builders apply to dates, times, amounts and JSON before a row is a row.

    With `driver` on, each is the bind processor of the column type (SQLite's: ISO strings,
    UTC without offset, integer fen, JSON text), run once per distinct value; without, the
    value stays as it is for Core to convert. JSON values are told apart by identity: the
    builders pass the same list or dict object for the same content.
    """

    def __init__(self, dialect: Dialect, *, driver: bool) -> None:
        case, risk = TABLES["case"].c, TABLES["risk_assessment"].c
        self.day: Callable[[Any], Any] = _same
        self.moment: Callable[[Any], Any] = _same
        self.money: Callable[[Any], Any] = _same
        self.json: Callable[[Any], Any] = _same
        if driver:
            self.day = _Memo(_processor(case.received_on, dialect)).__getitem__
            self.moment = _Memo(_processor(case.created_at, dialect)).__getitem__
            self.money = _Memo(_processor(case.amount, dialect)).__getitem__
            self.json = _ByIdentity(_processor(risk.reasons, dialect)).get


def _processor(column: Column[Any], dialect: Dialect) -> Callable[[Any], Any]:
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return process or _same


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


class _ByIdentity:
    """A bind processor's result per object, for unhashable values (JSON lists and dicts).

    The object is kept with its result, so its id cannot be reused by another while cached;
    the same object gives the same string object, which `marshal` then sends once. A year
    of cases has a few thousand distinct reasons lists of about a kilobyte of JSON each.
    """

    LIMIT = 20_000

    def __init__(self, process: Callable[[Any], Any]) -> None:
        self.process = process
        self.seen: dict[int, tuple[Any, Any]] = {}

    def get(self, value: Any) -> Any:
        known = self.seen.get(id(value))
        if known is not None:
            return known[1]
        if len(self.seen) >= self.LIMIT:
            self.seen.clear()
        result = self.process(value)
        self.seen[id(value)] = (value, result)
        return result


class Writer:
    """Writes batches: precompiled positional inserts on SQLite, Core executemany elsewhere.

    PostgreSQL gets SQLAlchemy's own executemany, which folds rows into multi-row VALUES
    statements; one round trip per row through the driver would be slower there.
    """

    def __init__(self, dialect: Dialect, *, driver: bool | None = None) -> None:
        self.driver = dialect.positional if driver is None else driver
        self.values = Values(dialect, driver=self.driver)
        self.sql = {name: str(insert(table).compile(dialect=dialect))
                    for name, table in TABLES.items()} if self.driver else {}
        self.postgres = dialect.name == "postgresql"

    def write(self, session: Session, prepared: Prepared) -> None:
        """Insert the rows table by table; on PostgreSQL move the sequences past our ids."""
        conn = session.connection()
        for name, rows in prepared:
            if self.driver:
                conn.exec_driver_sql(self.sql[name], rows)
            else:
                columns = TABLES[name].c.keys()
                conn.execute(insert(TABLES[name]), [dict(zip(columns, row, strict=True))
                                                    for row in rows])
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
