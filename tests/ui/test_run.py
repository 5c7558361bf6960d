"""``ui.app.run``: the composition root, from the command line's namespace to the main
window and back to an exit code."""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QLockFile, QSysInfo
from PySide6.QtWidgets import QWidget

from mediation_app.paths import AppPaths
from mediation_app.storage import backups
from mediation_app.storage.engine import Store
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import RecordingDialogs, drive
from ui import app as ui_app
from ui.context import AppContext
from ui.first_run import FirstRunDialog, Opened
from ui.main_window import MainWindow
from ui.sign_in import SignInDialog

Step = Callable[[QWidget], bool]


def close_when_loaded(window: QWidget) -> bool:
    assert isinstance(window, MainWindow)
    if window.app.worker.pending or window.dashboard.data is None:
        return False
    window.close()
    return True


def sign_in(dialog: QWidget) -> bool:
    assert isinstance(dialog, SignInDialog)
    if not dialog.ok.isEnabled():
        return False
    dialog.form.set_value("username", "admin")
    dialog.form.set_value("password", ADMIN_PASSWORD)
    dialog.submit()
    return True


def test_run_signs_in_then_exits_when_the_window_closes(
        store: Store, tmp_path: Path, dialogs: RecordingDialogs, monkeypatch: Any) -> None:
    store.dispose()
    monkeypatch.setattr(ui_app, "DialogService", lambda log_dir: dialogs)
    previous_hook = sys.excepthook

    timer, done = drive({SignInDialog: sign_in, MainWindow: close_when_loaded})
    sqlite = store.path is not None
    args = argparse.Namespace(data_dir=str(tmp_path), db=None if sqlite else store.url,
                              lang=None, self_test=False)
    assert ui_app.run(args) == 0
    timer.stop()
    assert done == ["SignInDialog", "MainWindow"]
    assert dialogs.shown == []
    assert sys.excepthook is previous_hook
    lock = QLockFile(str(tmp_path / ui_app.LOCK_NAME))
    assert lock.tryLock(0)  # released on exit
    lock.unlock()
    assert (tmp_path / "ui-settings.ini").exists()
    if sqlite:  # checked and backed up (PostgreSQL is backed up with pg_dump)
        assert len(list((tmp_path / "backups").glob("*daily*"))) == 1
    assert list((tmp_path / "logs").glob("*.log"))


def test_run_first_time_creates_the_office(tmp_path: Path, dialogs: RecordingDialogs,
                                           monkeypatch: Any) -> None:
    monkeypatch.setattr(ui_app, "DialogService", lambda log_dir: dialogs)

    def first_run(dialog: QWidget) -> bool:
        assert isinstance(dialog, FirstRunDialog)
        for key, value in (("office", "城关司法所"), ("committee", "城关镇人民调解委员会"),
                           ("prefix", "城关"), ("password", "Str0ng-pass"),
                           ("password_again", "Str0ng-pass")):
            dialog.form.set_value(key, value)
        dialog.submit()
        return True

    def acknowledge_key(dialog: QWidget) -> bool:
        key_dialog = getattr(dialog, "key_dialog", None)
        if key_dialog is None or not key_dialog.isVisible():
            return False
        key_dialog.saved.setChecked(True)
        key_dialog.accept()
        return True

    timer, done = drive({FirstRunDialog: first_run, MainWindow: close_when_loaded})
    key_timer, key_done = drive({FirstRunDialog: acknowledge_key})
    args = argparse.Namespace(data_dir=str(tmp_path), db=None, lang="zh_CN", self_test=False)
    assert ui_app.run(args) == 0
    timer.stop()
    key_timer.stop()
    assert done == ["FirstRunDialog", "MainWindow"] and key_done == ["FirstRunDialog"]
    assert (tmp_path / "mediation.db").exists()


@pytest.mark.parametrize("crashed", [False, True], ids=["clean-exit", "crash"])
def test_the_store_is_checked_after_a_crash_not_after_a_clean_exit(
        paths: AppPaths, store: Store, dialogs: RecordingDialogs, monkeypatch: Any,
        crashed: bool) -> None:
    """The last check passed an hour ago: only a lock left by a crashed run checks again."""
    if paths.db_path is None:
        pytest.skip("PostgreSQL is checked by the server")
    store.dispose()
    monkeypatch.setattr(ui_app, "DialogService", lambda log_dir: dialogs)
    checked: list[bool] = []
    monkeypatch.setattr(backups, "quick_check", lambda *_a: checked.append(True))
    backups.record_check(paths, dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
    if crashed:  # what a killed run leaves: its lock file, with a process that is gone
        (paths.data_dir / ui_app.LOCK_NAME).write_text(
            f"{dead_pid()}\nmediation-desk\n{QSysInfo.machineHostName()}\n")
    timer, done = drive({SignInDialog: sign_in, MainWindow: close_when_loaded})
    args = argparse.Namespace(data_dir=str(paths.data_dir), db=None, lang=None,
                              self_test=False)
    assert ui_app.run(args) == 0
    timer.stop()
    assert done == ["SignInDialog", "MainWindow"] and dialogs.shown == []
    assert checked == ([True] if crashed else [])
    assert len(list(paths.backup_dir.glob("*daily*"))) == 1  # backed up either way
    assert not (paths.data_dir / ui_app.LOCK_NAME).exists()  # this exit was clean


def dead_pid() -> int:
    """The pid of a process that has ended."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    return int(child.stdout)


def test_damage_found_in_the_background_is_reported_and_closes_the_window(
        qtbot: Any, app_ctx: AppContext, dialogs: RecordingDialogs, monkeypatch: Any) -> None:
    """The check runs after the list is on screen, but damage still stops the work."""
    if app_ctx.paths.db_path is None:
        pytest.skip("PostgreSQL is checked by the server")
    good = app_ctx.paths.backup_dir / "mediation-20261120T090000Z-daily.db"

    def damaged(*_a: Any) -> None:
        raise backups.DamagedStoreError("数据库文件已损坏（完整性检查未通过）", "damaged", good)

    monkeypatch.setattr(backups, "quick_check", damaged)
    controller = ui_app.Controller(app_ctx.paths, app_ctx.settings, dialogs, app_ctx.worker,
                                   unclean_exit=True)
    window = controller.start(Opened(app_ctx.store, app_ctx.actor, "城关司法所"))
    assert window is not None and controller.maintenance is None  # not before the list
    qtbot.waitUntil(lambda: controller.maintenance is not None
                    and controller.maintenance.finished, timeout=20_000)
    [(kind, message)] = dialogs.shown
    assert kind == "error" and "已损坏" in message and good.name in message
    qtbot.waitUntil(lambda: not shiboken6.isValid(window) or not window.isVisible())
    assert list(app_ctx.paths.backup_dir.glob("*daily*")) == []  # no backup of it either
