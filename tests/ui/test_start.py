"""Starting up: first run creates a store, sign-in reports AuthError messages, one GUI per
data directory, crashes go to a log."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from mediation_app.paths import AppPaths
from mediation_app.services import office
from mediation_app.storage import opening
from tests.conftest import ADMIN_PASSWORD
from tests.ui.conftest import RecordingDialogs, type_text
from ui import app as ui_app
from ui.context import open_settings
from ui.crash import CrashHandler
from ui.first_run import FirstRunDialog
from ui.sign_in import SignInDialog


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(data_dir=tmp_path, db_url=str(tmp_path / "mediation.db"))


def fill(qtbot: Any, dialog: Any, values: dict[str, str]) -> None:
    for name, text in values.items():
        edit = dialog.findChild(QLineEdit, name)
        edit.clear()
        type_text(qtbot, edit, text)


OFFICE = {"office": "城关司法所", "committee": "城关镇人民调解委员会", "prefix": "城关"}


def test_first_run_creates_the_store_and_shows_the_recovery_key(
        qtbot: Any, paths: AppPaths, make_worker: Any, dialogs: RecordingDialogs) -> None:
    worker = make_worker()
    dialog = FirstRunDialog(paths, worker, dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, {**OFFICE, "password": "short", "password_again": "short"})
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "至少 8 位" in dialog.findChild(QLabel, "password-error").text()
    assert not paths.db_path.exists()  # nothing created for a weak password
    fill(qtbot, dialog, {"password": "Str0ng-pass", "password_again": "Str0ng-pazz"})
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLabel, "password_again-error").isVisible()
    fill(qtbot, dialog, {"password_again": "Str0ng-pass", "prefix": "城 关"})
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "prefix-error").isVisible())
    assert paths.db_path.exists()  # the store stays; fixing the form retries the setup
    fill(qtbot, dialog, {"prefix": "城关"})
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.key_dialog is not None and dialog.key_dialog.isVisible())
    key_dialog = dialog.key_dialog
    assert key_dialog is not None
    key = key_dialog.findChild(QLineEdit, "recovery-key-text").text()
    assert key == dialog.recovery_key and len(key) > 20
    qtbot.mouseClick(key_dialog.findChild(QPushButton, "copy-key"), Qt.MouseButton.LeftButton)
    assert not key_dialog.ok.isEnabled()
    key_dialog.saved.setChecked(True)
    qtbot.mouseClick(key_dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_ is not None and not dialog.isVisible())
    opened = dialog.result_
    assert opened is not None and opened.office_name == "城关司法所"
    assert opened.actor.username == "admin" and opened.actor.is_admin
    with opened.store.transaction(write=False) as session:
        assert office.the_office(session).number_prefix == "城关"
    opened.store.dispose()


def test_demo_button_is_hidden_without_the_demo_module(
        qtbot: Any, paths: AppPaths, make_worker: Any, dialogs: RecordingDialogs,
        monkeypatch: Any) -> None:
    monkeypatch.setattr("ui.first_run.demo_generator", lambda: None)
    dialog = FirstRunDialog(paths, make_worker(), dialogs)
    qtbot.addWidget(dialog)
    assert dialog.demo_button.isHidden()


def test_demo_office_is_filled_through_the_generator(
        qtbot: Any, paths: AppPaths, make_worker: Any, dialogs: RecordingDialogs,
        monkeypatch: Any) -> None:
    calls: list[Any] = []

    def generate(store: Any, progress: Any = None) -> None:
        for i in range(3):
            progress(i, 3)
        calls.append(store)

    monkeypatch.setattr("ui.first_run.demo_generator", lambda: generate)
    dialog = FirstRunDialog(paths, make_worker(), dialogs)
    qtbot.addWidget(dialog)
    assert not dialog.demo_button.isHidden()
    fill(qtbot, dialog, {"password": "Str0ng-pass", "password_again": "Str0ng-pass"})
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.key_dialog is not None)
    assert dialog.key_dialog is not None
    dialog.key_dialog.saved.setChecked(True)
    dialog.key_dialog.accept()
    qtbot.waitUntil(lambda: bool(calls) and dialog.result_ is not None)
    assert dialog.result_ is not None and dialog.result_.office_name == "示范司法所"
    dialog.result_.store.dispose()


def test_sign_in_shows_auth_errors_then_signs_in(
        qtbot: Any, store: Any, paths: AppPaths, make_worker: Any,
        dialogs: RecordingDialogs) -> None:
    store.dispose()
    dialog = SignInDialog(paths, make_worker(), dialogs, open_settings(paths))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_store()
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    assert dialog.office_name == "城关司法所"
    fill(qtbot, dialog, {"username": "admin", "password": "wrong-pass1"})
    qtbot.keyClick(dialog.findChild(QLineEdit, "password"), Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "sign-in-error")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "用户名或密码不正确"
    fill(qtbot, dialog, {"password": ADMIN_PASSWORD})
    qtbot.keyClick(dialog.findChild(QLineEdit, "password"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_ is not None)
    assert dialog.result_ is not None and dialog.result_.actor.username == "admin"
    dialog.result_.store.dispose()


def test_missing_key_asks_for_the_recovery_key(
        qtbot: Any, paths: AppPaths, make_worker: Any, dialogs: RecordingDialogs,
        memory_keyring: Any) -> None:
    created = opening.create(paths)
    created.store.dispose()
    memory_keyring.secrets.clear()
    dialogs.answers.append(created.recovery_key)
    dialog = SignInDialog(paths, make_worker(), dialogs, open_settings(paths))
    qtbot.addWidget(dialog)
    dialog.open_store()
    qtbot.waitUntil(lambda: dialog.needs_setup)  # opened with the key; no office yet
    assert dialogs.shown[0][0] == "ask" and "恢复密钥" in dialogs.shown[0][1]
    assert dialog.store is not None
    dialog.store.dispose()


def test_a_second_gui_on_the_same_data_dir_is_refused(
        paths: AppPaths, dialogs: RecordingDialogs, monkeypatch: Any) -> None:
    monkeypatch.setattr(ui_app, "DialogService", lambda log_dir: dialogs)
    first = QLockFile(str(paths.data_dir / ui_app.LOCK_NAME))
    assert first.tryLock(0)
    try:
        args = argparse.Namespace(data_dir=str(paths.data_dir), db=None, lang=None,
                                  self_test=False)
        assert ui_app.run(args) == 1
    finally:
        first.unlock()
    assert dialogs.shown[0][0] == "warn" and "已经在使用" in dialogs.shown[0][1]


def test_self_test_builds_the_first_window(paths: AppPaths, capsys: Any) -> None:
    args = argparse.Namespace(data_dir=str(paths.data_dir), db=None, lang="en",
                              self_test=True)
    assert ui_app.run(args) == 0
    assert "self-test ok" in capsys.readouterr().out
    assert not paths.db_path.exists()


def test_crash_handler_logs_and_shows_a_minimal_dialog(tmp_path: Path,
                                                       dialogs: RecordingDialogs) -> None:
    handler = CrashHandler(tmp_path / "logs", lambda log: dialogs.crash(None, log))
    try:
        raise KeyError("boom")
    except KeyError as exc:
        handler(type(exc), exc, exc.__traceback__)
    log = dialogs.crashes[0]
    assert log is not None and log.parent == tmp_path / "logs"
    assert "KeyError: 'boom'" in log.read_text("utf-8")
    assert shiboken6 is not None


def test_demo_office_with_the_real_generator(
        qtbot: Any, paths: AppPaths, make_worker: Any, dialogs: RecordingDialogs,
        monkeypatch: Any) -> None:
    pytest.importorskip("mediation_app.demo")
    monkeypatch.setattr("ui.first_run.DEMO_CASES", 20)
    dialog = FirstRunDialog(paths, make_worker(), dialogs)
    qtbot.addWidget(dialog)
    assert not dialog.demo_button.isHidden()
    fill(qtbot, dialog, {"password": "Str0ng-pass", "password_again": "Str0ng-pass"})
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.key_dialog is not None)
    assert dialog.key_dialog is not None
    dialog.key_dialog.saved.setChecked(True)
    dialog.key_dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == 1, timeout=20_000)
    assert dialogs.shown == []
    opened = dialog.result_
    assert opened is not None
    from mediation_app.services.cases import queries

    with opened.store.transaction(write=False) as session:
        assert queries.count(session, queries.CaseFilter(), dt.date.today()) == 20
    opened.store.dispose()
