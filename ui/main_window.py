"""The main window: navigation between 工作台, 案件 and (for the bureau) 司法局汇总; menus,
status bar, case windows and the non-modal 月度报送, 排查 and 设置 dialogs.

Only the case list is imported with the window: the other pages, the case window and the
dialogs bring in the documents engine, openpyxl and their services, so they are imported
(and the pages built) when first opened, and a start on the case list does not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from mediation_app import __version__
from mediation_app.exports import roles
from ui import i18n, printing, vocab
from ui.case_list import CaseListPage
from ui.context import AppContext
from ui.models.case_table import COLUMNS

if TYPE_CHECKING:
    from ui.bureau_view import BureauView
    from ui.case_window import CaseWindow
    from ui.dashboard import Dashboard
    from ui.export_dialog import ExportDialog, SweepDialog
    from ui.intake_wizard import IntakeWizard
    from ui.settings_dialog import SettingsDialog

DASHBOARD, CASES, BUREAU = 0, 1, 2
D = TypeVar("D", bound=QWidget)


class MainWindow(QMainWindow):
    """Emits ``language_requested`` so the application can rebuild the windows, and
    ``settings_changed`` after an administrator saved settings (e.g. the idle time)."""

    language_requested = Signal(str)
    settings_changed = Signal()

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("调解台 — {0}").format(app.office_name))
        self.setProperty("titleData", app.office_name)
        self.case_windows: dict[int, CaseWindow] = {}
        self.wizard: IntakeWizard | None = None
        self.tool_windows: dict[str, QWidget] = {}
        self.bureau: BureauView | None = None
        self._dashboard: Dashboard | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("页面"))
        self.nav.addItems([self.tr("工作台"), self.tr("案件")])
        self.nav.setMaximumWidth(200)
        self.stack = QStackedWidget(self)
        self._dashboard_slot = QWidget(self.stack)  # holds 工作台's place until it is built
        self.cases = CaseListPage(app, self.stack)
        self.cases.setAccessibleName(self.tr("案件列表"))
        self.stack.addWidget(self._dashboard_slot)
        self.stack.addWidget(self.cases)
        if app.actor.role in roles.BUREAU:
            self.bureau_page()
        self.nav.currentRowChanged.connect(self.show_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1050])
        self.setCentralWidget(self.splitter)
        self.cases.open_case.connect(self.open_case)

        self._build_menus()
        self._build_status_bar()
        self._restore()

    # --- building ------------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _allowed(self, action: QAction, allowed: bool, why: str) -> QAction:
        """Disable what the signed-in role may not do, saying why (the core refuses anyway)."""
        action.setEnabled(allowed)
        if not allowed:
            action.setToolTip(why)
            action.setStatusTip(why)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        actor = self.app.actor
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self._allowed(
            self._action(self.tr("月度报送…"), self.open_export, "Ctrl+E", "export"),
            actor.role in roles.STATISTICS, self.tr("只有统计员和管理员可以导出月报")))
        file_menu.addAction(self._allowed(
            self._action(self.tr("设置…"), self.open_settings, "Ctrl+,", "settings"),
            actor.is_admin, self.tr("只有管理员可以修改设置")))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("打印…"), self.print_current,
                                         QKeySequence.StandardKey.Print, "print"))
        file_menu.addAction(self._action(self.tr("保存界面布局"), self.save_state,
                                         QKeySequence.StandardKey.Save, "save"))
        language = file_menu.addMenu(self.tr("界面语言"))
        group = QActionGroup(self)
        for code, text in ((i18n.CHINESE, "中文"), (i18n.ENGLISH, "English")):
            action = QAction(text, self, checkable=True)
            action.setObjectName(f"language-{code}")
            action.setChecked(i18n.current() == code)
            action.setProperty("isData", True)  # each language named in itself
            action.triggered.connect(lambda _c=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("退出"), self.close,
                                         QKeySequence.StandardKey.Quit, "quit"))

        case_menu = bar.addMenu(self.tr("案件(&C)"))
        case_menu.addAction(self._action(self.tr("新建案件…"), self.new_case,
                                         QKeySequence.StandardKey.New, "new-case"))
        case_menu.addAction(self._action(self.tr("查找案件"), self.find_cases,
                                         QKeySequence.StandardKey.Find, "find"))
        case_menu.addAction(self._action(self.tr("打开所选案件"), self.open_selected, None,
                                         "open-selected"))
        case_menu.addAction(self._action(self.tr("取消（清除搜索）"), self.cancel,
                                         QKeySequence(Qt.Key.Key_Escape), "cancel"))
        case_menu.addSeparator()
        case_menu.addAction(self._allowed(
            self._action(self.tr("矛盾纠纷排查…"), self.open_sweeps, "Ctrl+Shift+E", "sweeps"),
            actor.role in roles.SWEEPS, self.tr("只有调解员、统计员和管理员可以登记排查")))

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addAction(self._action(self.tr("工作台"), lambda: self.show_page(DASHBOARD),
                                         "Ctrl+1", "show-dashboard"))
        view_menu.addAction(self._action(self.tr("案件列表"), lambda: self.show_page(CASES),
                                         "Ctrl+2", "show-cases"))
        view_menu.addAction(self._action(self.tr("司法局汇总"), lambda: self.show_page(BUREAU),
                                         "Ctrl+3", "show-bureau"))
        view_menu.addSeparator()
        view_menu.addAction(self._action(self.tr("刷新"), self.refresh,
                                         QKeySequence.StandardKey.Refresh, "refresh"))

        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self._action(self.tr("快捷键"), self.show_shortcuts, None,
                                         "shortcuts"))
        help_menu.addAction(self._action(self.tr("关于调解台"), self.show_about, None, "about"))

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        actor = self.app.actor
        self.user_label = QLabel(self.tr("用户：{0}（{1}）").format(
            actor.display_name or actor.username, vocab.label(actor.role.value)), self)
        self.user_label.setObjectName("status-user")
        self.user_label.setProperty("titleData", actor.display_name or actor.username)
        self.store_label = QLabel(self.tr("数据库：{0}").format(self.app.store_label), self)
        self.store_label.setObjectName("status-store")
        self.store_label.setProperty("titleData", self.app.store_label)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setToolTip(self.tr("正在读取或保存…"))
        self.busy.hide()
        status.addWidget(self.user_label)
        status.addWidget(self.store_label, 1)
        status.addPermanentWidget(self.busy)
        self.app.worker.busy_changed.connect(self.busy.setVisible)

    # --- settings ------------------------------------------------------------------------
    def _restore(self) -> None:
        settings = self.app.settings
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        splitter = settings.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        default = BUREAU if self.bureau is not None else DASHBOARD
        page = int(settings.value("main/page", default) or 0)
        self.show_page(page if page != BUREAU or self.bureau is not None else DASHBOARD)

    def save_state(self) -> None:
        settings = self.app.settings
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/page", self.stack.currentIndex())
        self.cases.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        for window in [*self.case_windows.values(), *self.tool_windows.values()]:
            window.close()
        super().closeEvent(event)

    # --- commands ------------------------------------------------------------------------
    @property
    def dashboard(self) -> Dashboard:
        return self.dashboard_page()

    def dashboard_page(self) -> Dashboard:
        """工作台, built when first shown: a start on the case list does not read its figures."""
        if self._dashboard is None:
            from ui.dashboard import Dashboard

            dashboard = Dashboard(self.app, self.stack)
            dashboard.setAccessibleName(self.tr("工作台"))
            dashboard.open_case.connect(self.open_case)
            dashboard.export_requested.connect(self.open_export)
            self.stack.insertWidget(DASHBOARD, dashboard)
            self.stack.removeWidget(self._dashboard_slot)
            self._dashboard_slot.deleteLater()
            self._dashboard = dashboard
        return self._dashboard

    def bureau_page(self) -> BureauView:
        """司法局汇总: built with the window for the bureau, on first use for anyone else."""
        if self.bureau is None:
            from ui.bureau_view import BureauView

            self.bureau = BureauView(self.app, self.stack)
            self.bureau.setAccessibleName(self.tr("司法局汇总"))
            self.stack.addWidget(self.bureau)
            self.nav.addItem(self.tr("司法局汇总"))
        return self.bureau

    def show_page(self, page: int) -> None:
        page = page if page in (DASHBOARD, CASES, BUREAU) else DASHBOARD
        if page == BUREAU:
            self.bureau_page()
        elif page == DASHBOARD:
            self.dashboard_page()
        self.nav.setCurrentRow(page)
        self.stack.setCurrentIndex(page)

    def find_cases(self) -> None:
        self.show_page(CASES)
        self.cases.focus_search()

    def cancel(self) -> None:
        if self.stack.currentIndex() == CASES and self.cases.search.text():
            self.cases.search.clear()
            self.cases.apply_filter()

    def open_selected(self) -> None:
        index = self.cases.view.currentIndex()
        if index.isValid():
            self.cases.view._open_index(index)

    def refresh(self) -> None:
        if self._dashboard is not None:
            self._dashboard.refresh()
        self.cases.refresh()
        if self.bureau is not None:
            self.bureau.refresh()

    def _single(self, name: str, make: Callable[[], D]) -> D:
        """One non-modal dialog of a kind: raised if open, else made and shown."""
        dialog = self.tool_windows.get(name)
        if dialog is None:
            dialog = make()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _o=None, n=name: self.tool_windows.pop(n, None))
            self.tool_windows[name] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog  # type: ignore[return-value]

    def open_export(self) -> ExportDialog:
        from ui.export_dialog import ExportDialog

        return self._single("export", lambda: ExportDialog(self.app, self))

    def open_sweeps(self) -> SweepDialog:
        from ui.export_dialog import SweepDialog

        return self._single("sweeps", lambda: SweepDialog(self.app, self))

    def open_settings(self) -> SettingsDialog:
        from ui.settings_dialog import SettingsDialog

        def make() -> SettingsDialog:
            dialog = SettingsDialog(self.app, self)
            dialog.saved.connect(self.refresh)
            dialog.saved.connect(self.settings_changed)
            return dialog

        return self._single("settings", make)

    def new_case(self) -> IntakeWizard:
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        from ui.intake_wizard import IntakeWizard

        self.wizard = IntakeWizard(self.app, self)
        self.wizard.created.connect(self._case_created)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.show()
        return self.wizard

    def _wizard_closed(self) -> None:
        if self.wizard is not None:
            self.wizard.deleteLater()
        self.wizard = None

    def _case_created(self, case_id: int) -> None:
        self.refresh()
        self.open_case(case_id)

    def open_case(self, case_id: int) -> CaseWindow:
        window = self.case_windows.get(case_id)
        if window is None:
            from ui.case_window import CaseWindow

            window = CaseWindow(self.app, case_id, self)
            window.changed.connect(lambda _id: self.refresh())
            window.destroyed.connect(lambda _o=None, i=case_id: self.case_windows.pop(i, None))
            self.case_windows[case_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def print_current(self) -> None:
        model = self.cases.model
        rows = []
        for row in range(model.rowCount()):
            if model.cached(row) is not None:
                rows.append([model.data(model.index(row, c)) for c in range(len(COLUMNS))])
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
        printing.print_html(self, self.tr("案件列表"), printing.table_html(headers, rows))

    def show_shortcuts(self) -> None:
        self.app.dialogs.info(self, self.tr(
            "Ctrl+N 新建案件\nCtrl+F 查找案件\nCtrl+P 打印\nCtrl+S 保存（表单中）\n"
            "Ctrl+1/2/3 工作台、案件列表、司法局汇总\nCtrl+E 月度报送\n"
            "Ctrl+Shift+E 矛盾纠纷排查\nCtrl+, 设置\n"
            "Esc 取消或关闭\nF5 刷新\n回车 打开所选案件"), self.tr("快捷键"))

    def show_about(self) -> None:
        self.app.dialogs.info(self, self.tr("调解台 {0}\n人民调解案件管理").format(__version__),
                              self.tr("关于调解台"))
