"""The attachments tab of a case window: scans and photos kept inside the encrypted store.

Files come in by a file dialog or by dropping them on the tab; each asks for its category
(and, for an ID proof, whose it is) in the generic form. The service checks the real type
and the size, and its refusal is shown in that form as it words it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mediation_app.errors import ValidationError
from mediation_app.services import attachments
from ui import action_forms, vocab
from ui.context import AppContext
from ui.forms import FormContext, FormDialog
from ui.print_preview import PrintPreview
from ui.record_tables import columns, current_record, record_table, set_records, vocab_column
from ui.widgets import mark_data


def size_text(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


ATTACHMENT_COLUMNS = columns(
    "AttachmentsView",
    (QT_TRANSLATE_NOOP("AttachmentsView", "类别"), vocab_column("category")),
    (QT_TRANSLATE_NOOP("AttachmentsView", "标题"), lambda r: r.get("title")),
    (QT_TRANSLATE_NOOP("AttachmentsView", "文件名"), lambda r: r.get("filename")),
    (QT_TRANSLATE_NOOP("AttachmentsView", "大小"), lambda r: size_text(r.get("size"))),
)


def dropped_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (links and text are not files)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


class ImageViewer(QWidget):
    """A scanned image at its own size in a scroll area, or fitted to the window."""

    def __init__(self, title: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("image-viewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("附件 — {0}").format(title))
        self.setProperty("titleData", title)
        self.pixmap = QPixmap.fromImage(image)
        self.image = QLabel(self)
        self.image.setObjectName("image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fit_button = QPushButton(self.tr("适合窗口"), self)
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.fit_button.toggled.connect(lambda _checked: self._show())
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.resize(800, 900)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._show()

    def _show(self) -> None:
        if self.fit_button.isChecked():
            area = self.scroll.viewport().size()
            shown = self.pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
        else:
            shown = self.pixmap
        self.image.setPixmap(shown)
        self.image.resize(shown.size())


class AttachmentsView(QWidget):
    """List, add (dialog or drag and drop), open. Emits ``changed`` after an addition."""

    changed = Signal()

    def __init__(self, app: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.case_id = case_id
        self.party_ids: dict[str, int] = {}
        self.editable = False
        self.queue: list[Path] = []
        self.form: FormDialog | None = None
        self.last_opened: QWidget | None = None
        self.setObjectName("attachments")
        self.setAcceptDrops(True)
        self.table = record_table(ATTACHMENT_COLUMNS, self)
        self.table.setObjectName("attachment-list")
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.hint = QLabel(self.tr("可将 PDF、图片文件拖到这里添加。"), self)
        self.hint.setObjectName("attachments-hint")
        self.add_button = QPushButton(self.tr("添加附件…"), self)
        self.add_button.setObjectName("add-attachment")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("打开"), self)
        self.open_button.setObjectName("open-attachment")
        self.open_button.clicked.connect(lambda: self.open_selected())
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # --- showing -------------------------------------------------------------------------
    def show_case(self, case: dict[str, Any], listing: list[dict[str, Any]]) -> None:
        self.editable = bool(case.get("editable"))
        self.party_ids = {
            f"{p['name']}（{vocab.label(p.get('role'))}）": p["id"]
            for p in case.get("parties", []) if p.get("id") is not None}
        self.add_button.setEnabled(self.editable)
        self.add_button.setToolTip("" if self.editable else
                                   self.tr("只读：您不是本案的承办调解员"))
        self.show_listing(listing)

    def show_listing(self, listing: list[dict[str, Any]]) -> None:
        set_records(self.table, listing)
        self.open_button.setEnabled(bool(listing))

    def refresh(self) -> None:
        case_id = self.case_id
        self.app.worker.run(lambda session: attachments.listing(session, case_id),
                            on_done=self.show_listing, owner=self)

    # --- adding --------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("添加附件"), "", self.tr("PDF 或图片 (*.pdf *.png *.jpg *.jpeg);;"
                                                 "所有文件 (*)"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Ask for each file's category in turn; each saved file refreshes the list."""
        if not self.editable:
            return
        self.queue += paths
        if self.form is None:
            self._next_file()

    def _next_file(self) -> None:
        self.form = None
        if self.queue:
            self.form = self._form_for(self.queue.pop(0))

    def _form_for(self, path: Path) -> FormDialog:
        actor, case_id, party_ids = self.app.actor, self.case_id, dict(self.party_ids)
        unreadable = self.tr("无法读取文件：{0}").format(path)

        def service(values: dict[str, Any]) -> Callable[[Any], Any]:
            party = party_ids.get(values.get("party_id") or "")

            def call(session: Any) -> list[dict[str, Any]]:
                try:
                    content = path.read_bytes()
                except OSError as exc:
                    raise ValidationError(unreadable, "cannot read the file") from exc
                attachments.add(session, actor, case_id, filename=path.name,
                                content=content, category=values.get("category") or "",
                                title=values.get("title"), party_id=party)
                return attachments.listing(session, case_id)

            return call

        ctx = FormContext(lists={action_forms.PARTY_LABELS: list(party_ids)},
                          defaults={"title": path.stem})
        dialog = FormDialog(self.tr("添加附件 — {0}").format(path.name),
                            action_forms.ATTACHMENT_FIELDS, ctx, service, self.app, self)
        dialog.setObjectName("form-attachment")
        dialog.setProperty("titleData", path.name)
        dialog.saved.connect(self._added)
        dialog.finished.connect(lambda _result: self._next_file())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(560, 300)  # three fields: the generic form's default size is for more
        dialog.open()
        return dialog

    def _added(self, listing: list[dict[str, Any]]) -> None:
        self.show_listing(listing)
        self.changed.emit()

    # --- drag and drop -------------------------------------------------------------------
    def _offer(self, event: QDragMoveEvent) -> None:
        if self.editable and dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._offer(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._offer(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if not self.editable or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # --- opening -------------------------------------------------------------------------
    def open_selected(self) -> None:
        """Fetch the selected file and show it: PDFs in the preview, images in a viewer."""
        record = current_record(self.table)
        if record is None:
            return
        attachment_id, actor = record["id"], self.app.actor
        self.app.worker.run(lambda session: attachments.content(session, actor, attachment_id),
                            on_done=lambda data: self.show_content(record, data), owner=self,
                            on_error=lambda exc, d: self.app.dialogs.show_exception(self, exc, d))

    def show_content(self, record: dict[str, Any], data: bytes) -> QWidget | None:
        title = record.get("title") or record.get("filename") or ""
        if record.get("media_type") == "application/pdf":
            preview = PrintPreview(self.app, title, file_stem=Path(
                record.get("filename") or title).stem, parent=self.window())
            preview.setProperty("titleData", title)
            preview.show()
            preview.show_pdf(data)
            self.last_opened = preview
            return preview
        image = QImage.fromData(data)
        if image.isNull():
            self.app.dialogs.warn(self, self.tr("无法显示该文件：{0}").format(
                record.get("filename")))
            return None
        viewer = ImageViewer(title, image, self.window())
        mark_data(viewer.image)
        viewer.show()
        self.last_opened = viewer
        return viewer
