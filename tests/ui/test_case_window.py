"""The case window: actions enabled exactly as the core allows, reasons for the others,
service messages next to the field they name."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit

from mediation_app.domain import lifecycle
from mediation_app.domain.lifecycle import Action
from mediation_app.services.cases import intake, views
from mediation_app.services.cases.access import load
from tests.conftest import intake_data
from tests.ui.conftest import wait_idle
from ui.case_window import CaseWindow
from ui.context import AppContext


def new_case(ctx: AppContext, **overrides: Any) -> int:
    with ctx.store.transaction() as session:
        return intake.register(session, ctx.actor, intake_data(**overrides)).id


def open_window(qtbot: Any, ctx: AppContext, case_id: int) -> CaseWindow:
    window = CaseWindow(ctx, case_id)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, ctx)
    assert window.case is not None
    return window


def test_only_allowed_actions_are_enabled_and_others_say_why(qtbot: Any,
                                                            app_ctx: AppContext) -> None:
    window = open_window(qtbot, app_ctx, new_case(app_ctx))
    assert window.number.text().startswith("（")
    assert window.status.text() == "已登记"
    enabled = {a for a, b in window.buttons.items() if b.isEnabled()}
    assert enabled == {Action.ACCEPT, Action.REJECT, Action.TERMINATE, Action.REPORT_POLICE}
    agree = window.buttons[Action.AGREE]
    assert not agree.isEnabled()
    assert agree.toolTip() == lifecycle.WHY_NOT[Action.AGREE]
    assert "红" in window.risk.text() or "黄" in window.risk.text() or "绿" in window.risk.text()


def test_validation_message_appears_next_to_its_field(qtbot: Any, app_ctx: AppContext) -> None:
    window = open_window(qtbot, app_ctx, new_case(app_ctx))
    dialog = window.start_action(Action.ACCEPT)
    assert dialog is not None
    dialog.form.set_value("mediators", [])
    dialog.submit()
    wait_idle(qtbot, app_ctx)
    error = dialog.findChild(QLabel, "mediators-error")
    assert error.isVisible() and "至少一名调解员" in error.text()
    assert dialog.isVisible()
    dialog.form.set_value("mediators", ["不存在的人"])
    dialog.submit()
    wait_idle(qtbot, app_ctx)
    assert "不在人员名册中" in error.text()  # mediators[0] → the mediators table
    dialog.form.set_value("mediators", ["王调解"])
    dialog.submit()
    wait_idle(qtbot, app_ctx)
    assert not shiboken6.isValid(dialog)  # closed and deleted once saved
    assert window.status.text() == "已受理"
    assert "剩余" in window.countdown.text()


def test_invited_participant_without_consent_marks_the_table(qtbot: Any,
                                                             app_ctx: AppContext) -> None:
    case_id = new_case(app_ctx)
    window = open_window(qtbot, app_ctx, case_id)
    accept = window.start_action(Action.ACCEPT)
    assert accept is not None
    accept.submit()
    wait_idle(qtbot, app_ctx)
    session = window.start_action(Action.SESSION)
    assert session is not None
    session.form.set_value("place", "村调解室")
    session.form.set_value("record", "双方陈述。")
    session.form.set_value("participants", [{"name": "王调解", "role": "主持调解员"},
                                            {"name": "孙网格", "role": "网格员"}])
    session.submit()
    wait_idle(qtbot, app_ctx)
    error = session.findChild(QLabel, "participants-error")
    assert error.isVisible() and "同意" in error.text()
    table = session.form.editor("participants").table
    assert table.currentRow() == 1
    table.item(1, 3).setCheckState(Qt.CheckState.Checked)
    session.submit()
    wait_idle(qtbot, app_ctx)
    with app_ctx.store.transaction(write=False) as s:
        case = views.case_dict(s, app_ctx.actor, load(s, case_id))
    assert case["status"] == "in_mediation"
    assert case["sessions"][0]["participants"][1] == {"name": "孙网格", "role": "网格员",
                                                      "consent": True}


def test_fail_requires_notice_shown_at_the_checkbox(qtbot: Any, app_ctx: AppContext) -> None:
    case_id = new_case(app_ctx)
    window = open_window(qtbot, app_ctx, case_id)
    for action, values in ((Action.ACCEPT, {}), (Action.SESSION, {"place": "村委会",
                                                                 "record": "记录"})):
        dialog = window.start_action(action)
        assert dialog is not None
        for name, value in values.items():
            dialog.form.set_value(name, value)
        dialog.submit()
        wait_idle(qtbot, app_ctx)
    fail = window.start_action(Action.FAIL)
    assert fail is not None
    fail.form.editor("reason").setPlainText("分歧过大")
    fail.submit()
    wait_idle(qtbot, app_ctx)
    assert "告知" in fail.findChild(QLabel, "told_other_routes-error").text()
    fail.findChild(QCheckBox, "told_other_routes").setChecked(True)
    fail.submit()
    wait_idle(qtbot, app_ctx)
    assert window.status.text() == "调解不成"
    assert window.buttons[Action.CLOSE].isEnabled()
    timeline = window.timeline.model()
    assert timeline.rowCount() == 4  # register, accept, session, fail (newest first)
    assert timeline.data(timeline.index(0, 2)) == "调解不成"


def test_sessions_tab_shows_the_record(qtbot: Any, app_ctx: AppContext) -> None:
    window = open_window(qtbot, app_ctx, new_case(app_ctx))
    for action in (Action.ACCEPT, Action.SESSION):
        dialog = window.start_action(action)
        assert dialog is not None
        if action is Action.SESSION:
            dialog.form.set_value("place", "村委会")
            dialog.form.set_value("record", "双方同意各让一步。")
        dialog.submit()
        wait_idle(qtbot, app_ctx)
    assert window.session_record.toPlainText() == "双方同意各让一步。"
    assert isinstance(window.session_record, QPlainTextEdit)
