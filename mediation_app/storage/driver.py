"""Reads on the driver's own cursor, for the few statements the case list runs all the time.

SQLAlchemy's execution path costs ~0.1 ms per statement and a Session's transaction
another ~0.2 ms; a search by case number costs SQLite less than either. The hot list reads
therefore build their SQLAlchemy statement once per shape, keep the compiled SQL
(``compiled``), and run it here with plain parameters. Everything else keeps the ORM.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement

# Called with (sql, parameters) before each driver statement: how a benchmark sees what
# ran. Empty unless something listens.
Hook = Callable[[str, Any], None]
HOOKS: list[Hook] = []


class Compiled:
    """A statement's SQL for one dialect and how its parameters are passed.

    Values go to the driver as they are: dates included, which SQLite's driver writes as
    ISO text, as SQLAlchemy's Date type does. Values a statement was built with (the
    statuses of ``in_(RUNNING)``, say) are kept as defaults.
    """

    def __init__(self, sql: str, names: Sequence[str] | None, defaults: dict[str, Any]) -> None:
        self.sql = sql
        if names is None:  # the driver takes the parameters by name
            self.pick: Callable[[Mapping[str, Any]], Any] = lambda values: values
        elif not names:
            self.pick = lambda _values: ()
        elif len(names) == 1:
            self.pick = lambda values: (values[names[0]],)
        else:
            self.pick = itemgetter(*names)
        self.defaults = defaults

    def parameters(self, values: Mapping[str, Any]) -> Any:
        return self.pick({**self.defaults, **values} if self.defaults else values)


class DriverReads:
    """Statements on one driver connection inside a transaction someone else ends."""

    def __init__(self, cursor: Any, dialect: Dialect) -> None:
        self.cursor = cursor
        self.dialect = dialect
        self.sqlite = dialect.name == "sqlite"

    def all(self, key: Hashable, build: Callable[[], ClauseElement],
            values: Mapping[str, Any]) -> list[Any]:
        """Every row of the statement ``build()`` with ``values``; built once per ``key``."""
        compiled = _compiled(key, self.dialect, build, values)
        return self.run(compiled.sql, compiled.parameters(values))

    def chunks(self, key: Hashable, build: Callable[[], ClauseElement],
               values: Mapping[str, Any], size: int) -> Iterator[list[Any]]:
        """The rows ``size`` at a time: a million rows fetched at once would hold the GIL
        in one C loop for seconds, and the GUI thread could not paint meanwhile."""
        compiled = _compiled(key, self.dialect, build, values)
        parameters = compiled.parameters(values)
        self.run(compiled.sql, parameters, fetch=False)
        try:
            while rows := self.cursor.fetchmany(size):
                yield rows
        except self.dialect.loaded_dbapi.Error as exc:
            raise self._error(compiled.sql, parameters, exc) from exc

    def run(self, sql: str, parameters: Any = (), *, fetch: bool = True) -> list[Any]:
        """Hooks called first; driver errors raised as SQLAlchemy's, as its own path does.

        Written out rather than as a context manager: this runs for every statement.
        """
        for hook in HOOKS:
            hook(sql, parameters)
        try:
            self.cursor.execute(sql, parameters)
            if fetch and self.cursor.description is not None:
                return self.cursor.fetchall()
            return []
        except self.dialect.loaded_dbapi.Error as exc:
            raise self._error(sql, parameters, exc) from exc

    def _error(self, sql: str, parameters: Any, exc: Exception) -> DBAPIError:
        return DBAPIError.instance(sql, parameters, exc, self.dialect.loaded_dbapi.Error)


_CACHE: dict[tuple[Hashable, str], Compiled] = {}
CACHE_LIMIT = 1024  # shapes; a page of n ids is a shape of its own


def _compiled(key: Hashable, dialect: Dialect, build: Callable[[], ClauseElement],
              values: Mapping[str, Any]) -> Compiled:
    found = _CACHE.get((key, dialect.name))
    if found is None:
        if len(_CACHE) >= CACHE_LIMIT:
            _CACHE.clear()
        # expanded with this call's values: a list of constants becomes one parameter each
        state = build().params(values).compile(dialect=dialect).construct_expanded_state()
        defaults = {k: v for k, v in state.parameters.items() if k not in values}
        found = Compiled(state.statement, state.positiontup, defaults)
        _CACHE[(key, dialect.name)] = found
    return found


def reads_of(session: Session) -> DriverReads:
    """Driver reads inside a Session's transaction (begun here if it was not yet)."""
    return DriverReads(session.connection().connection.cursor(), session.get_bind().dialect)


class KeptConnections:
    """Pooled connections kept out of the pool between driver reads.

    Handing a connection back to SQLAlchemy's pool and taking it out again costs about as
    much as a whole search by case number. At most one is kept per reading thread; all are
    closed when the engine is disposed (a restore or a bulk load disposes it first).
    """

    LIMIT = 4

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.idle: list[Any] = []
        self.generation = 0
        event.listen(engine, "engine_disposed", self._disposed)

    def take(self) -> tuple[Any, int]:
        try:  # list.pop and append are atomic: the reader threads share this without a lock
            return self.idle.pop(), self.generation
        except IndexError:
            return self.engine.raw_connection(), self.generation

    def give_back(self, connection: Any, generation: int, *, broken: bool) -> None:
        if broken or generation != self.generation:
            connection.invalidate()  # closed now, not returned to a pool that was replaced
        elif len(self.idle) >= self.LIMIT:
            connection.close()
        else:
            self.idle.append(connection)

    def _disposed(self, _engine: Engine) -> None:
        self.generation += 1
        idle, self.idle = self.idle, []
        for connection in idle:
            connection.invalidate()


class DriverRead:
    """One read transaction on a kept connection's driver cursor, rolled back at the end.

    A class rather than a generator: entering and leaving it is part of every page read.
    """

    def __init__(self, kept: KeptConnections,
                 translate: Callable[[BaseException], BaseException]) -> None:
        self.kept = kept
        self.translate = translate  # the store's wording of environment failures

    def __enter__(self) -> DriverReads:
        self.connection, self.generation = self.kept.take()
        self.reads = DriverReads(self.connection.cursor(), self.kept.engine.dialect)
        if self.reads.sqlite:  # the connections run in autocommit mode; this keeps one snapshot
            try:
                self.reads.run("BEGIN")
            except BaseException as exc:
                self.kept.give_back(self.connection, self.generation, broken=True)
                raise self.translate(exc) from exc
        return self.reads

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 _tb: Any) -> None:
        broken = exc is not None
        try:
            if self.reads.sqlite and self.connection.driver_connection.in_transaction:
                self.reads.run("ROLLBACK")
            elif not self.reads.sqlite:
                self.connection.driver_connection.rollback()
            self.reads.cursor.close()
        except BaseException:
            broken = True
            raise
        finally:
            self.kept.give_back(self.connection, self.generation, broken=broken)
        if exc is not None:
            translated = self.translate(exc)
            if translated is not exc:
                raise translated from exc
