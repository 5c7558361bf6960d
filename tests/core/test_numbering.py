"""Case numbers stay sequential with no gap or duplicate under two processes at once."""

from __future__ import annotations

import json
import multiprocessing
import re
from pathlib import Path

from sqlalchemy import select

from mediation_app.paths import AppPaths
from mediation_app.services import auth
from mediation_app.services.cases import intake
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case
from tests.conftest import ADMIN_PASSWORD, intake_data

PER_PROCESS = 15


def _worker(paths: AppPaths, keys_json: str, out: str) -> None:
    import keyring

    from mediation_app.storage import opening
    from mediation_app.storage.test_keyrings import MemoryKeyring

    backend = MemoryKeyring()
    for (service, user), value in json.loads(keys_json):
        backend.set_password(service, user, value)
    keyring.set_keyring(backend)
    store = opening.open_existing(paths)
    numbers = []
    with store.transaction() as session:
        actor = auth.authenticate(session, "admin", ADMIN_PASSWORD)
    for _ in range(PER_PROCESS):
        with store.transaction() as session:
            numbers.append(intake.register(session, actor, intake_data()).number)
    Path(out).write_text(json.dumps(numbers), "utf-8")
    store.dispose()


def test_two_processes_get_distinct_consecutive_numbers(store: Store, paths: AppPaths,
                                                        memory_keyring, tmp_path: Path) -> None:
    keys_json = json.dumps(list(memory_keyring.secrets.items()))
    ctx = multiprocessing.get_context("spawn")
    outs = [str(tmp_path / f"out{i}.json") for i in range(2)]
    procs = [ctx.Process(target=_worker, args=(paths, keys_json, out)) for out in outs]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    numbers = [n for out in outs for n in json.loads(Path(out).read_text("utf-8"))]
    seqs = sorted(int(re.search(r"第(\d+)号", n).group(1)) for n in numbers)
    assert seqs == list(range(1, 2 * PER_PROCESS + 1))
    with store.transaction(write=False) as session:
        stored = sorted(session.scalars(select(Case.seq)))
    assert stored == seqs
