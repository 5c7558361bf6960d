"""Read-only tables over plain dicts, shared by the case window and its tabs (documents,
attachments, risk), so each tab does not grow its own copy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui import vocab
from ui.models.records import RecordColumn, RecordTableModel
from ui.widgets import mark_data

ROW_HEIGHT = 24
"""Fixed row heights: resizing rows to their contents is slow on long lists."""


def vocab_column(name: str) -> Callable[[dict[str, Any]], str]:
    """A column of core vocabulary, shown translated."""
    return lambda record: vocab.label(record.get(name))


def columns(context: str, *spec: tuple[str, Callable[[dict[str, Any]], Any]]
            ) -> tuple[RecordColumn, ...]:
    """Columns whose titles are source texts of ``context`` (marked with QT_TRANSLATE_NOOP)."""
    return tuple(RecordColumn(title, show, context) for title, show in spec)


def record_table(columns: tuple[RecordColumn, ...], parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(RecordTableModel(columns, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    mark_data(view)
    return view


def set_records(view: QTableView, records: list[dict[str, Any]]) -> None:
    model = view.model()
    assert isinstance(model, RecordTableModel)
    model.set_records(records)
    view.resizeColumnsToContents()


def current_record(view: QTableView) -> dict[str, Any] | None:
    """The record of the selected row, if any."""
    model = view.model()
    assert isinstance(model, RecordTableModel)
    return model.record(view.currentIndex().row())
