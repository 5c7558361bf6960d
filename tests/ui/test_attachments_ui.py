"""The attachments tab: files dropped on it or chosen in a dialog are added with a
category (and the party, for an ID proof); the service's refusals are shown as it words
them; attachments open in an image viewer or the PDF preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from mediation_app.services import office
from mediation_app.storage.models import Party
from tests.ui import screens
from tests.ui.conftest import wait_idle
from tests.ui.test_case_window import new_case, open_window
from tests.ui.test_documents_ui import pages_of, rendered
from tests.ui.test_english import chinese_left
from ui import i18n
from ui.attachments_view import AttachmentsView, ImageViewer
from ui.case_window import CaseWindow
from ui.context import AppContext
from ui.forms import FormDialog
from ui.print_preview import PrintPreview


def png(tmp_path: Path, name: str = "scan.png") -> Path:
    image = QImage(240, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d6a96"))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def drop(view: AttachmentsView, *paths: Path) -> tuple[bool, bool]:
    """Drag the files onto the tab and drop them; (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, enter)
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, event)
    return enter.isAccepted(), event.isAccepted()


def save_form(qtbot: Any, ctx: AppContext, view: AttachmentsView,
              **values: Any) -> FormDialog:
    dialog = view.form
    assert isinstance(dialog, FormDialog) and dialog.isVisible()
    for name, value in values.items():
        dialog.form.set_value(name, value)
    dialog.submit()
    wait_idle(qtbot, ctx)
    return dialog


def window_with_case(qtbot: Any, ctx: AppContext) -> CaseWindow:
    window = open_window(qtbot, ctx, new_case(ctx))
    window.tabs.setCurrentWidget(window.attachments)
    return window


def test_dropping_a_png_adds_it_with_the_chosen_category(qtbot: Any, app_ctx: AppContext,
                                                         tmp_path: Path) -> None:
    window = window_with_case(qtbot, app_ctx)
    view = window.attachments
    assert drop(view, png(tmp_path)) == (True, True)
    dialog = view.form
    assert dialog is not None and dialog.form.value("title") == "scan"
    assert not dialog.form.is_shown("party_id")  # only for an ID proof
    save_form(qtbot, app_ctx, view, category="证据", title="现场照片")
    assert not shiboken6.isValid(dialog)
    model = view.table.model()
    assert model.rowCount() == 1
    record = model.record(0)
    assert (record["category"], record["title"], record["filename"]) == (
        "证据", "现场照片", "scan.png")
    assert model.data(model.index(0, 3)).endswith(("B", "KB"))
    wait_idle(qtbot, app_ctx)
    timeline = window.timeline.model()
    assert any(timeline.record(r)["action"] == "attach" for r in range(timeline.rowCount()))


def test_an_id_proof_names_its_party(qtbot: Any, app_ctx: AppContext,
                                     tmp_path: Path, monkeypatch: Any) -> None:
    window = window_with_case(qtbot, app_ctx)
    view = window.attachments
    chosen = str(png(tmp_path, "id.png"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *args, **kwargs: ([chosen], ""))
    view.add_button.click()
    dialog = view.form
    assert dialog is not None
    dialog.form.set_value("category", "身份证明")
    assert dialog.form.is_shown("party_id")
    combo = dialog.form.editor("party_id")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["", "张三（申请人）", "李四（被申请人）"]
    save_form(qtbot, app_ctx, view, party_id="李四（被申请人）")
    assert view.table.model().rowCount() == 1
    attachment_id = view.table.model().record(0)["id"]
    with app_ctx.store.transaction(write=False) as session:
        proofs = {p.name: p.identity_proof_id for p in session.query(Party).filter(
            Party.case_id == window.case_id)}
    assert proofs == {"张三": None, "李四": attachment_id}


def test_refusals_show_the_service_message(qtbot: Any, app_ctx: AppContext,
                                           tmp_path: Path) -> None:
    window = window_with_case(qtbot, app_ctx)
    view = window.attachments
    text = tmp_path / "notes.pdf"  # the name says PDF; the content does not
    text.write_text("只是一些文字", "utf-8")
    drop(view, text)
    dialog = save_form(qtbot, app_ctx, view, category="证据")
    assert dialog.isVisible()
    assert dialog.general.isVisible()
    assert dialog.general.text() == "只接受 PDF、PNG 或 JPEG 文件"
    dialog.reject()
    with app_ctx.store.transaction() as session:
        office.set_setting(session, app_ctx.actor, "attachment_max_mb", 1)
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2 * 1024 * 1024))
    drop(view, big)
    dialog = save_form(qtbot, app_ctx, view, category="证据")
    assert dialog.general.text() == "附件过大（最多 1 MB）"
    dialog.reject()
    assert view.table.model().rowCount() == 0
    assert app_ctx.dialogs.shown == []


def test_text_and_links_are_not_taken(qtbot: Any, app_ctx: AppContext) -> None:
    view = window_with_case(qtbot, app_ctx).attachments
    mime = QMimeData()
    mime.setText("not a file")
    mime.setUrls([QUrl("https://example.org/scan.png")])
    enter = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, enter)
    assert not enter.isAccepted()
    assert view.form is None


def test_attachments_open_in_a_viewer_or_the_preview(qtbot: Any, app_ctx: AppContext,
                                                     tmp_path: Path) -> None:
    window = window_with_case(qtbot, app_ctx)
    view = window.attachments
    pdf = tmp_path / "register.pdf"
    pdf.write_bytes(rendered(app_ctx, window.case_id, "register"))
    drop(view, png(tmp_path), pdf)  # two files: one form after the other
    save_form(qtbot, app_ctx, view, category="证据")
    save_form(qtbot, app_ctx, view, category="调查记录")
    assert view.form is None
    assert view.table.model().rowCount() == 2
    view.table.selectRow(0)
    view.open_button.click()
    wait_idle(qtbot, app_ctx)
    viewer = view.last_opened
    assert isinstance(viewer, ImageViewer)
    assert viewer.image.pixmap() is not None and not viewer.image.pixmap().isNull()
    viewer.close()
    view.table.selectRow(1)
    view.open_selected()
    wait_idle(qtbot, app_ctx)
    preview = view.last_opened
    assert isinstance(preview, PrintPreview)
    assert preview.page_total() == pages_of(pdf.read_bytes())
    preview.close()
    # the whole file takes the attachments in
    file_entry = next(e for e in window.documents.entries if e.kind == "file")
    whole = window.documents.preview(file_entry)
    assert whole is not None
    wait_idle(qtbot, app_ctx, 30_000)
    assert whole.page_total() > pages_of(pdf.read_bytes())


@pytest.mark.parametrize("language", [i18n.CHINESE, i18n.ENGLISH])
def test_attachments_screenshots(qtbot: Any, app_ctx: AppContext, tmp_path: Path,
                                 language: str) -> None:
    assert i18n.install(language)
    window = window_with_case(qtbot, app_ctx)
    window.resize(*screens.SIZE)
    view = window.attachments
    drop(view, png(tmp_path, "photo.png"))
    save_form(qtbot, app_ctx, view, category="证据", title="photo")
    drop(view, png(tmp_path, "id-card.png"))
    dialog = view.form
    assert dialog is not None
    dialog.form.set_value("category", "身份证明")
    screens.save(window, "attachments", language)
    screens.save(dialog, "attachments-add", language)
    if language == i18n.ENGLISH:
        assert chinese_left(window, dialog) == []
    dialog.reject()
