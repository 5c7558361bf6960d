"""The one worker thread that runs every service call, so the GUI thread never touches the store.

A call is a function of a session, run inside ``store.transaction(write=...)``; its result
or its exception comes back to the GUI thread through queued signals. Calls run one at a
time, in the order they were submitted (SQLite has one writer anyway, and a single queue
keeps reads after the write they depend on).

Two exceptions. ``Worker.run_read``: reads that the user is waiting for (the case list's
pages) go to a second thread beside the queue, so that a long call (the dashboard's figures,
an export) does not hold them up; while a write submitted earlier is pending they queue
behind it instead, so they still see it. ``Background``: one long read-mostly call (the
start-up integrity check and backup) on a thread of its own, so that it neither waits
behind service calls nor holds them up.
"""

from __future__ import annotations

import inspect
import itertools
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QThread,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:  # SQLAlchemy is first imported by the worker's first call
    from mediation_app.storage.engine import Store

Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]

BUSY_DELAY_MS = 250
"""Calls shorter than this never show the busy indicator, so it does not flicker."""


class Cancelled(Exception):
    """Raised inside a long call when the user pressed Cancel."""


@dataclass
class Job:
    """One submitted call; a long call may report progress and look for cancellation."""

    id: int
    fn: Callable[..., Any]
    store: Store | None
    write: bool
    in_transaction: bool
    on_done: Done | None = None
    on_error: Failed | None = None
    owner: QObject | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)
    _progress: Callable[[int, int, int], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Stop a long call at a safe point if the user cancelled it."""
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int) -> None:
        """Progress of a long call (thread-safe: goes to the GUI thread as a signal)."""
        if self._progress is not None:
            self._progress(self.id, done, total)


class _Executor(QObject):
    """Lives in the worker thread and runs one job at a time.

    Jobs are passed by id and looked up in the GUI side's table, and the executor lets go of
    a job (and of the frames of a failure, whose locals hold it) before it reports the
    outcome: so the last reference to a job is dropped on the GUI thread, where its callbacks'
    widgets live. A job dying on the worker thread once ran Qt code there (PySide disconnected
    a progress dialog's Cancel from the job's bound method while the GUI thread deleted that
    dialog), which crashed the process.
    """

    done = Signal(int, object)
    failed = Signal(int, object, str)
    progress = Signal(int, int, int)

    def __init__(self, jobs: dict[int, Job]) -> None:
        super().__init__()
        self._jobs = jobs

    @Slot(int)
    def execute(self, job_id: int) -> None:
        job = self._jobs[job_id]
        job._progress = self.progress.emit
        try:
            result = self._run(job)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            details = traceback.format_exc()
            _clear_frames(exc)
            del job
            self.failed.emit(job_id, exc, details)
        else:
            del job
            self.done.emit(job_id, result)

    @staticmethod
    def _run(job: Job) -> Any:
        wants_job = _accepts_job(job.fn)
        if not job.in_transaction:
            return job.fn(job) if wants_job else job.fn()
        if job.store is None:
            raise RuntimeError("no store is open")
        with job.store.transaction(write=job.write) as session:
            return job.fn(session, job) if wants_job else job.fn(session)


def _clear_frames(exc: BaseException) -> None:
    """Free the locals of the frames of an exception and of those it was raised from or
    while handling (a service's error wraps the driver's)."""
    stack: list[BaseException | None] = [exc]
    seen: set[int] = set()
    while stack:
        error = stack.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        traceback.clear_frames(error.__traceback__)
        stack += [error.__cause__, error.__context__, *getattr(error, "exceptions", ())]


def _accepts_job(fn: Callable[..., Any]) -> bool:
    """Whether the call takes the job as its last argument (to report progress)."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return "job" in params


class Background(QObject):
    """One call on a daemon thread of its own; its result or error comes back to the GUI
    thread like a Worker's. Nothing to stop: the thread ends with the call."""

    _finished = Signal(object, object, str)

    def __init__(self, fn: Callable[[], Any], *, name: str, on_done: Done | None = None,
                 on_error: Failed | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_done, self._on_error = on_done, on_error
        self._finished.connect(self._deliver)  # queued: emitted from the other thread
        self._thread = threading.Thread(target=self._run, args=(fn,), name=name, daemon=True)
        self._delivered = False
        self._thread.start()

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._finished.emit(None, exc, traceback.format_exc())
        else:
            self._finished.emit(result, None, "")

    @Slot(object, object, str)
    def _deliver(self, result: Any, exc: BaseException | None, details: str) -> None:
        self._delivered = True
        if exc is None:
            if self._on_done is not None:
                self._on_done(result)
        elif self._on_error is not None:
            self._on_error(exc, details)

    @property
    def finished(self) -> bool:
        """The call has ended and its callback has run."""
        return self._delivered

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the call has ended (shutdown: a backup is not cut off)."""
        self._thread.join(timeout_s)
        return not self._thread.is_alive()


class Worker(QObject):
    """GUI-side handle of the worker thread: submit calls, get callbacks on the GUI thread."""

    busy_changed = Signal(bool)
    _submit = Signal(int)
    _submit_read = Signal(int)

    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._ids = itertools.count(1)
        self._jobs: dict[int, Job] = {}
        self._dialogs: dict[int, QProgressDialog] = {}
        self._default_error: Failed | None = None
        self._thread, self._executor = self._start_thread("service-worker", self._submit)
        self._reader: tuple[QThread, _Executor] | None = None
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(lambda: self.busy_changed.emit(True))

    def _start_thread(self, name: str, submit: SignalInstance) -> tuple[QThread, _Executor]:
        thread = QThread()
        thread.setObjectName(name)
        executor = _Executor(self._jobs)
        executor.moveToThread(thread)
        submit.connect(executor.execute)
        executor.done.connect(self._on_done)
        executor.failed.connect(self._on_failed)
        executor.progress.connect(self._on_progress)
        thread.start()
        return thread, executor

    def set_error_handler(self, handler: Failed) -> None:
        """Where errors go when a call names no handler of its own (the dialog service)."""
        self._default_error = handler

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def run(self, fn: Callable[..., Any], *, write: bool = False, on_done: Done | None = None,
            on_error: Failed | None = None, owner: QObject | None = None) -> Job:
        """Run ``fn(session)`` in one transaction on the worker thread.

        Callbacks run on the GUI thread, and are skipped if ``owner`` was deleted meanwhile.
        """
        return self._enqueue(Job(next(self._ids), fn, self.store, write, True, on_done,
                                 on_error, owner))

    def run_read(self, fn: Callable[..., Any], *, on_done: Done | None = None,
                 on_error: Failed | None = None, owner: QObject | None = None) -> Job:
        """Like ``run`` for a read-only call, on the reader thread beside the queue; behind
        the queue while a write submitted earlier is still pending."""
        job = Job(next(self._ids), fn, self.store, False, True, on_done, on_error, owner)
        if any(queued.write for queued in self._jobs.values()):
            return self._enqueue(job)
        if self._reader is None:
            self._reader = self._start_thread("service-reader", self._submit_read)
        return self._enqueue(job, self._submit_read)

    def run_plain(self, fn: Callable[..., Any], *, on_done: Done | None = None,
                  on_error: Failed | None = None, owner: QObject | None = None) -> Job:
        """Run ``fn()`` without a transaction: opening or creating a store."""
        return self._enqueue(Job(next(self._ids), fn, self.store, False, False, on_done,
                                 on_error, owner))

    def run_long(self, fn: Callable[..., Any], *, parent: QWidget | None, label: str,
                 cancel_text: str, in_transaction: bool = False, write: bool = True,
                 on_done: Done | None = None, on_error: Failed | None = None) -> Job:
        """Long work with a progress dialog and a Cancel button (``fn`` takes ``job``)."""
        job = Job(next(self._ids), fn, self.store, write, in_transaction, on_done, on_error,
                  parent)
        dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        dialog.setObjectName("long-work-progress")
        dialog.setWindowTitle(label)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # by id, not the job's bound method: PySide would track the job with a weak reference
        dialog.canceled.connect(lambda job_id=job.id: self._cancel(job_id))
        self._dialogs[job.id] = dialog
        dialog.show()
        return self._enqueue(job)

    def _cancel(self, job_id: int) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            job.cancel()

    def _enqueue(self, job: Job, submit: SignalInstance | None = None) -> Job:
        self._jobs[job.id] = job
        if len(self._jobs) == 1:
            self._busy_timer.start()
        (submit or self._submit).emit(job.id)
        return job

    def _finish(self, job_id: int) -> Job | None:
        job = self._jobs.pop(job_id, None)
        dialog = self._dialogs.pop(job_id, None)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        if not self._jobs:
            was_shown = not self._busy_timer.isActive()
            self._busy_timer.stop()
            if was_shown:
                self.busy_changed.emit(False)
        if job is None or (job.owner is not None and not shiboken6.isValid(job.owner)):
            return None
        return job

    @Slot(int, object)
    def _on_done(self, job_id: int, result: Any) -> None:
        job = self._finish(job_id)
        if job is not None and job.on_done is not None:
            job.on_done(result)

    @Slot(int, object, str)
    def _on_failed(self, job_id: int, exc: BaseException, details: str) -> None:
        job = self._finish(job_id)
        if job is None or isinstance(exc, Cancelled):
            return
        handler = job.on_error or self._default_error
        if handler is None:
            raise exc
        handler(exc, details)

    @Slot(int, int, int)
    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        dialog = self._dialogs.get(job_id)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

    def wait_idle(self, timeout_s: float = 30.0) -> bool:
        """Process events until the queue is empty (shutdown and tests)."""
        end = time.monotonic() + timeout_s
        while self._jobs and time.monotonic() < end:
            QCoreApplication.processEvents()
            QThread.msleep(5)
        return not self._jobs

    def stop(self) -> None:
        """Let the current calls finish, then end the threads."""
        threads = [self._thread] + ([self._reader[0]] if self._reader else [])
        for thread in threads:
            thread.quit()
        for thread in threads:
            thread.wait()
