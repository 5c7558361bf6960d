"""With the English translation installed, no visible UI text is still Chinese.

Walks the widget tree of every window (main window with both pages, a case window, each
action's form, the intake wizard's pages, first run, recovery key, sign-in) and checks
window titles, labels, buttons, menus, tabs, group boxes, combo items, placeholders,
header labels and tooltips. Text that shows the user's data (names, case numbers, the
office) is marked by the widgets themselves and skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
    QWizard,
)

from mediation_app.domain.lifecycle import Action
from mediation_app.paths import AppPaths
from tests.ui import screens
from tests.ui.conftest import RecordingDialogs, wait_idle
from ui import i18n, vocab
from ui.context import AppContext, open_settings
from ui.first_run import FirstRunDialog, RecoveryKeyDialog
from ui.forms import FormDialog
from ui.sign_in import SignInDialog
from ui.widgets import DATA_PROPERTY

CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "mediation_en.ts"


def _is_data(widget: QWidget) -> bool:
    while widget is not None:
        if widget.property(DATA_PROPERTY):
            return True
        widget = widget.parentWidget()
    return False


def _strip_data(widget: QWidget, text: str) -> str:
    data = widget.property("titleData")
    return text.replace(str(data), "") if data else text


def visible_texts(root: QWidget) -> Iterable[tuple[str, str]]:
    """(where, text) for every piece of UI text under ``root``."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow():
            yield where + ".windowTitle", _strip_data(w, w.windowTitle())
        if w.toolTip():
            yield where + ".toolTip", w.toolTip()
        if _is_data(w):
            continue
        if isinstance(w, QLabel):
            yield where + ".text", _strip_data(w, w.text())
        elif isinstance(w, QAbstractButton):
            yield where + ".text", w.text()
        elif isinstance(w, QGroupBox):
            yield where + ".title", w.title()
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{where}.tab[{i}]", w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{where}.item[{i}]", w.itemText(i)
        elif isinstance(w, (QLineEdit, QPlainTextEdit)):
            yield where + ".placeholder", w.placeholderText()
        elif isinstance(w, QDateTimeEdit):
            yield where + ".specialValueText", w.specialValueText()
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                yield f"{where}.item[{i}]", w.item(i).text()
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListWidget) and \
                w.model() is not None:
            model = w.model()
            for c in range(model.columnCount(QModelIndex())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(c, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        yield f"{where}.header[{c}]", value
        if isinstance(w, QWizard):
            for page_id in w.pageIds():
                page = w.page(page_id)
                yield f"{where}.page[{page_id}].title", page.title()
                yield f"{where}.page[{page_id}].subTitle", page.subTitle()
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            yield "menu", menu_action.text()
            menu = menu_action.menu()
            for action in menu.actions() if menu else []:
                if not action.property(DATA_PROPERTY):
                    yield f"menu {menu_action.text()}", action.text()
                    yield f"menu {menu_action.text()}.toolTip", action.toolTip()
                submenu = action.menu()
                for sub in submenu.actions() if submenu else []:
                    if not sub.property(DATA_PROPERTY):
                        yield "submenu", sub.text()


def chinese_left(*roots: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for root in roots for where, text in visible_texts(root)
            if CHINESE.search(text)]


def test_english_ui_has_no_chinese_left(qtbot: Any, big_ctx: AppContext, tmp_path: Path,
                                        make_worker: Any, dialogs: RecordingDialogs) -> None:
    assert i18n.install(i18n.ENGLISH)
    window = screens.main_window(qtbot, big_ctx)
    assert window.windowTitle().startswith("Mediation Desk — ")
    found = chinese_left(window)
    screens.show_case_list(qtbot, big_ctx, window)
    found += chinese_left(window)
    case = screens.case_window(qtbot, big_ctx, window)
    found += chinese_left(case)
    for action in Action:
        dialog = case.start_action(action)
        assert isinstance(dialog, FormDialog)
        found += chinese_left(dialog)
        dialog.reject()
    case.close()
    wizard = screens.wizard(qtbot, big_ctx, window)
    for _page in range(4):
        found += chinese_left(wizard)
        wizard.next()
    found += chinese_left(wizard)
    wizard.reject()
    paths = AppPaths(data_dir=tmp_path, db_url=str(tmp_path / "new.db"))
    first_run = FirstRunDialog(paths, make_worker(), dialogs)
    key = RecoveryKeyDialog("ABCD-EFGH", first_run)
    sign_in = SignInDialog(paths, make_worker(), dialogs, open_settings(paths))
    for dialog in (first_run, key, sign_in):
        qtbot.addWidget(dialog)
        found += chinese_left(dialog)
    wait_idle(qtbot, big_ctx)
    assert found == []


def test_every_core_term_and_action_has_an_english_text() -> None:
    assert i18n.install(i18n.ENGLISH)
    missing = [v for v in vocab.core_strings() if CHINESE.search(vocab.label(v))]
    missing += [a.value for a in Action if CHINESE.search(vocab.action_label(a))]
    missing += [a.value for a in Action if CHINESE.search(vocab.why_not(a))]
    assert missing == []
    assert QCoreApplication.translate("actions", "调解不成") == "Record failure"


def test_translation_file_is_complete() -> None:
    root = ET.parse(TS).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert TS.with_suffix(".qm").stat().st_mtime >= TS.stat().st_mtime - 5


def test_chinese_ui_uses_qt_own_chinese_buttons(qtbot: Any) -> None:
    """Qt's own strings (dialog buttons) follow the language too."""
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    assert CHINESE.search(box.button(QDialogButtonBox.StandardButton.Ok).text())
