"""A TOML text box with the problems the core found, each taking the cursor to its line.

Shared by the template and holiday pages: what is valid is decided in mediation_app.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget

from ui.widgets import mark_data

LINE_ROLE = 0x0101


class TomlEditor(QWidget):
    """The text and, under it, the list of problems (Enter or a click goes to the line)."""

    def __init__(self, name: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName(f"{name}-text")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setTabChangesFocus(True)  # Tab leaves the box: keyboard users are not stuck
        self.text.setAccessibleName(label)
        mark_data(self.text)
        self.problems = QListWidget(self)
        self.problems.setObjectName(f"{name}-problems")
        self.problems.setAccessibleName(self.tr("错误"))
        self.problems.setMaximumHeight(110)
        mark_data(self.problems)  # the core's messages, in Chinese
        self.problems.hide()
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problems)

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, text: str) -> None:
        self.text.setPlainText(text)
        self.show_problems([])

    def show_problems(self, problems: list[Any]) -> None:
        """Problems as the core gives them (tomltext.Problem); an empty list hides the box."""
        self.problems.clear()
        for problem in problems:
            item = QListWidgetItem(str(problem), self.problems)
            item.setData(LINE_ROLE, problem.line)
        self.problems.setVisible(bool(problems))
        if problems:
            self.problems.setCurrentRow(0)
            self._go_to_problem(self.problems.item(0))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = item.data(LINE_ROLE)
        if line:
            self.go_to_line(int(line))

    def go_to_line(self, line: int) -> None:
        block = self.text.document().findBlockByLineNumber(line - 1)
        cursor = QTextCursor(block)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()

    def current_line(self) -> int:
        return self.text.textCursor().blockNumber() + 1
