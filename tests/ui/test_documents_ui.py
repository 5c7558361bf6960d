"""The documents tab and the print preview: the right documents listed, the preview shows
the agreement's pages, printing goes through a QPrinter with copies preset, saving writes a
valid PDF, and a document the case cannot have shows the core's message."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from mediation_app.services import printing
from mediation_app.services.cases import actions, intake
from tests.conftest import intake_data
from tests.ui import screens
from tests.ui.conftest import wait_idle
from tests.ui.test_case_window import open_window
from tests.ui.test_english import chinese_left
from ui import i18n
from ui.case_window import CaseWindow
from ui.context import AppContext
from ui.print_preview import DocumentEntry, PrintPreview

CTRL = Qt.KeyboardModifier.ControlModifier


def agreed_case(ctx: AppContext, *, kind: str = "书面", follow_up: bool = False) -> int:
    """Registered, accepted, one session, an agreement (two parties)."""
    today = dt.date.today()
    day = (today - dt.timedelta(days=10)).isoformat()
    with ctx.store.transaction() as session:
        case_id = intake.register(session, ctx.actor, intake_data()).id
        for action, values in (
                ("accept", {"date": day, "mediators": ["王调解"], "rights_notice_on": day}),
                ("session", {"date": f"{day}T09:00", "place": "村调解室",
                             "record": "双方陈述了意见。",
                             "participants": [{"name": "王调解", "role": "主持调解员"}]}),
                ("agree", {"kind": kind, "date": day, "terms": ["李四疏通排水沟。",
                                                                "李四赔偿张三一千元。"]})):
            actions.act(session, ctx.actor, case_id, action, values, today=today)
        if follow_up:
            actions.act(session, ctx.actor, case_id, "follow-up",
                        {"date": today.isoformat(), "visitor": "王调解", "notes": "已履行。"},
                        today=today)
    return case_id


def pages_of(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def rendered(ctx: AppContext, case_id: int, kind: str) -> bytes:
    with ctx.store.transaction() as session:
        return printing.render(session, ctx.actor, case_id, kind)


def open_preview(qtbot: Any, ctx: AppContext, window: CaseWindow) -> PrintPreview:
    """Ctrl+P in the case window, as a user would."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    previews = window.findChildren(PrintPreview)
    assert len(previews) == 1
    wait_idle(qtbot, ctx)
    preview = previews[0]
    qtbot.waitUntil(lambda: preview.document is not None)
    return preview


def test_documents_tab_lists_what_the_case_has(qtbot: Any, app_ctx: AppContext) -> None:
    window = open_window(qtbot, app_ctx, agreed_case(app_ctx, follow_up=True))
    entries = window.documents.entries
    assert [e.kind for e in entries] == ["application", "register", "rights-notice",
                                         "session-record", "agreement", "follow-up", "file"]
    agreement = next(e for e in entries if e.kind == "agreement")
    assert agreement.copies == 3  # two parties + one for the file
    assert next(e for e in entries if e.kind == "session-record").session_index == 1
    assert next(e for e in entries if e.kind == "follow-up").follow_up_index == 1
    assert not window.documents.id_numbers.isChecked()  # off by default
    oral = open_window(qtbot, app_ctx, agreed_case(app_ctx, kind="口头"))
    kinds = [e.kind for e in oral.documents.entries]
    assert "oral-agreement" in kinds and "agreement" not in kinds


def test_ctrl_p_previews_the_agreement_with_its_page_count(qtbot: Any,
                                                           app_ctx: AppContext) -> None:
    case_id = agreed_case(app_ctx)
    window = open_window(qtbot, app_ctx, case_id)
    preview = open_preview(qtbot, app_ctx, window)
    expected = pages_of(rendered(app_ctx, case_id, "agreement"))
    assert preview.title == "人民调解协议书" and preview.copies == 3
    assert preview.page_total() == expected
    assert preview.page.maximum() == expected
    assert preview.page_count.text() == f"共 {expected} 页"
    assert preview.print_action.isEnabled() and preview.save_action.isEnabled()
    assert not preview.previous_action.isEnabled()
    if expected > 1:
        preview.next_action.trigger()
        qtbot.waitUntil(lambda: preview.page.value() == 2)
        assert preview.previous_action.isEnabled()
    before = preview.effective_zoom()
    preview.zoom_by(1.25)
    assert preview.view.zoomFactor() == pytest.approx(before * 1.25)
    assert preview.zoom_label.text().endswith("%")
    preview.fit(preview.view.ZoomMode.FitInView)
    assert preview.view.zoomMode() == preview.view.ZoomMode.FitInView
    assert preview.zoom_label.text().endswith("%")


def test_print_goes_to_a_pdf_printer_with_parties_plus_one_copies(
        qtbot: Any, app_ctx: AppContext, tmp_path: Path, monkeypatch: Any) -> None:
    window = open_window(qtbot, app_ctx, agreed_case(app_ctx))
    preview = open_preview(qtbot, app_ctx, window)
    out = tmp_path / "printed.pdf"
    seen: dict[str, Any] = {}

    def accept(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        seen["copies"] = printer.copyCount()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert preview.print_document()
    assert seen["copies"] == 3
    # a PDF "printer" cannot make copies itself, so every page comes three times
    assert pages_of(out.read_bytes()) == 3 * preview.page_total()

    def first_page_once(dialog: QPrintDialog) -> int:
        accept(dialog)
        dialog.printer().setCopyCount(1)
        dialog.printer().setFromTo(1, 1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", first_page_once)
    assert preview.print_document()
    assert pages_of(out.read_bytes()) == 1


def test_print_from_the_tab_makes_one_copy_of_a_session_record(
        qtbot: Any, app_ctx: AppContext, tmp_path: Path, monkeypatch: Any) -> None:
    window = open_window(qtbot, app_ctx, agreed_case(app_ctx))
    seen: list[int] = []

    def accept(dialog: QPrintDialog) -> int:
        seen.append(dialog.printer().copyCount())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "record.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    record = next(e for e in window.documents.entries if e.kind == "session-record")
    window.documents.select(record)
    window.documents.print_button.click()
    wait_idle(qtbot, app_ctx)
    assert seen == [1]
    assert pages_of((tmp_path / "record.pdf").read_bytes()) >= 1


def test_save_as_writes_a_valid_pdf(qtbot: Any, app_ctx: AppContext, tmp_path: Path,
                                    monkeypatch: Any) -> None:
    window = open_window(qtbot, app_ctx, agreed_case(app_ctx))
    preview = open_preview(qtbot, app_ctx, window)
    asked: list[str] = []

    def ask(parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "协议书"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    path = preview.save_as()
    assert path == tmp_path / "协议书.pdf"
    assert path.read_bytes().startswith(b"%PDF-")
    assert pages_of(path.read_bytes()) == preview.page_total()
    assert asked[0].endswith("人民调解协议书.pdf")
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, nothing left over


def test_a_document_the_case_cannot_have_shows_the_core_message(
        qtbot: Any, app_ctx: AppContext) -> None:
    with app_ctx.store.transaction() as session:
        case_id = intake.register(session, app_ctx.actor, intake_data()).id
    window = open_window(qtbot, app_ctx, case_id)
    assert "agreement" not in [e.kind for e in window.documents.entries]
    preview = window.documents.preview(DocumentEntry("agreement"))
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.busy_bar.isVisible()  # rendering runs on the worker meanwhile
    assert not preview.print_action.isEnabled()
    wait_idle(qtbot, app_ctx)
    assert preview.message.isVisible()
    assert "没有调解协议" in preview.message.text()
    assert not preview.print_action.isEnabled()
    assert app_ctx.dialogs.shown == []


@pytest.mark.parametrize("language", [i18n.CHINESE, i18n.ENGLISH])
def test_documents_screenshots_and_english(qtbot: Any, app_ctx: AppContext,
                                           language: str) -> None:
    assert i18n.install(language)
    window = open_window(qtbot, app_ctx, agreed_case(app_ctx, follow_up=True))
    window.resize(*screens.SIZE)
    window.tabs.setCurrentWidget(window.documents)
    screens.save(window, "case-window-documents", language)
    preview = window.open_document()
    assert preview is not None
    wait_idle(qtbot, app_ctx)
    qtbot.waitUntil(lambda: preview.document is not None)
    qtbot.wait(300)  # QPdfView renders its pages in the background
    screens.save(preview, "print-preview", language)
    if language == i18n.ENGLISH:
        assert chinese_left(window, preview) == []
