"""月度报送: preview a month's figures, export the signed folder for the bureau, hand
adjustments and the sweep log.

Everything is a call of ``mediation_app.exports`` on the worker: the figures
(``statistics.compute``), the export (``bureau_files.run_monthly_export``, then
``package.verify_export`` on what was written), the public key, adjustments and sweeps.
The core checks roles and values; the dialog shows what it says.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mediation_app.exports import bureau_files, package, roles, statistics, sweeps
from mediation_app.exports.adjustments import add_adjustment
from mediation_app.exports.columns import COLUMNS
from mediation_app.services import office
from ui.charts import BarChart, Tiles
from ui.context import AppContext
from ui.forms import Field, FormContext, FormDialog, FormWidget, Kind, show_failure
from ui.models import figures
from ui.models.figures import MonthFigures
from ui.models.records import RecordColumn, key
from ui.record_tables import record_table, set_records
from ui.widgets import DATA_PROPERTY, data_label, error_label, mark_data

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

STAFF = "staff"
INTEGER_TEXT = re.compile(r"^[+-]?\d+$")

SWEEP_FIELDS = (
    Field("swept_on", QT_TRANSLATE_NOOP("fields", "排查日期"), Kind.DATE, required=True),
    Field("area", QT_TRANSLATE_NOOP("fields", "排查范围"), required=True,
          hint=QT_TRANSLATE_NOOP("fields", "如：幸福村3组、城关镇全镇")),
    Field("swept_by", QT_TRANSLATE_NOOP("fields", "排查人"), Kind.EDITABLE_CHOICE, required=True,
          choices=STAFF, vocab=False),
    Field("disputes_found", QT_TRANSLATE_NOOP("fields", "发现纠纷件数"), Kind.INTEGER),
    Field("disputes_prevented", QT_TRANSLATE_NOOP("fields", "预防纠纷件数"), Kind.INTEGER),
    Field("notes", QT_TRANSLATE_NOOP("fields", "排查情况"), Kind.MULTILINE),
)
SWEEP_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("SweepLog", "排查日期"), key("swept_on"), "SweepLog"),
    RecordColumn(QT_TRANSLATE_NOOP("SweepLog", "排查范围"), key("area"), "SweepLog"),
    RecordColumn(QT_TRANSLATE_NOOP("SweepLog", "排查人"), key("swept_by"), "SweepLog"),
    RecordColumn(QT_TRANSLATE_NOOP("SweepLog", "发现纠纷"), key("disputes_found"), "SweepLog"),
    RecordColumn(QT_TRANSLATE_NOOP("SweepLog", "预防纠纷"), key("disputes_prevented"),
                 "SweepLog"),
    RecordColumn(QT_TRANSLATE_NOOP("SweepLog", "由此立案"), key("cases"), "SweepLog"),
    RecordColumn(QT_TRANSLATE_NOOP("SweepLog", "排查情况"), key("notes"), "SweepLog"),
)
ADJUSTABLE = tuple(c.key for c in COLUMNS if c.adjustable)
ADJUSTMENT_FIELDS = (
    Field("column", QT_TRANSLATE_NOOP("fields", "调整栏目"), Kind.CHOICE, required=True,
          choices=ADJUSTABLE, vocab=False),
    Field("delta", QT_TRANSLATE_NOOP("fields", "调整数"), required=True,
          hint=QT_TRANSLATE_NOOP("fields", "正数增加，负数减少，如 2 或 -1")),
    Field("reason", QT_TRANSLATE_NOOP("fields", "调整理由"), Kind.MULTILINE, required=True),
)


# --- small services of the desktop, replaceable in tests --------------------------------
def choose_folder(parent: QWidget, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title)


def choose_save_file(parent: QWidget, title: str, suggested: str, pattern: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, suggested, pattern)[0]


def choose_open_file(parent: QWidget, title: str, pattern: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, "", pattern)[0]


def open_folder(path: str) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def relabel(form: FormWidget, key: str, text: Callable[[str], str]) -> None:
    """Show a choice's values (core keys or terms) by ``text(value)``, keeping the values."""
    combo = form.editor(key)
    assert isinstance(combo, QComboBox)
    for i in range(combo.count()):
        if combo.itemData(i) is not None:
            combo.setItemText(i, text(str(combo.itemData(i))))
    combo.setProperty(DATA_PROPERTY, False)  # now our translated words, not the user's data


def whole_number(text: Any) -> Any:
    """``"-2"`` → -2 for the service; anything else is passed on for the service to refuse."""
    if isinstance(text, str) and INTEGER_TEXT.match(text.strip()):
        return int(text.strip())
    return text


class MonthPicker(QDateEdit):
    """A month (``YYYY-MM``); the day is always the first, and months after today's are out."""

    month_changed = Signal(str)

    def __init__(self, today: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month")
        self.setDisplayFormat("yyyy-MM")
        self.setCalendarPopup(False)
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setMaximumDate(QDate(today.year(), today.month(), 1))
        self.setCurrentSection(QDateEdit.Section.MonthSection)
        self.setAccessibleName(translate("MonthPicker", "统计月份"))
        self.dateChanged.connect(self._changed)

    def _changed(self, date: QDate) -> None:
        if date.day() != 1:
            self.setDate(QDate(date.year(), date.month(), 1))
            return
        self.month_changed.emit(self.month())

    def month(self) -> str:
        date = self.date()
        return f"{date.year():04d}-{date.month():02d}"

    def set_month(self, month: str) -> None:
        year, number = (int(part) for part in month.split("-"))
        self.setDate(QDate(year, number, 1))


def previous_month(today: QDate) -> QDate:
    first = QDate(today.year(), today.month(), 1)
    return first.addMonths(-1)


class SweepLog(QWidget):
    """The sweeps of a period, newest first, and a form to record one."""

    changed = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("sweep-log")
        self.period: tuple[str, str] | None = None
        self.staff: list[str] = []
        self.view = record_table(SWEEP_COLUMNS, self)
        self.view.setObjectName("sweeps")
        self.view.setAccessibleName(self.tr("排查记录"))
        self.add_button = QPushButton(self.tr("登记排查…"), self)
        self.add_button.setObjectName("add-sweep")
        self.add_button.setEnabled(app.actor.role in roles.SWEEPS)
        self.add_button.clicked.connect(self.add_sweep)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def show_month(self, month: str) -> None:
        first, last = statistics.month_range(month)
        self.period = (first.isoformat(), last.isoformat())
        actor = self.app.actor

        def load(session: Any) -> tuple[list[dict[str, Any]], list[str]]:
            return (sweeps.list_sweeps(session, actor, first, last),
                    [s["name"] for s in office.list_staff(session)])

        self.app.worker.run(load, on_done=self._loaded, on_error=self._failed, owner=self)

    def _loaded(self, result: tuple[list[dict[str, Any]], list[str]]) -> None:
        rows, self.staff = result
        set_records(self.view, rows)
        found = sum(r["disputes_found"] or 0 for r in rows)
        prevented = sum(r["disputes_prevented"] or 0 for r in rows)
        self.note.setText(self.tr("本月排查 {0} 次，发现纠纷 {1} 件，预防纠纷 {2} 件").format(
            len(rows), found, prevented))

    def _failed(self, exc: BaseException, details: str) -> None:
        self.app.dialogs.show_exception(self, exc, details)

    def add_sweep(self) -> FormDialog:
        actor, today = self.app.actor, self.app.today()
        defaults: dict[str, Any] = {"swept_by": actor.display_name or actor.username}
        if self.period is not None and self.period[1] < today.isoformat():
            defaults["swept_on"] = self.period[1]
        else:
            defaults["swept_on"] = today.isoformat()
        ctx = FormContext(lists={STAFF: self.staff}, defaults=defaults)
        dialog = FormDialog(
            self.tr("登记矛盾纠纷排查"), SWEEP_FIELDS, ctx,
            lambda values: lambda s: sweeps.add_sweep(s, actor, values, today=today),
            self.app, self)
        dialog.setObjectName("sweep-form")
        dialog.saved.connect(lambda _r: self._saved())
        dialog.show()
        return dialog

    def _saved(self) -> None:
        if self.period is not None:
            self.show_month(self.period[0][:7])
        self.changed.emit()


class PublicKeyDialog(QDialog):
    """The office's public key, to copy or save for registration at the bureau."""

    def __init__(self, info: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.setObjectName("public-key")
        self.setWindowTitle(self.tr("本所报送公钥"))
        intro = QLabel(self.tr("请把下面的公钥交给区司法局登记。登记时请对方核对指纹，"
                               "确认公钥确实来自本所。"), self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("public-key-text")
        self.text.setReadOnly(True)
        self.text.setPlainText(self.as_text())
        self.text.setAccessibleName(self.tr("公钥"))
        mark_data(self.text)
        self.copy_button = QPushButton(self.tr("复制"), self)
        self.copy_button.setObjectName("copy-key")
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("保存为文件…"), self)
        self.save_button.setObjectName("save-key")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        self.saved_to = data_label("", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.saved_to)
        layout.addLayout(buttons)
        self.resize(560, 300)

    def as_text(self) -> str:
        i = self.info
        return "\n".join([
            self.tr("单位代码：{0}").format(i["office_code"]),
            self.tr("单位名称：{0}").format(i["office_name"]),
            self.tr("公钥：{0}").format(i["public_key"]),
            self.tr("指纹：{0}").format(i["fingerprint"])])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    def save(self) -> Path | None:
        """A JSON file the bureau's registration form reads back (code, name, key)."""
        name = choose_save_file(self, self.tr("保存公钥"),
                                f"{self.info['office_code']}-public-key.json",
                                self.tr("公钥文件 (*.json)"))
        if not name:
            return None
        path = Path(name)
        path.write_text(json.dumps(self.info, ensure_ascii=False, indent=2), encoding="utf-8")
        self.saved_to.setText(str(path))
        return path


class ExportDialog(QDialog):
    """Non-modal, one per main window; ``exported`` carries the folder after a good export."""

    exported = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None,
                 month: str | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.figures: MonthFigures | None = None
        self.folder: str | None = None
        self.verification: dict[str, Any] | None = None
        self.key_dialog: PublicKeyDialog | None = None
        self.choose_folder: Callable[[QWidget, str], str] = choose_folder
        self.open_folder: Callable[[str], bool] = open_folder
        self.setObjectName("export-dialog")
        self.setWindowTitle(self.tr("月度报送"))
        today = QDate(app.today())

        self.month = MonthPicker(today, self)
        self.month.setDate(previous_month(today))
        if month:
            self.month.set_month(month)
        month_label = QLabel(self.tr("统计月份(&M)"), self)
        month_label.setBuddy(self.month)
        self.refresh_button = QPushButton(self.tr("刷新"), self)
        self.refresh_button.setObjectName("refresh-figures")
        self.refresh_button.clicked.connect(self.refresh)
        self.tiles = Tiles(self)
        top = QHBoxLayout()
        top.addWidget(month_label)
        top.addWidget(self.month)
        top.addWidget(self.refresh_button)
        top.addSpacing(16)
        top.addWidget(self.tiles, 1)

        self.table = record_table(figures.FIGURE_COLUMNS, self)
        self.table.setObjectName("figures")
        self.table.setAccessibleName(self.tr("统计数字"))
        self.table.setWordWrap(False)
        self.chart = BarChart(self)
        self.chart.setAccessibleName(self.tr("按纠纷类型的调解件数"))
        chart_box = QWidget(self)
        chart_layout = QVBoxLayout(chart_box)
        chart_title = QLabel(self.tr("按纠纷类型"), chart_box)
        chart_title.setStyleSheet("font-weight: bold;")
        chart_layout.addWidget(chart_title)
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        chart_scroll = QScrollArea(self)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(chart_box)
        figures_page = QSplitter(Qt.Orientation.Horizontal, self)
        figures_page.addWidget(self.table)
        figures_page.addWidget(chart_scroll)
        figures_page.setSizes([520, 480])

        self.adjustments = record_table(figures.ADJUSTMENT_COLUMNS, self)
        self.adjustments.setObjectName("adjustments")
        self.adjustments.setAccessibleName(self.tr("手工调整"))
        self.add_adjustment_button = QPushButton(self.tr("添加调整…"), self)
        self.add_adjustment_button.setObjectName("add-adjustment")
        self.add_adjustment_button.setToolTip(self.tr("记录无法从案件得出的数字，须写明理由；"
                                                      "每次调整都记入审计记录"))
        self.add_adjustment_button.clicked.connect(self.add_adjustment)
        adjust_page = QWidget(self)
        adjust_layout = QVBoxLayout(adjust_page)
        adjust_note = QLabel(self.tr("手工调整已计入上表的数字，并随月报一同报送。"), adjust_page)
        adjust_note.setWordWrap(True)
        adjust_buttons = QHBoxLayout()
        adjust_buttons.addWidget(adjust_note, 1)
        adjust_buttons.addWidget(self.add_adjustment_button)
        adjust_layout.addWidget(self.adjustments, 1)
        adjust_layout.addLayout(adjust_buttons)

        self.sweeps = SweepLog(app, self)
        self.sweeps.changed.connect(self.refresh)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("export-tabs")
        self.tabs.addTab(figures_page, self.tr("统计数字(&1)"))
        self.tabs.addTab(adjust_page, self.tr("手工调整(&2)"))
        self.tabs.addTab(self.sweeps, self.tr("排查记录(&3)"))

        self.status = QLabel(self)
        self.status.setObjectName("export-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label(self)
        self.key_button = QPushButton(self.tr("导出公钥…"), self)
        self.key_button.setObjectName("public-key-button")
        self.key_button.setToolTip(self.tr("司法局登记本所时需要的公钥"))
        self.key_button.clicked.connect(self.show_public_key)
        self.export_button = QPushButton(self.tr("导出(&E)…"), self)
        self.export_button.setObjectName("export")
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("选择文件夹，写入月报表、数据文件和签名清单"))
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("打开文件夹"), self)
        self.open_button.setObjectName("open-folder")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_export_folder)
        close = QPushButton(self.tr("关闭"), self)
        close.setObjectName("close")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.key_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(1100, 720)

        allowed = app.actor.role in roles.STATISTICS
        for button in (self.export_button, self.key_button, self.add_adjustment_button):
            button.setEnabled(allowed)
        self.month.month_changed.connect(lambda _m: self.refresh())
        self.refresh()

    # --- figures -------------------------------------------------------------------------
    def selected_month(self) -> str:
        return self.month.month()

    def refresh(self) -> None:
        month, actor = self.selected_month(), self.app.actor
        self.error.hide()
        self.app.worker.run(lambda s: figures.load_month(s, actor, month),
                            on_done=self._loaded, on_error=self._failed, owner=self)
        self.sweeps.show_month(month)

    def _loaded(self, result: MonthFigures) -> None:
        if result.month != self.selected_month():
            return  # an earlier month's answer arriving after the user moved on
        self.figures = result
        set_records(self.table, result.records())
        set_records(self.adjustments, result.adjustments)
        self.tiles.set_tiles(figures.headline(result))
        self.chart.set_bars(figures.type_bars(result.flat), figures.bar_legend())

    def _failed(self, exc: BaseException, details: str) -> None:
        show_failure(self, None, self.error, exc, details, self.app.dialogs)

    # --- export --------------------------------------------------------------------------
    def export(self) -> None:
        folder = self.choose_folder(self, self.tr("选择导出到哪个文件夹"))
        if not folder:
            return
        self.run_export(Path(folder))

    def run_export(self, out_dir: Path) -> None:
        """Export and verify on the worker; Cancel stops it if it has not started writing."""
        month, actor, today = self.selected_month(), self.app.actor, self.app.today()

        def work(session: Any, job: Any) -> tuple[dict[str, Any], dict[str, Any]] | None:
            job.report(0, 2)
            if job.cancelled:
                return None
            result = bureau_files.run_monthly_export(session, actor, month, out_dir,
                                                     today=today)
            job.report(1, 2)
            checked = package.verify_export(Path(result["folder"])).to_dict()
            job.report(2, 2)
            return result, checked

        self.export_button.setEnabled(False)
        self.error.hide()
        self.status.setText(self.tr("正在导出……"))
        self.app.worker.run_long(work, parent=self,
                                 label=self.tr("正在导出 {0} 月报").format(month),
                                 cancel_text=self.tr("取消"), in_transaction=True, write=True,
                                 on_done=self._exported, on_error=self._export_failed)

    def _exported(self, outcome: tuple[dict[str, Any], dict[str, Any]] | None) -> None:
        self.export_button.setEnabled(True)
        if outcome is None:
            self.status.setText(self.tr("已取消导出，没有写入任何文件。"))
            return
        result, checked = outcome
        self.folder, self.verification = result["folder"], checked
        self.open_button.setEnabled(True)
        files = "、".join(result["files"])
        text = self.tr("已导出 {0} 月报到 {1}（{2}）。").format(result["month"], result["folder"],
                                                       files)
        if checked["ok"]:
            text += "\n" + self.tr("校验通过：清单签名有效，{0} 个文件与清单一致。").format(
                len(checked["files"]))
        else:
            text += "\n" + self.tr("校验未通过：{0}").format("；".join(checked["problems"]))
        self.status.setText(text)
        self.exported.emit(result["folder"])
        self.refresh()

    def _export_failed(self, exc: BaseException, details: str) -> None:
        self.export_button.setEnabled(True)
        self.status.clear()
        self._failed(exc, details)

    def open_export_folder(self) -> None:
        if self.folder:
            self.open_folder(self.folder)

    # --- public key and adjustments ------------------------------------------------------
    def show_public_key(self) -> None:
        actor = self.app.actor
        self.app.worker.run(lambda s: bureau_files.public_key(s, actor), write=True,
                            on_done=self._key_loaded, on_error=self._failed, owner=self)

    def _key_loaded(self, info: dict[str, str]) -> None:
        self.key_dialog = PublicKeyDialog(info, self)
        self.key_dialog.show()

    def add_adjustment(self) -> FormDialog:
        month, actor, today = self.selected_month(), self.app.actor, self.app.today()

        def service(values: dict[str, Any]) -> Callable[[Any], Any]:
            return lambda s: add_adjustment(s, actor, month, values.get("column"),
                                            whole_number(values.get("delta")),
                                            values.get("reason"), today=today)

        dialog = FormDialog(self.tr("手工调整 {0}").format(month), ADJUSTMENT_FIELDS,
                            FormContext(), service, self.app, self,
                            intro=self.tr("调整数计入本月报表的该栏目；理由和录入人随月报报送，"
                                          "并记入审计记录。"))
        dialog.setObjectName("adjustment-form")
        relabel(dialog.form, "column", figures.column_label)
        dialog.saved.connect(lambda _r: self.refresh())
        dialog.show()
        return dialog


class SweepDialog(QDialog):
    """The sweep log on its own, for mediators (who record sweeps but do not report)."""

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sweep-dialog")
        self.setWindowTitle(self.tr("矛盾纠纷排查记录"))
        today = QDate(app.today())
        self.month = MonthPicker(today, self)
        self.month.setDate(QDate(today.year(), today.month(), 1))
        label = QLabel(self.tr("月份(&M)"), self)
        label.setBuddy(self.month)
        self.log = SweepLog(app, self)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.month)
        top.addStretch(1)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.log, 1)
        layout.addLayout(bottom)
        self.month.month_changed.connect(self.log.show_month)
        self.log.show_month(self.month.month())
        self.resize(900, 560)

