"""A case from intake to archive, driven by the keyboard the way a mediator would."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from mediation_app.domain.lifecycle import Action
from mediation_app.services.cases import views
from mediation_app.services.cases.access import load
from tests.ui.conftest import type_text, wait_idle
from ui.case_window import CaseWindow
from ui.context import AppContext
from ui.forms import FormDialog
from ui.main_window import MainWindow
from ui.widgets import OptionalDate

CTRL = Qt.KeyboardModifier.ControlModifier


def activate(qtbot: Any, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def press(qtbot: Any, widget: QWidget, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
          ) -> None:
    qtbot.keyClick(widget, key, modifier)


def run_action(qtbot: Any, ctx: AppContext, window: CaseWindow, action: Action,
               fill: Any = None) -> None:
    """Space on the action's button opens its form; Ctrl+S saves it."""
    button = window.buttons[action]
    assert button.isEnabled(), button.toolTip()
    activate(qtbot, window)
    button.setFocus()
    press(qtbot, button, Qt.Key.Key_Space)
    dialog = window.findChild(FormDialog, f"form-{action.value}")
    assert dialog is not None
    activate(qtbot, dialog)
    if fill is not None:
        fill(dialog)
    press(qtbot, dialog.focusWidget() or dialog, Qt.Key.Key_S, CTRL)
    wait_idle(qtbot, ctx)
    if shiboken6.isValid(dialog):  # still open: the service refused; say why
        errors = [e.text() for e in dialog.form.errors.values() if e.isVisible()]
        raise AssertionError(f"{action.value} not saved: {errors} {dialog.general.text()}")


def field(dialog: Any, name: str) -> Any:
    return dialog.form.editor(name)


def test_intake_to_archive_by_keyboard(qtbot: Any, app_ctx: AppContext) -> None:
    main = MainWindow(app_ctx)
    qtbot.addWidget(main)
    activate(qtbot, main)
    wait_idle(qtbot, app_ctx)

    # 登记: Ctrl+N opens the wizard
    press(qtbot, main, Qt.Key.Key_N, CTRL)
    wizard = main.wizard
    assert wizard is not None
    activate(qtbot, wizard)
    wait_idle(qtbot, app_ctx)
    people = (("张三", "110105194912310038", "13800138000", "城关镇幸福村3组12号"),
              ("李四", "11010519491231002X", "13900139000", "城关镇幸福村3组14号"))
    for form, (name, number, phone, address) in zip(wizard.parties.forms, people, strict=True):
        for key, text in (("name", name), ("id_number", number), ("phone", phone),
                          ("address", address)):
            edit = form.editor(key)
            edit.setFocus()
            type_text(qtbot, edit, text)
    first = wizard.parties.forms[0]
    assert first.value("sex") == "男" and first.value("birth_date") == "1949-12-31"
    assert wizard.parties.forms[1].value("sex") == "女"
    press(qtbot, wizard.parties.forms[1].editor("address"), Qt.Key.Key_Return)  # 下一步
    assert wizard.currentPage() is wizard.dispute
    kind = wizard.dispute.form.editor("dispute_type")
    assert isinstance(kind, QComboBox)
    kind.setFocus()
    press(qtbot, kind, Qt.Key.Key_Down)  # 婚姻家庭纠纷 → 邻里纠纷
    assert kind.currentData() == "邻里纠纷"
    press(qtbot, kind, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.facts
    summary = wizard.facts.form.editor("summary")
    assert isinstance(summary, QPlainTextEdit)
    summary.setFocus()
    type_text(qtbot, summary, "张三与李四系邻居，因排水沟堵塞发生纠纷。")
    press(qtbot, summary, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # 下一步
    assert wizard.currentPage() is wizard.checklist
    wait_idle(qtbot, app_ctx)  # the checklist items come from the rules file
    assert wizard.checklist.form.fields, "no checklist items loaded"
    press(qtbot, wizard.focusWidget() or wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert wizard.currentPage() is wizard.confirm
    assert "排水沟" in wizard.confirm.summary.text()
    press(qtbot, wizard.focusWidget() or wizard, Qt.Key.Key_S, CTRL)  # 保存
    wait_idle(qtbot, app_ctx)
    assert main.wizard is None
    assert len(main.case_windows) == 1
    window = next(iter(main.case_windows.values()))
    wait_idle(qtbot, app_ctx)
    assert window.status.text() == "已登记"

    def accept(dialog: FormDialog) -> None:
        notice = field(dialog, "rights_notice_on")
        assert isinstance(notice, OptionalDate)
        notice.check.setFocus()
        press(qtbot, notice.check, Qt.Key.Key_Space)
        assert notice.value() is not None

    run_action(qtbot, app_ctx, window, Action.ACCEPT, accept)
    assert window.status.text() == "已受理"

    def session(dialog: FormDialog) -> None:
        for key, text in (("place", "村调解室"), ("record", "双方陈述了意见，同意协商解决。")):
            edit = field(dialog, key)
            edit.setFocus()
            type_text(qtbot, edit, text)

    run_action(qtbot, app_ctx, window, Action.SESSION, session)
    assert window.status.text() == "调解中"

    def agree(dialog: FormDialog) -> None:
        terms = field(dialog, "terms")
        add = terms.findChild(QWidget, "terms-add")
        add.setFocus()
        press(qtbot, add, Qt.Key.Key_Space)
        table = terms.table
        table.setFocus()
        press(qtbot, table, Qt.Key.Key_F2)  # edit the new row's cell
        type_text(qtbot, QApplication.focusWidget(), "李四于十日内疏通排水沟。")
        press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: terms.value() != [])  # the delegate commits queued
        assert terms.value() == ["李四于十日内疏通排水沟。"]

    run_action(qtbot, app_ctx, window, Action.AGREE, agree)
    assert window.status.text() == "调解成功"

    def follow_up(dialog: FormDialog) -> None:
        notes = field(dialog, "notes")
        notes.setFocus()
        type_text(qtbot, notes, "双方关系缓和，协议已履行。")

    run_action(qtbot, app_ctx, window, Action.FOLLOW_UP, follow_up)
    run_action(qtbot, app_ctx, window, Action.CLOSE)
    assert window.status.text() == "结案归档"
    assert [b for a, b in window.buttons.items() if b.isEnabled()] == \
        [window.buttons[Action.REOPEN]]

    with app_ctx.store.transaction(write=False) as s:
        case = views.case_dict(s, app_ctx.actor, load(s, window.case_id), with_audit=True)
    assert case["status"] == "closed"
    assert [e["action"] for e in case["audit"]] == [
        "register", "accept", "session", "agree", "follow-up", "close"]
    assert [p["name"] for p in case["parties"]] == ["张三", "李四"]
    assert case["parties"][0]["sex"] == "男" and case["dispute_type"] == "邻里纠纷"
    assert case["mediators"] == [{"name": "王调解", "presiding": True}]
    assert case["sessions"][0]["participants"][0]["role"] == "主持调解员"
    assert case["agreement"]["terms"] == ["李四于十日内疏通排水沟。"]
    assert case["follow_ups"][0]["visitor"] == "王调解"
    assert isinstance(main.cases.search, QLineEdit)
