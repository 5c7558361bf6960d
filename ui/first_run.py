"""First run: create the encrypted store, the office and its administrator; show the
recovery key once. Optionally fill a demo office (if ``mediation_app.demo`` is present)."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mediation_app.errors import AppError, ValidationError
from mediation_app.paths import AppPaths
from mediation_app.services import auth, office
from mediation_app.services.actor import Actor
from mediation_app.storage import opening
from mediation_app.storage.engine import Store
from ui.context import Opened
from ui.dialogs import DialogService
from ui.forms import Field, FormContext, FormWidget, Kind, show_failure
from ui.widgets import error_label, mark_data
from ui.worker import Worker

FIELDS = (
    Field("office", QT_TRANSLATE_NOOP("fields", "司法所名称"), required=True,
          hint=QT_TRANSLATE_NOOP("fields", "如：城关司法所")),
    Field("committee", QT_TRANSLATE_NOOP("fields", "调解委员会名称"), required=True,
          hint=QT_TRANSLATE_NOOP("fields", "如：城关镇人民调解委员会")),
    Field("prefix", QT_TRANSLATE_NOOP("fields", "编号前缀"), required=True,
          hint=QT_TRANSLATE_NOOP("fields", "案件编号中的简称，如：城关")),
    Field("admin_username", QT_TRANSLATE_NOOP("fields", "管理员用户名"), required=True,
          default="admin"),
    Field("password", QT_TRANSLATE_NOOP("fields", "管理员密码"), Kind.PASSWORD, required=True,
          hint=QT_TRANSLATE_NOOP("fields", "至少8位，含字母、数字、符号中的两类")),
    Field("password_again", QT_TRANSLATE_NOOP("fields", "再次输入密码"), Kind.PASSWORD,
          required=True),
)
DEMO_DEFAULTS = {"office": QT_TRANSLATE_NOOP("FirstRunDialog", "示范司法所"),
                 "committee": QT_TRANSLATE_NOOP("FirstRunDialog", "示范街道人民调解委员会"),
                 "prefix": QT_TRANSLATE_NOOP("FirstRunDialog", "示范")}


DEMO_CASES = 1000
"""A year's work of a busy township office: enough to try every screen."""


def demo_generator() -> Callable[..., Any] | None:
    """``mediation_app.demo.generate`` if that module exists yet (written elsewhere)."""
    try:
        module = importlib.import_module("mediation_app.demo")
    except ImportError:
        return None
    generate = getattr(module, "generate", None)
    return generate if callable(generate) else None


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; continuing requires saying it was written down."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery-key")
        self.setWindowTitle(self.tr("恢复密钥"))
        text = QLabel(self.tr(
            "数据库已加密。请把下面的恢复密钥抄写下来或保存在安全的地方，并与电脑分开存放。"
            "更换电脑或密钥环丢失时，只有凭它才能打开数据库。它只显示这一次。"), self)
        text.setWordWrap(True)
        self.key = QLineEdit(key, self)
        self.key.setObjectName("recovery-key-text")
        self.key.setReadOnly(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(font)
        mark_data(self.key)
        copy = QPushButton(self.tr("复制"), self)
        copy.setObjectName("copy-key")
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
        self.saved = QCheckBox(self.tr("我已妥善保存恢复密钥"), self)
        self.saved.setObjectName("key-saved")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("继续"))
        self.ok.setEnabled(False)
        self.saved.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(copy)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        layout.addWidget(buttons)
        self.resize(620, 200)

    def reject(self) -> None:
        """Esc does not skip the key: it must be acknowledged."""
        if self.saved.isChecked():
            super().reject()


class FirstRunDialog(QDialog):
    """Create the office; ``result_`` holds the open store and the administrator after."""

    def __init__(self, paths: AppPaths, worker: Worker, dialogs: DialogService,
                 store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.worker = worker
        self.dialogs = dialogs
        self.store = store
        self.recovery_key: str | None = None
        self.result_: Opened | None = None
        self.key_dialog: RecoveryKeyDialog | None = None
        self._demo = False
        self.setObjectName("first-run")
        self.setWindowTitle(self.tr("调解台 — 首次使用"))
        intro = QLabel(self.tr(
            "欢迎使用调解台。请填写司法所和调解委员会的名称，并设置管理员密码。"
            "数据保存在：{0}").format(paths.db_path or paths.db_url), self)
        intro.setWordWrap(True)
        self.general = error_label(self)
        self.general.setObjectName("first-run-error")
        self.form = FormWidget(FIELDS, FormContext(), self)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(self.tr("创建"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        self.demo_button = self.buttons.addButton(self.tr("创建示范办公室"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setObjectName("create-demo")
        self.demo_button.setToolTip(self.tr("创建一个填有虚构案件的办公室，用于试用和培训"))
        self.demo_button.setVisible(demo_generator() is not None)
        cancel = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        self.create_button.clicked.connect(lambda: self.submit(demo=False))
        self.demo_button.clicked.connect(lambda: self.submit(demo=True))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.general)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def submit(self, demo: bool = False) -> None:
        self.form.clear_errors()
        self.general.hide()
        if demo:
            for key, value in DEMO_DEFAULTS.items():
                if not self.form.value(key):
                    self.form.set_value(key, self.tr(value))
        values = self.form.values()
        try:
            password = values.get("password") or ""
            auth.check_strength(password)  # before a file is created for nothing
            if password != values.get("password_again"):
                raise ValidationError(self.tr("两次输入的密码不一致"), "passwords differ",
                                      field="password_again")
        except AppError as exc:
            show_failure(self, self.form, self.general, exc, "", self.dialogs)
            return
        self._demo = demo
        self.buttons.setEnabled(False)
        if self.store is None:
            self.worker.run_plain(lambda: opening.create(self.paths), on_done=self._created,
                                  on_error=self._failed, owner=self)
        else:
            self._set_up(values)

    def _created(self, created: opening.Created) -> None:
        self.store = created.store
        self.recovery_key = created.recovery_key
        self._set_up(self.form.values())

    def _set_up(self, values: dict[str, Any]) -> None:
        assert self.store is not None
        self.worker.store = self.store

        def set_up(session: Any) -> tuple[str, Actor]:
            row, admin = office.setup_office(
                session, office=values.get("office"), committee=values.get("committee"),
                prefix=values.get("prefix"), admin_username=values.get("admin_username"),
                admin_password=values.get("password"))
            return row.name, admin

        self.worker.run(set_up, write=True, on_done=self._done, on_error=self._failed,
                        owner=self)

    def _failed(self, exc: BaseException, details: str) -> None:
        """The store (if created) is kept: fixing the form and pressing 创建 retries setup."""
        self.buttons.setEnabled(True)
        show_failure(self, self.form, self.general, exc, details, self.dialogs)

    def _done(self, result: tuple[str, Actor]) -> None:
        assert self.store is not None
        name, admin = result
        self.result_ = Opened(self.store, admin, name)
        if self.recovery_key:
            self.key_dialog = RecoveryKeyDialog(self.recovery_key, self)
            self.key_dialog.finished.connect(lambda _code: self._finish(admin))
            self.key_dialog.open()
        else:
            self._finish(admin)

    def _finish(self, admin: Actor) -> None:
        if self._demo:
            self._fill_demo(admin)
        else:
            self.accept()

    def _fill_demo(self, admin: Actor) -> None:
        generate = demo_generator()
        assert generate is not None and self.store is not None
        params = inspect.signature(generate).parameters
        names = list(params)
        store = self.store

        def fill(*args: Any) -> Any:
            job = args[-1]
            kwargs: dict[str, Any] = {}
            if "progress" in params:
                kwargs["progress"] = lambda done, total: (job.check(), job.report(done, total))
            if "actor" in params:
                kwargs["actor"] = admin
            if "cases" in params:
                kwargs["cases"] = DEMO_CASES
            first = args[0] if len(args) > 1 else store
            return generate(first, **kwargs)

        def fill_job(job: Any) -> Any:
            return fill(job)

        def fill_session(session: Any, job: Any) -> Any:
            return fill(session, job)

        in_transaction = bool(names) and names[0] == "session"
        self.worker.run_long(fill_session if in_transaction else fill_job, parent=self,
                             label=self.tr("正在生成示范数据…"), cancel_text=self.tr("取消"),
                             in_transaction=in_transaction, on_done=lambda _r: self.accept(),
                             on_error=self._demo_failed)

    def _demo_failed(self, exc: BaseException, details: str) -> None:
        """The office exists; only the demo cases are missing: carry on without them."""
        self.dialogs.show_exception(self, exc, details)
        self.accept()

    def reject(self) -> None:
        if self.result_ is None:
            super().reject()
        else:
            self.accept()

