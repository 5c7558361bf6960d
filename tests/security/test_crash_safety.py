"""A writer SIGKILLed at random moments loses nothing it acknowledged and breaks nothing.

One store is reused across all kills, so every kill also lands on a store that was itself
recovered from the previous one (a WAL left behind, a transaction half-written).
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from mediation_app.services import audit
from mediation_app.storage.engine import open_sqlite
from mediation_app.storage.models import CaseCounter
from tests.security.support import case_numbers, make_disk_store, writer

KILLS = 60
MAX_DELAY = 0.5


@pytest.mark.slow
def test_sigkill_during_writes_loses_nothing_acknowledged(tmp_path: Path) -> None:
    seed = int(os.environ.get("MEDIATION_CRASH_SEED", time.time_ns()))
    rng = random.Random(seed)
    disk = make_disk_store(tmp_path)
    disk.store.dispose()
    started = time.monotonic()
    with writer(disk.db, disk.key) as w:
        for _ in range(KILLS):
            # sometimes before the worker has even opened the store (WAL recovery)
            w.start(wait_ready=rng.random() < 0.8)
            time.sleep(rng.uniform(0, MAX_DELAY))
            w.kill()
        assert not w.errors, (seed, w.errors)
        acknowledged = list(w.acknowledged)
    elapsed = time.monotonic() - started
    # enough kills landed while cases were being written (not only at start-up)
    assert len(acknowledged) >= KILLS // 4, (seed, len(acknowledged), elapsed)

    store = open_sqlite(disk.db, disk.key)
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok", seed
        numbers = case_numbers(store)
        assert set(acknowledged) <= set(numbers), (seed, sorted(set(acknowledged) - set(numbers)))
        assert numbers == list(range(1, len(numbers) + 1)), (seed, "gap in case numbers")
        with store.transaction(write=False) as session:
            counter = session.scalar(select(CaseCounter.last_seq))
            assert counter == len(numbers), seed
            report = audit.verify(session)
            registered = session.execute(text(
                "SELECT count(*) FROM audit_event WHERE action = 'register'")).scalar()
        assert report.ok, (seed, report.problem)
        assert registered == len(numbers), seed
    finally:
        store.dispose()
