"""The case list's model: only the ordered ids live in memory; rows are fetched in pages.

Like Anki's browser, with the first page first: ``queries.first_page`` gives its ids and
rows in one read, so it paints without waiting for the rest; then
``queries.id_array`` gives the whole order (filtering and sorting happen in SQL) and the
rows after the first page are appended. Before it, ``queries.count`` gives the number of
cases (tens of milliseconds), so the count is shown while the ids are still coming; not
for a text search, where counting would cost as much as the search itself. The ids are kept in an ``array('q')`` (8 bytes
each, no Python object per id, nothing for the garbage collector to walk); a row's
position is looked up only when asked. ``queries.page_rows`` fills a page of ~200 rows on the
worker when the view first asks for one of them, and the rows are kept in an LRU cache. A
row not yet loaded shows "加载中…"; a page that fails to load shows its error in place of
the rows instead of crashing.
"""

from __future__ import annotations

import dataclasses
from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from mediation_app.services.cases import queries
from mediation_app.services.cases.queries import CaseFilter
from ui import badges, vocab
from ui.context import AppContext

PAGE_SIZE = 200
CACHE_ROWS = 5000

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 10
RISK_ROLE = Qt.ItemDataRole.UserRole + 11
LOADED_ROLE = Qt.ItemDataRole.UserRole + 12
RISK_SCORE_ROLE = Qt.ItemDataRole.UserRole + 13

Index = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass(frozen=True)
class Column:
    key: str
    title: str
    sort: str | None  # the SQL sort key of queries.SORTS, None if not sortable
    width: int


COLUMNS: tuple[Column, ...] = (
    Column("number", QT_TRANSLATE_NOOP("CaseTableModel", "案件编号"), "number", 210),
    Column("status", QT_TRANSLATE_NOOP("CaseTableModel", "状态"), "status", 110),
    Column("dispute_type", QT_TRANSLATE_NOOP("CaseTableModel", "纠纷类型"), "dispute_type",
           130),
    Column("parties", QT_TRANSLATE_NOOP("CaseTableModel", "当事人"), None, 170),
    Column("mediators", QT_TRANSLATE_NOOP("CaseTableModel", "调解员"), None, 110),
    Column("received_on", QT_TRANSLATE_NOOP("CaseTableModel", "收案日期"), "received_on", 100),
    Column("deadline", QT_TRANSLATE_NOOP("CaseTableModel", "办理期限"), "deadline", 140),
    Column("risk", QT_TRANSLATE_NOOP("CaseTableModel", "风险"), "risk", 120),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseTableModel", text)


class _Missing:
    """A row the store no longer has (deleted since the ids were read)."""


@dataclasses.dataclass(frozen=True)
class _Failed:
    message: str


class CaseTableModel(QAbstractTableModel):
    """Ids in memory, rows on demand through the worker."""

    loading_changed = Signal(bool)
    count_changed = Signal(int)
    first_page_ready = Signal()
    """The first page of a (re)load is in the model, or failed: the list can paint."""

    def __init__(self, app: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.app = app
        self.filter = CaseFilter()
        self._ids = array("q")
        self._cache: OrderedDict[int, dict[str, Any] | _Missing | _Failed] = OrderedDict()
        self._pending: set[tuple[int, int]] = set()  # (generation, page)
        self._generation = 0
        self._loading_ids = False

    # --- loading -------------------------------------------------------------------------
    def set_filter(self, case_filter: CaseFilter) -> None:
        self.filter = case_filter
        self.reload()

    def reload(self, *, stale: bool = True) -> None:
        """Read the ordered ids again, first page first; ``stale`` drops cached rows."""
        if stale:
            self._cache.clear()
        self._generation += 1
        generation, case_filter, today = self._generation, self.filter, self.app.today()
        actor, store = self.app.actor, self.app.store
        self._set_loading(True)
        # the page is read on the driver's cursor (queries.first_page), not the job's session
        self.app.worker.run_read(lambda _s: queries.first_page(store, actor, case_filter, today,
                                                               limit=PAGE_SIZE),
                                 on_done=lambda page: self._first_page_loaded(generation, *page),
                                 on_error=lambda exc, details: self._ids_failed(
                                     generation, exc, details),
                                 owner=self)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading_ids:
            self._loading_ids = loading
            self.loading_changed.emit(loading)

    def _first_page_loaded(self, generation: int, ids: list[int],
                           rows: list[dict[str, Any]]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = array("q", ids)
        self._pending.clear()
        found = {row["id"]: row for row in rows}
        for case_id in ids:
            self._remember(case_id, found.get(case_id, _Missing()))
        self.endResetModel()
        self.first_page_ready.emit()
        if len(ids) < PAGE_SIZE:  # that was all of them
            self._ids_complete()
            return
        case_filter, today = self.filter, self.app.today()
        if not case_filter.text:
            self.app.worker.run_read(lambda s: queries.count(s, case_filter, today),
                                     on_done=lambda n: self._counted(generation, n),
                                     on_error=lambda _exc, _details: None,  # the ids tell
                                     owner=self)
        store = self.app.store
        self.app.worker.run_read(lambda _s: queries.id_array(store, case_filter, today),
                                 on_done=lambda all_ids: self._ids_loaded(generation, all_ids),
                                 on_error=lambda exc, details: self._ids_failed(
                                     generation, exc, details),
                                 owner=self)

    def _counted(self, generation: int, count: int) -> None:
        if generation == self._generation and self._loading_ids:
            self.count_changed.emit(count)

    def _ids_loaded(self, generation: int, ids: array[int]) -> None:
        """The rest of the order: appended below the first page, which stays where it is
        unless the store changed in between (then the whole list is replaced)."""
        if generation != self._generation:
            return
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            self.beginResetModel()
            self._ids = ids
            self._pending.clear()
            self.endResetModel()
        elif len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        self._ids_complete()

    def _ids_complete(self) -> None:
        self._set_loading(False)
        self.count_changed.emit(len(self._ids))

    def _ids_failed(self, generation: int, exc: BaseException, details: str) -> None:
        if generation == self._generation:
            self._set_loading(False)
            self.first_page_ready.emit()
        self.app.dialogs.show_exception(None, exc, details)

    def _request_page(self, page: int) -> None:
        key = (self._generation, page)
        if key in self._pending:
            return
        self._pending.add(key)
        ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE].tolist()
        actor, today, generation = self.app.actor, self.app.today(), self._generation
        store = self.app.store
        self.app.worker.run_read(lambda _s: queries.page_rows(store, actor, ids, today),
                                 on_done=lambda rows: self._page_loaded(generation, page, ids,
                                                                        rows),
                                 on_error=lambda exc, _d: self._page_failed(generation, page,
                                                                            ids, exc),
                                 owner=self)

    def _page_loaded(self, generation: int, page: int, ids: list[int],
                     rows: list[dict[str, Any]]) -> None:
        self._pending.discard((generation, page))
        found = {row["id"]: row for row in rows}
        for case_id in ids:
            self._remember(case_id, found.get(case_id, _Missing()))
        self._announce(generation, page)

    def _page_failed(self, generation: int, page: int, ids: list[int],
                     exc: BaseException) -> None:
        self._pending.discard((generation, page))
        message = getattr(exc, "message", None) or type(exc).__name__
        for case_id in ids:
            self._remember(case_id, _Failed(str(message)))
        self._announce(generation, page)

    def _remember(self, case_id: int, row: dict[str, Any] | _Missing | _Failed) -> None:
        self._cache[case_id] = row
        self._cache.move_to_end(case_id)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def _announce(self, generation: int, page: int) -> None:
        """A page of the current order is in; a page of an older one only fills the cache."""
        last = min((page + 1) * PAGE_SIZE, len(self._ids)) - 1
        if generation == self._generation and last >= page * PAGE_SIZE:
            self.dataChanged.emit(self.index(page * PAGE_SIZE, 0),
                                  self.index(last, len(COLUMNS) - 1))

    # --- access --------------------------------------------------------------------------
    def case_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_for(self, case_id: int) -> int | None:
        """The row of a case: a scan of the ids in C (milliseconds for a million), asked
        rarely, so no id-to-row dict of a million entries is kept."""
        try:
            return self._ids.index(case_id)
        except ValueError:
            return None

    def cached(self, row: int) -> dict[str, Any] | None:
        case_id = self.case_id(row)
        value = self._cache.get(case_id) if case_id is not None else None
        return value if isinstance(value, dict) else None

    @property
    def is_loading(self) -> bool:
        return self._loading_ids or bool(self._pending)

    def _row(self, row: int) -> dict[str, Any] | _Missing | _Failed | None:
        case_id = self._ids[row]
        value = self._cache.get(case_id)
        if value is None:
            self._request_page(row // PAGE_SIZE)
            return None
        self._cache.move_to_end(case_id)
        return value

    # --- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _t(COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].sort:
            return translate("CaseTableModel", "点击按此列排序")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids) or \
                not 0 <= index.column() < len(COLUMNS):
            return None
        if role == CASE_ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.AccessibleTextRole, RISK_ROLE, RISK_SCORE_ROLE,
                        LOADED_ROLE):
            return None
        row = self._row(index.row())
        if role == LOADED_ROLE:
            return isinstance(row, dict)
        key = COLUMNS[index.column()].key
        if not isinstance(row, dict):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and \
                    key == "number":
                if row is None:
                    return translate("CaseTableModel", "加载中…")
                if isinstance(row, _Missing):
                    return translate("CaseTableModel", "（该案件已不存在）")
                return translate("CaseTableModel", "加载失败：{0}").format(row.message)
            return None
        return self._value(row, key, role)

    def _value(self, row: dict[str, Any], key: str, role: int) -> Any:
        overdue = bool(row.get("overdue"))
        if role == RISK_ROLE:
            return row.get("risk_level") if key == "risk" else None
        if role == RISK_SCORE_ROLE:
            return row.get("risk_score") if key == "risk" else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "deadline" and overdue:
                return QBrush(badges.OVERDUE)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if key == "deadline" and overdue:
                font = QFont()
                font.setBold(True)
                return font
            return None
        text = self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "risk":
                return translate("CaseTableModel", "民转刑风险：{0}（得分 {1}）").format(
                    text, row.get("risk_score") if row.get("risk_score") is not None else "—")
            return text or None
        return text

    @staticmethod
    def _text(row: dict[str, Any], key: str) -> str:
        if key == "status":
            return vocab.label(row.get("status_label"))
        if key == "dispute_type":
            return vocab.label(row.get("dispute_type"))
        if key in ("parties", "mediators"):
            return "、".join(row.get(key) or [])
        if key == "risk":
            return badges.risk_text(row.get("risk_level"), row.get("risk_score"))
        if key == "deadline":
            deadline = row.get("deadline") or ""
            return f"{deadline} {badges.overdue_text()}" if row.get("overdue") else deadline
        value = row.get(key)
        return "" if value is None else str(value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in SQL: a new filter with that sort key, ids read again."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        self.filter = dataclasses.replace(
            self.filter, sort=COLUMNS[column].sort,
            descending=order == Qt.SortOrder.DescendingOrder)
        self.reload(stale=False)

    def sort_column(self) -> int:
        for i, column in enumerate(COLUMNS):
            if column.sort == self.filter.sort:
                return i
        return 0
