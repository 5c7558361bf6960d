"""Opening an existing store (asking for the recovery key if this machine lacks the key),
then signing in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mediation_app.errors import AuthError, NotFoundError, StoreError
from mediation_app.paths import AppPaths
from mediation_app.services.actor import Actor
from ui.context import Opened
from ui.dialogs import DialogService, error_text
from ui.forms import Field, FormContext, FormWidget, Kind
from ui.widgets import error_label
from ui.worker import Worker

if TYPE_CHECKING:
    from mediation_app.storage.engine import Store

FIELDS = (
    Field("username", QT_TRANSLATE_NOOP("fields", "用户名"), required=True),
    Field("password", QT_TRANSLATE_NOOP("fields", "密码"), Kind.PASSWORD, required=True),
)


def _authenticate(username: str, password: str) -> Any:
    """A failed attempt must still be committed (the failure count), so it is returned,
    not raised, from inside the transaction."""

    def call(session: Any) -> Actor | AuthError:
        from mediation_app.services import auth  # on the worker, with the ORM

        try:
            return auth.authenticate(session, username, password)
        except AuthError as exc:
            return exc

    return call


class SignInDialog(QDialog):
    """``needs_setup`` is True when the store opened but has no office yet.

    The store is opened on the worker, which imports SQLAlchemy, the models and the keyring
    (most of a second) while this dialog shows. ``checking`` is emitted once a password is
    on its way to the worker: its hash takes a third of a second without holding the GIL,
    time in which the application can import what comes after the sign-in.
    """

    checking = Signal()

    def __init__(self, paths: AppPaths, worker: Worker, dialogs: DialogService,
                 settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.worker = worker
        self.dialogs = dialogs
        self.settings = settings
        self.store: Store | None = None
        self.office_name = ""
        self.needs_setup = False
        self.result_: Opened | None = None
        self.setObjectName("sign-in")
        self.setWindowTitle(self.tr("调解台 — 登录"))
        self.status = QLabel(self.tr("正在打开数据库…"), self)
        self.status.setObjectName("sign-in-status")
        self.status.setWordWrap(True)
        self.message = error_label(self)
        self.message.setObjectName("sign-in-error")
        self.form = FormWidget(FIELDS, FormContext(defaults={
            "username": str(settings.value("last_username", "") or "")}), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("登录"))
        self.ok.setObjectName("sign-in-button")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.setEnabled(False)
        self.ok.setEnabled(False)
        self.resize(420, 220)

    # --- opening -------------------------------------------------------------------------
    def open_store(self, recovery: str | None = None) -> None:
        paths = self.paths

        def open_and_name() -> tuple[Store, str | None]:
            from mediation_app.services import office
            from mediation_app.storage import opening

            store = opening.open_existing(paths, recovery)
            try:
                with store.transaction(write=False) as session:
                    return store, office.the_office(session).name
            except NotFoundError:
                return store, None

        self.worker.run_plain(open_and_name, on_done=self._opened, on_error=self._open_failed,
                              owner=self)

    def _opened(self, result: tuple[Store, str | None]) -> None:
        self.store, name = result
        self.worker.store = self.store
        if name is None:
            self.needs_setup = True
            self.done(QDialog.DialogCode.Rejected)
            return
        self.office_name = name
        self.status.setText(self.tr("{0}：请登录").format(name))
        self.form.setEnabled(True)
        self.ok.setEnabled(True)
        target = "password" if self.form.value("username") else "username"
        self.form.editor(target).setFocus()

    def _open_failed(self, exc: BaseException, details: str) -> None:
        if isinstance(exc, StoreError) and self.paths.db_path is not None and \
                self.paths.db_path.exists():
            key = self.dialogs.ask_text(self, error_text(exc) + "\n\n" + self.tr(
                "如有该数据库的恢复密钥，请输入后重试："), self.tr("需要恢复密钥"))
            if key:
                self.open_store(key.strip())
                return
        else:
            self.dialogs.show_exception(self, exc, details)
        self.reject()

    # --- signing in ----------------------------------------------------------------------
    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        self.message.hide()
        username = self.form.value("username") or ""
        password = self.form.value("password") or ""
        self.ok.setEnabled(False)
        self.worker.run(_authenticate(username, password), write=True, on_done=self._checked,
                        on_error=self._failed, owner=self)
        self.checking.emit()

    def _checked(self, result: Actor | AuthError) -> None:
        self.ok.setEnabled(True)
        if isinstance(result, AuthError):
            self.message.setText(error_text(result))
            self.message.show()
            self.form.set_value("password", "")
            self.form.editor("password").setFocus()
            return
        assert self.store is not None
        self.settings.setValue("last_username", result.username)
        self.result_ = Opened(self.store, result, self.office_name)
        self.accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.ok.setEnabled(True)
        self.dialogs.show_exception(self, exc, details)
