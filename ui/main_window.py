"""The main window: navigation between 工作台 and 案件, menus, status bar, case windows."""

from __future__ import annotations

from collections.abc import Callable

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
from ui import i18n, printing, vocab
from ui.case_list import CaseListPage
from ui.case_window import CaseWindow
from ui.context import AppContext
from ui.dashboard import Dashboard
from ui.intake_wizard import IntakeWizard
from ui.models.case_table import COLUMNS

DASHBOARD, CASES = 0, 1


class MainWindow(QMainWindow):
    """Emits ``language_requested`` so the application can rebuild the windows."""

    language_requested = Signal(str)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("调解台 — {0}").format(app.office_name))
        self.setProperty("titleData", app.office_name)
        self.case_windows: dict[int, CaseWindow] = {}
        self.wizard: IntakeWizard | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.addItems([self.tr("工作台"), self.tr("案件")])
        self.nav.setMaximumWidth(200)
        self.stack = QStackedWidget(self)
        self.dashboard = Dashboard(app, self.stack)
        self.cases = CaseListPage(app, self.stack)
        self.stack.addWidget(self.dashboard)
        self.stack.addWidget(self.cases)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 1050])
        self.setCentralWidget(self.splitter)
        self.dashboard.open_case.connect(self.open_case)
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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
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

        view_menu = bar.addMenu(self.tr("视图(&V)"))
        view_menu.addAction(self._action(self.tr("工作台"), lambda: self.show_page(DASHBOARD),
                                         "Ctrl+1", "show-dashboard"))
        view_menu.addAction(self._action(self.tr("案件列表"), lambda: self.show_page(CASES),
                                         "Ctrl+2", "show-cases"))
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
        self.show_page(int(settings.value("main/page", DASHBOARD) or 0))

    def save_state(self) -> None:
        settings = self.app.settings
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/page", self.stack.currentIndex())
        self.cases.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        for window in list(self.case_windows.values()):
            window.close()
        super().closeEvent(event)

    # --- commands ------------------------------------------------------------------------
    def show_page(self, page: int) -> None:
        page = page if page in (DASHBOARD, CASES) else DASHBOARD
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
        self.dashboard.refresh()
        self.cases.refresh()

    def new_case(self) -> IntakeWizard:
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
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
            "Esc 取消或关闭\nF5 刷新\n回车 打开所选案件"), self.tr("快捷键"))

    def show_about(self) -> None:
        self.app.dialogs.info(self, self.tr("调解台 {0}\n人民调解案件管理").format(__version__),
                              self.tr("关于调解台"))
