"""设置 › 风险规则: scheme, names and thresholds, the rules text, revert, re-assessing open
cases; badges follow the store's labels."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from mediation_app.risk import load_rules
from mediation_app.services import office_rules, risk_cases
from mediation_app.services.cases import intake
from tests.conftest import intake_data
from tests.ui import screens
from tests.ui.conftest import RecordingDialogs, wait_idle
from tests.ui.test_settings_ui import settings_dialog
from ui import badges, i18n
from ui.context import AppContext

SHIPPED = load_rules().version


@pytest.fixture(autouse=True)
def shipped_badges() -> Iterator[None]:
    """Badges keep module state: every test starts and ends with the shipped labels."""
    badges.use_levels(None)
    yield
    badges.use_levels(None)


def test_scheme_names_thresholds_text_and_revert(qtbot: Any, app_ctx: AppContext,
                                                 dialogs: RecordingDialogs) -> None:
    dialog = settings_dialog(qtbot, app_ctx)
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    page = dialog.risk_rules
    assert dialog.tabs.currentWidget() is page
    assert page.scheme.currentData() == "three" and page.labels["high"].text() == "红"
    assert not page.labels["orange"].isEnabled() and not page.buttons[
        "revert-risk-rules"].isEnabled()

    page.scheme.setCurrentIndex(page.scheme.findData("four"))
    assert page.labels["low"].text() == "蓝" and page.labels["orange"].isEnabled()
    page.labels["orange"].setText("橙色")
    page.thresholds["orange_score"].setValue(10)
    assert page.field_changes() == {"scheme": "four", "labels": {"orange": "橙色"},
                                    "thresholds": {"orange_score": 10.0}}
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(page.buttons["apply-risk-fields"], Qt.MouseButton.LeftButton)
        wait_idle(qtbot, app_ctx)
    version = f"{SHIPPED}-office.1"
    assert version in page.status.text() and version in page.source.text()
    assert badges.risk_text("medium", 12) == "橙色·较高风险"
    assert badges.risk_text("medium", 6) == "黄·中风险"
    assert badges.risk_colours("low")[0].name() == badges.FOUR_COLOUR_LOW
    screens.save(dialog, "settings-risk-rules", i18n.current())

    broken = page.editor.value().replace("high_score = 16", "high_score = 3", 1)
    page.editor.set_value(broken)
    qtbot.mouseClick(page.buttons["save-risk-rules"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    line = broken.splitlines().index("medium_score = 4") + 1
    assert page.editor.problems.count() == 1
    assert page.editor.problems.item(0).text().startswith(f"第{line}行")
    assert page.editor.current_line() == line
    with app_ctx.store.transaction(write=False) as session:
        assert office_rules.describe(session)["version"] == version

    dialogs.answers.append(True)
    qtbot.mouseClick(page.buttons["revert-risk-rules"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    assert page.scheme.currentData() == "three" and badges.risk_text("low") == "绿·低风险"


def test_open_cases_are_reassessed_off_the_gui_thread(qtbot: Any, app_ctx: AppContext,
                                                      dialogs: RecordingDialogs) -> None:
    with app_ctx.store.transaction() as session:
        case_id = intake.register(session, app_ctx.actor, intake_data()).id
        version = office_rules.edit(session, app_ctx.actor, labels={"low": "平稳"})["version"]
    dialog = settings_dialog(qtbot, app_ctx)
    page = dialog.risk_rules
    dialogs.answers.append(True)
    qtbot.mouseClick(page.buttons["reassess-open"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    assert page.buttons["reassess-open"].isEnabled()
    assert f"按版本 {version} 重新研判 1 件" in page.status.text()
    with app_ctx.store.transaction(write=False) as session:
        history = risk_cases.history(session, case_id)["history"]
    assert [h["rules_version"] for h in history] == [SHIPPED, version]
