"""Screenshots of the main screens on ~200 cases, in Chinese and in English, for review.

Saved under tests/artifacts/ui/ as <screen>-<language>.png.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui import screens
from tests.ui.conftest import ARTIFACTS, wait_idle
from ui import i18n
from ui.context import AppContext


@pytest.mark.parametrize("language", [i18n.CHINESE, i18n.ENGLISH])
def test_screenshots(qtbot: Any, big_ctx: AppContext, language: str) -> None:
    assert i18n.install(language)
    window = screens.main_window(qtbot, big_ctx)
    screens.save(window, "dashboard", language)
    high = window.dashboard.boxes["high_risk"].list
    assert high.count() > 0
    screens.show_case_list(qtbot, big_ctx, window)
    assert window.cases.model.rowCount() == 200
    assert window.cases.model.cached(0) is not None
    screens.save(window, "case-list", language)
    case = screens.case_window(qtbot, big_ctx, window)
    screens.save(case, "case-window", language)
    case.tabs.setCurrentIndex(case.tabs.count() - 2)  # 风险
    screens.save(case, "case-window-risk", language)
    case.tabs.setCurrentIndex(case.tabs.count() - 1)  # 时间线
    screens.save(case, "case-window-timeline", language)
    case.close()
    wizard = screens.wizard(qtbot, big_ctx, window)
    screens.save(wizard, "wizard-parties", language)
    wizard.next()
    screens.save(wizard, "wizard-dispute", language)
    wizard.next()
    wizard.next()
    screens.save(wizard, "wizard-checklist", language)
    wizard.next()
    screens.save(wizard, "wizard-confirm", language)
    wizard.reject()
    wait_idle(qtbot, big_ctx)
    for name in ("dashboard", "case-list", "case-window", "wizard-parties"):
        assert (ARTIFACTS / f"{name}-{language}.png").stat().st_size > 10_000
