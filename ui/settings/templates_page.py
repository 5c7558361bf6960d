"""文书模板: the office's copies of the document templates (office_templates in the core).

The list shows each document and whether the office's copy or the shipped one prints. The
plain-text fields (title, headings, fixed clauses) are written into the TOML text as they
are typed; editing the text itself greys them out until the next check re-reads them.
Checking uses the core's rules; the preview renders a sample case on the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mediation_app.errors import ValidationError
from mediation_app.services import office_templates, template_preview
from ui.context import AppContext
from ui.forms import Field, FormContext, FormWidget, Kind
from ui.print_preview import PrintPreview
from ui.record_tables import columns, current_record, record_table, set_records
from ui.settings.text_page import OfficeTextPage
from ui.settings.toml_editor import TomlEditor
from ui.widgets import error_label

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
CTX = "TemplatesPage"
SOURCES = {
    "office": QT_TRANSLATE_NOOP("TemplatesPage", "本所模板"),
    "shipped": QT_TRANSLATE_NOOP("TemplatesPage", "出厂模板"),
}
PART_KINDS = {
    "title": QT_TRANSLATE_NOOP("TemplatesPage", "文书标题"),
    "heading": QT_TRANSLATE_NOOP("TemplatesPage", "标题行"),
    "line": QT_TRANSLATE_NOOP("TemplatesPage", "单独一行"),
    "paragraph": QT_TRANSLATE_NOOP("TemplatesPage", "固定条款"),
    "item": QT_TRANSLATE_NOOP("TemplatesPage", "列表条目"),
}
LONG_PARTS = ("paragraph", "item")
SECTION_PART = QT_TRANSLATE_NOOP("TemplatesPage", "{0}（第{1}节）")
TEMPLATE_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("TemplatesPage", "文书"), lambda r: r["title"] or r["name"]),
    (QT_TRANSLATE_NOOP("TemplatesPage", "文件名"), lambda r: r["name"]),
    (QT_TRANSLATE_NOOP("TemplatesPage", "使用"), lambda r: translate(CTX, SOURCES[r["source"]])),
)


def field_label(part: dict[str, Any]) -> str:
    """What a plain-text field is and where: “固定条款（第8节）”."""
    kind = translate(CTX, PART_KINDS[part["type"]])
    if part["type"] == "title":
        return kind
    return translate(CTX, SECTION_PART).format(kind, part["section"])


class TemplatesPage(OfficeTextPage):
    """``changed`` after a template was saved or reverted."""


    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.current: dict[str, Any] | None = None
        self.parts: list[dict[str, Any]] = []
        self._syncing = False
        self.preview_window: PrintPreview | None = None
        self.list_view = record_table(TEMPLATE_COLUMNS, self)
        self.list_view.setObjectName("templates")
        self.list_view.setAccessibleName(self.tr("文书模板"))
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self.open_selected())
        self.fields_box = QGroupBox(self.tr("常改的文字"), self)
        self.fields_layout = QVBoxLayout(self.fields_box)
        self.fields_form: FormWidget | None = None
        self.stale = QLabel(self.tr("文本已直接修改：点“检查”后这里更新。"), self)
        self.stale.hide()
        self.fields_layout.addWidget(self.stale)
        self.editor = TomlEditor("template", self.tr("模板文本（TOML）"), self)
        self.editor.text.textChanged.connect(self._text_edited)
        self.error = error_label(self)
        self.status = QLabel(self)
        self.status.setObjectName("templates-status")
        self.status.setWordWrap(True)
        self.copy_button = self._button(self.tr("复制出厂模板"), "copy-template", self.copy)
        self.check_button = self._button(self.tr("检查"), "check-template", self.check)
        self.preview_button = self._button(self.tr("预览…"), "preview-template", self.preview)
        self.save_button = self._button(self.tr("保存模板"), "save-template", self.save)
        self.revert_button = self._button(self.tr("恢复出厂模板…"), "revert-template",
                                          self.revert)
        self._layout()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _layout(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields_box)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(scroll)
        right.addWidget(self.editor)
        right.setSizes([260, 340])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list_view)
        split.addWidget(right)
        split.setSizes([300, 500])
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.copy_button, self.check_button, self.preview_button,
                       self.save_button, self.revert_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._enable()

    # --- loading -------------------------------------------------------------------------
    def refresh(self) -> None:
        self.app.worker.run(office_templates.list_templates, on_done=self._listed,
                            on_error=self._failed, owner=self)

    def _listed(self, rows: list[dict[str, Any]]) -> None:
        name = self.current["name"] if self.current else None
        set_records(self.list_view, rows)
        row = next((i for i, r in enumerate(rows) if r["name"] == name), 0)
        if rows:
            self.list_view.selectRow(row)

    def open_selected(self) -> None:
        chosen = current_record(self.list_view)
        if chosen is None:
            return
        name = chosen["name"]
        self.app.worker.run(lambda s: office_templates.get(s, name), on_done=self.show_template,
                            on_error=self._failed, owner=self)

    def show_template(self, template: dict[str, Any]) -> None:
        self.current = template
        self._syncing = True
        self.editor.set_value(template["text"])
        self._syncing = False
        self._show_parts(template["fields"])
        self.error.hide()
        self._enable()

    def _show_parts(self, parts: list[dict[str, Any]]) -> None:
        if self.fields_form is not None:
            self.fields_form.deleteLater()
        self.parts = parts
        specs = tuple(Field(f"line{p['line']}", field_label(p), Kind.MULTILINE
                            if p["type"] in LONG_PARTS else Kind.TEXT, literal=True)
                      for p in parts)
        self.fields_form = FormWidget(specs, FormContext(), self.fields_box)
        self.fields_form.setObjectName("template-fields")
        for part in parts:
            self.fields_form.set_value(f"line{part['line']}", part["value"])
        self.fields_form.changed.connect(self._field_edited)
        self.fields_layout.addWidget(self.fields_form)
        self.stale.hide()

    def _enable(self) -> None:
        own = self.current is not None and self.current["source"] == "office"
        self.copy_button.setEnabled(self.current is not None and not own)
        for button in (self.check_button, self.preview_button):
            button.setEnabled(self.current is not None)
        self.save_button.setEnabled(own)
        self.revert_button.setEnabled(own)
        self.editor.text.setReadOnly(not own)
        if self.fields_form is not None:
            self.fields_form.setEnabled(own and self.stale.isHidden())

    # --- editing -------------------------------------------------------------------------
    def _field_edited(self) -> None:
        """Write the plain-text fields into the TOML text (the text stays the truth)."""
        if self._syncing or self.fields_form is None:
            return
        values = {p["line"]: self.fields_form.value(f"line{p['line']}") or ""
                  for p in self.parts}
        try:
            text = office_templates.set_fields(self.editor.value(), values)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self._syncing = True
        self.editor.text.setPlainText(text)
        self._syncing = False

    def _text_edited(self) -> None:
        if self._syncing:
            return
        self.stale.show()
        if self.fields_form is not None:
            self.fields_form.setEnabled(False)

    def check(self) -> bool:
        """Show the core's problems with their lines; True if the text is valid."""
        problems = office_templates.check(self.editor.value())
        self.editor.show_problems(problems)
        if problems:
            self.status.setText(self.tr("有 {0} 处错误，请按行号修改。").format(len(problems)))
            return False
        self._show_parts(office_templates.fields(self.editor.value()))
        self._enable()
        self.status.setText(self.tr("模板没有错误。"))
        return True

    def copy(self) -> None:
        assert self.current is not None
        name, actor = self.current["name"], self.app.actor
        self._write(lambda s: office_templates.copy_shipped(s, actor, name),
                    self.tr("已复制为本所模板，可以修改了。"))

    def save(self) -> None:
        if self.current is None or not self.check():
            return
        name, text, actor = self.current["name"], self.editor.value(), self.app.actor
        self._write(lambda s: office_templates.save(s, actor, name, text),
                    self.tr("已保存，此后打印使用本所模板。"))

    def revert(self) -> None:
        assert self.current is not None
        if not self.app.dialogs.confirm(self, self.tr(
                "删除本所对“{0}”的修改，恢复出厂模板？").format(self.current["name"]),
                self.tr("恢复出厂模板")):
            return
        name, actor = self.current["name"], self.app.actor
        self._write(lambda s: office_templates.revert(s, actor, name),
                    self.tr("已恢复出厂模板。"))

    def _written(self, result: dict[str, Any]) -> None:
        self.show_template(result)
        self.refresh()

    def preview(self) -> PrintPreview | None:
        """The document printed for a sample case, rendered off the GUI thread."""
        if self.current is None or not self.check():
            return None
        name, text = self.current["name"], self.editor.value()
        window = PrintPreview(self.app, self.tr("模板预览（示例案件）"), file_stem=name,
                              parent=self)
        window.load(lambda s: template_preview.preview(s, name, text))
        window.show()
        self.preview_window = window
        return window

