"""Timing rows: several runs after a warm-up, median and worst, and a raw-driver baseline.

The machine is shared, so a single figure means little: each measurement is repeated,
and where a baseline exists the service and the raw driver run alternately in the same
loop, so both see the same load and their ratio stays meaningful.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event

from mediation_app.storage import driver

Statement = tuple[str, Any, bool]  # SQL, parameters, executemany
SLOW_MS = 3000  # a run slower than this is repeated at most SLOW_REPEAT times: minutes add up
SLOW_REPEAT = 3


@dataclass
class Timing:
    """Wall-clock and CPU milliseconds of each run.

    CPU time is what this process itself spent: when other work crowds the machine the wall
    clock grows but CPU time hardly does, so it tells a slow program from a busy machine.
    """

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def __iadd__(self, other: Timing) -> Timing:
        self.wall += other.wall
        self.cpu += other.cpu
        return self


@dataclass
class Row:
    """One line of the results: a measured figure against its target."""

    name: str
    target: float | None
    samples: list[float] = field(default_factory=list)
    unit: str = "ms"
    cpu_samples: list[float] | None = None
    raw_samples: list[float] | None = None
    max_ratio: float | None = None
    note: str = ""
    pending: str | None = None
    backend: str = "sqlite"

    @classmethod
    def of(cls, name: str, target: float | None, timing: Timing, **kw: Any) -> Row:
        return cls(name, target, timing.wall, cpu_samples=timing.cpu, **kw)

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def worst(self) -> float | None:
        return max(self.samples) if self.samples else None

    @property
    def ratio(self) -> float | None:
        if not self.raw_samples or not self.samples:
            return None
        raw = statistics.median(self.raw_samples)
        return statistics.median(self.samples) / raw if raw > 0 else None

    @property
    def passed(self) -> bool | None:
        """Median within target (and ratio within bound); None when there is nothing to judge."""
        if self.pending or self.median is None or self.target is None:
            return None
        ok = self.median <= self.target
        if self.max_ratio is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.max_ratio
        return ok

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        """A row as written, enough to print it again (medians stand for the samples)."""
        unit = "mb" if "median_mb" in data else "ms"
        median, worst = data.get(f"median_{unit}"), data.get(f"worst_{unit}")
        ratio, cpu = data.get("ratio_to_raw"), data.get("cpu_median_ms")
        raw = median / ratio if median and ratio else None  # keeps the ratio as written
        return cls(data["name"], data.get(f"target_{unit}"),
                   [] if median is None else [median, median, worst],
                   unit=unit, raw_samples=None if raw is None else [raw],
                   cpu_samples=None if cpu is None else [cpu], max_ratio=data.get("max_ratio"),
                   note=data.get("note", ""), pending=data.get("pending"),
                   backend=data.get("backend", "sqlite"))

    def to_json(self) -> dict[str, Any]:
        suffix = self.unit
        out: dict[str, Any] = {
            "name": self.name,
            "backend": self.backend,
            f"median_{suffix}": _round(self.median),
            f"worst_{suffix}": _round(self.worst),
            f"target_{suffix}": self.target,
            "pass": self.passed,
        }
        if self.cpu_samples:
            out["cpu_median_ms"] = _round(statistics.median(self.cpu_samples))
        if self.raw_samples is not None:
            out["ratio_to_raw"] = _round(self.ratio, 2)
            out[f"raw_median_{suffix}"] = _round(statistics.median(self.raw_samples))
        if self.max_ratio is not None:
            out["max_ratio"] = self.max_ratio
        if self.samples:
            out["runs"] = len(self.samples)
        if self.note:
            out["note"] = self.note
        if self.pending:
            out["pending"] = self.pending
        return out


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _once(fn: Callable[[], Any], timing: Timing) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    timing.cpu.append((time.process_time() - cpu) * 1000)
    timing.wall.append((time.perf_counter() - wall) * 1000)


def timed(fn: Callable[[], Any], *, repeat: int, warmup: int = 1) -> Timing:
    """Each of ``repeat`` runs, after ``warmup`` untimed ones."""
    for _ in range(warmup):
        fn()
    gc.collect()  # so the runs do not pay for garbage left by what came before
    timing = Timing()
    for _ in range(repeat):
        _once(fn, timing)
    return timing


def affordable(first_ms: float, repeat: int) -> int:
    """How many timed runs a measurement whose warm-up took ``first_ms`` can afford."""
    return min(repeat, SLOW_REPEAT) if first_ms > SLOW_MS else repeat


def warmed(fn: Callable[[], Any], repeat: int) -> int:
    """Run ``fn`` once untimed as the warm-up; how many timed runs it can afford."""
    start = time.perf_counter()
    fn()
    return affordable((time.perf_counter() - start) * 1000, repeat)


def paired(service: Callable[[], Any], raw: Callable[[], Any], *, repeat: int,
           warmup: int = 1) -> tuple[Timing, Timing]:
    """The service and its baseline, alternately, so load on the machine hits both alike."""
    for _ in range(warmup):
        service()
        raw()
    gc.collect()
    ours, theirs = Timing(), Timing()
    for _ in range(repeat):
        _once(service, ours)
        _once(raw, theirs)
    return ours, theirs


@contextmanager
def captured(engine: Engine) -> Iterator[list[Statement]]:
    """Every statement the engine sends to the driver inside the block, as sent: through
    SQLAlchemy, and on the driver's own cursor (``storage.driver``)."""
    statements: list[Statement] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, many: bool) -> None:
        statements.append((sql, params, many))

    def record_driver(sql: str, params: Any) -> None:
        statements.append((sql, params, False))

    event.listen(engine, "before_cursor_execute", record)
    driver.HOOKS.append(record_driver)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)
        driver.HOOKS.remove(record_driver)


class RawRunner:
    """Replays captured statements on a plain driver connection, fetching every row."""

    def __init__(self, conn: Any, dialect: str) -> None:
        self.conn = conn
        self.dialect = dialect

    def run(self, statements: Sequence[Statement]) -> int:
        """Execute and fetch all; returns the number of rows fetched (to check the replay)."""
        fetched = 0
        cur = self.conn.cursor()
        try:
            for sql, params, many in statements:
                if sql.startswith("BEGIN"):
                    self._end()  # the service ended its previous transaction here
                if many:
                    cur.executemany(sql, params)
                else:
                    cur.execute(sql, params)
                if cur.description is not None:
                    fetched += len(cur.fetchall())
        finally:
            cur.close()
            self._end()
        return fetched

    def _end(self) -> None:
        if self.dialect == "sqlite":
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        else:
            self.conn.rollback()
