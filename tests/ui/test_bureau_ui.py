"""司法局 mode: register an office from its key file, import its exported folder (accepted),
a tampered copy (refused with the reason), drop folders, write the district summary."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDropEvent

from mediation_app.domain.enums import UserRole
from mediation_app.exports import bureau, bureau_files
from mediation_app.services import auth
from tests.ui import cases, screens
from tests.ui.conftest import RecordingDialogs, context, wait_idle
from tests.ui.test_english import chinese_left
from tests.ui.test_export_ui import busiest_month, export_month
from ui import i18n
from ui.bureau_view import BureauView, months_before
from ui.context import AppContext
from ui.main_window import BUREAU, MainWindow
from ui.models.report_overview import REPORTED_ROLE


@pytest.fixture
def bureau_ctx(app_ctx: AppContext, make_worker: Any, dialogs: RecordingDialogs,
               tmp_path: Path) -> AppContext:
    """A 司法局 user of the same store (the bureau's tables live beside the office's)."""
    with app_ctx.store.transaction() as session:
        user = auth.create_user(session, app_ctx.actor, username="bureau",
                                password="Bure4u-pass", role=UserRole.BUREAU,
                                display_name="区司法局")
    return context(app_ctx.store, user, make_worker(app_ctx.store), dialogs, tmp_path / "b")


def key_file(ctx: AppContext, folder: Path) -> Path:
    with ctx.store.transaction() as session:
        info = bureau_files.public_key(session, ctx.actor)
    path = folder / "office-key.json"
    path.write_text(json.dumps(info, ensure_ascii=False), encoding="utf-8")
    return path


def bureau_view(qtbot: Any, ctx: AppContext, month: str | None = None) -> BureauView:
    view = BureauView(ctx)
    qtbot.addWidget(view)
    view.resize(*screens.SIZE)
    if month:
        view.month.set_month(month)
    view.show()
    wait_idle(qtbot, ctx)
    return view


def register(qtbot: Any, ctx: AppContext, view: BureauView, key: Path) -> None:
    dialog = view.register_office()
    assert view.fill_from_key_file(dialog, str(key))
    assert dialog.form.value("code") == "OFFICE-1"
    dialog.submit()
    wait_idle(qtbot, ctx)
    assert not dialog.isVisible()


def cell(view: BureauView, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole
         ) -> Any:
    return view.model.index(row, column).data(role)


def exported_office(qtbot: Any, app_ctx: AppContext, tmp_path: Path) -> tuple[str, Path]:
    cases.populate(app_ctx.store, app_ctx.actor, 30)
    month = busiest_month(app_ctx)
    dialog = export_month(qtbot, app_ctx, tmp_path / "out", month)
    assert dialog.folder is not None
    dialog.close()
    return month, Path(dialog.folder)


def test_import_accepts_the_export_and_refuses_a_tampered_copy(
        qtbot: Any, app_ctx: AppContext, bureau_ctx: AppContext, tmp_path: Path) -> None:
    month, folder = exported_office(qtbot, app_ctx, tmp_path)
    view = bureau_view(qtbot, bureau_ctx, month)
    assert "尚未登记" in view.summary.text()
    register(qtbot, bureau_ctx, view, key_file(app_ctx, tmp_path))
    assert "已登记 城关司法所（OFFICE-1）" in view.status.text()
    assert view.model.rowCount() == 1
    last = view.model.columnCount() - 1
    assert view.model.headerData(last, Qt.Orientation.Horizontal) == month
    assert cell(view, 0, last) == "未报" and cell(view, 0, last, REPORTED_ROLE) is False
    assert "未报 1 个" in view.summary.text() and view.missing.text() == "城关司法所（OFFICE-1）"

    tampered = tmp_path / "copies" / folder.name
    shutil.copytree(folder, tampered)
    data = tampered / f"{folder.name}.json"
    data.write_bytes(data.read_bytes().replace(b'"mediated":', b'"mediated":1'))

    view.import_paths([folder])
    wait_idle(qtbot, bureau_ctx)
    [accepted] = view.results
    assert accepted["status"] == bureau.IMPORTED and accepted["ok"]
    assert view.results_view.model().index(0, 0).data() == "已导入"
    assert cell(view, 0, last) == "已报" and cell(view, 0, last, REPORTED_ROLE) is True
    assert "均已报送" in view.summary.text()

    view.import_paths([tampered.parent])  # a folder holding exports stands for each of them
    wait_idle(qtbot, bureau_ctx)
    [refused] = view.results
    assert refused["status"] == bureau.REFUSED and refused["path"] == str(tampered)
    assert view.results_view.model().index(0, 0).data() == "已拒绝"
    assert "文件已被改动" in view.results_view.model().index(0, 3).data()
    assert view.results_view.model().index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "拒绝 1 个" in view.status.text()
    screens.save(view, "bureau", i18n.current())


def test_dropped_folders_are_imported_and_the_summary_written(
        qtbot: Any, app_ctx: AppContext, bureau_ctx: AppContext, tmp_path: Path) -> None:
    month, folder = exported_office(qtbot, app_ctx, tmp_path)
    view = bureau_view(qtbot, bureau_ctx, month)
    register(qtbot, bureau_ctx, view, key_file(app_ctx, tmp_path))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder / "manifest.json"))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(drop)
    wait_idle(qtbot, bureau_ctx)
    assert [r["status"] for r in view.results] == [bureau.IMPORTED]
    view.import_paths([folder])  # the same folder again changes nothing
    wait_idle(qtbot, bureau_ctx)
    assert [r["status"] for r in view.results] == [bureau.UNCHANGED]

    target = tmp_path / "district.xlsx"
    opened: list[str] = []
    view.choose_save_file = lambda *_a: str(target)
    view.open_file = lambda path: opened.append(path) or True
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, bureau_ctx)
    assert target.is_file()
    assert "已报 1 个，未报 0 个" in view.status.text()
    qtbot.mouseClick(view.open_report_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target)]


def test_registration_errors_stay_next_to_their_field(qtbot: Any, bureau_ctx: AppContext
                                                      ) -> None:
    view = bureau_view(qtbot, bureau_ctx)
    dialog = view.register_office()
    dialog.form.set_value("code", "OFF-2")
    dialog.form.set_value("name", "东城司法所")
    dialog.form.set_value("key", "not a key")
    dialog.submit()
    wait_idle(qtbot, bureau_ctx)
    assert dialog.isVisible() and "公钥格式不正确" in dialog.form.errors["key"].text()
    assert not view.fill_from_key_file(dialog, __file__)
    assert dialog.general.isVisible()


def test_other_roles_see_why_they_cannot_use_it(qtbot: Any, app_ctx: AppContext) -> None:
    view = bureau_view(qtbot, app_ctx)
    assert not view.import_button.isEnabled() and not view.register_button.isEnabled()
    assert "只有司法局可以查看报送情况" in view.error.text()


def test_models_pass_qtmodeltester(qtbot: Any, qtmodeltester: Any, app_ctx: AppContext,
                                   bureau_ctx: AppContext, tmp_path: Path) -> None:
    view = bureau_view(qtbot, bureau_ctx)
    qtmodeltester.check(view.model)
    register(qtbot, bureau_ctx, view, key_file(app_ctx, tmp_path))
    view.import_paths([tmp_path / "nothing-here"])
    wait_idle(qtbot, bureau_ctx)
    assert view.results[0]["status"] == bureau.REFUSED
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.results_view.model())
    assert view.model.index(0, 0, QModelIndex()).data() == "城关司法所（OFFICE-1）"


def test_months_before() -> None:
    assert months_before("2026-02", 3) == ["2025-12", "2026-01", "2026-02"]


def test_english_bureau_view(qtbot: Any, app_ctx: AppContext, bureau_ctx: AppContext,
                             tmp_path: Path) -> None:
    assert i18n.install(i18n.ENGLISH)
    view = bureau_view(qtbot, bureau_ctx)
    register(qtbot, bureau_ctx, view, key_file(app_ctx, tmp_path))
    dialog = view.register_office()
    found = chinese_left(view) + chinese_left(dialog)
    dialog.reject()
    assert view.model.index(0, 1).data() == "Missing"
    assert found == []
    screens.save(view, "bureau", i18n.ENGLISH)



def test_bureau_users_start_on_the_bureau_page(qtbot: Any, bureau_ctx: AppContext) -> None:
    window = screens.main_window(qtbot, bureau_ctx)
    window.show_page(BUREAU)  # screens.main_window shows the dashboard first
    assert window.nav.count() == 3 and window.nav.item(2).text() == "司法局汇总"
    assert window.stack.currentWidget() is window.bureau
    again = MainWindow(bureau_ctx)  # a fresh window of a bureau user opens on its page
    qtbot.addWidget(again)
    wait_idle(qtbot, bureau_ctx)
    assert again.stack.currentWidget() is again.bureau
    assert not again.findChild(QAction, "export").isEnabled()


def test_others_reach_it_from_the_view_menu(qtbot: Any, app_ctx: AppContext) -> None:
    window = screens.main_window(qtbot, app_ctx)
    assert window.bureau is None and window.nav.count() == 2
    action = window.findChild(QAction, "show-bureau")
    assert action.shortcut().toString() == "Ctrl+3"
    action.trigger()
    wait_idle(qtbot, app_ctx)
    assert window.stack.currentWidget() is window.bureau and window.nav.currentRow() == BUREAU
    assert window.bureau is not None and "只有司法局" in window.bureau.error.text()
