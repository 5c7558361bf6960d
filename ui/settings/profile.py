"""单位信息: the office's particulars, edited by the administrator through office.update_profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mediation_app.services import office
from ui.context import AppContext
from ui.forms import Field, FormContext, FormWidget, show_failure
from ui.widgets import data_label, error_label

PROFILE_FIELDS = (
    Field("name", QT_TRANSLATE_NOOP("fields", "司法所"), required=True),
    Field("committee", QT_TRANSLATE_NOOP("fields", "调解委员会"), required=True),
    Field("prefix", QT_TRANSLATE_NOOP("fields", "案号前缀"), required=True,
          hint=QT_TRANSLATE_NOOP("fields", "只用于此后登记的案件，已有编号不变")),
    Field("region", QT_TRANSLATE_NOOP("fields", "所在地区")),
    Field("address", QT_TRANSLATE_NOOP("fields", "地址")),
    Field("phone", QT_TRANSLATE_NOOP("fields", "联系电话"),
          hint=QT_TRANSLATE_NOOP("fields", "手机号或固定电话，如 010-12345678")),
)


class ProfileBox(QGroupBox):
    """The particulars as a form; ``saved`` after a change was written."""

    saved = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("单位信息"), parent)
        self.app = app
        self.loaded: dict[str, Any] = {}
        self.code = data_label("", self)
        self.code.setObjectName("profile-code")
        self.form = FormWidget(PROFILE_FIELDS, FormContext(), self)
        self.form.setObjectName("profile-form")
        self.error = error_label(self)
        self.status = QLabel(self)
        self.status.setObjectName("profile-status")
        self.save_button = QPushButton(self.tr("保存单位信息"), self)
        self.save_button.setObjectName("save-profile")
        self.save_button.clicked.connect(self.save)
        code_row = QHBoxLayout()
        code_row.addWidget(QLabel(self.tr("单位代码（报送用，不可修改）："), self))
        code_row.addWidget(self.code, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(code_row)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def show_profile(self, profile: dict[str, Any]) -> None:
        self.loaded = dict(profile)
        self.code.setText(str(profile.get("code") or ""))
        for spec in PROFILE_FIELDS:
            self.form.set_value(spec.key, profile.get(spec.key))

    def changes(self) -> dict[str, Any]:
        return {spec.key: self.form.value(spec.key) for spec in PROFILE_FIELDS
                if (self.form.value(spec.key) or None) != (self.loaded.get(spec.key) or None)}

    def save(self) -> None:
        self.form.clear_errors()
        self.error.hide()
        changed, actor = self.changes(), self.app.actor
        if not changed:
            self.status.setText(self.tr("单位信息没有改动。"))
            return
        self.save_button.setEnabled(False)
        self.app.worker.run(lambda s: office.update_profile(s, actor, changed), write=True,
                            on_done=self._saved, on_error=self._failed, owner=self)

    def _saved(self, profile: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self.show_profile(profile)
        self.status.setText(self.tr("已保存单位信息。"))
        self.saved.emit()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.save_button.setEnabled(True)
        show_failure(self, self.form, self.error, exc, details, self.app.dialogs)
