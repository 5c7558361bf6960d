"""Benchmark stores: demo data made once per (purpose, size, seed) and reused between runs.

Generating a million cases takes many minutes, so a finished store is kept in
``benchmarks/data/`` with a small JSON file beside it (its key, how long generation took,
the ids of the cases built for particular measurements). The JSON is written last: a
store without it was interrupted and is made again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import select

from benchmarks.harness import RawRunner
from mediation_app.demo import generate
from mediation_app.domain.enums import StaffRole
from mediation_app.services import auth, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, intake
from mediation_app.storage import keys, migrate
from mediation_app.storage.engine import Store, open_sqlite
from mediation_app.storage.models import Staff

DATA_DIR = Path(__file__).parent / "data"
ADMIN, PASSWORD = "admin", "Bench-pass-1"
OFFICE = {"office": "城关司法所", "committee": "城关镇人民调解委员会", "prefix": "城关",
          "code": "OFFICE-1"}
SESSIONS = 10
# one session's verified facts: long enough that the ten sessions fill a thirty-page file
FACTS = ("经现场查看并询问双方及见证人，401室卫生间防水层老化导致渗漏，301室顶棚约六平方米受损，"
         "墙面霉变，部分家具受潮。双方对漏水的时间、范围和维修费用各执一词，情绪有所波动。") * 4


@dataclass(frozen=True)
class BenchStore:
    """A generated store on disk and what is known about it."""

    path: Path
    key: bytes
    cases: int
    seed: int
    meta: dict[str, Any]

    def open(self) -> Store:
        return open_sqlite(self.path, self.key)

    @contextmanager
    def raw(self) -> Iterator[Any]:
        """A plain sqlcipher3 connection with the store's key and pragmas: the baseline."""
        conn = sqlcipher.connect(str(self.path), isolation_level=None, check_same_thread=False)
        try:
            conn.execute(f"PRAGMA key = \"x'{self.key.hex()}'\"")
            conn.execute("PRAGMA busy_timeout = 10000")
            conn.execute("PRAGMA foreign_keys = ON")
            yield conn
        finally:
            conn.close()

    @property
    def size_mb(self) -> float:
        files = [self.path, *(self.path.with_name(self.path.name + s) for s in ("-wal", "-shm"))]
        return sum(f.stat().st_size for f in files if f.exists()) / 1e6

    def actor(self, store: Store) -> Actor:
        with store.transaction() as session:
            return auth.authenticate(session, ADMIN, PASSWORD)


Extra = Callable[[Store, Actor], dict[str, Any]]


@dataclass
class Subject:
    """What the measurements run against: a store, a signed-in actor, the raw baseline."""

    label: str
    store: Store
    actor: Actor
    raw: RawRunner
    cases: int
    meta: dict[str, Any]
    size_mb: Callable[[], float]
    sqlite: BenchStore | None = None


@contextmanager
def sqlite_subject(bench: BenchStore) -> Iterator[Subject]:
    store = bench.open()
    try:
        with bench.raw() as conn:
            yield Subject("SQLite", store, bench.actor(store), RawRunner(conn, "sqlite"),
                          bench.cases, bench.meta, lambda: bench.size_mb, bench)
    finally:
        store.dispose()


def prepare(purpose: str, cases: int, seed: int, *, fresh: bool = False,
            year: int | None = None, extra: Extra | None = None,
            log: Callable[[str], None] = print, data_dir: Path = DATA_DIR) -> BenchStore:
    """The SQLite store for ``purpose``: reused if a finished one of that size and seed exists."""
    data_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{purpose}-{cases}-s{seed}" + (f"-{year}" if year else "")
    path, meta_path = data_dir / f"{stem}.db", data_dir / f"{stem}.json"
    if meta_path.exists() and path.exists() and not fresh:
        meta = json.loads(meta_path.read_text("utf-8"))
        bench = BenchStore(path, bytes.fromhex(meta["key"]), cases, seed, meta)
        _upgrade(bench, log)
        return bench
    meta_path.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    key = keys.new_key()
    log(f"generating {cases} demo cases for '{purpose}' (seed {seed}) in {path} …")
    store = open_sqlite(path, key, create=True)
    try:
        meta = {"key": key.hex(), **fill(store, cases, seed, year=year, extra=extra, log=log)}
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.dispose()
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    return BenchStore(path, key, cases, seed, meta)


def _upgrade(bench: BenchStore, log: Callable[[str], None]) -> None:
    """A store kept from an older run gets the code's migrations, or it would time old plans."""
    store = bench.open()
    try:
        if migrate.needs_upgrade(store):
            log(f"upgrading {bench.path.name} to the current schema …")
            migrate.upgrade(store)
    finally:
        store.dispose()


def fill(store: Store, cases: int, seed: int, *, year: int | None, extra: Extra | None,
         log: Callable[[str], None]) -> dict[str, Any]:
    """Schema, office, demo cases (timed: the demo-data row), then ``extra``; what to keep."""
    migrate.upgrade(store)
    with store.transaction() as session:
        office.setup_office(session, admin_username=ADMIN, admin_password=PASSWORD, **OFFICE)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    summary = generate(store, cases=cases, seed=seed, year=year, progress=_progress(log, cases))
    seconds = time.perf_counter() - started
    with store.transaction() as session:
        actor = auth.authenticate(session, ADMIN, PASSWORD)
    return {"cases": cases, "seed": seed, "year": year,
            "generated_at": dt.datetime.now().isoformat(timespec="seconds"),
            "generate_seconds": round(seconds, 1), "load_average": round(load_before, 1),
            "rows": summary.get("rows", {}), **(extra(store, actor) if extra else {})}


def _progress(log: Callable[[str], None], total: int) -> Callable[[int, int], None]:
    """A line every tenth of the way, so a long generation shows it is alive."""
    step = max(total // 10, 1)
    started = time.perf_counter()

    def report(done: int, _total: int) -> None:
        if done % step < 5000 or done == total:
            log(f"  {done}/{total} cases, {time.perf_counter() - started:.0f} s")

    return report


def long_case(store: Store, actor: Actor) -> dict[str, Any]:
    """A case taken through the services: ten long sessions, agreement, performance, visit.

    Built with the real actions so its audit trail is the one a user would leave; it serves
    both "open a case with 10 sessions" and the thirty-page case file.
    """
    today = dt.date.today()
    day = today - dt.timedelta(days=40)
    with store.transaction() as session:
        mediator = session.scalar(select(Staff.name).where(
            Staff.role == StaffRole.MEDIATOR.value).order_by(Staff.id))
        case_id = intake.register(session, actor, long_intake(day), today=today).id
    steps: list[tuple[str, dict[str, Any]]] = [
        ("accept", {"date": day.isoformat(), "mediators": [mediator],
                    "rights_notice_on": day.isoformat()})]
    for i in range(SESSIONS):
        steps.append(("session", {
            "date": (day + dt.timedelta(days=1 + 2 * i)).isoformat(), "place": "城关镇调解室",
            "record": f"第{i + 1}次调解：双方陈述了意见，调解员释法说理。",
            "verified_facts": FACTS, "risk_warning": "双方情绪平稳，无激化迹象。",
            "result": "继续调解",
            "participants": [{"name": mediator, "role": "主持调解员"}]}))
    agreed = day + dt.timedelta(days=2 * SESSIONS + 2)
    steps += [
        ("agree", {"kind": "书面", "date": agreed.isoformat(), "amount": "12000",
                   "terms": [f"第{n}条：李四于约定期限内修复防水层并赔偿维修费用。" for n in range(1, 9)]}),
        ("perform", {"date": (agreed + dt.timedelta(days=3)).isoformat(), "status": "已履行"}),
        ("follow-up", {"date": (agreed + dt.timedelta(days=5)).isoformat(), "visitor": mediator,
                       "notes": "双方均表示满意，协议已履行。"}),
    ]
    for action, data in steps:
        with store.transaction() as session:
            actions.act(session, actor, case_id, action, data, today=today)
    return {"long_case_id": case_id}


def long_intake(received: dt.date) -> dict[str, Any]:
    """A typical intake: two neighbours and a leaking bathroom."""
    return {
        "dispute_type": "邻里纠纷", "source": "当事人申请", "received_on": received.isoformat(),
        "summary": "申请人张三与被申请人李四系楼上楼下邻居，因李四家卫生间漏水导致张三家顶棚受损，"
                   "双方多次争吵，张三扬言要去砸门。",
        "requests": "请求李四修复防水层并赔偿修缮费用12000元。", "amount": "12000.00",
        "parties": [
            {"role": "申请人", "kind": "自然人", "name": "张三", "sex": "男", "ethnicity": "汉",
             "birth_date": "1949-12-31", "id_number": "110105194912310038",
             "occupation": "退休工人", "phone": "13800138000", "address": "城关镇幸福村3组12号"},
            {"role": "被申请人", "kind": "自然人", "name": "李四", "sex": "女",
             "id_number": "11010519491231002X", "phone": "0371-6543210",
             "address": "城关镇幸福村3组14号"},
        ],
    }
