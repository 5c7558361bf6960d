"""The worker runs calls off the GUI thread and brings results and errors back as messages."""

from __future__ import annotations

import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from mediation_app.errors import StoreError, ValidationError
from mediation_app.services import office
from mediation_app.storage.engine import Store
from tests.ui.conftest import RecordingDialogs
from ui.worker import _clear_frames


def test_result_arrives_on_the_gui_thread(qtbot: Any, store: Store, make_worker: Any) -> None:
    worker = make_worker(store)
    seen: dict[str, Any] = {}

    def call(session: Any) -> str:
        seen["thread"] = threading.current_thread()
        return office.the_office(session).name

    worker.run(call, on_done=lambda name: seen.update(name=name,
                                                      gui=threading.current_thread()))
    qtbot.waitUntil(lambda: "name" in seen)
    assert seen["name"] == "城关司法所"
    assert seen["thread"] is not threading.main_thread()
    assert seen["gui"] is threading.main_thread()


def test_errors_become_messages_of_three_kinds(qtbot: Any, store: Store, make_worker: Any,
                                               dialogs: RecordingDialogs) -> None:
    worker = make_worker(store)
    worker.set_error_handler(lambda exc, details: dialogs.show_exception(None, exc, details))

    def domain(session: Any) -> None:
        raise ValidationError("受理日期：必填", "date: required", field="date")

    def environment(session: Any) -> None:
        raise StoreError("磁盘已满，未能保存", "disk full")

    def bug(session: Any) -> None:
        raise ZeroDivisionError("a bug")

    for call in (domain, environment, bug):
        worker.run(call)
    qtbot.waitUntil(lambda: len(dialogs.shown) == 3)
    (k1, m1), (k2, m2), (k3, _m3) = dialogs.shown
    assert (k1, m1) == ("warn", "受理日期：必填")
    assert k2 == "warn" and m2.startswith("磁盘已满") and "重试" in m2
    assert k3 == "crash"
    log = dialogs.crashes[0]
    assert log is not None and "ZeroDivisionError" in log.read_text("utf-8")


def test_write_rolls_back_on_error(qtbot: Any, store: Store, make_worker: Any,
                                   dialogs: RecordingDialogs) -> None:
    worker = make_worker(store)
    failures: list[BaseException] = []

    def half_done(session: Any) -> None:
        office.the_office(session).name = "改了一半"
        raise ValidationError("出错", "error")

    worker.run(half_done, write=True, on_error=lambda exc, _d: failures.append(exc))
    qtbot.waitUntil(lambda: bool(failures))
    with store.transaction(write=False) as session:
        assert office.the_office(session).name == "城关司法所"


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot: Any, store: Store,
                                                  make_worker: Any) -> None:
    worker = make_worker(store)
    owner = QObject()
    called: list[Any] = []
    worker.run(lambda s: 1, on_done=called.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(10)
    worker.run(lambda s: 2, on_done=called.append)
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert called == [2]


def test_long_work_shows_progress_and_can_be_cancelled(qtbot: Any, make_worker: Any) -> None:
    worker = make_worker()
    started = threading.Event()
    outcome: list[str] = []

    def long_work(job: Any) -> str:
        for i in range(1000):
            started.set()
            job.report(i, 1000)
            job.check()
            threading.Event().wait(0.005)
        return "finished"

    job = worker.run_long(long_work, parent=None, label="生成", cancel_text="取消",
                          on_done=outcome.append, on_error=lambda e, d: outcome.append("error"))
    qtbot.waitUntil(started.is_set)
    dialog = next(w for w in _top_levels() if isinstance(w, QProgressDialog))
    qtbot.waitUntil(lambda: dialog.value() > 0)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert job.cancelled and outcome == []  # cancelled work reports nothing


def test_busy_signal_only_for_slow_calls(qtbot: Any, store: Store, make_worker: Any) -> None:
    worker = make_worker(store)
    states: list[bool] = []
    worker.busy_changed.connect(states.append)
    worker.run(lambda s: None)
    qtbot.waitUntil(lambda: worker.pending == 0)
    qtbot.wait(300)
    assert states == []
    worker.run(lambda s: threading.Event().wait(0.4))
    qtbot.waitUntil(lambda: worker.pending == 0, timeout=3000)
    assert states == [True, False]


def _top_levels() -> list[Any]:
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()


def test_reads_run_beside_a_long_call_but_behind_a_pending_write(
        qtbot: Any, store: Store, make_worker: Any) -> None:
    worker = make_worker(store)
    release = threading.Event()
    order: list[str] = []

    def long_read(session: Any) -> None:
        assert release.wait(10)
        order.append("long")

    worker.run(long_read)
    worker.run_read(lambda s: office.the_office(s).name, on_done=order.append)
    qtbot.waitUntil(lambda: order == ["城关司法所"])  # while the long call still runs
    worker.run(lambda s: order.append("write"), write=True)
    worker.run_read(lambda s: order.append("read after write"))
    release.set()
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert order == ["城关司法所", "long", "write", "read after write"]


def test_jobs_die_on_the_gui_thread(qtbot: Any, make_worker: Any) -> None:
    """A job released on the worker thread runs Qt code there (PySide disconnects the progress
    dialog's Cancel from the dying job while the GUI thread deletes the dialog): the process
    crashed about once in a few hundred long calls. The GUI thread must hold the last
    reference, whether the call succeeded, failed (also with a wrapped error, whose frames
    hold the job too), or ran with a progress dialog."""
    worker = make_worker()
    died_on: list[str] = []

    def fails() -> None:
        raise ValueError("坏数据")

    def reports(job: Any) -> int:
        job.report(1, 1)
        return 1

    def fails_wrapped(job: Any) -> None:  # a service's error wrapping the driver's
        try:
            raise OSError("磁盘已满")
        except OSError as exc:
            raise StoreError("无法写入", "cannot write") from exc

    for i in range(200):
        if i % 4 == 0:
            job = worker.run_long(reports, parent=None, label="生成", cancel_text="取消")
        elif i % 4 == 1:
            job = worker.run_long(fails_wrapped, parent=None, label="导出", cancel_text="取消",
                                  on_error=lambda e, d: None)
        else:
            job = worker.run_plain(fails if i % 4 == 2 else dict,
                                   on_error=lambda e, d: None)
        weakref.finalize(job, lambda: died_on.append(threading.current_thread().name))
        del job
        qtbot.waitUntil(lambda: worker.pending == 0)  # an event loop, as in the application
        qtbot.wait(1)
    qtbot.waitUntil(lambda: len(died_on) == 200)
    assert set(died_on) == {threading.main_thread().name}


def test_a_failure_lets_go_of_what_its_chained_frames_held() -> None:
    """The driver's error inside a service's error keeps the frames below the service's:
    their locals (the job) are freed too, before the failure goes to the GUI thread."""

    class Held:
        pass

    def writes(held: Held) -> None:
        raise OSError("磁盘已满")

    def service(held: Held) -> None:
        try:
            writes(held)  # only the wrapped error's traceback holds this frame
        except OSError as exc:
            raise StoreError("无法写入", "cannot write") from exc

    held = Held()
    alive = weakref.ref(held)
    try:
        service(held)
    except StoreError as exc:
        error = exc
    del held
    assert alive() is not None
    _clear_frames(error)
    assert alive() is None and isinstance(error.__cause__, OSError)

