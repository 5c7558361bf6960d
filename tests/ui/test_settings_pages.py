"""设置 pages for office data: profile, document templates (edit, check, preview, revert),
holiday calendar (import, save, reset), and the roster's phone and training date."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mediation_app.services import holidays, office, office_templates
from tests.ui import screens
from tests.ui.conftest import RecordingDialogs, wait_idle
from tests.ui.test_settings_ui import audited, rows, settings_dialog
from ui import i18n
from ui.context import AppContext
from ui.settings.templates_page import TemplatesPage


def select_template(qtbot: Any, ctx: AppContext, page: TemplatesPage, name: str) -> None:
    row = [r["name"] for r in rows(page.list_view)].index(name)
    page.list_view.selectRow(row)
    wait_idle(qtbot, ctx)
    assert page.current is not None and page.current["name"] == name


def test_profile_is_edited_in_place(qtbot: Any, app_ctx: AppContext) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    box = dialog.profile
    box.form.set_value("phone", "123")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    assert box.form.errors["phone"].isVisible() and "手机号" in box.form.errors["phone"].text()
    box.form.set_value("phone", "0371-6543210")
    box.form.set_value("address", "城关路1号")
    assert box.changes() == {"phone": "0371-6543210", "address": "城关路1号"}
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, app_ctx)
    assert box.status.text() == "已保存单位信息。"
    with app_ctx.store.transaction(write=False) as session:
        assert office.profile(session)["address"] == "城关路1号"
    assert set(audited(app_ctx, "office")[-1]) == {"phone", "address"}


def test_staff_page_shows_phone_and_training(qtbot: Any, app_ctx: AppContext) -> None:
    with app_ctx.store.transaction() as session:
        office.add_staff(session, app_ctx.actor, {"name": "周调解", "role": "调解员",
                                                  "phone": "13900001111",
                                                  "trained_on": "2026-05-06"})
    dialog = settings_dialog(qtbot, app_ctx)
    model = dialog.staff_view.model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in
               range(model.columnCount())]
    row = [r["name"] for r in rows(dialog.staff_view)].index("周调解")
    cells = {h: model.index(row, i).data() for i, h in enumerate(headers)}
    assert cells["联系电话"] == "13900001111" and cells["培训日期"] == "2026-05-06"


def test_template_copied_edited_checked_previewed_and_reverted(
        qtbot: Any, app_ctx: AppContext, dialogs: RecordingDialogs) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = dialog.templates
    assert dialog.tabs.currentWidget() is page
    select_template(qtbot, app_ctx, page, "agreement")
    assert not page.save_button.isEnabled() and page.editor.text.isReadOnly()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    assert page.current["source"] == "office" and page.save_button.isEnabled()
    assert rows(page.list_view)[0]["source"] == "office"

    heading = next(p for p in page.parts if p["type"] == "heading")
    assert page.fields_form is not None
    page.fields_form.set_value(f"line{heading['line']}", "城关镇人民调解委员会专用笺")
    assert 'text = "城关镇人民调解委员会专用笺"' in page.editor.value()
    screens.save(dialog, "settings-templates", i18n.current())

    good = page.editor.value()
    page.editor.text.setPlainText(good.replace("{agreement.facts}", "{agreement.fact}"))
    assert not page.fields_form.isEnabled() and page.stale.isVisible()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    problems = page.editor.problems
    assert problems.isVisible() and problems.count() == 1
    line = int(problems.item(0).text().split("行")[0].removeprefix("第"))
    assert page.editor.current_line() == line
    assert page.editor.text.toPlainText().splitlines()[line - 1].strip() == "[[sections]]"
    with app_ctx.store.transaction(write=False) as session:  # the invalid text was not saved
        assert "专用笺" not in office_templates.get(session, "agreement")["text"]

    page.editor.text.setPlainText(good)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    assert page.status.text() == "已保存，此后打印使用本所模板。"
    with app_ctx.store.transaction(write=False) as session:
        assert "专用笺" in office_templates.get(session, "agreement")["text"]

    preview = page.preview()
    assert preview is not None
    qtbot.addWidget(preview)
    wait_idle(qtbot, app_ctx, timeout=60_000)
    assert preview.page_total() >= 1 and preview.data is not None

    dialogs.answers.append(True)
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    assert dialogs.shown[-1][0] == "confirm"
    assert page.current["source"] == "shipped" and "专用笺" not in page.editor.value()
    assert [e["template"] for e in audited(app_ctx, "template")] == ["agreement"] * 3


def test_holiday_calendar_imported_saved_and_reset(qtbot: Any, app_ctx: AppContext,
                                                   dialogs: RecordingDialogs,
                                                   tmp_path: Path) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    page = dialog.holidays
    assert dialog.tabs.currentWidget() is page
    assert [r["name"] for r in rows(page.table)][:2] == ["元旦", "春节"]
    assert not page.buttons["reset-holidays"].isEnabled()
    screens.save(dialog, "settings-holidays", i18n.current())

    bad = tmp_path / "bad.toml"
    bad.write_text('[[holidays]]\nname = "x"\nfrom = 2027-02-09\nto = 2027-02-01\n', "utf-8")
    page.choose_file = lambda *_a: str(bad)
    qtbot.mouseClick(page.buttons["import-holidays"], Qt.MouseButton.LeftButton)
    assert page.editor.problems.count() == 1 and "第1行" in page.editor.problems.item(0).text()
    qtbot.mouseClick(page.buttons["save-holidays"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    with app_ctx.store.transaction(write=False) as session:
        assert holidays.describe(session)["source"] == "shipped"

    good = tmp_path / "2027.toml"
    good.write_text(holidays.shipped_text() + '\n[[holidays]]\nname = "春节"\n'
                    "from = 2027-02-06\nto = 2027-02-14\nwork = []\n", "utf-8")
    page.choose_file = lambda *_a: str(good)
    qtbot.mouseClick(page.buttons["import-holidays"], Qt.MouseButton.LeftButton)
    assert not page.editor.problems.isVisible()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(page.buttons["save-holidays"], Qt.MouseButton.LeftButton)
        wait_idle(qtbot, app_ctx)
    assert len(rows(page.table)) == 8 and page.buttons["reset-holidays"].isEnabled()
    dialogs.answers.append(True)
    qtbot.mouseClick(page.buttons["reset-holidays"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    assert len(rows(page.table)) == 7
    assert [e for e in audited(app_ctx, "holiday_calendar")][-1]["after"][0].startswith("元旦")


def tab_chain(start: QWidget) -> list[str]:
    """Object names of the widgets Tab visits from ``start`` (the dialog's focus chain)."""
    names, widget = [], start
    while True:
        policy = widget.focusPolicy()
        if (policy & Qt.FocusPolicy.TabFocus) and widget.isVisibleTo(start.window()) \
                and widget.isEnabled():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            return names


def test_pages_are_reachable_by_keyboard(qtbot: Any, app_ctx: AppContext) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    dialog.tabs.setCurrentWidget(dialog.templates)
    select_template(qtbot, app_ctx, dialog.templates, "agreement")
    chain = tab_chain(dialog.templates.list_view)
    assert {"template-text", "copy-template", "check-template", "preview-template"} <= set(
        chain)
    assert dialog.templates.editor.text.tabChangesFocus()
    dialog.tabs.setCurrentWidget(dialog.holidays)
    assert {"holidays", "holidays-text", "import-holidays", "check-holidays",
            "save-holidays"} <= set(tab_chain(dialog.holidays.table))
    dialog.tabs.setCurrentIndex(0)
    assert {"name", "phone", "save-profile"} <= set(tab_chain(dialog.profile.save_button))
