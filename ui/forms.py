"""One generic, data-driven form: a list of field specs becomes a QFormLayout.

Every form in the application — lifecycle actions, the parties and facts of an intake — is
a tuple of :class:`Field`; values come back as the nested dict the services take (a key
``performance.deadline`` fills ``{"performance": {"deadline": ...}}``), and a
``ValidationError`` whose ``field`` names a key (``participants[1].consent``) is shown
under that field. The forms check nothing themselves: the services do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum, auto
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mediation_app.documents.amounts import amount_text
from mediation_app.errors import AppError, StoreError
from ui import vocab
from ui.dialogs import DialogService, error_text
from ui.widgets import OptionalDate, date_edit, error_label, mark_data

if TYPE_CHECKING:
    from ui.context import AppContext

CONTEXT = "fields"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for



def field_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Kind(Enum):
    TEXT = auto()
    PASSWORD = auto()
    MULTILINE = auto()
    DATE = auto()
    OPTIONAL_DATE = auto()
    DATETIME = auto()
    BOOL = auto()
    CHOICE = auto()
    EDITABLE_CHOICE = auto()
    AMOUNT = auto()
    INTEGER = auto()
    LIST = auto()
    TABLE = auto()


@dataclass(frozen=True)
class Field:
    """One input: where its value goes, how it is edited, what it offers.

    ``choices`` is either the values themselves or the name of a list supplied at run time
    by :class:`FormContext` (staff names, party names). ``vocab`` says the values are core
    terms shown through :func:`ui.vocab.label`; otherwise they are the user's data.
    ``blank`` adds an empty first choice (nothing sent). ``omit_false`` leaves an unchecked
    box out of the payload so the service applies its own default.
    """

    key: str
    label: str
    kind: Kind = Kind.TEXT
    required: bool = False
    choices: tuple[str, ...] | str = ()
    vocab: bool = True
    blank: bool = False
    default: Any = None
    columns: tuple[Field, ...] = ()
    omit_false: bool = False
    hint: str = ""
    shown_if: tuple[str, Callable[[Any], bool]] | None = None
    literal: bool = False
    """The label is the office's own text (e.g. from the risk rules file): not translated."""


@dataclass
class FormContext:
    """What a form offers that is only known at run time."""

    lists: dict[str, list[str]] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)


class _Editor:
    """The widget of one field and how to read and write its value."""

    def __init__(self, spec: Field, ctx: FormContext, parent: QWidget) -> None:
        self.spec = spec
        self.ctx = ctx
        self.widget = self._build(parent)
        default = ctx.defaults.get(spec.key, spec.default)
        if default is not None:
            self.set_value(default)

    def _choices(self) -> list[str]:
        if isinstance(self.spec.choices, str):
            return list(self.ctx.lists.get(self.spec.choices, []))
        return list(self.spec.choices)

    def _build(self, parent: QWidget) -> QWidget:
        kind = self.spec.kind
        hint = field_label(self.spec.hint) if self.spec.hint else ""
        widget: QWidget
        if kind in (Kind.TEXT, Kind.PASSWORD, Kind.AMOUNT, Kind.INTEGER):
            line = QLineEdit(parent)
            if kind is Kind.PASSWORD:
                line.setEchoMode(QLineEdit.EchoMode.Password)
            if kind is Kind.INTEGER:
                line.setValidator(QIntValidator(0, 1_000_000, line))
            if kind is Kind.AMOUNT and not hint:
                hint = translate("forms", "元")
            line.setPlaceholderText(hint)
            widget = line
        elif kind is Kind.MULTILINE:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setPlaceholderText(hint)
            text.setMinimumHeight(70)
            widget = text
        elif kind is Kind.DATE:
            widget = date_edit(parent)
        elif kind is Kind.OPTIONAL_DATE:
            widget = OptionalDate(translate("forms", "填写"), parent)
        elif kind is Kind.DATETIME:
            stamp = QDateTimeEdit(QDateTime(QDate.currentDate(), QTime(9, 0)), parent)
            stamp.setCalendarPopup(True)
            stamp.setDisplayFormat("yyyy-MM-dd HH:mm")
            widget = stamp
        elif kind is Kind.BOOL:
            widget = QCheckBox(hint, parent)
        elif kind in (Kind.CHOICE, Kind.EDITABLE_CHOICE):
            combo = QComboBox(parent)
            combo.setEditable(kind is Kind.EDITABLE_CHOICE)
            if self.spec.blank:
                combo.addItem("", None)
            for value in self._choices():
                combo.addItem(vocab.label(value) if self.spec.vocab else value, value)
            if not self.spec.vocab:
                mark_data(combo)
            widget = combo
        elif kind in (Kind.LIST, Kind.TABLE):
            widget = TableEditor(self.spec, self.ctx, parent)
        else:  # pragma: no cover - every kind is handled above
            raise ValueError(kind)
        widget.setObjectName(self.spec.key)
        widget.setAccessibleName(self.spec.label if self.spec.literal
                                 else field_label(self.spec.label))
        return widget

    def value(self) -> Any:
        w, kind = self.widget, self.spec.kind
        if isinstance(w, QLineEdit):
            text = w.text() if kind is Kind.PASSWORD else w.text().strip()
            if not text:
                return None
            return int(text) if kind is Kind.INTEGER and text.isdigit() else text
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip() or None
        if isinstance(w, QDateTimeEdit) and kind is Kind.DATETIME:
            return w.dateTime().toString("yyyy-MM-ddTHH:mm")
        if isinstance(w, QDateEdit):
            return w.date().toString("yyyy-MM-dd")
        if isinstance(w, OptionalDate):
            return w.value()
        if isinstance(w, QCheckBox):
            return True if w.isChecked() else (None if self.spec.omit_false else False)
        if isinstance(w, QComboBox):
            if kind is Kind.EDITABLE_CHOICE:
                text = w.currentText().strip()
                index = w.findText(text)
                data = w.itemData(index) if index >= 0 else None
                return data if data is not None else (text or None)
            return w.currentData()
        if isinstance(w, TableEditor):
            return w.value()
        return None

    def set_value(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QDateTimeEdit) and self.spec.kind is Kind.DATETIME:
            w.setDateTime(QDateTime.fromString(str(value)[:16], "yyyy-MM-ddTHH:mm"))
        elif isinstance(w, QDateEdit):
            w.setDate(QDate.fromString(str(value)[:10], "yyyy-MM-dd"))
        elif isinstance(w, OptionalDate):
            w.set_value(value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            if index >= 0:
                w.setCurrentIndex(index)
            elif w.isEditable():
                w.setEditText("" if value is None else str(value))
        elif isinstance(w, TableEditor):
            w.set_value(value)

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` (without the signal's arguments) whenever the value changes."""
        w = self.widget

        def notify(*_args: Any) -> None:
            callback()

        if isinstance(w, (QLineEdit, QPlainTextEdit)):
            w.textChanged.connect(notify)
        elif isinstance(w, QDateTimeEdit):  # also QDateEdit
            w.dateTimeChanged.connect(notify)
        elif isinstance(w, QCheckBox):
            w.toggled.connect(notify)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(notify)
            w.editTextChanged.connect(notify)
        elif isinstance(w, (OptionalDate, TableEditor)):
            w.changed.connect(notify)


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box for a table cell: the item shows the label and keeps the value."""

    def __init__(self, spec: Field, choices: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.spec = spec
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self.spec.kind is Kind.EDITABLE_CHOICE)
        for value in self.choices:
            combo.addItem(vocab.label(value) if self.spec.vocab else value, value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
                      ) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(VALUE_ROLE)
        found = editor.findData(value)
        if found >= 0:
            editor.setCurrentIndex(found)
        elif editor.isEditable():
            editor.setEditText(value or "")

    def setModelData(self, editor: QWidget, model: Any,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText().strip()
        found = editor.findText(text)
        value = editor.itemData(found) if found >= 0 else (text or None)
        model.setData(index, value, VALUE_ROLE)
        model.setData(index, vocab.label(value) if self.spec.vocab else (value or ""),
                      Qt.ItemDataRole.DisplayRole)


class TableEditor(QWidget):
    """An editable table: a list of texts (one column) or a list of records (columns)."""

    changed = Signal()

    def __init__(self, spec: Field, ctx: FormContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.columns = spec.columns or (Field("text", spec.label),)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setObjectName(f"{spec.key}-table")
        self.table.setHorizontalHeaderLabels([field_label(c.label) for c in self.columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(True)
        self.table.setMinimumHeight(110)
        mark_data(self.table)
        for i, column in enumerate(self.columns):
            if column.kind in (Kind.CHOICE, Kind.EDITABLE_CHOICE):
                choices = (ctx.lists.get(column.choices, []) if isinstance(column.choices, str)
                           else list(column.choices))
                self.table.setItemDelegateForColumn(i, _ChoiceDelegate(column, choices, self))
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        add = QPushButton(translate("forms", "添加一行"), self)
        add.setObjectName(f"{spec.key}-add")
        add.clicked.connect(lambda: self.add_row({}))
        remove = QPushButton(translate("forms", "删除所选行"), self)
        remove.setObjectName(f"{spec.key}-remove")
        remove.clicked.connect(self._remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)

    def _item(self, column: Field, value: Any) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if column.kind is Kind.BOOL:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            item.setText(field_label(column.hint) if column.hint else "")
        else:
            item.setData(VALUE_ROLE, value)
            shown = vocab.label(value) if column.vocab and column.kind in (
                Kind.CHOICE, Kind.EDITABLE_CHOICE) else ("" if value is None else str(value))
            item.setText(shown)
        return item

    def add_row(self, record: dict[str, Any] | str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = record if isinstance(record, dict) else {"text": record}
        for i, column in enumerate(self.columns):
            self.table.setItem(row, i, self._item(column, values.get(column.key,
                                                                      column.default)))
        self.table.setCurrentCell(row, 0)
        self.changed.emit()
        return row

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def _cell(self, row: int, i: int) -> Any:
        column, item = self.columns[i], self.table.item(row, i)
        if item is None:
            return None
        if column.kind is Kind.BOOL:
            checked = item.checkState() == Qt.CheckState.Checked
            return True if checked else (None if column.omit_false else False)
        value = item.data(VALUE_ROLE)
        text = item.text().strip()
        if column.kind in (Kind.CHOICE, Kind.EDITABLE_CHOICE) and value is not None and (
                text == (vocab.label(value) if column.vocab else value)):
            return value
        return text or None

    def value(self) -> list[Any]:
        out: list[Any] = []
        for row in range(self.table.rowCount()):
            cells = {c.key: self._cell(row, i) for i, c in enumerate(self.columns)}
            texts = [v for k, v in cells.items() if not isinstance(v, bool) and v]
            if not texts:
                continue  # a blank row is not an entry
            if self.spec.kind is Kind.LIST:
                out.append(cells["text"])
            else:
                out.append({k: v for k, v in cells.items() if v is not None and v != ""})
        return out

    def set_value(self, value: Any) -> None:
        self.table.setRowCount(0)
        for record in value or []:
            self.add_row(record)

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)


INDEXED = re.compile(r"^(?P<base>.+?)\[(?P<row>\d+)\](?:\.(?P<rest>.+))?$")


class FormWidget(QWidget):
    """The fields of one form in a QFormLayout, each with room for its error message."""

    changed = Signal()

    def __init__(self, fields: Sequence[Field], ctx: FormContext | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self.ctx = ctx or FormContext()
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.editors: dict[str, _Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, int] = {}
        for spec in self.fields:
            editor = _Editor(spec, self.ctx, self)
            holder = QWidget(self)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(editor.widget)
            if spec.kind is Kind.AMOUNT:
                box.addWidget(self._amount_in_words(spec.key, editor))
            message = error_label(holder)
            message.setObjectName(f"{spec.key}-error")
            box.addWidget(message)
            self._rows[spec.key] = self.layout_.rowCount()
            if spec.literal and isinstance(editor.widget, QCheckBox):
                editor.widget.setText(spec.label)  # a long item reads best as the box's text
                mark_data(editor.widget)
                self.layout_.addRow(holder)
            else:
                text = (spec.label if spec.literal else field_label(spec.label)) + (
                    " *" if spec.required else "")
                label = QLabel(text, self)
                if spec.literal:
                    mark_data(label)
                label.setBuddy(editor.widget)
                self.layout_.addRow(label, holder)
            self.editors[spec.key] = editor
            self.errors[spec.key] = message
            editor.on_change(self.changed.emit)
        for spec in self.fields:
            if spec.shown_if is not None:
                other = spec.shown_if[0]
                self.editors[other].on_change(self._update_visibility)
        self._update_visibility()

    def _amount_in_words(self, key: str, editor: _Editor) -> QLabel:
        """The amount in 大写 under its field, kept current as it is typed."""
        words = QLabel(self)
        words.setObjectName(f"{key}-words")
        mark_data(words)

        def update(*_: Any) -> None:
            try:
                value = Decimal(str(editor.value()).replace(",", ""))
                words.setText(amount_text(value) if value == value.quantize(Decimal("0.01"))
                              else "")
            except (InvalidOperation, ValueError):
                words.setText("")

        editor.on_change(update)
        update()
        return words

    def _update_visibility(self) -> None:
        for spec in self.fields:
            if spec.shown_if is not None:
                other, test = spec.shown_if
                self.layout_.setRowVisible(self._rows[spec.key],
                                           bool(test(self.editors[other].value())))

    def is_shown(self, key: str) -> bool:
        spec = next(s for s in self.fields if s.key == key)
        if spec.shown_if is None:
            return True
        other, test = spec.shown_if
        return bool(test(self.editors[other].value()))

    def editor(self, key: str) -> QWidget:
        return self.editors[key].widget

    def value(self, key: str) -> Any:
        return self.editors[key].value()

    def set_value(self, key: str, value: Any) -> None:
        self.editors[key].set_value(value)

    def values(self) -> dict[str, Any]:
        """The nested payload; empty and hidden fields are left out."""
        out: dict[str, Any] = {}
        for spec in self.fields:
            if not self.is_shown(spec.key):
                continue
            value = self.editors[spec.key].value()
            if value is None or value == []:
                continue
            target = out
            *parents, last = spec.key.split(".")
            for name in parents:
                target = target.setdefault(name, {})
            target[last] = value
        return out

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def set_error(self, key: str, message: str) -> None:
        label = self.errors[key]
        label.setText(message)
        label.show()

    def show_error(self, path: str, message: str) -> bool:
        """Put a service's message next to the field it names; False if no field matches."""
        key, row = resolve_field(path, self.editors)
        if key is None:
            return False
        self.set_error(key, message)
        widget = self.editors[key].widget
        if isinstance(widget, TableEditor) and row is not None:
            widget.select_row(row)
        widget.setFocus()
        return True


def resolve_field(path: str, keys: Sequence[str] | dict[str, Any]
                  ) -> tuple[str | None, int | None]:
    """``participants[1].consent`` → (``participants``, 1); exact keys win."""
    if path in keys:
        return path, None
    match = INDEXED.match(path)
    if match and match["base"] in keys:
        return match["base"], int(match["row"])
    if "." in path:
        return resolve_field(path.rsplit(".", 1)[0], keys)
    return None, None


class FormDialog(QDialog):
    """A form in a dialog that saves through a service call on the worker.

    ``service(values)`` returns the function the worker runs with a write session. A
    ``ValidationError`` stays in the dialog, next to its field; environment errors and bugs
    go to the dialog service.
    """

    saved = Signal(object)

    def __init__(self, title: str, fields: Sequence[Field], ctx: FormContext,
                 service: Callable[[dict[str, Any]], Callable[[Any], Any]], app: AppContext,
                 parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__(parent)
        self.app = app
        self.service = service
        self.setWindowTitle(title)
        self.setObjectName("form-dialog")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro, self)
            note.setWordWrap(True)
            layout.addWidget(note)
        self.general = error_label(self)
        self.general.setObjectName("form-error")
        layout.addWidget(self.general)
        self.form = FormWidget(fields, ctx, self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(translate("forms", "保存"))
        save.setToolTip(translate("forms", "保存 (Ctrl+S)"))
        save.setObjectName("save")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("forms", "取消"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.submit)
        self.resize(640, 560)

    def submit(self) -> None:
        if not self.buttons.isEnabled():
            return
        self.form.clear_errors()
        self.general.hide()
        self.buttons.setEnabled(False)
        call = self.service(self.form.values())
        self.app.worker.run(call, write=True, on_done=self._saved, on_error=self._failed,
                            owner=self)

    def _saved(self, result: Any) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.buttons.setEnabled(True)
        show_failure(self, self.form, self.general, exc, details, self.app.dialogs)


def show_failure(parent: QWidget, form: FormWidget | None, general: QLabel,
                 exc: BaseException, details: str, dialogs: DialogService) -> None:
    """A domain error stays in the form (under its field if it names one); the rest goes
    to the dialog service."""
    if isinstance(exc, AppError) and not isinstance(exc, StoreError):
        text = error_text(exc)
        if exc.field and form is not None and form.show_error(exc.field, text):
            return
        general.setText(text)
        general.show()
        return
    dialogs.show_exception(parent, exc, details)
