"""司法局 mode: register offices' keys, import their signed monthly folders, see who has
reported, and write the district summary.

Registration, import (signature and file checks, older resends refused) and the summary
are ``mediation_app.exports.bureau``; this page chooses folders and files, runs the calls
on the worker and shows each folder's result with the core's own reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from mediation_app.exports import bureau, roles
from mediation_app.exports.package import MANIFEST
from mediation_app.services.actor import Actor
from ui import export_dialog
from ui.badges import OVERDUE
from ui.context import AppContext
from ui.export_dialog import MonthPicker
from ui.forms import Field, FormContext, FormDialog, Kind, show_failure
from ui.models.records import RecordColumn, key
from ui.models.report_overview import Overview, ReportOverviewModel
from ui.record_tables import record_table, set_records
from ui.widgets import data_label, error_label, mark_data

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

MONTHS_SHOWN = 12
STATUS_TEXT = {
    bureau.IMPORTED: QT_TRANSLATE_NOOP("BureauView", "已导入"),
    bureau.REPLACED: QT_TRANSLATE_NOOP("BureauView", "已替换较早的报送"),
    bureau.UNCHANGED: QT_TRANSLATE_NOOP("BureauView", "已导入过，未更改"),
    bureau.REFUSED: QT_TRANSLATE_NOOP("BureauView", "已拒绝"),
}
RESULT_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("BureauView", "结果"),
                 lambda r: translate("BureauView", STATUS_TEXT.get(r["status"], r["status"])),
                 "BureauView", colour=lambda r: None if r["ok"] else OVERDUE),
    RecordColumn(QT_TRANSLATE_NOOP("BureauView", "单位代码"), key("office_code"), "BureauView"),
    RecordColumn(QT_TRANSLATE_NOOP("BureauView", "月份"), key("month"), "BureauView"),
    RecordColumn(QT_TRANSLATE_NOOP("BureauView", "说明"), key("message"), "BureauView",
                 colour=lambda r: None if r["ok"] else OVERDUE),
    RecordColumn(QT_TRANSLATE_NOOP("BureauView", "文件夹"), key("path"), "BureauView"),
)
REGISTER_FIELDS = (
    Field("code", QT_TRANSLATE_NOOP("fields", "单位代码"), required=True),
    Field("name", QT_TRANSLATE_NOOP("fields", "单位名称"), required=True),
    Field("key", QT_TRANSLATE_NOOP("fields", "公钥"), Kind.MULTILINE, required=True,
          hint=QT_TRANSLATE_NOOP("fields", "报送单位“导出公钥”得到的 Base64 文本")),
    Field("replace", QT_TRANSLATE_NOOP("fields", "更换已登记单位的公钥"), Kind.BOOL),
)
KEY_FILE_FIELDS = {"code": "office_code", "name": "office_name", "key": "public_key"}


def months_before(month: str, count: int) -> list[str]:
    """``count`` months ending with ``month``, oldest first."""
    year, number = (int(part) for part in month.split("-"))
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{number:02d}")
        year, number = (year - 1, 12) if number == 1 else (year, number - 1)
    return out[::-1]


def load_overview(session: Session, actor: Actor, months: Sequence[str]) -> Overview:
    """Runs on the worker: registered offices and their imported reports for ``months``."""
    found = bureau.overview(session, actor, months)
    reports = {(r["office_code"], r["month"]): r for r in found["reports"]}
    return Overview(found["offices"], found["months"], reports)


def export_folders(paths: Sequence[Path]) -> list[Path]:
    """The folders to import: a chosen folder holding several exports stands for each of them."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir() and not (path / MANIFEST).exists():
            inside = sorted(p for p in path.iterdir() if (p / MANIFEST).is_file())
            if inside:
                out += inside
                continue
        out.append(path)
    return out


class BureauView(QWidget):
    """A page of the main window; folders may be dropped anywhere on it."""

    imported = Signal(list)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("bureau-view")
        self.setAcceptDrops(True)
        self.overview: Overview | None = None
        self.results: list[dict[str, Any]] = []
        self.report_path: str | None = None
        self.choose_folder: Callable[[QWidget, str], str] = export_dialog.choose_folder
        self.choose_save_file: Callable[[QWidget, str, str, str], str] = \
            export_dialog.choose_save_file
        self.open_file: Callable[[str], bool] = export_dialog.open_folder
        today = QDate(app.today())

        heading = QLabel(self.tr("司法局汇总"), self)
        heading.setStyleSheet("font-size: 18px; font-weight: bold;")
        hint = QLabel(self.tr("把各司法所报送的文件夹拖到这里即可导入；程序核验签名和文件，"
                              "被改动或来历不明的报送会被拒绝。"), self)
        hint.setWordWrap(True)
        self.register_button = QPushButton(self.tr("登记报送单位(&R)…"), self)
        self.register_button.setObjectName("register-office")
        self.register_button.clicked.connect(self.register_office)
        self.import_button = QPushButton(self.tr("导入报送文件夹(&I)…"), self)
        self.import_button.setObjectName("import-folders")
        self.import_button.setToolTip(self.tr("选择一个报送文件夹，或存放多个报送文件夹的上级文件夹"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.month = MonthPicker(today, self)
        self.month.setDate(QDate(today.year(), today.month(), 1).addMonths(-1))
        month_label = QLabel(self.tr("汇总月份(&M)"), self)
        month_label.setBuddy(self.month)
        self.report_button = QPushButton(self.tr("生成汇总表(&G)…"), self)
        self.report_button.setObjectName("district-report")
        self.report_button.clicked.connect(self.district_report)
        self.open_report_button = QPushButton(self.tr("打开汇总表"), self)
        self.open_report_button.setObjectName("open-report")
        self.open_report_button.setEnabled(False)
        self.open_report_button.clicked.connect(self.open_report)
        tools = QHBoxLayout()
        for widget in (self.register_button, self.import_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        for widget in (month_label, self.month, self.report_button, self.open_report_button):
            tools.addWidget(widget)

        self.table = QTableView(self)
        self.table.setObjectName("report-overview")
        self.table.setAccessibleName(self.tr("各单位报送情况"))
        self.table.setModel(ReportOverviewModel(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mark_data(self.table)
        self.summary = QLabel(self)
        self.summary.setObjectName("overview-summary")
        self.missing = data_label("", self)
        self.missing.setObjectName("missing-offices")
        self.results_view = record_table(RESULT_COLUMNS, self)
        self.results_view.setObjectName("import-results")
        self.results_view.setAccessibleName(self.tr("导入结果"))
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel(self.tr("报送情况（红色“未报”为尚未报送）"), upper))
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.summary)
        upper_layout.addWidget(self.missing)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("本次导入结果"), lower))
        lower_layout.addWidget(self.results_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([400, 220])
        self.status = QLabel(self)
        self.status.setObjectName("bureau-status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mark_data(self.status)  # paths and the core's messages
        self.error = error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)

        allowed = app.actor.role in roles.BUREAU
        for button in (self.register_button, self.import_button, self.report_button):
            button.setEnabled(allowed)
        self.month.month_changed.connect(lambda _m: self.refresh())
        self.refresh()

    @property
    def model(self) -> ReportOverviewModel:
        model = self.table.model()
        assert isinstance(model, ReportOverviewModel)
        return model

    # --- overview ------------------------------------------------------------------------
    def refresh(self) -> None:
        actor, months = self.app.actor, months_before(self.month.month(), MONTHS_SHOWN)
        self.app.worker.run(lambda s: load_overview(s, actor, months), on_done=self._loaded,
                            on_error=self._failed, owner=self)

    def _loaded(self, overview: Overview) -> None:
        self.overview = overview
        self.error.hide()
        self.model.set_overview(overview)
        month = self.month.month()
        missing = overview.missing(month)
        if not overview.offices:
            text = self.tr("尚未登记任何报送单位：请先“登记报送单位”。")
        elif missing:
            text = self.tr("{0}：应报 {1} 个单位，未报 {2} 个：").format(
                month, len(overview.offices), len(missing))
        else:
            text = self.tr("{0}：{1} 个登记单位均已报送。").format(month, len(overview.offices))
        self.summary.setText(text)
        self.missing.setText("、".join(f"{o['name']}（{o['code']}）" for o in missing))
        self.missing.setVisible(bool(missing))

    def _failed(self, exc: BaseException, details: str) -> None:
        show_failure(self, None, self.error, exc, details, self.app.dialogs)

    # --- registration --------------------------------------------------------------------
    def register_office(self) -> FormDialog:
        actor = self.app.actor
        dialog = FormDialog(
            self.tr("登记报送单位"), REGISTER_FIELDS, FormContext(),
            lambda v: lambda s: bureau.register_office(s, actor, v.get("code"), v.get("name"),
                                                       v.get("key"),
                                                       replace=bool(v.get("replace"))),
            self.app, self,
            intro=self.tr("登记后，该单位用对应私钥签名的报送才会被接受。请与报送单位核对公钥指纹。"))
        dialog.setObjectName("register-form")
        from_file = dialog.buttons.addButton(self.tr("从公钥文件读取…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        from_file.setObjectName("key-from-file")
        from_file.clicked.connect(lambda: self.fill_from_key_file(dialog))
        dialog.saved.connect(self._registered)
        dialog.show()
        return dialog

    def fill_from_key_file(self, dialog: FormDialog, path: str | None = None) -> bool:
        """Fill code, name and key from the file an office saved with “导出公钥”."""
        path = path or export_dialog.choose_open_file(dialog, self.tr("选择公钥文件"),
                                                      self.tr("公钥文件 (*.json)"))
        if not path:
            return False
        try:
            info = json.loads(Path(path).read_text(encoding="utf-8"))
            values = {field: str(info[name]) for field, name in KEY_FILE_FIELDS.items()}
        except (OSError, ValueError, KeyError, TypeError):
            dialog.general.setText(self.tr("无法读取该文件：应为报送单位“导出公钥”保存的 .json 文件"))
            dialog.general.show()
            return False
        for field, value in values.items():
            dialog.form.set_value(field, value)
        dialog.general.hide()
        return True

    def _registered(self, result: dict[str, Any]) -> None:
        self.status.setText(self.tr("已登记 {0}（{1}），公钥指纹 {2}").format(
            result["name"], result["code"], result["fingerprint"]))
        self.refresh()

    # --- import --------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        folder = self.choose_folder(self, self.tr("选择报送文件夹"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import on the worker; each folder gets its own result, a refusal never stops the rest."""
        actor, folders = self.app.actor, export_folders(paths)

        def work(session: Session, job: Any) -> list[dict[str, Any]] | None:
            if job.cancelled:
                return None
            return [r.to_dict() for r in bureau.import_files(session, actor, folders)]

        self.import_button.setEnabled(False)
        self.app.worker.run_long(work, parent=self, label=self.tr("正在导入 {0} 个文件夹").format(
            len(folders)), cancel_text=self.tr("取消"), in_transaction=True, write=True,
            on_done=self._imported, on_error=self._import_failed)

    def _imported(self, results: list[dict[str, Any]] | None) -> None:
        self.import_button.setEnabled(True)
        if results is None:
            self.status.setText(self.tr("已取消导入。"))
            return
        self.results = results
        set_records(self.results_view, results)
        refused = sum(not r["ok"] for r in results)
        self.status.setText(self.tr("导入 {0} 个文件夹：接受 {1} 个，拒绝 {2} 个。").format(
            len(results), len(results) - refused, refused))
        self.imported.emit(results)
        self.refresh()

    def _import_failed(self, exc: BaseException, details: str) -> None:
        self.import_button.setEnabled(True)
        self._failed(exc, details)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.import_button.isEnabled():
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- district summary ----------------------------------------------------------------
    def district_report(self) -> None:
        month = self.month.month()
        path = self.choose_save_file(self, self.tr("保存全区汇总表"),
                                     self.tr("全区汇总_{0}.xlsx").format(month),
                                     self.tr("Excel 表格 (*.xlsx)"))
        if path:
            self.write_report(month, Path(path))

    def write_report(self, month: str, path: Path) -> None:
        actor = self.app.actor

        def work(session: Session) -> dict[str, Any]:
            roles.require(actor, roles.BUREAU, "生成全区汇总表", "the bureau")
            return bureau.district_report(session, month, path)

        self.app.worker.run(work, on_done=self._reported, on_error=self._failed, owner=self)

    def _reported(self, result: dict[str, Any]) -> None:
        self.report_path = result["path"]
        self.open_report_button.setEnabled(True)
        text = self.tr("已生成 {0}：应报 {1} 个单位，已报 {2} 个，未报 {3} 个。").format(
            result["path"], result["offices"], result["reported"], len(result["missing"]))
        if result["missing"]:
            text += " " + "、".join(f"{m['name']}（{m['code']}）" for m in result["missing"])
        self.status.setText(text)

    def open_report(self) -> None:
        if self.report_path:
            self.open_file(self.report_path)
