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
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.data import ADMIN, PASSWORD
from benchmarks.harness import SLOW_REPEAT, Row

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 3600


def probe(args: list[str], db: str, key: bytes | None) -> dict[str, Any]:
    """Run the probe in a new process with a new data directory; its parsed result."""
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as data_dir:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BENCH_DATA_DIR": data_dir,
               "BENCH_KEY": key.hex() if key else "", "BENCH_USER": ADMIN,
               "BENCH_PASSWORD": PASSWORD}
        env["BENCH_T0"] = repr(time.time())
        done = subprocess.run([sys.executable, "-m", "benchmarks.gui_probe", *args[:1], db,
                               *args[1:]], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=TIMEOUT_S, check=False)
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            return dict(json.loads(line[6:]))
    raise RuntimeError(f"GUI probe failed ({done.returncode}):\n{done.stderr[-3000:]}")


def start_rows(db: str, key: bytes | None, repeat: int) -> list[Row]:
    """Cold start to the first painted page of the list, and memory with the list open.

    The first start is a warm-up (it fills the OS file cache, as any earlier start would).
    """
    results = [probe(["start"], db, key) for _ in range(repeat + 1)][1:]
    marks = {k: statistics.median(r["marks"][k] for r in results) for k in results[0]["marks"]
             if k != "cpu"}
    steps = ", ".join(f"{k} {v:.0f}" for k, v in marks.items())
    rows = results[0]["rows"]
    return [
        Row("cold start to first page of the case list", 1500,
            [r["marks"]["first_page_painted"] for r in results],
            cpu_samples=[r["marks"]["cpu"] for r in results],
            note=f"median ms since exec at each step: {steps}"),
        Row(f"resident memory, case list of {rows} open", 400, [r["rss_mb"] for r in results],
            unit="mb", note="VmRSS once the list and the dashboard have loaded"),
    ]


def stall_rows(db: str, key: bytes | None, text: str, month: str, repeat: int) -> list[Row]:
    """The longest event-loop gap beyond the 10 ms tick, per run (the first is a warm-up).

    An export of a big store's month takes a while, so at most SLOW_REPEAT runs are timed.
    """
    result = probe(["stall", text, month, str(min(repeat, SLOW_REPEAT) + 1)], db, key)
    search, clear, export = (result[k][1:] for k in ("search", "clear", "export"))
    return [
        Row("GUI stall during search and export", 100,
            [max(s, e) for s, e in zip(search, export, strict=True)],
            note=f"search “{text}”: worst {max(search):.0f} ms; export {month}: worst "
                 f"{max(export):.0f} ms"),
        Row("GUI stall clearing the search (whole list again)", 100, clear,
            note="the ids of every case come back to the GUI thread"),
    ]
