"""The main window: dashboard items open cases, search and filters, settings kept, the
language switched at run time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.ui import screens
from tests.ui.conftest import RecordingDialogs, type_text, wait_idle
from ui import i18n
from ui.app import Controller
from ui.case_list import NO_DATE
from ui.context import AppContext
from ui.dashboard import CASE_ID_ROLE
from ui.first_run import Opened
from ui.main_window import CASES, DASHBOARD, MainWindow
from ui.models.case_table import COLUMNS


def test_dashboard_items_open_their_case(qtbot: Any, big_ctx: AppContext) -> None:
    window = screens.main_window(qtbot, big_ctx)
    high = window.dashboard.boxes["high_risk"].list
    assert high.count() > 0
    item = high.item(0)
    assert "\n" in item.text()  # the second line gives the top reasons
    assert item.toolTip()
    overdue = window.dashboard.boxes["overdue"].list
    assert overdue.count() > 0 and "逾期" in overdue.item(0).text()
    high.setCurrentRow(0)
    qtbot.keyClick(high, Qt.Key.Key_Return)
    case_id = item.data(CASE_ID_ROLE)
    assert case_id in window.case_windows
    wait_idle(qtbot, big_ctx)
    assert window.case_windows[case_id].risk.text() == "红·高风险"
    assert "用户：admin" in window.user_label.text()


def test_search_filters_and_enter_opens(qtbot: Any, big_ctx: AppContext) -> None:
    window = screens.main_window(qtbot, big_ctx)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == CASES
    assert QApplication.focusWidget() is window.cases.search
    type_text(qtbot, window.cases.search, "人调字第42号")
    qtbot.keyClick(window.cases.search, Qt.Key.Key_Return)
    wait_idle(qtbot, big_ctx)
    assert window.cases.model.rowCount() == 1
    assert window.cases.count_label.text() == "共 1 件"
    view = window.cases.view
    view.setFocus()
    view.setCurrentIndex(window.cases.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(window.case_windows) == 1
    wait_idle(qtbot, big_ctx)
    case = next(iter(window.case_windows.values()))
    assert case.number.text().endswith("第42号")
    case.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is case)
    qtbot.keyClick(case, Qt.Key.Key_Escape)  # Esc closes the case window
    qtbot.waitUntil(lambda: not window.case_windows)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.cases.search, Qt.Key.Key_Escape)  # and clears the search
    wait_idle(qtbot, big_ctx)
    assert window.cases.search.text() == "" and window.cases.model.rowCount() == 200


def test_layout_filters_and_sort_are_remembered(qtbot: Any, big_ctx: AppContext) -> None:
    window = screens.main_window(qtbot, big_ctx)
    window.show_page(CASES)
    cases = window.cases
    cases.status.setCurrentIndex(cases.status.findData("agreed"))
    cases.overdue.setChecked(True)
    deadline = [c.key for c in COLUMNS].index("deadline")
    cases.view.horizontalHeader().resizeSection(deadline, 222)
    cases._header_clicked(deadline)
    wait_idle(qtbot, big_ctx)
    shown = cases.model.rowCount()
    assert shown < 200
    window.close()

    again = MainWindow(big_ctx)
    qtbot.addWidget(again)
    wait_idle(qtbot, big_ctx)
    restored = again.cases
    assert again.stack.currentIndex() == CASES
    assert restored.status.currentData() == "agreed" and restored.overdue.isChecked()
    assert restored.model.filter.sort == "deadline"
    assert restored.view.horizontalHeader().sectionSize(deadline) == 222
    assert restored.model.rowCount() == shown
    assert restored.date_from.date() == NO_DATE
    settings = QSettings(big_ctx.settings.fileName(), QSettings.Format.IniFormat)
    assert "agreed" in str(settings.value("case_list/filter"))


def test_language_switch_rebuilds_the_window(qtbot: Any, big_ctx: AppContext,
                                             dialogs: RecordingDialogs) -> None:
    controller = Controller(big_ctx.paths, big_ctx.settings, dialogs, big_ctx.worker)
    window = controller.start(Opened(big_ctx.store, big_ctx.actor, "城关司法所"))
    qtbot.addWidget(window)
    wait_idle(qtbot, big_ctx)
    assert window.windowTitle() == "调解台 — 城关司法所"
    window.findChild(type(window.menuBar().actions()[0]), "language-en").trigger()
    wait_idle(qtbot, big_ctx)
    assert controller.window is not None and controller.window is not window
    qtbot.addWidget(controller.window)
    assert controller.window.windowTitle() == "Mediation Desk — 城关司法所"
    assert big_ctx.settings.value("language") == "en"
    assert i18n.current() == i18n.ENGLISH
    controller.window.show_page(DASHBOARD)


def test_the_dashboard_is_built_when_first_shown(qtbot: Any, big_ctx: AppContext) -> None:
    big_ctx.settings.setValue("main/page", CASES)
    window = MainWindow(big_ctx)
    qtbot.addWidget(window)
    wait_idle(qtbot, big_ctx)
    assert window._dashboard is None  # its figures were not read for a start on the list
    window.refresh()
    assert window._dashboard is None
    window.nav.setCurrentRow(DASHBOARD)
    assert window._dashboard is not None
    assert window.stack.currentWidget() is window.dashboard
    assert window.stack.indexOf(window.cases) == CASES
    wait_idle(qtbot, big_ctx)
    assert window.dashboard.data is not None
