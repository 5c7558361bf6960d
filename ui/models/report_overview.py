"""Bureau mode: registered offices × months, each cell reported or missing.

A missing report is flagged in words (未报) and in red, so it reads without colour; the
tooltip of a reported cell says when it was made and imported, and whether it replaced
an earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush

from ui.badges import OVERDUE
from ui.timefmt import local_time

Index = QModelIndex | QPersistentModelIndex
REPORTED_ROLE = Qt.ItemDataRole.UserRole + 40
"""True for a reported cell, False for a missing one, None for the office column."""


@dataclass(frozen=True)
class Overview:
    """Plain data read on the worker: offices in order, months in order, reports by key."""

    offices: list[dict[str, Any]]
    months: list[str]
    reports: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)

    def missing(self, month: str) -> list[dict[str, Any]]:
        return [o for o in self.offices if (o["code"], month) not in self.reports]


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class ReportOverviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overview = Overview([], [])

    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        self.overview = overview
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.overview.offices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.overview.months)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return translate("ReportOverview", "报送单位")
        if 0 < section <= len(self.overview.months):
            return self.overview.months[section - 1]
        return None

    def _cell(self, index: Index) -> tuple[dict[str, Any], str | None] | None:
        if not index.isValid() or not 0 <= index.row() < len(self.overview.offices) or \
                not 0 <= index.column() <= len(self.overview.months):
            return None
        office = self.overview.offices[index.row()]
        month = self.overview.months[index.column() - 1] if index.column() else None
        return office, month

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self._cell(index)
        if cell is None:
            return None
        office, month = cell
        if month is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{office['name']}（{office['code']}）"
            if role == Qt.ItemDataRole.ToolTipRole and office.get("fingerprint"):
                return translate("ReportOverview", "公钥指纹：{0}").format(office["fingerprint"])
            return None
        report = self.overview.reports.get((office["code"], month))
        if role == REPORTED_ROLE:
            return report is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if report is None:
                return translate("ReportOverview", "未报")
            return translate("ReportOverview", "已报（替换 {0} 次）").format(report["replaced_count"]) \
                if report.get("replaced_count") else translate("ReportOverview", "已报")
        if role == Qt.ItemDataRole.ToolTipRole and report is not None:
            text = translate("ReportOverview", "生成于 {0}，导入于 {1}").format(local_time(report.get("generated_at")),
                                                   local_time(report.get("imported_at")))
            return f"{text}\n{report['note']}" if report.get("note") else text
        if role == Qt.ItemDataRole.ForegroundRole and report is None:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
