"""Official documents of a case: which ones it has, a preview, printing and saving.

The PDFs come from ``services.printing.render`` (which checks access and records the print
in the audit trail) on the worker; this module only shows, prints and saves the bytes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPointF,
    QRect,
    QSize,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QPageSize, QPainter, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from mediation_app.documents import write_pdf_atomically
from mediation_app.errors import AppError, StoreError
from mediation_app.services import printing
from ui.context import AppContext
from ui.dialogs import error_text
from ui.record_tables import columns, current_record, record_table, set_records
from ui.timefmt import local_time
from ui.widgets import error_label

CTX = "documents"
PRINT_DPI = 300
"""Pages go to the printer as images of this resolution: sharp on paper, and a 50-page
case file does not need gigabytes (QPrinter's own 1200 dpi would)."""
LAST_DIR_KEY = "documents/last_dir"
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 5.0)

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

TITLES = {
    "agreement": QT_TRANSLATE_NOOP("documents", "人民调解协议书"),
    "oral-agreement": QT_TRANSLATE_NOOP("documents", "口头协议登记表"),
    "application": QT_TRANSLATE_NOOP("documents", "人民调解申请书"),
    "register": QT_TRANSLATE_NOOP("documents", "人民调解受理登记表"),
    "rights-notice": QT_TRANSLATE_NOOP("documents", "当事人权利义务告知书"),
    "session-record": QT_TRANSLATE_NOOP("documents", "人民调解记录"),
    "follow-up": QT_TRANSLATE_NOOP("documents", "回访记录"),
    "closing-report": QT_TRANSLATE_NOOP("documents", "结案报告表"),
    "cover": QT_TRANSLATE_NOOP("documents", "卷宗封面及卷内目录"),
    "file": QT_TRANSLATE_NOOP("documents", "卷宗（全部材料）"),
}
RELEVANCE = ("agreement", "oral-agreement", "session-record", "register")
"""What Ctrl+P in a case window opens: the agreement if there is one, else the latest
session record, else the register form."""


@dataclass(frozen=True)
class DocumentEntry:
    """One printable document of a case, as the documents tab lists it."""

    kind: str
    detail: str = ""
    session_index: int | None = None
    follow_up_index: int | None = None
    copies: int = 1

    @property
    def title(self) -> str:
        return translate(CTX, TITLES.get(self.kind, self.kind))


def documents_for(case: dict[str, Any]) -> list[DocumentEntry]:
    """The documents this case has the data for, in the order of the case file.

    An agreement is printed once for each party and once for the file (parties + 1).
    """
    entries: list[DocumentEntry] = []
    parties = case.get("parties") or []
    if any(p.get("role") == "申请人" for p in parties):
        entries.append(DocumentEntry("application"))
    entries += [DocumentEntry("register"), DocumentEntry("rights-notice")]
    for session in case.get("sessions") or []:
        entries.append(DocumentEntry(
            "session-record", translate("documents", "第 {0} 次，{1}").format(
                session["seq"], local_time(session.get("held_on"))),
            session_index=session["seq"]))
    agreement = case.get("agreement")
    if agreement:
        if agreement.get("kind") == "口头":
            entries.append(DocumentEntry("oral-agreement", agreement.get("number") or ""))
        else:
            entries.append(DocumentEntry("agreement", agreement.get("number") or "",
                                         copies=len(parties) + 1))
    for i, visit in enumerate(case.get("follow_ups") or [], start=1):
        entries.append(DocumentEntry("follow-up", translate("documents", "第 {0} 次，{1}").format(
            i, visit.get("date") or ""), follow_up_index=i))
    if case.get("status") == "closed":
        entries += [DocumentEntry("closing-report"), DocumentEntry("cover")]
    entries.append(DocumentEntry("file", translate("documents", "含附件，可能需要几秒钟")))
    return entries


def most_relevant(entries: list[DocumentEntry]) -> DocumentEntry | None:
    for kind in RELEVANCE:
        found = [e for e in entries if e.kind == kind]
        if found:
            return found[-1]
    return entries[0] if entries else None


def render_call(app: AppContext, case_id: int, entry: DocumentEntry,
                print_id_numbers: bool) -> Callable[[Any], bytes]:
    """The worker call producing the document's PDF (a write: printing is audited)."""
    actor = app.actor

    def call(session: Any) -> bytes:
        return printing.render(session, actor, case_id, entry.kind,
                               session_index=entry.session_index,
                               follow_up_index=entry.follow_up_index,
                               print_id_numbers=print_id_numbers)

    return call


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over the bytes; the buffer is its child, so it lives as long."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(parent: QWidget, document: QPdfDocument, title: str, copies: int = 1) -> bool:
    """Ask for a printer (copies preset) and print the pages; False if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCopyCount(max(1, copies))
    printer.setFullPage(True)  # the PDF already has its margins
    if document.pageCount() > 0:
        printer.setPageSize(QPageSize(document.pagePointSize(0), QPageSize.Unit.Point))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("documents", "打印：{0}").format(title))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(1, document.pageCount()))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    progress = QProgressDialog(translate("documents", "正在打印…"),
                               translate("documents", "取消"), 0, 0, parent)
    progress.setObjectName("print-progress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)

    def report(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(done)
        QCoreApplication.processEvents()
        return not progress.wasCanceled()

    try:
        return paint_pages(document, printer, report)
    finally:
        progress.close()
        progress.deleteLater()


def paint_pages(document: QPdfDocument, printer: QPrinter,
                progress: Callable[[int, int], bool] | None = None) -> bool:
    """Draw each chosen page, scaled to the paper; copies by hand where the printer (or the
    PDF output) cannot make them itself. ``progress(done, total)`` returning False
    abandons the job (pages are rasterised here, on the GUI thread: a long file takes a
    while)."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = [p for p in (range(first - 1, last) if first > 0 and last >= first
                         else range(count)) if 0 <= p < count]
    passes = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    total = passes * len(pages)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        done = 0
        for _copy in range(passes):
            for page in pages:
                if progress is not None and not progress(done, total):
                    printer.abort()
                    return False
                if done:
                    printer.newPage()
                done += 1
                points = document.pagePointSize(page)
                dpi = min(printer.resolution(), PRINT_DPI)
                image = document.render(page, QSize(round(points.width() * dpi / 72),
                                                    round(points.height() * dpi / 72)))
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(area.x() + (area.width() - scaled.width()) // 2,
                               area.y() + (area.height() - scaled.height()) // 2,
                               scaled.width(), scaled.height())
                painter.drawImage(target, image)
    finally:
        painter.end()
    return True


def safe_file_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_") or "document"


class PrintPreview(QWidget):
    """A PDF in a window: pages, zoom, print (copies preset) and save as PDF.

    ``load(call)`` renders on the worker with the busy indicator; ``show_pdf(data)`` shows
    bytes already at hand (an attachment).
    """

    def __init__(self, app: AppContext, title: str, *, copies: int = 1,
                 file_stem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.app = app
        self.title = title
        self.copies = copies
        self.file_stem = file_stem or title
        self.data: bytes | None = None
        self.document: QPdfDocument | None = None
        self.setObjectName("print-preview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("打印预览 — {0}").format(title))
        self.resize(820, 900)

        self.toolbar = QToolBar(self)
        self.print_action = self._action(self.tr("打印…"), self.print_document,
                                         QKeySequence.StandardKey.Print, "print")
        self.save_action = self._action(self.tr("另存为 PDF…"), self.save_as,
                                        QKeySequence.StandardKey.SaveAs, "save-pdf")
        self.toolbar.addSeparator()
        self.previous_action = self._action(self.tr("上一页"), lambda: self.go_to(
            self.current_page() - 1), QKeySequence(Qt.Key.Key_PageUp), "previous-page")
        self.page = QSpinBox(self)
        self.page.setObjectName("page-number")
        self.page.setRange(1, 1)
        self.page.setKeyboardTracking(False)
        self.page.valueChanged.connect(lambda value: self.go_to(value - 1))
        self.page.setToolTip(self.tr("页码"))
        self.toolbar.addWidget(self.page)
        self.page_count = QLabel(self)
        self.page_count.setObjectName("page-count")
        self.toolbar.addWidget(self.page_count)
        self.next_action = self._action(self.tr("下一页"), lambda: self.go_to(
            self.current_page() + 1), QKeySequence(Qt.Key.Key_PageDown), "next-page")
        self.toolbar.addSeparator()
        self._action(self.tr("缩小"), lambda: self.zoom_by(1 / ZOOM_STEP),
                     QKeySequence.StandardKey.ZoomOut, "zoom-out")
        self._action(self.tr("放大"), lambda: self.zoom_by(ZOOM_STEP),
                     QKeySequence.StandardKey.ZoomIn, "zoom-in")
        self._action(self.tr("适合宽度"), lambda: self.fit(QPdfView.ZoomMode.FitToWidth),
                     QKeySequence("Ctrl+2"), "fit-width")
        self._action(self.tr("整页"), lambda: self.fit(QPdfView.ZoomMode.FitInView),
                     QKeySequence("Ctrl+1"), "fit-page")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom")
        self.toolbar.addWidget(self.zoom_label)

        self.view = QPdfView(self)
        self.view.setObjectName("pdf-view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self.view.zoomModeChanged.connect(self._show_zoom)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        busy = QWidget(self)
        box = QVBoxLayout(busy)
        box.addStretch(1)
        self.busy_label = QLabel(self.tr("正在生成文书…"), busy)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busy_bar = QProgressBar(busy)
        self.busy_bar.setObjectName("preview-busy")
        self.busy_bar.setRange(0, 0)
        self.message = error_label(busy)
        self.message.setObjectName("preview-error")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.busy_label)
        box.addWidget(self.busy_bar)
        box.addWidget(self.message)
        box.addStretch(1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(busy)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self._set_ready(False)
        self._show_zoom()

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({keys})" if keys else text)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _set_ready(self, ready: bool) -> None:
        for action in self.toolbar.actions():
            action.setEnabled(ready)
        self.page.setEnabled(ready)
        self.stack.setCurrentIndex(1 if ready else 0)

    # --- loading -------------------------------------------------------------------------
    def load(self, call: Callable[[Any], bytes]) -> None:
        """Render on the worker; the window shows that it is working meanwhile."""
        self.busy_label.show()
        self.busy_bar.show()
        self.message.hide()
        self._set_ready(False)
        self.app.worker.run(call, write=True, on_done=self.show_pdf, on_error=self._failed,
                            owner=self)

    def _failed(self, exc: BaseException, details: str) -> None:
        self.busy_label.hide()
        self.busy_bar.hide()
        if isinstance(exc, AppError) and not isinstance(exc, StoreError):
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.app.dialogs.show_exception(self, exc, details)
        self.close()

    def show_pdf(self, data: bytes) -> None:
        self.data = data
        old = self.document
        self.document = load_pdf(data, self)
        self.view.setDocument(self.document)
        if old is not None:
            old.deleteLater()
        count = self.document.pageCount()
        if self.document.status() != QPdfDocument.Status.Ready or count == 0:
            self.busy_label.hide()
            self.busy_bar.hide()
            self.message.setText(self.tr("无法显示该 PDF 文件。"))
            self.message.show()
            return
        self.page.blockSignals(True)
        self.page.setRange(1, count)
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.page_count.setText(self.tr("共 {0} 页").format(count))
        self._set_ready(True)
        self._update_page_actions()

    # --- navigation and zoom -------------------------------------------------------------
    def page_total(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_total() and page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
        self._update_page_actions()

    def _update_page_actions(self) -> None:
        page = self.current_page()
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.page_total() - 1)

    def zoom_by(self, step: float) -> None:
        low, high = ZOOM_RANGE
        factor = min(high, max(low, self.effective_zoom() * step))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def effective_zoom(self) -> float:
        """The zoom factor as shown, also in the fit modes (where Qt keeps it at 1)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document is None or \
                self.page_total() == 0:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page()))
        pixels = points * (self.logicalDpiX() / 72)
        viewport = self.view.viewport().size()
        margins = self.view.documentMargins()
        width = (viewport.width() - margins.left() - margins.right()) / max(pixels.width(), 1)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return width
        height = (viewport.height() - margins.top() - margins.bottom()) / max(pixels.height(), 1)
        return min(width, height)

    def fit(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)

    def _show_zoom(self, *_args: Any) -> None:
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)}%")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_zoom()  # the fit modes change the zoom with the window

    # --- printing and saving -------------------------------------------------------------
    def print_document(self) -> bool:
        if self.document is None:
            return False
        return print_pdf(self, self.document, self.title, self.copies)

    def default_path(self) -> Path:
        """In the folder last saved to (else Documents), named after case and document."""
        folder = str(self.app.settings.value(LAST_DIR_KEY, "") or "") or \
            QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"{safe_file_name(self.file_stem)}.pdf"

    def save_as(self) -> Path | None:
        """Ask where, then write the file whole or not at all."""
        if self.data is None:
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("另存为 PDF"), str(self.default_path()), self.tr("PDF 文件 (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_pdf_atomically(self.data, path)
        except OSError as exc:
            self.app.dialogs.warn(self, self.tr("无法保存文件 {0}：{1}").format(
                path, exc.strerror or exc))
            return None
        self.app.settings.setValue(LAST_DIR_KEY, str(path.parent))
        return path


DOCUMENT_COLUMNS = columns(
    CTX,
    (QT_TRANSLATE_NOOP("documents", "文书"), lambda r: r["entry"].title),
    (QT_TRANSLATE_NOOP("documents", "份数"), lambda r: r["entry"].copies),
    (QT_TRANSLATE_NOOP("documents", "说明"), lambda r: r["entry"].detail),
)


class DocumentsView(QWidget):
    """The documents tab of a case window: list, preview, print, and whether ID numbers
    are printed (off by default: most copies leave the office)."""

    def __init__(self, app: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.case_id = case_id
        self.case_number = ""
        self.entries: list[DocumentEntry] = []
        self.setObjectName("documents")
        self.table = record_table(DOCUMENT_COLUMNS, self)
        self.table.setObjectName("document-list")
        self.table.doubleClicked.connect(lambda _index: self.preview())
        self.id_numbers = QCheckBox(self.tr("打印身份证号"), self)
        self.id_numbers.setObjectName("print-id-numbers")
        self.id_numbers.setToolTip(self.tr("勾选后，协议书和申请书印出当事人的身份证号码"))
        self.preview_button = QPushButton(self.tr("预览"), self)
        self.preview_button.setObjectName("preview-document")
        self.preview_button.clicked.connect(lambda: self.preview())
        self.print_button = QPushButton(self.tr("打印"), self)
        self.print_button.setObjectName("print-document")
        self.print_button.clicked.connect(lambda: self.print_now())
        buttons = QHBoxLayout()
        buttons.addWidget(self.id_numbers)
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_case(self, case: dict[str, Any]) -> None:
        selected = self.selected()
        self.case_number = case["number"]
        self.entries = documents_for(case)
        set_records(self.table, [{"entry": e} for e in self.entries])
        row = self.entries.index(selected) if selected in self.entries else 0
        self.table.selectRow(row)

    def selected(self) -> DocumentEntry | None:
        record = current_record(self.table)
        return record["entry"] if record else None

    def select(self, entry: DocumentEntry) -> None:
        if entry in self.entries:
            self.table.selectRow(self.entries.index(entry))

    def preview(self, entry: DocumentEntry | None = None) -> PrintPreview | None:
        """Open the document in a preview window; returns it (tests drive it)."""
        entry = entry or self.selected()
        if entry is None:
            return None
        preview = PrintPreview(self.app, entry.title, copies=entry.copies,
                               file_stem=f"{self.case_number}-{entry.title}",
                               parent=self.window())
        preview.show()
        preview.load(render_call(self.app, self.case_id, entry, self.id_numbers.isChecked()))
        return preview

    def print_now(self, entry: DocumentEntry | None = None) -> None:
        """Render, then straight to the print dialog (no preview)."""
        entry = entry or self.selected()
        if entry is None or not self.print_button.isEnabled():
            return
        self.print_button.setEnabled(False)  # one job at a time; rendering takes a moment

        def rendered(data: bytes) -> None:
            self.print_button.setEnabled(True)
            document = load_pdf(data, self)
            try:
                print_pdf(self, document, entry.title, entry.copies)
            finally:
                document.deleteLater()

        def failed(exc: BaseException, details: str) -> None:
            self.print_button.setEnabled(True)
            self.app.dialogs.show_exception(self, exc, details)

        self.app.worker.run(render_call(self.app, self.case_id, entry,
                                        self.id_numbers.isChecked()),
                            write=True, on_done=rendered, on_error=failed, owner=self)
