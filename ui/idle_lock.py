"""Leaving the desk: the idle lock, and the password change an account must make before it
sees any case (first sign-in with a temporary password, or after a reset).

Case files hold names, ID numbers and threats; an office PC is often shared. After the
office's idle time without keyboard or mouse input every window of the application is
covered, and only the same user's password (checked by ``auth.authenticate``, so five
wrong ones lock the account as at sign-in) uncovers them. "Switch user" goes back to the
sign-in instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.errors import AuthError, ValidationError
from mediation_app.services import auth, office
from mediation_app.services.actor import Actor
from ui import action_forms
from ui.context import AppContext
from ui.dialogs import error_text
from ui.forms import FormContext, FormDialog, FormWidget
from ui.sign_in import _authenticate
from ui.widgets import error_label

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

DEFAULT_MINUTES = 10
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})
"""What counts as someone at the desk. Timers, repaints and worker results do not."""


def idle_minutes(session: Any) -> float:
    """The office's idle time; 0 or less turns the lock off."""
    value = office.settings(session).get("idle_lock_minutes", DEFAULT_MINUTES)
    return float(value) if isinstance(value, (int, float)) else DEFAULT_MINUTES


class IdleWatcher(QObject):
    """Emits ``idle`` once input has been absent for ``timeout_ms``.

    An application-wide event filter only notes the time of the last input (cheap, it
    sees every event); a slow timer compares it with the timeout.
    """

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paused = False
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self.set_timeout(timeout_ms)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # removed by Qt when this object is deleted

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        self._last = time.monotonic()
        if timeout_ms <= 0:
            self._timer.stop()
            return
        self._timer.setInterval(max(20, min(timeout_ms // 4, 15_000)))
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last = time.monotonic()
        return False

    def idle_for(self) -> float:
        return time.monotonic() - self._last

    def pause(self) -> None:
        self.paused = True

    def resume(self) -> None:
        self.paused = False
        self._last = time.monotonic()

    def _check(self) -> None:
        if not self.paused and self._timeout_ms > 0 and \
                self.idle_for() * 1000 >= self._timeout_ms:
            self.paused = True
            self.idle.emit()


class Cover(QWidget):
    """An opaque sheet over one window while the application is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lock-cover")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()
        return False


def coverable(widget: QWidget, keep: QWidget) -> bool:
    """A visible window or dialog of ours (not a menu, tooltip or the lock itself)."""
    return widget is not keep and widget.isWindow() and widget.isVisible() and \
        widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog) and \
        widget.findChild(Cover, options=Qt.FindChildOption.FindDirectChildrenOnly) is None


def cover_windows(keep: QWidget) -> list[Cover]:
    """Cover every visible window of the application except ``keep``; close popups."""
    for _ in range(10):  # a popup refusing to close must not hang the lock
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    return [Cover(w) for w in QApplication.topLevelWidgets() if coverable(w, keep)]


class LockDialog(QDialog):
    """Asks the signed-in user's password again; cannot be closed any other way."""

    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.covers: list[Cover] = []
        self._open = False
        self.setObjectName("lock-dialog")
        self.setWindowTitle(self.tr("调解台已锁定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        actor = app.actor
        name = actor.display_name or actor.username
        self.intro = QLabel(self.tr("长时间无操作，已锁定。请输入 {0} 的密码以继续。").format(name),
                            self)
        self.intro.setObjectName("lock-intro")
        self.intro.setProperty("titleData", name)
        self.intro.setWordWrap(True)
        self.message = error_label(self)
        self.message.setObjectName("lock-error")
        self.form = FormWidget(action_forms.UNLOCK_FIELDS, FormContext(), self)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self.tr("解锁"), self)
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("切换用户"), self)
        self.switch_button.setObjectName("switch-user")
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.switch_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button.clicked.connect(self._switch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.resize(420, 200)

    @property
    def password(self) -> QWidget:
        return self.form.editor("password")

    def lock(self) -> None:
        """Cover the windows and ask."""
        self.form.set_value("password", "")
        self.message.hide()
        self._open = True
        self.show()
        self.covers = cover_windows(self)
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)  # windows a worker result opens meanwhile
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A window shown while locked is covered too — unless it is modal (a message
        box): covered, it would take the input from this dialog and never be closed."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and \
                self._open and not watched.isModal() and coverable(watched, self):
            self.covers.append(Cover(watched))
            self.raise_()
        return False

    def submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        self.message.hide()
        password = self.form.value("password") or ""
        self.unlock_button.setEnabled(False)
        self.app.worker.run(_authenticate(self.app.actor.username, password), write=True,
                            on_done=self._checked, on_error=self._failed, owner=self)

    def _checked(self, result: Actor | AuthError) -> None:
        self.unlock_button.setEnabled(True)
        if isinstance(result, Actor) and result.user_id == self.app.actor.user_id:
            self._release()
            self.unlocked.emit()
            return
        text = error_text(result) if isinstance(result, AuthError) else \
            self.tr("用户名或密码不正确")
        self.message.setText(text)
        self.message.show()
        self.form.set_value("password", "")
        self.password.setFocus()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.unlock_button.setEnabled(True)
        self.app.dialogs.show_exception(self, exc, details)

    def _release(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for cover in self.covers:
            if shiboken6.isValid(cover):
                cover.deleteLater()
        self.covers = []
        self._open = False
        self.hide()

    def _switch(self) -> None:
        self._release()
        self.switch_user.emit()

    # --- no way around it ----------------------------------------------------------------
    def reject(self) -> None:
        """Esc does not unlock."""

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._open:
            event.ignore()
        else:
            super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)


class IdleLock(QObject):
    """The watcher and the lock dialog of one main window (both go with it)."""

    switch_user = Signal()

    def __init__(self, app: AppContext, window: QWidget, minutes: float) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.watcher = IdleWatcher(round(minutes * 60_000), self)
        self.watcher.idle.connect(self.lock)
        self.dialog: LockDialog | None = None

    @property
    def locked(self) -> bool:
        return self.dialog is not None and self.dialog.isVisible()

    def lock(self) -> LockDialog:
        if self.dialog is None:
            self.dialog = LockDialog(self.app, self.window)
            self.dialog.unlocked.connect(self.watcher.resume)
            self.dialog.switch_user.connect(self.switch_user)
        self.watcher.pause()
        self.dialog.lock()
        return self.dialog


def change_password_dialog(app: AppContext, parent: QWidget | None, *,
                           forced: bool = False) -> FormDialog:
    """The password change through the generic form; ``forced`` when the account must
    change it before going on (its Cancel then means quitting)."""
    actor = app.actor
    differ = translate("ChangePassword", "两次输入的新密码不一致")

    def service(values: dict[str, Any]) -> Callable[[Any], None]:
        old, new = values.get("old") or "", values.get("password") or ""
        again = values.get("password_again") or ""

        def call(session: Any) -> None:
            if new != again:
                raise ValidationError(differ, "passwords differ", field="password_again")
            auth.change_password(session, actor, old, new)

        return call

    intro = translate("ChangePassword", "这是首次登录，或管理员重置了您的密码：请先设置只有您知道的新密码。") \
        if forced else ""
    dialog = FormDialog(translate("ChangePassword", "修改密码"), action_forms.PASSWORD_FIELDS,
                        FormContext(), service, app, parent, intro=intro)
    dialog.setObjectName("change-password")
    dialog.resize(520, 300)
    if forced:
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("ChangePassword", "退出"))

    def changed(_result: Any) -> None:
        app.actor = replace(app.actor, must_change_password=False)

    dialog.saved.connect(changed)
    return dialog
