"""The GUI measured from inside: run by gui_benchmarks in a fresh process per cold start.

Starts the application the way ``ui.app.run`` does (application look and font, settings,
translations, worker, sign-in dialog, controller, main window) with the case list as the
page to show, types the password into the real sign-in dialog, and reports when the first
page of the list has been painted. It imports what ``ui.app`` imports, no more: the store,
the keyring (named in ``PYTHON_KEYRING_BACKEND`` by the parent) and the main window are
loaded by the application itself, where and when it loads them. Times are wall-clock seconds since ``BENCH_T0``, which
the parent sets just before it starts this process. Prints one ``BENCH {json}`` line.

Modes: ``start`` (cold start and resident memory; ``start DB finish`` also waits for the
start-up work queued behind the list) and ``stall`` (longest gap of a 10 ms timer while a
search, clearing it, and an export run through the worker).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer

from mediation_app.paths import AppPaths
from ui import i18n
from ui.app import Controller, application
from ui.context import open_settings
from ui.dialogs import DialogService
from ui.worker import Worker

T0 = float(os.environ["BENCH_T0"])
IMPORTED = time.time()
TICK_MS = 10


def since_start() -> float:
    return (time.time() - T0) * 1000


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def wait_for(done: Callable[[], bool], timeout_s: float = 3600) -> None:
    """Run the event loop until ``done()``; polled every 20 ms, so it costs the GUI little."""
    end = time.monotonic() + timeout_s
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if done() or time.monotonic() > end else None)
    poll.start()
    if not done():
        loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError("the GUI did not get there in time")


class FirstPaint(QObject):
    """Notes when the list's viewport paints with its first row loaded."""

    def __init__(self, model: Any) -> None:
        super().__init__()
        self.model = model
        self.at: float | None = None
        self.cpu_ms = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint and \
                self.model.cached(0) is not None:
            QTimer.singleShot(0, self._painted)  # runs once this paint has finished
        return False

    def _painted(self) -> None:
        if self.at is None:
            self.at = since_start()
            self.cpu_ms = sum(os.times()[:2]) * 1000


class GapMeter:
    """A 10 ms timer on the GUI thread; the longest gap between ticks is the worst stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000)
        self.last = now

    def measure(self, action: Callable[[], None], finished: Callable[[], bool]) -> float:
        """Milliseconds the longest gap exceeded the tick while ``action`` ran to the end."""
        self.worst, self.last = 0.0, time.perf_counter()
        self.timer.start()
        action()
        wait_for(finished)
        self.timer.stop()
        return max(self.worst - TICK_MS, 0.0)


def start(db: str) -> tuple[Any, Controller, dict[str, float]]:
    """Start up to the painted first page; returns the app, controller and milestones
    (``cpu`` is the CPU time the process had used by then)."""
    marks = {"imported": (IMPORTED - T0) * 1000}
    app = application()
    data_dir = Path(os.environ["BENCH_DATA_DIR"])
    paths = AppPaths(data_dir=data_dir, db_url=db)
    settings = open_settings(paths)
    i18n.install(i18n.choose(None, settings.value("language")))
    dialogs = DialogService(paths.log_dir)
    worker = Worker()
    worker.set_error_handler(lambda exc, details: _fail(details))
    controller = Controller(paths, settings, dialogs, worker)
    marks["application"] = since_start()

    dialog = controller.sign_in_dialog()
    dialog.show()
    wait_for(dialog.ok.isEnabled)
    marks["store_open"] = since_start()
    dialog.form.set_value("username", os.environ["BENCH_USER"])
    dialog.form.set_value("password", os.environ["BENCH_PASSWORD"])
    dialog.submit()
    wait_for(lambda: dialog.result_ is not None)
    marks["signed_in"] = since_start()

    from ui.main_window import CASES  # the application has imported it by now

    settings.setValue("main/page", CASES)
    window = controller.start(dialog.result_)
    painted = FirstPaint(window.cases.model)
    window.cases.view.viewport().installEventFilter(painted)
    marks["window_shown"] = since_start()
    wait_for(lambda: window.cases.model.rowCount() > 0)
    marks["ids_loaded"] = since_start()
    wait_for(lambda: painted.at is not None)
    assert painted.at is not None
    marks["first_page_painted"] = painted.at
    marks["cpu"] = painted.cpu_ms
    wait_for(lambda: not window.cases.model.is_loading)
    marks["list_complete"] = since_start()
    return app, controller, marks


def _fail(details: str) -> None:
    sys.stderr.write(details)
    os._exit(3)


def probe_start(db: str, finish: bool) -> dict[str, Any]:
    """Memory is read once the first page is on screen and every id of the list is in;
    ``finish`` (the warm-up) also lets the start-up check and backup end, so the day's
    backup and the check's date exist for the next start."""
    _app, controller, marks = start(db)
    assert controller.window is not None
    rows = controller.window.cases.model.rowCount()
    rss = rss_mb()
    if finish:
        wait_for(lambda: controller.worker.pending == 0 and controller.maintenance is not None
                 and controller.maintenance.finished)
        marks["worker_idle"] = since_start()
    return {"marks": marks, "rows": rows, "rss_mb": rss}


def probe_stall(db: str, text: str, month: str, runs: int) -> dict[str, Any]:
    # imported here so that the cold start does not pay for openpyxl, as the app does not
    from mediation_app.exports.bureau_files import run_monthly_export

    _app, controller, _marks = start(db)
    window = controller.window
    assert window is not None and controller.context is not None
    worker, page, model = controller.worker, window.cases, window.cases.model
    wait_for(lambda: worker.pending == 0 and controller.maintenance is not None
             and controller.maintenance.finished)  # the check and backup measured apart
    meter = GapMeter()
    out_dir = Path(os.environ["BENCH_DATA_DIR"]) / "exports"
    actor = controller.context.actor
    results: dict[str, list[float]] = {"search": [], "clear": [], "export": []}

    def listed() -> bool:
        return worker.pending == 0 and not model.is_loading and \
            (model.rowCount() == 0 or model.cached(0) is not None)

    def search() -> None:
        page.search.setText(text)
        page.apply_filter()

    def clear() -> None:
        page.search.clear()
        page.apply_filter()

    def export() -> None:
        worker.run_long(lambda session, job: run_monthly_export(session, actor, month, out_dir),
                        parent=window, label="导出", cancel_text="取消", in_transaction=True)

    for _ in range(runs):
        results["search"].append(meter.measure(search, listed))
        results["clear"].append(meter.measure(clear, listed))
        results["export"].append(meter.measure(export, lambda: worker.pending == 0))
    return {**results, "rss_mb": rss_mb()}


def main() -> None:
    mode, db = sys.argv[1], sys.argv[2]
    if mode == "start":
        result = probe_start(db, finish=sys.argv[3:] == ["finish"])
    else:
        result = probe_stall(db, sys.argv[3], sys.argv[4], int(sys.argv[5]))
    sys.stdout.write("BENCH " + json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # the measurement is done; tearing down Qt and the pool is not part of it


if __name__ == "__main__":
    main()
