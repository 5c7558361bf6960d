"""节假日: the holiday calendar deadlines are computed with (services.holidays).

The table shows the calendar in force; the text below it is what the office edits or
imports (TOML, as resources/holidays/2026.toml). Saving checks it in the core first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from mediation_app.services import holidays
from ui import export_dialog
from ui.context import AppContext
from ui.record_tables import columns, record_table, set_records
from ui.settings.text_page import OfficeTextPage
from ui.settings.toml_editor import TomlEditor
from ui.widgets import error_label

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
CTX = "HolidaysPage"
SOURCES = {
    "office": QT_TRANSLATE_NOOP("HolidaysPage", "现用：本所修改的安排"),
    "shipped": QT_TRANSLATE_NOOP("HolidaysPage", "现用：随程序提供的国务院办公厅安排"),
}
HOLIDAY_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("HolidaysPage", "假期"), lambda r: r["name"]),
    (QT_TRANSLATE_NOOP("HolidaysPage", "放假"), lambda r: f"{r['from']} — {r['to']}"),
    (QT_TRANSLATE_NOOP("HolidaysPage", "调休上班"), lambda r: "、".join(r["work"])),
)


class HolidaysPage(OfficeTextPage):
    """``changed`` after the calendar was saved or reset."""


    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.choose_file: Callable[[QWidget, str, str], str] = export_dialog.choose_open_file
        self.note = QLabel(self.tr(
            "调解期限的最后一天是周末或法定节假日的，顺延到其后的第一个工作日；调休上班日"
            "按工作日计算。修改只影响此后受理的案件。"), self)
        self.note.setWordWrap(True)
        self.source = QLabel(self)
        self.source.setObjectName("holidays-source")
        self.table = record_table(HOLIDAY_COLUMNS, self)
        self.table.setObjectName("holidays")
        self.table.setAccessibleName(self.tr("节假日安排"))
        self.editor = TomlEditor("holidays", self.tr("节假日安排文本（TOML）"), self)
        self.error = error_label(self)
        self.status = QLabel(self)
        self.status.setObjectName("holidays-status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
                ("import-holidays", self.tr("从文件导入…"), self.import_file),
                ("check-holidays", self.tr("检查"), self.check),
                ("save-holidays", self.tr("保存节假日安排"), self.save),
                ("reset-holidays", self.tr("恢复默认安排…"), self.reset)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.source)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.app.worker.run(holidays.describe, on_done=self.show_calendar, on_error=self._failed,
                            owner=self)

    def show_calendar(self, shown: dict[str, Any]) -> None:
        self.source.setText(translate(CTX, SOURCES[shown["source"]]))
        set_records(self.table, shown["holidays"])
        self.editor.set_value(shown["text"])
        self.buttons["reset-holidays"].setEnabled(shown["source"] == "office")

    def check(self) -> bool:
        _calendar, problems = holidays.check_text(self.editor.value())
        self.editor.show_problems(problems)
        self.status.setText(self.tr("有 {0} 处错误，请按行号修改。").format(len(problems))
                            if problems else self.tr("节假日安排没有错误。"))
        return not problems

    def import_file(self) -> None:
        """Load a TOML file into the text box and check it; saving stays a separate step."""
        name = self.choose_file(self, self.tr("导入节假日安排"), self.tr("TOML 文件 (*.toml)"))
        if not name:
            return
        try:
            text = Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self.app.dialogs.warn(self, self.tr("无法读取文件：{0}").format(name))
            return
        self.editor.set_value(text)
        if self.check():
            self.status.setText(self.tr("已读入 {0}，检查无误；点“保存节假日安排”后生效。").format(
                Path(name).name))

    def save(self) -> None:
        if not self.check():
            return
        text, actor = self.editor.value(), self.app.actor
        self._write(lambda s: holidays.save(s, actor, text), self.tr("已保存节假日安排。"))

    def reset(self) -> None:
        if not self.app.dialogs.confirm(self, self.tr("删除本所修改的安排，恢复随程序提供的安排？"),
                                        self.tr("恢复默认安排")):
            return
        actor = self.app.actor
        self._write(lambda s: holidays.reset(s, actor), self.tr("已恢复默认安排。"))

    def _written(self, result: dict[str, Any]) -> None:
        self.show_calendar(result)

