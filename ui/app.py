"""The composition root of the GUI: application look, language, store, sign-in, windows.

``run(args)`` is called by ``mediation_app.gui_launch`` with the command line's namespace
(``data_dir``, ``db``, ``lang``, ``self_test``).

The start is arranged so that the slow parts overlap: only Qt and the sign-in dialog are
imported before the dialog shows; the worker imports SQLAlchemy, the models and the keyring
while it opens the store; the main window's modules are imported while the password's hash
is checked on the worker. First run, the idle lock and the start-up check are imported when
they are used.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLockFile, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QStyleFactory

from mediation_app import __version__, logs
from mediation_app.paths import AppPaths, resolve
from ui import assets, badges, i18n
from ui.badges import ACCENT
from ui.context import AppContext, Opened, open_settings
from ui.crash import CrashHandler
from ui.dialogs import DialogService
from ui.sign_in import SignInDialog
from ui.worker import Background, Worker

if TYPE_CHECKING:
    from mediation_app.storage.engine import Store
    from ui.idle_lock import IdleLock
    from ui.main_window import MainWindow

LOCK_NAME = "gui.lock"
SETTLE_AFTER_MS = 200
GC_YOUNG_THRESHOLD = 7000  # Python's default is 700


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for



def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once with our look: Fusion, one accent colour, CJK font."""
    existing = QApplication.instance()
    if existing is not None:
        assert isinstance(existing, QApplication)
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("mediation-desk")
    app.setApplicationVersion(__version__)
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, ACCENT)
    app.setPalette(palette)
    app.setStyleSheet(
        f"QPushButton:default {{ background: {ACCENT.name()}; color: white; "
        "border-radius: 4px; padding: 4px 14px; }"
        "QPushButton:default:disabled { background: #9bb8c9; }"
        "QGroupBox { font-weight: bold; }")
    assets.load_cjk_font(app)
    app.setWindowIcon(assets.app_icon())
    return app


class Controller:
    """Runs first-run or sign-in, then the main window; rebuilds it on a language change.

    Also what protects an unattended desk: a temporary password is changed before any
    case is shown, and after the office's idle time the windows are locked (with a way
    back to the sign-in for another user). ``unclean_exit``: the previous run did not
    end normally, so the store is checked at this start whatever the last check's date.
    """

    def __init__(self, paths: AppPaths, settings: QSettings, dialogs: DialogService,
                 worker: Worker, *, unclean_exit: bool = False) -> None:
        self.paths = paths
        self.settings = settings
        self.dialogs = dialogs
        self.worker = worker
        self.unclean_exit = unclean_exit
        self.maintenance: Background | None = None
        self.context: AppContext | None = None
        self.window: MainWindow | None = None
        self.idle_lock: IdleLock | None = None
        self.idle_minutes: float | None = None

    def sign_in(self) -> Opened | None:
        """First-run dialog when there is no store (or no office yet), else the sign-in."""
        if self.paths.db_path is not None and not self.paths.db_path.exists():
            return self._first_run(None)
        dialog = self.sign_in_dialog()
        dialog.exec()
        if dialog.needs_setup:
            return self._first_run(dialog.store)
        if dialog.result_ is None and dialog.store is not None:
            dialog.store.dispose()
        return dialog.result_

    def sign_in_dialog(self) -> SignInDialog:
        """The sign-in dialog, already opening the store on the worker."""
        dialog = SignInDialog(self.paths, self.worker, self.dialogs, self.settings)
        dialog.checking.connect(_import_main_window)
        dialog.open_store()
        return dialog

    def _first_run(self, store: Store | None) -> Opened | None:
        from ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.paths, self.worker, self.dialogs, store)
        dialog.exec()
        if dialog.result_ is None and dialog.store is not None:
            dialog.store.dispose()
        return dialog.result_

    def start(self, opened: Opened) -> MainWindow | None:
        """The main window; None if the user had to change the password and did not."""
        self.worker.store = opened.store
        self.context = AppContext(self.paths, opened.store, opened.actor, self.worker,
                                  self.dialogs, self.settings, opened.office_name)
        if opened.actor.must_change_password and not self.change_password_first():
            return None
        return self._show_main()

    def _first_page_shown(self, window: MainWindow) -> None:
        """Once per window, when its first page has painted: the work that must not delay
        the first screen. The office's risk labels take a second of CPU to read (the whole
        rules file is parsed), so they would hold the GIL while the list paints; the page
        is repainted with them when they arrive. Once per run: the start-up check."""
        self._watch_idle(window)
        badges.follow_office_rules(self.worker, window)
        if self.maintenance is not None or self.context is None:
            return
        self._check_and_back_up(self.context.store)
        QTimer.singleShot(SETTLE_AFTER_MS, _settle_garbage_collector)

    def _check_and_back_up(self, store: Any) -> None:
        """Integrity check (when due) and the daily backup, on a thread of their own.

        Minutes on a big store, so neither the list nor any service call waits for them. A
        damaged store stops the work with the newest good backup named; a failed backup
        (or an unreachable extra folder) is only a warning.
        """
        from mediation_app.storage import backups

        def failed(exc: BaseException, details: str) -> None:
            if isinstance(exc, backups.DamagedStoreError):
                hint = (translate("Application", "最新的可用备份：{0}。请由管理员从该备份恢复（文件→设置→备份，"
                           "或 mediation-app restore）。").format(exc.good_backup.name)
                        if exc.good_backup else translate("Application", "没有找到可用的备份。"))
                self.dialogs.error(self.window, f"{exc.message}\n{hint}", translate("Application", "数据库已损坏"))
                if self.window is not None:
                    self.window.close()
            else:
                self.dialogs.show_exception(self.window, exc, details)

        def done(report: Any) -> None:
            if getattr(report, "copy_error", None):
                self.dialogs.warn(self.window, str(report.copy_error), translate("Application", "备份未能复制"))

        paths, unclean_exit = self.paths, self.unclean_exit

        def check() -> backups.DailyBackup:
            from mediation_app.services import office

            with store.transaction(write=False) as session:
                extra = office.settings(session).get("backup_extra_dir") or None
            due = backups.check_due(paths, unclean_exit=unclean_exit)
            return backups.on_start(store, paths, Path(extra) if extra else None, check=due)

        self.maintenance = Background(check, name="start-up-check", on_done=done,
                                      on_error=failed)

    def change_password_first(self) -> bool:
        """The forced change of a temporary password (modal); False if the user quit."""
        from ui.idle_lock import change_password_dialog

        assert self.context is not None
        dialog = change_password_dialog(self.context, None, forced=True)
        return dialog.exec() == QDialog.DialogCode.Accepted and \
            not self.context.actor.must_change_password

    def _show_main(self) -> MainWindow:
        from ui.main_window import MainWindow

        assert self.context is not None
        window = MainWindow(self.context)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.language_requested.connect(self.switch_language)
        window.settings_changed.connect(self.refresh_idle_time)
        window.cases.model.first_page_ready.connect(  # run once the paint has returned
            lambda: QTimer.singleShot(0, window, lambda: self._first_page_shown(window)),
            Qt.ConnectionType.SingleShotConnection)
        window.show()
        self.window = window
        return window

    def _watch_idle(self, window: MainWindow) -> None:
        """Lock after the office's idle time (read once per sign-in, from the store)."""
        if self.idle_minutes is None:
            from ui.idle_lock import idle_minutes

            self.worker.run(idle_minutes, owner=window,
                            on_done=lambda minutes: self._install_lock(window, minutes))
        else:
            self._install_lock(window, self.idle_minutes)

    def refresh_idle_time(self) -> None:
        """Read the office's idle time again (after an administrator changed it)."""
        self.idle_minutes = None
        if self.window is not None:
            self._watch_idle(self.window)

    def _install_lock(self, window: MainWindow, minutes: float) -> None:
        from ui.idle_lock import IdleLock

        assert self.context is not None
        self.idle_minutes = minutes
        if self.idle_lock is not None and shiboken6.isValid(self.idle_lock):
            if self.idle_lock.window is window:
                self.idle_lock.watcher.set_timeout(round(minutes * 60_000))
                return
            self.idle_lock.deleteLater()
        self.idle_lock = IdleLock(self.context, window, minutes)
        self.idle_lock.switch_user.connect(
            lambda: QTimer.singleShot(0, self.switch_user))  # after the lock dialog closed

    def switch_user(self) -> MainWindow | None:
        """Back to the sign-in (the windows of the previous user closed); quits the
        application if nobody signs in."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window is open between the two users
        try:
            old, self.window, self.idle_lock, self.idle_minutes = self.window, None, None, None
            if old is not None:
                old.save_state()
                old.close()
            self.worker.wait_idle(10)
            if self.context is not None:
                self.context.store.dispose()
                self.context = None
            opened = self.sign_in()
            window = self.start(opened) if opened is not None else None
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)
        if window is None:
            app.quit()
        return window

    def switch_language(self, language: str) -> None:
        """Install the other translation and rebuild the main window in it."""
        if language == i18n.current():
            return
        self.settings.setValue("language", language)
        i18n.install(language)
        old = self.window
        if old is not None:
            old.save_state()
        self._show_main()
        if old is not None:
            old.close()

    def shutdown(self) -> None:
        self.worker.wait_idle(10)
        if self.maintenance is not None:
            self.maintenance.wait()  # a backup is finished, not left half-written
        self.worker.stop()
        if self.context is not None:
            self.context.store.dispose()


def _import_main_window() -> None:
    """While the worker checks a password: the main window's modules (the case list and its
    queries among them), so that showing the window after the sign-in does not wait for them."""
    import ui.main_window  # noqa: F401


def _settle_garbage_collector() -> None:
    """Take the objects of the start-up (Qt wrappers, modules, the ORM) out of every later
    collection: a full collection walks all of them while holding the GIL, which froze the
    GUI for hundreds of milliseconds whenever a big list was read on the worker. Reading a
    million rows allocates millions of short-lived tuples; a larger young generation
    collects ten times less often for them. Once per process (a user switch starts again)."""
    if gc.get_freeze_count():
        return
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])


def self_test(app: QApplication, paths: AppPaths, dialogs: DialogService) -> int:
    """For packaged builds: Qt, the font, the translations and the dialogs load; no store
    is touched."""
    from ui.first_run import FirstRunDialog

    worker = Worker()
    dialog = FirstRunDialog(paths, worker, dialogs)
    dialog.show()
    app.processEvents()
    ok = not dialog.grab().isNull()
    dialog.close()
    worker.stop()
    family = app.font().family()
    sys.stdout.write(f"self-test {'ok' if ok else 'FAILED'}: font={family} "
                     f"language={i18n.current()}\n")
    return 0 if ok else 1


def run(args: argparse.Namespace) -> int:
    app = application()
    paths = resolve(getattr(args, "data_dir", None), getattr(args, "db", None))
    settings = open_settings(paths)
    i18n.install(i18n.choose(getattr(args, "lang", None), settings.value("language")))
    dialogs = DialogService(paths.log_dir)
    logs.setup_logging(paths)
    crash = CrashHandler(paths.log_dir, lambda log: dialogs.crash(None, log))
    crash.install()
    try:
        if getattr(args, "self_test", False):
            return self_test(app, paths, dialogs)
        lock_path = paths.data_dir / LOCK_NAME
        left_behind = lock_path.exists()  # removed on a normal exit: the last run crashed
        lock = QLockFile(str(lock_path))
        lock.setStaleLockTime(0)  # a lock left by a crashed process is detected by its pid
        if not lock.tryLock(100):
            message = translate("Application", "调解台已经在使用这个数据目录（{0}）。"
                                "请切换到已打开的窗口，或关闭它后再试。")
            dialogs.warn(None, message.format(paths.data_dir),
                         translate("Application", "调解台已在运行"))
            return 1
        worker = Worker()
        worker.set_error_handler(lambda exc, details: dialogs.show_exception(None, exc, details))
        controller = Controller(paths, settings, dialogs, worker, unclean_exit=left_behind)
        try:
            opened = controller.sign_in()
            if opened is None or controller.start(opened) is None:
                return 1
            return int(app.exec())
        finally:
            controller.shutdown()
            settings.sync()
            lock.unlock()
    finally:
        crash.uninstall()

