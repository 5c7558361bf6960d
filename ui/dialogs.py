"""Every message box goes through one object, so tests can replace it with a recorder.

Errors are shown in three kinds: a domain error (``AppError``) shows its own Chinese
message; an environment error (``StoreError``) its message plus what to do; anything else
is a bug, written to a crash log and shown as a minimal dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from mediation_app.errors import AppError, StoreError
from ui import crash, i18n

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for



def error_text(exc: AppError) -> str:
    """The user's message: Chinese, with the English gloss when the UI is English."""
    if i18n.is_english() and exc.english:
        return f"{exc.english}\n{exc.message}"
    return exc.message


class DialogService:
    """Modal message boxes; ``show_exception`` sorts failures into the three kinds."""

    def __init__(self, log_dir: Path | None = None) -> None:
        self.log_dir = log_dir

    def info(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        QMessageBox.information(parent, title or translate("DialogService", "提示"), text)

    def warn(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        QMessageBox.warning(parent, title or translate("DialogService", "注意"), text)

    def error(self, parent: QWidget | None, text: str, title: str | None = None) -> None:
        QMessageBox.critical(parent, title or translate("DialogService", "错误"), text)

    def confirm(self, parent: QWidget | None, text: str, title: str | None = None) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(parent, title or translate("DialogService", "请确认"),
                                      text, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_text(self, parent: QWidget | None, label: str, title: str | None = None,
                 text: str = "", *, secret: bool = False) -> str | None:
        mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
        value, ok = QInputDialog.getText(
            parent, title or translate("DialogService", "请输入"), label, mode, text)
        return value if ok else None

    def crash(self, parent: QWidget | None, log: Path | None) -> None:
        """The minimal dialog for a bug: what happened, where the details are, copy them."""
        box = QMessageBox(
            QMessageBox.Icon.Critical, translate("DialogService", "内部错误"),
            translate("DialogService",
                      "程序遇到了一个内部错误，刚才的操作可能没有完成。已保存的数据不受影响。"),
            QMessageBox.StandardButton.Ok, parent)
        if log is not None:
            box.setInformativeText(translate(
                "DialogService", "详细信息已写入日志文件，请将它发给技术支持：\n{0}").format(log))
            copy = box.addButton(translate("DialogService", "复制日志路径"),
                                 QMessageBox.ButtonRole.ActionRole)
            copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(str(log)))
        box.exec()

    def show_exception(self, parent: QWidget | None, exc: BaseException,
                       details: str | None = None) -> None:
        if isinstance(exc, StoreError):
            what_to_do = translate(
                "DialogService",
                "本次操作没有保存任何内容。请处理上述问题后重试；如果问题持续，请联系管理员。")
            self.warn(parent, f"{error_text(exc)}\n\n{what_to_do}",
                      translate("DialogService", "数据库问题"))
        elif isinstance(exc, AppError):
            self.warn(parent, error_text(exc), translate("DialogService", "无法完成"))
        else:
            log = crash.write_log(self.log_dir, details or crash.format_exception(exc))
            self.crash(parent, log)
