"""The risk tab: final level beside the computed one, an override through the generic form
(with the core's message next to the field when a second person is missing), the owner,
and the history of assessments and overrides."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QLabel

from tests.ui import screens
from tests.ui.conftest import wait_idle
from tests.ui.test_case_window import new_case, open_window
from tests.ui.test_english import chinese_left
from ui import action_forms, i18n
from ui.case_window import CaseWindow
from ui.context import AppContext
from ui.forms import FormDialog

THREAT = "李四扬言要报复张三，说要同归于尽，还说家里有刀，情绪激动。"


def high_risk_window(qtbot: Any, ctx: AppContext) -> CaseWindow:
    window = open_window(qtbot, ctx, new_case(ctx, summary=THREAT))
    assert window.case is not None and window.case["risk"]["level"] == "high"
    window.tabs.setCurrentWidget(window.risk_view)
    return window


def submit(qtbot: Any, ctx: AppContext, dialog: FormDialog, **values: Any) -> None:
    for name, value in values.items():
        dialog.form.set_value(name, value)
    dialog.submit()
    wait_idle(qtbot, ctx)


def test_downgrade_from_high_needs_a_second_person(qtbot: Any, app_ctx: AppContext) -> None:
    window = high_risk_window(qtbot, app_ctx)
    risk = window.risk_view
    assert "红·高风险" in risk.summary.text()
    assert risk.assessments.model().rowCount() == 1
    assert risk.assessments.model().data(risk.assessments.model().index(0, 1)) == "登记"
    assert risk.overrides.model().rowCount() == 0
    dialog = risk.start_override()
    assert dialog is not None
    combo = dialog.form.editor("reason_code")
    assert [combo.itemText(i) for i in range(1, combo.count())] == list(
        action_forms.OVERRIDE_REASON_TEXTS)
    submit(qtbot, app_ctx, dialog, level="低风险", reason_code="调解员专业判断",
           reason="双方已和解，威胁系气话。")
    error = dialog.findChild(QLabel, "second_person-error")
    assert dialog.isVisible() and error.isVisible()
    assert "复核" in error.text()
    submit(qtbot, app_ctx, dialog, second_person="李调解")
    assert not shiboken6.isValid(dialog)
    wait_idle(qtbot, app_ctx)
    assert window.case is not None and window.case["risk"]["level"] == "low"
    text = risk.summary.text()
    assert "最终等级：绿·低风险" in text and "计算等级：红·高风险（已人工调整）" in text
    assert "低" in window.risk.text()  # the header badge follows the final level
    overrides = risk.overrides.model()
    assert overrides.rowCount() == 1
    row = [overrides.data(overrides.index(0, c)) for c in range(overrides.columnCount())]
    assert row[1:] == ["红·高风险", "绿·低风险", "调解员专业判断", "双方已和解，威胁系气话。",
                       "admin", "李调解"]


def test_reason_text_is_required(qtbot: Any, app_ctx: AppContext) -> None:
    window = high_risk_window(qtbot, app_ctx)
    dialog = window.risk_view.start_override()
    assert dialog is not None
    submit(qtbot, app_ctx, dialog, level="中风险", reason_code="掌握新情况",
           second_person="李调解")
    assert dialog.findChild(QLabel, "reason-error").isVisible()
    dialog.reject()


def test_assigning_the_owner(qtbot: Any, app_ctx: AppContext) -> None:
    window = high_risk_window(qtbot, app_ctx)
    dialog = window.risk_view.start_owner()
    assert dialog is not None
    submit(qtbot, app_ctx, dialog, owner="王调解")
    wait_idle(qtbot, app_ctx)
    assert window.risk_view.owner.text() == "负责人：王调解"
    timeline = window.timeline.model()
    assert timeline.record(0)["action"] == "risk_owner"


@pytest.mark.parametrize("language", [i18n.CHINESE, i18n.ENGLISH])
def test_risk_tab_screenshot_and_english(qtbot: Any, app_ctx: AppContext,
                                         language: str) -> None:
    assert i18n.install(language)
    window = high_risk_window(qtbot, app_ctx)
    window.resize(*screens.SIZE)
    window.risk_view.pages.setCurrentWidget(window.risk_view.assessments)
    screens.save(window, "case-window-risk-history", language)
    dialog = window.risk_view.start_override()
    assert dialog is not None
    screens.save(dialog, "risk-override", language)
    if language == i18n.ENGLISH:
        assert chinese_left(window, dialog) == []
    dialog.reject()
