"""The idle lock (covers every window after the idle time, only the same user's password
uncovers them, five failures lock the account, "switch user" returns to the sign-in) and
the forced change of a temporary password."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from mediation_app.domain.enums import UserRole
from mediation_app.services import auth, office
from mediation_app.services.actor import Actor
from tests.conftest import ADMIN_PASSWORD
from tests.ui import screens
from tests.ui.conftest import RecordingDialogs, drive, wait_idle
from tests.ui.test_case_window import new_case
from tests.ui.test_english import chinese_left
from ui import i18n
from ui.app import Controller
from ui.context import AppContext
from ui.first_run import Opened
from ui.forms import FormDialog
from ui.idle_lock import Cover, IdleLock, LockDialog, change_password_dialog
from ui.main_window import MainWindow
from ui.sign_in import SignInDialog

MEDIATOR_PASSWORD = "Wang-pass1"


@pytest.fixture
def controller(qtbot: Any, app_ctx: AppContext, dialogs: RecordingDialogs
               ) -> Iterator[Controller]:
    """Signed in as the administrator, main window shown, idle lock installed."""
    ctl = Controller(app_ctx.paths, app_ctx.settings, dialogs, app_ctx.worker)
    window = ctl.start(Opened(app_ctx.store, app_ctx.actor, "城关司法所"))
    assert window is not None
    wait_idle(qtbot, app_ctx)
    yield ctl
    for shown in (window, ctl.window):  # the first one may be gone after a user switch
        if shown is not None and shiboken6.isValid(shown):
            shown.close()
    if ctl.context is not None and ctl.context.store is not app_ctx.store:
        ctl.worker.wait_idle(10)
        ctl.context.store.dispose()


def lock_soon(qtbot: Any, ctl: Controller, ms: int = 300) -> LockDialog:
    lock = ctl.idle_lock
    assert isinstance(lock, IdleLock)
    lock.watcher.set_timeout(ms)
    qtbot.waitUntil(lambda: lock.locked, timeout=5_000)
    assert lock.dialog is not None
    return lock.dialog


def try_password(qtbot: Any, ctx: AppContext, dialog: LockDialog, password: str) -> None:
    dialog.form.set_value("password", password)
    dialog.submit()
    wait_idle(qtbot, ctx)


def add_mediator(ctx: AppContext, *, temporary: bool = False) -> Actor:
    with ctx.store.transaction() as session:
        auth.create_user(session, ctx.actor, username="wang", password=MEDIATOR_PASSWORD,
                         role=UserRole.MEDIATOR, display_name="王调解")
        if temporary:
            auth.reset_password(session, ctx.actor, "wang", "Temp-pass1")
    with ctx.store.transaction() as session:
        return auth.authenticate(session, "wang", "Temp-pass1" if temporary
                                 else MEDIATOR_PASSWORD)


def test_idle_time_locks_and_the_right_password_unlocks(
        qtbot: Any, controller: Controller, app_ctx: AppContext) -> None:
    assert controller.idle_minutes == 10  # the office's default
    assert controller.idle_lock is not None
    assert controller.idle_lock.watcher.timeout_ms == 600_000
    window = controller.window
    assert window is not None
    dialog = lock_soon(qtbot, controller)
    assert dialog.isModal() and dialog.isVisible()
    covers = window.findChildren(Cover)
    assert len(covers) == 1 and covers[0].isVisible()
    assert covers[0].geometry() == window.rect()
    window.resize(window.width() + 40, window.height())
    assert covers[0].geometry() == window.rect()
    dialog.reject()  # Esc
    dialog.close()
    assert dialog.isVisible()
    try_password(qtbot, app_ctx, dialog, "wrong-pass1")
    assert dialog.isVisible() and dialog.message.text() == "用户名或密码不正确"
    assert dialog.form.value("password") is None  # cleared for the next try
    controller.idle_lock.watcher.set_timeout(60_000)  # no second lock while we look
    try_password(qtbot, app_ctx, dialog, ADMIN_PASSWORD)
    assert not dialog.isVisible() and not controller.idle_lock.locked
    qtbot.waitUntil(lambda: not window.findChildren(Cover))
    assert not controller.idle_lock.watcher.paused


def test_a_changed_idle_time_is_read_again(qtbot: Any, controller: Controller,
                                           app_ctx: AppContext) -> None:
    lock = controller.idle_lock
    with app_ctx.store.transaction() as session:
        office.set_setting(session, app_ctx.actor, "idle_lock_minutes", 3)
    assert controller.window is not None
    controller.window.settings_changed.emit()  # the settings dialog saved
    wait_idle(qtbot, app_ctx)
    assert controller.idle_lock is lock and lock is not None
    assert lock.watcher.timeout_ms == 180_000


def test_windows_opened_while_locked_are_covered_too(
        qtbot: Any, controller: Controller, app_ctx: AppContext) -> None:
    window = controller.window
    assert window is not None
    case_id = new_case(app_ctx)
    dialog = lock_soon(qtbot, controller)
    case = window.open_case(case_id)  # e.g. a result the worker delivers meanwhile
    wait_idle(qtbot, app_ctx)
    assert len(case.findChildren(Cover)) == 1
    assert case.findChildren(Cover)[0].geometry() == case.rect()
    controller.idle_lock.watcher.set_timeout(60_000)
    try_password(qtbot, app_ctx, dialog, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: not case.findChildren(Cover) and not window.findChildren(Cover))
    case.close()


def test_input_keeps_the_desk_unlocked(qtbot: Any, controller: Controller) -> None:
    lock = controller.idle_lock
    window = controller.window
    assert lock is not None and window is not None
    lock.watcher.set_timeout(400)
    for _ in range(8):
        qtbot.wait(100)
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, key)
        assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3_000)


def test_five_wrong_passwords_lock_the_account(qtbot: Any, controller: Controller,
                                               app_ctx: AppContext) -> None:
    dialog = lock_soon(qtbot, controller)
    for _ in range(auth.MAX_FAILURES):
        try_password(qtbot, app_ctx, dialog, "wrong-pass1")
    try_password(qtbot, app_ctx, dialog, ADMIN_PASSWORD)
    assert dialog.isVisible()
    assert "账户已锁定" in dialog.message.text()


def test_switch_user_returns_to_the_sign_in(qtbot: Any, controller: Controller,
                                            app_ctx: AppContext) -> None:
    add_mediator(app_ctx)
    old = controller.window
    dialog = lock_soon(qtbot, controller)

    def sign_in(widget: QWidget) -> bool:
        assert isinstance(widget, SignInDialog)
        if not widget.ok.isEnabled():
            return False
        widget.form.set_value("username", "wang")
        widget.form.set_value("password", MEDIATOR_PASSWORD)
        widget.submit()
        return True

    timer, done = drive({SignInDialog: sign_in})
    dialog.switch_button.click()
    qtbot.waitUntil(lambda: controller.window is not None and controller.window is not old,
                    timeout=20_000)
    timer.stop()
    assert done == ["SignInDialog"]
    assert not shiboken6.isValid(old) or not old.isVisible()
    window = controller.window
    assert isinstance(window, MainWindow)
    assert controller.context is not None and controller.context.actor.username == "wang"
    wait_idle(qtbot, controller.context)
    assert controller.idle_lock is not None and controller.idle_lock.window is window


def test_a_temporary_password_must_be_changed_first(qtbot: Any, app_ctx: AppContext,
                                                    dialogs: RecordingDialogs) -> None:
    actor = add_mediator(app_ctx, temporary=True)
    assert actor.must_change_password
    ctl = Controller(app_ctx.paths, app_ctx.settings, dialogs, app_ctx.worker)
    steps: list[str] = []

    def change(widget: QWidget) -> bool:
        assert isinstance(widget, FormDialog)
        if widget.objectName() != "change-password" or app_ctx.worker.pending:
            return False
        form = widget.form
        if not steps:  # the two new passwords differ
            form.set_value("old", "Temp-pass1")
            form.set_value("password", "New-pass12")
            form.set_value("password_again", "New-pass13")
            steps.append("differ")
            widget.submit()
            return False
        if steps == ["differ"]:
            steps.append(widget.findChild(QLabel, "password_again-error").text())
            form.set_value("password", "weakweak")
            form.set_value("password_again", "weakweak")
            widget.submit()
            return False
        if len(steps) == 2:
            steps.append(widget.findChild(QLabel, "password-error").text())
            form.set_value("password", "New-pass12")
            form.set_value("password_again", "New-pass12")
            widget.submit()
            return True
        return False

    timer, done = drive({FormDialog: change})
    window = ctl.start(Opened(app_ctx.store, actor, "城关司法所"))
    timer.stop()
    assert done == ["FormDialog"]
    assert steps[1] == "两次输入的新密码不一致"
    assert "两类" in steps[2]
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    wait_idle(qtbot, app_ctx)
    assert ctl.context is not None and not ctl.context.actor.must_change_password
    with app_ctx.store.transaction() as session:
        assert not auth.authenticate(session, "wang", "New-pass12").must_change_password


def test_quitting_the_forced_change_opens_nothing(qtbot: Any, app_ctx: AppContext,
                                                  dialogs: RecordingDialogs) -> None:
    actor = add_mediator(app_ctx, temporary=True)
    ctl = Controller(app_ctx.paths, app_ctx.settings, dialogs, app_ctx.worker)

    def quit_(widget: QWidget) -> bool:
        if widget.objectName() != "change-password":
            return False
        assert isinstance(widget, FormDialog)
        assert widget.buttons.button(widget.buttons.StandardButton.Cancel).text() == "退出"
        widget.reject()
        return True

    timer, done = drive({FormDialog: quit_})
    assert ctl.start(Opened(app_ctx.store, actor, "城关司法所")) is None
    timer.stop()
    assert done == ["FormDialog"] and ctl.window is None


@pytest.mark.parametrize("language", [i18n.CHINESE, i18n.ENGLISH])
def test_lock_and_password_screens(qtbot: Any, controller: Controller, app_ctx: AppContext,
                                   language: str) -> None:
    assert i18n.install(language)
    dialog = lock_soon(qtbot, controller)
    screens.save(dialog, "idle-lock", language)
    change = change_password_dialog(app_ctx, None, forced=True)
    qtbot.addWidget(change)
    screens.save(change, "change-password", language)
    if language == i18n.ENGLISH:
        assert chinese_left(dialog, change) == []
