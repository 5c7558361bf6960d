"""Bulk loading into an empty store, cases made in a second process: the same data as batch
by batch in one process, all or nothing."""

from __future__ import annotations

import datetime as dt
import gc
import sys
import threading
from collections.abc import Iterator
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select

from mediation_app.demo import bulk, generate, generator, pipeline, writer
from mediation_app.storage.engine import Store, open_sqlite
from mediation_app.storage.models import Base
from tests.demo.conftest import KEY, TODAY, NewStore
from tests.demo.test_generate import _digest, _rows

SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master"


def _schema(store: Store) -> list[Any]:
    return sorted(map(tuple, _rows(store, SCHEMA)))


def _schema_of(conn: Any) -> list[Any]:
    return sorted(map(tuple, conn.exec_driver_sql(SCHEMA)))


def _bulk_loads(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Make every load a bulk one; returns the FTS tables each completed bulk load filled."""
    monkeypatch.setattr(generator, "BULK_MIN_CASES", 1)
    rebuilt: list[list[str]] = []
    restore = bulk.BulkLoad.restore

    def spy(load: bulk.BulkLoad) -> None:
        rebuilt.append([fts.name for fts in load.fts])
        restore(load)

    monkeypatch.setattr(bulk.BulkLoad, "restore", spy)
    return rebuilt


def test_bulk_load_gives_the_batch_data_and_schema_back(
        new_store: NewStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(generator, "BATCH_CASES", 30)
    batched = new_store(tmp_path / "batched.db")
    generate(batched, cases=80, seed=3, today=TODAY)
    rebuilt = _bulk_loads(monkeypatch)
    loaded = new_store(tmp_path / "bulk.db")
    schema = _schema(loaded)
    generate(loaded, cases=80, seed=3, today=TODAY)
    assert rebuilt == [["case_fts"]]
    assert _digest(loaded) == _digest(batched)
    assert _schema(loaded) == schema
    assert _rows(loaded, "PRAGMA journal_mode") == [("wal",)]
    # the index keeps its settings: it merges its segments as it did before the load
    config = "SELECT k, v FROM case_fts_config ORDER BY k"
    assert _rows(loaded, config) == _rows(batched, config)
    fts = "SELECT rowid FROM case_fts WHERE case_fts MATCH '申请人' ORDER BY rowid"
    assert _rows(loaded, fts) == _rows(batched, fts) != []
    with loaded.transaction() as session:  # the triggers keep the index in step again
        session.connection().exec_driver_sql("UPDATE case_text SET body = '一段独特的新正文' "
                                             "WHERE case_id = 5")
    assert _rows(loaded, "SELECT rowid FROM case_fts WHERE case_fts MATCH '独特的'") == [(5,)]
    assert _rows(loaded, "PRAGMA integrity_check") == [("ok",)]
    with loaded.transaction() as session:  # raises if the index and case_text disagree
        session.connection().exec_driver_sql(
            "INSERT INTO case_fts(case_fts, rank) VALUES ('integrity-check', 1)")
    for store in (batched, loaded):
        store.dispose()


def _orm_rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every demo row as the ORM reads it back: the model's attributes, in key order."""
    found = {}
    with store.transaction(write=False) as session:
        for name, table in writer.TABLES.items():
            model = next(m.class_ for m in Base.registry.mappers if m.local_table is table)
            columns = [c.key for c in inspect(model).column_attrs]
            found[name] = [{c: getattr(obj, c) for c in columns} for obj in
                           session.scalars(select(model).order_by(*table.primary_key))]
    return found


def test_rows_made_for_the_driver_read_back_as_core_writes_them(
        new_store: NewStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bulk path's strings, fen and JSON text are what SQLAlchemy's types would bind."""
    monkeypatch.setattr(generator, "BATCH_CASES", 40)
    ordinary = new_store(tmp_path / "core.db")
    with monkeypatch.context() as patch:
        patch.setattr(generator, "Writer", partial(writer.Writer, driver=False))
        generate(ordinary, cases=100, seed=4, today=TODAY)
    _bulk_loads(monkeypatch)
    loaded = new_store(tmp_path / "bulk.db")
    generate(loaded, cases=100, seed=4, today=TODAY)
    rows = _orm_rows(loaded)
    assert rows == _orm_rows(ordinary)
    assert all(rows[name] for name in ("case", "party", "agreement", "risk_assessment",
                                       "attachment_blob", "referral", "follow_up"))
    first = rows["case"][0]
    assert isinstance(first["received_on"], dt.date)
    assert first["created_at"].tzinfo is not None
    assert isinstance(rows["agreement"][0]["amount"], Decimal)
    assert isinstance(rows["risk_assessment"][0]["reasons"], list)
    for table in writer.TABLES:  # and stored alike, value by value
        sql = f'SELECT * FROM "{table}" ORDER BY rowid'
        assert _rows(loaded, sql) == _rows(ordinary, sql)
    for store in (ordinary, loaded):
        store.dispose()


def test_an_interrupted_bulk_load_leaves_the_store_as_it_was(
        new_store: NewStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rebuilt = _bulk_loads(monkeypatch)
    monkeypatch.setattr(generator, "BATCH_CASES", 20)
    store = new_store(tmp_path / "t.db")
    schema = _schema(store)

    def interrupt(done: int, total: int) -> None:
        if done == 40:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate(store, cases=60, today=TODAY, progress=interrupt)
    assert rebuilt == []
    assert _rows(store, 'SELECT count(*) FROM "case"') == [(0,)]
    assert _rows(store, "SELECT count(*) FROM case_counter") == [(0,)]
    assert _schema(store) == schema
    assert _rows(store, "PRAGMA journal_mode") == [("wal",)]
    (changes,) = _rows(store, "SELECT changes FROM audit_event WHERE action = 'demo_data'")
    assert '"incomplete": true' in changes[0] and '"cases": 0' in changes[0]
    store.dispose()


def test_the_indexes_stay_and_the_search_triggers_go_during_a_load(new_store: NewStore,
                                                                   tmp_path: Path) -> None:
    store = new_store(tmp_path / "t.db")
    schema = _schema(store)
    indexes = [row for row in schema if row[0] == "index"]
    with pytest.raises(InterruptedError), bulk.bulk_session(store, writer.TABLES) as load:
        assert load is not None
        during = _schema_of(load.conn)
        raise InterruptedError  # leave the store as it was
    assert [row for row in during if row[0] == "index"] == indexes
    assert {name for kind, name, *_ in during if kind == "trigger"} == \
        {name for kind, name, *_ in schema if kind == "trigger"} - {
            "case_text_ai", "case_text_ad", "case_text_au"}
    assert _schema(store) == schema
    store.dispose()


def test_a_store_open_elsewhere_or_with_cases_is_loaded_batch_by_batch(
        new_store: NewStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rebuilt = _bulk_loads(monkeypatch)
    path = tmp_path / "t.db"
    store = new_store(path)
    other = open_sqlite(path, KEY)
    with other.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM staff").all()
        monkeypatch.setattr(bulk, "_pragma", _no_wait(bulk._pragma))
        generate(store, cases=10, today=TODAY)
    generate(store, cases=10, seed=2, today=TODAY)
    assert rebuilt == []
    assert _rows(store, 'SELECT count(*) FROM "case"') == [(20,)]
    assert _rows(store, "PRAGMA journal_mode") == [("wal",)]
    other.dispose()
    store.dispose()


def _no_wait(pragma: Any) -> Any:
    """The pragma without the busy timeout, so the test does not wait ten seconds."""
    def run(raw: Any, text: str) -> Any:
        raw.execute("PRAGMA busy_timeout = 0")
        return pragma(raw, text)
    return run


def _numbers(fail_at: int | None = None) -> Iterator[Any]:
    for n in range(5):
        if n == fail_at:
            raise ValueError("broken on purpose")
        yield n


def test_the_child_process_hands_items_over_in_order_and_reports_its_errors() -> None:
    assert list(pipeline.in_child(_numbers)) == [0, 1, 2, 3, 4]
    with pytest.raises(RuntimeError, match="broken on purpose"):
        list(pipeline.in_child(partial(_numbers, 3)))
    with pytest.raises(RuntimeError, match="pickle"):
        list(pipeline.in_child(lambda: iter([memoryview(b"x")])))


def test_the_child_makes_without_the_cyclic_collector_and_this_process_keeps_it() -> None:
    assert list(pipeline.in_child(lambda: iter([gc.isenabled()]))) == [False]
    assert gc.isenabled()


def test_no_fork_beside_other_threads() -> None:
    assert pipeline.can_fork() == (sys.platform == "linux")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not pipeline.can_fork()
    finally:
        stop.set()
        other.join()
