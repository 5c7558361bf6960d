"""A read-only table over plain dicts (parties, sessions, the audit trail, dashboard lists).

Columns say which key to show and how; the services already made the dicts plain and
masked, so the model only formats.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass(frozen=True)
class RecordColumn:
    """``title`` is a source text translated in ``context``; ``show`` formats the record."""

    title: str
    show: Callable[[dict[str, Any]], Any]
    context: str = "records"
    colour: Callable[[dict[str, Any]], QColor | None] | None = None


def key(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda record: record.get(name)


class RecordTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[RecordColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.records: list[dict[str, Any]] = []

    def set_records(self, records: Sequence[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> dict[str, Any] | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        return QCoreApplication.translate(column.context, column.title)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records) or \
                not 0 <= index.column() < len(self.columns):
            return None
        record = self.records[index.row()]
        column = self.columns[index.column()]
        if role == RECORD_ROLE:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.show(record)
            if value is None:
                return "" if role == Qt.ItemDataRole.DisplayRole else None
            if isinstance(value, bool):
                return (QCoreApplication.translate("records", "是") if value
                        else QCoreApplication.translate("records", "否"))
            return str(value)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(record)
            return QBrush(colour) if colour is not None else None
        return None
