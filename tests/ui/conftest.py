"""GUI fixtures: the application look, a recording dialog service, a worker per test, and a
store with ~200 cases shared by the tests of a module."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from mediation_app.errors import AppError
from mediation_app.paths import AppPaths
from mediation_app.services import auth, office
from mediation_app.services.actor import Actor
from mediation_app.storage import opening
from mediation_app.storage.engine import Store
from mediation_app.storage.test_keyrings import MemoryKeyring
from tests.conftest import ADMIN_PASSWORD
from tests.ui import cases
from ui import i18n
from ui.app import application
from ui.context import AppContext
from ui.dialogs import DialogService
from ui.worker import Worker

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts" / "ui"


class RecordingDialogs(DialogService):
    """Records every message instead of showing a modal box; answers from queues."""

    def __init__(self, log_dir: Path | None = None) -> None:
        super().__init__(log_dir)
        self.shown: list[tuple[str, str]] = []
        self.crashes: list[Path | None] = []
        self.answers: list[Any] = []

    def info(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        self.shown.append(("info", text))

    def warn(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        self.shown.append(("warn", text))

    def error(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        self.shown.append(("error", text))

    def confirm(self, parent: QWidget | None, text: str, title: str | None = None) -> bool:
        self.shown.append(("confirm", text))
        return bool(self.answers.pop(0)) if self.answers else True

    def ask_text(self, parent: QWidget | None, label: str, title: str | None = None,
                 text: str = "", *, secret: bool = False) -> str | None:
        self.shown.append(("ask", label))
        return self.answers.pop(0) if self.answers else None

    def crash(self, parent: QWidget | None, log: Path | None) -> None:
        self.crashes.append(log)
        self.shown.append(("crash", str(log)))


@pytest.fixture(scope="session", autouse=True)
def look(qapp: QApplication) -> QApplication:
    """Fusion, the accent colour and the shipped CJK font, as the real application has."""
    application()
    return qapp


@pytest.fixture(autouse=True)
def chinese() -> Iterator[None]:
    """Every test starts (and ends) with the Chinese UI."""
    i18n.install(i18n.CHINESE)
    yield
    i18n.install(i18n.CHINESE)


@pytest.fixture
def dialogs(tmp_path: Path) -> RecordingDialogs:
    return RecordingDialogs(tmp_path / "logs")


@pytest.fixture
def make_worker() -> Iterator[Any]:
    workers: list[Worker] = []

    def make(store: Store | None = None) -> Worker:
        worker = Worker(store)
        workers.append(worker)
        return worker

    yield make
    for worker in workers:
        worker.wait_idle(10)
        worker.stop()


def context(store: Store, actor: Actor, worker: Worker, dialogs: RecordingDialogs,
            tmp_path: Path, office_name: str = "城关司法所") -> AppContext:
    paths = AppPaths(data_dir=tmp_path, db_url=str(store.path or "postgresql://test"))
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    worker.set_error_handler(lambda exc, details: dialogs.show_exception(None, exc, details))
    return AppContext(paths, store, actor, worker, dialogs, settings, office_name)


@pytest.fixture
def app_ctx(store: Store, admin: Actor, make_worker: Any, dialogs: RecordingDialogs,
            tmp_path: Path) -> AppContext:
    """A signed-in administrator on a fresh store with a staff roster."""
    cases.roster(store, admin)
    return context(store, admin, make_worker(store), dialogs, tmp_path)


@pytest.fixture(scope="session")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Actor]]:
    """200 cases in every state (mostly from ``mediation_app.demo``), built once per run."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    base = tmp_path_factory.mktemp("big")
    store = opening.create(AppPaths(data_dir=base, db_url=str(base / "mediation.db"))).store
    keyring.set_keyring(previous)
    with store.transaction() as session:
        office.setup_office(session, office="城关司法所", committee="城关镇人民调解委员会",
                            prefix="城关", admin_username="admin", admin_password=ADMIN_PASSWORD)
    with store.transaction() as session:
        admin = auth.authenticate(session, "admin", ADMIN_PASSWORD)
    cases.roster(store, admin)
    try:
        from mediation_app.demo import generate
    except ImportError:  # before the demo generator existed: register them one by one
        cases.populate(store, admin, 200)
    else:
        generate(store, cases=190, seed=7)
        # ten of our own through intake.register, so the screens certainly have high-risk
        # and overdue cases whatever the generator's mix becomes
        cases.populate(store, admin, 10)
    yield store, admin
    store.dispose()


@pytest.fixture
def big_ctx(big_store: tuple[Store, Actor], make_worker: Any, dialogs: RecordingDialogs,
            tmp_path: Path) -> AppContext:
    store, admin = big_store
    return context(store, admin, make_worker(store), dialogs, tmp_path)


def wait_idle(qtbot: Any, ctx: AppContext, timeout: int = 10_000) -> None:
    """Until the worker has delivered every result (and follow-up requests settled)."""
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=timeout)
    qtbot.wait(20)
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=timeout)


def raise_app_error(message: str = "测试错误") -> None:
    raise AppError(message, "test error")


TODAY = dt.date.today()


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as an input method commits it.

    ``QTest.keyClicks`` aborts on non-ASCII characters, and a real user types Chinese
    through an IME anyway, which delivers a QInputMethodEvent with the committed text.
    """
    run = ""
    for char in text + "\0":
        if char != "\0" and not char.isascii():
            run += char
            continue
        if run:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
            run = ""
        if char != "\0":
            qtbot.keyClicks(widget, char)


def drive(steps: dict[type, Callable[[QWidget], bool]]) -> tuple[QTimer, list[str]]:
    """Act on each kind of window once it is visible and ready (a modal exec() is running),
    like a user would; returns the timer (stop it) and the names of the steps done."""
    done: list[str] = []

    def tick() -> None:
        for widget in QApplication.topLevelWidgets():
            for kind, step in steps.items():
                if isinstance(widget, kind) and widget.isVisible() and \
                        kind.__name__ not in done and step(widget):
                    done.append(kind.__name__)

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(tick)
    timer.start()
    return timer, done
