"""Small widgets and helpers shared by several windows."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

DATA_PROPERTY = "isData"
"""Set on widgets that show the user's data (names, case numbers): not to be translated."""


def mark_data(widget: QWidget) -> QWidget:
    widget.setProperty(DATA_PROPERTY, True)
    return widget


def data_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    mark_data(label)
    return label


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red message under a field; hidden while there is nothing to say."""
    label = QLabel(parent)
    label.setObjectName("field-error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setProperty(DATA_PROPERTY, True)  # messages come from the core, in Chinese
    label.hide()
    return label


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate.currentDate())
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a check box turns the date on."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text, self)
        self.edit = date_edit(self)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> str | None:
        if not self.check.isChecked():
            return None
        return self.edit.date().toString("yyyy-MM-dd")

    def set_value(self, value: str | None) -> None:
        self.check.setChecked(bool(value))
        if value:
            self.edit.setDate(QDate.fromString(value[:10], "yyyy-MM-dd"))
