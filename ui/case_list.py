"""The case list: a filter bar and search box over the lazily fetched case table."""

from __future__ import annotations

import contextlib
import json
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mediation_app.domain.enums import CaseStatus, DisputeType, RiskLevel, StaffRole
from mediation_app.errors import AppError
from mediation_app.services import office
from mediation_app.services.cases import queries
from ui import badges, vocab
from ui.context import AppContext
from ui.models.case_table import (
    CASE_ID_ROLE,
    COLUMNS,
    RISK_ROLE,
    RISK_SCORE_ROLE,
    CaseTableModel,
)
from ui.widgets import mark_data

ROW_HEIGHT = 26
SETTINGS_FILTER = "case_list/filter"
SETTINGS_HEADER = "case_list/header"
NO_DATE = QDate(2000, 1, 1)


class RiskBadgeDelegate(QStyledItemDelegate):
    """Paints the risk cell as a coloured pill with its words (红·高风险)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        colours = badges.risk_colours(index.data(RISK_ROLE), index.data(RISK_SCORE_ROLE))
        if colours is None:
            super().paint(painter, option, index)
            return
        background, foreground = colours
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(option.rect, option.palette.highlight())
        metrics = option.fontMetrics
        text = metrics.elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                  Qt.TextElideMode.ElideRight, option.rect.width() - 22)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = min(option.rect.width() - 6, metrics.horizontalAdvance(text) + 16)
        pill = QRect(option.rect.x() + 3, option.rect.y() + 3, width, option.rect.height() - 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(pill, 8, 8)
        painter.setPen(foreground)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class CaseTableView(QTableView):
    """Enter opens the selected case, like a double-click."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doubleClicked.connect(self._open_index)

    def _open_index(self, index: QModelIndex) -> None:
        case_id = index.data(CASE_ID_ROLE)
        if case_id is not None:
            self.open_requested.emit(int(case_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open_index(self.currentIndex())
            return
        super().keyPressEvent(event)


class CaseListPage(QWidget):
    """Filters (status, type, mediator, risk, received between, overdue) and search."""

    open_case = Signal(int)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("case-list")
        self.model = CaseTableModel(app, self)
        self._restoring = False

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("搜索：编号、姓名、身份证号、电话或案情（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.status = self._combo("status", [(self.tr("全部状态"), None)] + [
            (vocab.status_label(s.value), s.value) for s in CaseStatus])
        self.dispute_type = self._combo("type", [(self.tr("全部类型"), None)] + [
            (vocab.label(t.value), t.value) for t in DisputeType])
        self.risk = self._combo("risk", [(self.tr("全部风险"), None)] + [
            (badges.risk_text(r.value), r.value) for r in reversed(RiskLevel)])
        self.mediator = self._combo("mediator", [(self.tr("全部调解员"), None)])
        self.date_from = self._date("from", self.tr("收案起"))
        self.date_to = self._date("to", self.tr("收案止"))
        self.overdue = QCheckBox(self.tr("仅逾期"), self)
        self.overdue.setObjectName("overdue")
        self.reset_button = QPushButton(self.tr("清除筛选"), self)
        self.reset_button.setObjectName("clear-filters")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("case-count")

        bar = QHBoxLayout()
        for widget in (self.status, self.dispute_type, self.mediator, self.risk):
            bar.addWidget(widget)
        bar.addWidget(QLabel(self.tr("收案日期"), self))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.date_to)
        bar.addWidget(self.overdue)
        bar.addWidget(self.reset_button)
        bar.addStretch(1)

        self.view = CaseTableView(self)
        self.view.setObjectName("case-table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # see PLATFORM.md
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, column.width)
        header.sectionClicked.connect(self._header_clicked)
        self.view.setItemDelegateForColumn(len(COLUMNS) - 1, RiskBadgeDelegate(self.view))
        self.view.open_requested.connect(self.open_case)
        self.view.setToolTip(self.tr("双击或按回车打开案件"))

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.status, self.dispute_type, self.risk, self.mediator):
            combo.currentIndexChanged.connect(self.apply_filter)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        self.reset_button.clicked.connect(self.clear_filters)
        self.model.first_page_ready.connect(self._paint_first_page)
        self.model.count_changed.connect(self._show_count)
        self.model.loading_changed.connect(self._show_loading)

        self._restore()
        self._load_mediators()
        self.apply_filter()

    # --- building ------------------------------------------------------------------------
    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _date(self, name: str, tip: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("不限"))
        edit.setDate(NO_DATE)
        edit.setToolTip(tip)
        return edit

    def _load_mediators(self) -> None:
        self.app.worker.run(lambda s: office.list_staff(s, StaffRole.MEDIATOR),
                            on_done=self._mediators_loaded, owner=self)

    def _mediators_loaded(self, staff: list[dict[str, Any]]) -> None:
        wanted = self._saved_filter().get("mediator")
        self.mediator.blockSignals(True)
        for member in staff:
            self.mediator.addItem(member["name"], member["name"])
        mark_data(self.mediator)
        if wanted:
            index = self.mediator.findData(wanted)
            if index >= 0:
                self.mediator.setCurrentIndex(index)
        self.mediator.blockSignals(False)
        if wanted and self.mediator.currentData() == wanted:
            self.apply_filter()

    # --- filtering -----------------------------------------------------------------------
    def raw_filter(self) -> dict[str, Any]:
        """The filter as queries.parse_filter takes it (also what is saved in settings)."""
        raw: dict[str, Any] = {
            "status": [self.status.currentData()] if self.status.currentData() else [],
            "type": self.dispute_type.currentData(),
            "risk": self.risk.currentData(),
            "mediator": self.mediator.currentData(),
            "overdue": self.overdue.isChecked(),
            "text": self.search.text().strip() or None,
            "sort": self.model.filter.sort,
            "descending": self.model.filter.descending,
        }
        for key, edit in (("from", self.date_from), ("to", self.date_to)):
            if edit.date() != NO_DATE:
                raw[key] = edit.date().toString("yyyy-MM-dd")
        return raw

    def apply_filter(self) -> None:
        if self._restoring:
            return
        self._search_timer.stop()
        raw = self.raw_filter()
        try:
            case_filter = queries.parse_filter(raw)
        except AppError as exc:
            self.app.dialogs.show_exception(self, exc)
            return
        self.app.settings.setValue(SETTINGS_FILTER, json.dumps(raw, ensure_ascii=False))
        self.model.set_filter(case_filter)

    def clear_filters(self) -> None:
        self._restoring = True
        for combo in (self.status, self.dispute_type, self.risk, self.mediator):
            combo.setCurrentIndex(0)
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        self.overdue.setChecked(False)
        self.search.clear()
        self._restoring = False
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.model.reload()

    def _header_clicked(self, section: int) -> None:
        column = COLUMNS[section]
        header = self.view.horizontalHeader()
        if column.sort is None:  # not sortable in SQL: keep the indicator where it was
            self._show_sort()
            return
        if self.model.filter.sort == column.sort:
            order = Qt.SortOrder.AscendingOrder if self.model.filter.descending \
                else Qt.SortOrder.DescendingOrder
        else:
            order = Qt.SortOrder.DescendingOrder
        header.setSortIndicator(section, order)
        self.model.sort(section, order)
        self.app.settings.setValue(SETTINGS_FILTER,
                                   json.dumps(self.raw_filter(), ensure_ascii=False))

    def _show_sort(self) -> None:
        order = Qt.SortOrder.DescendingOrder if self.model.filter.descending \
            else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(self.model.sort_column(), order)

    def _paint_first_page(self) -> None:
        """Paint now, before the model asks for the rest of the ids: while the reader thread
        fetches them, each call from Qt into Python may wait for the GIL, and a paint makes
        hundreds of them."""
        if self.view.isVisible():
            self.view.viewport().repaint()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("共 {0} 件").format(count))

    def _show_loading(self, loading: bool) -> None:
        if loading:
            self.count_label.setText(self.tr("正在查询…"))

    # --- settings ------------------------------------------------------------------------
    def _saved_filter(self) -> dict[str, Any]:
        try:
            raw = json.loads(str(self.app.settings.value(SETTINGS_FILTER, "{}")))
        except ValueError:
            return {}
        return raw if isinstance(raw, dict) else {}

    def _restore(self) -> None:
        """Last filters, sort and column widths, as the user left them."""
        raw = self._saved_filter()
        state = self.app.settings.value(SETTINGS_HEADER)
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
        self._restoring = True
        try:
            status = raw.get("status") or []
            for combo, value in ((self.status, status[0] if status else None),
                                 (self.dispute_type, raw.get("type")),
                                 (self.risk, raw.get("risk"))):
                index = combo.findData(value)
                combo.setCurrentIndex(max(index, 0))
            self.overdue.setChecked(bool(raw.get("overdue")))
            self.search.setText(raw.get("text") or "")
            for key, edit in (("from", self.date_from), ("to", self.date_to)):
                if raw.get(key):
                    edit.setDate(QDate.fromString(raw[key], "yyyy-MM-dd"))
            if raw.get("sort"):
                with contextlib.suppress(AppError):
                    self.model.filter = queries.parse_filter(
                        {"sort": raw["sort"], "descending": raw.get("descending", True)})
        finally:
            self._restoring = False
        self._search_timer.stop()
        self._show_sort()

    def save_state(self) -> None:
        self.app.settings.setValue(SETTINGS_HEADER, self.view.horizontalHeader().saveState())
        self.app.settings.setValue(SETTINGS_FILTER,
                                   json.dumps(self.raw_filter(), ensure_ascii=False))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.apply_filter()
            return
        super().keyPressEvent(event)
