"""GUI rows: cold start, resident memory, event-loop stalls, each in a fresh offscreen process.

The probe (``benchmarks.gui_probe``) runs the application's own classes; this side only
starts it, passes the moment just before the start, and reads its one line of results.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import keyring

from benchmarks.data import ADMIN, PASSWORD
from benchmarks.harness import SLOW_REPEAT, Row, affordable
from mediation_app.paths import AppPaths
from mediation_app.storage import keys, opening
from mediation_app.storage.test_keyrings import InsecureFileKeyring

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 3600
KEYRING_FILE = "bench-keyring.json"


def keyring_env(db: str, key: bytes | None, data_dir: Path) -> dict[str, str]:
    """The probe's keyring, named in ``PYTHON_KEYRING_BACKEND`` as on a desk whose keyring
    is configured (keyring then loads that backend alone); a file, as the probe is another
    process. The store's key is written there first, as the first run would have."""
    file = data_dir / KEYRING_FILE
    if key is not None:
        previous = keyring.get_keyring()
        keyring.set_keyring(InsecureFileKeyring(file))
        try:
            keys.save_key(opening.store_id(AppPaths(data_dir=data_dir, db_url=db)), key)
        finally:
            keyring.set_keyring(previous)
    return {"PYTHON_KEYRING_BACKEND": f"{InsecureFileKeyring.__module__}.InsecureFileKeyring",
            "MEDIATION_TEST_KEYRING_FILE": str(file)}


def probe(args: list[str], db: str, key: bytes | None, data_dir: Path) -> dict[str, Any]:
    """Run the probe in a new process on ``data_dir``; its parsed result."""
    env = {**os.environ, **keyring_env(db, key, data_dir), "QT_QPA_PLATFORM": "offscreen",
           "BENCH_DATA_DIR": str(data_dir), "BENCH_USER": ADMIN, "BENCH_PASSWORD": PASSWORD}
    env["BENCH_T0"] = repr(time.time())
    done = subprocess.run([sys.executable, "-m", "benchmarks.gui_probe", args[0], db, *args[1:]],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=TIMEOUT_S,
                          check=False)
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            return dict(json.loads(line[6:]))
    raise RuntimeError(f"GUI probe failed ({done.returncode}):\n{done.stderr[-3000:]}")


def start_rows(db: str, key: bytes | None, repeat: int, data_dir: Path) -> list[Row]:
    """Cold start to the first painted page of the list, and memory with the list open.

    All starts share ``data_dir``, as one desk's starts do. The first is the warm-up: it fills
    the OS file cache, as any earlier start would, and waits for the start-up integrity check
    and the day's backup (on their own thread, after the first page), which the application
    does at the first start of a day and week; its time is given in the note.
    """
    first = probe(["start", "finish"], db, key, data_dir)
    runs = affordable(first["marks"]["first_page_painted"], repeat)
    results = [probe(["start"], db, key, data_dir) for _ in range(runs)]
    marks = {k: statistics.median(r["marks"][k] for r in results) for k in results[0]["marks"]
             if k != "cpu"}
    steps = ", ".join(f"{k} {v:.0f}" for k, v in marks.items())
    return [
        Row("cold start to first page of the case list", 1500,
            [r["marks"]["first_page_painted"] for r in results],
            cpu_samples=[r["marks"]["cpu"] for r in results],
            note=f"median ms since exec at each step: {steps}; first start of the day (with "
                 f"its backup): first page {first['marks']['first_page_painted']:.0f} ms, "
                 f"start-up work done {first['marks']['worker_idle']:.0f} ms"),
        Row(f"resident memory, case list of {results[0]['rows']} open", 400,
            [r["rss_mb"] for r in results], unit="mb",
            note="VmRSS when the first page is on screen and every id of the list is in"),
    ]


def stall_rows(db: str, key: bytes | None, text: str, month: str, repeat: int,
               data_dir: Path) -> list[Row]:
    """The longest event-loop gap beyond the 10 ms tick, per run (the first is a warm-up).

    An export of a big store's month takes a while, so at most SLOW_REPEAT runs are timed.
    """
    result = probe(["stall", text, month, str(min(repeat, SLOW_REPEAT) + 1)], db, key, data_dir)
    search, clear, export = (result[k][1:] for k in ("search", "clear", "export"))
    return [
        Row("GUI stall during search and export", 100,
            [max(s, e) for s, e in zip(search, export, strict=True)],
            note=f"search “{text}”: worst {max(search):.0f} ms; export {month}: worst "
                 f"{max(export):.0f} ms"),
        Row("GUI stall clearing the search (whole list again)", 100, clear,
            note="the ids of every case come back to the GUI thread"),
    ]
