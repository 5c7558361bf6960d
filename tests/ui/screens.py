"""Building the main screens on a store, for the screenshot and the translation tests."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from mediation_app.services.cases import queries
from mediation_app.services.cases.queries import CaseFilter
from tests.ui.conftest import ARTIFACTS, wait_idle
from ui.case_window import CaseWindow
from ui.context import AppContext
from ui.intake_wizard import IntakeWizard
from ui.main_window import CASES, DASHBOARD, MainWindow

SIZE = (1280, 800)


def main_window(qtbot: Any, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show_page(DASHBOARD)
    window.show()
    wait_idle(qtbot, ctx)
    return window


def show_case_list(qtbot: Any, ctx: AppContext, window: MainWindow) -> None:
    window.show_page(CASES)
    window.cases.view.viewport().repaint()  # asks the model for the visible rows
    wait_idle(qtbot, ctx)
    window.cases.view.viewport().repaint()


def interesting_case(ctx: AppContext) -> int:
    """A high-risk case with an agreement if there is one: most tabs have content."""
    today = ctx.today()
    with ctx.store.transaction(write=False) as session:
        for f in (CaseFilter(risk="high", status=("agreed",)), CaseFilter(risk="high"),
                  CaseFilter()):
            ids = queries.page_ids(session, f, today, limit=1, offset=0)
            if ids:
                return ids[0]
    raise AssertionError("empty store")


def case_window(qtbot: Any, ctx: AppContext, window: MainWindow) -> CaseWindow:
    case = window.open_case(interesting_case(ctx))
    case.resize(*SIZE)
    wait_idle(qtbot, ctx)
    return case


def wizard(qtbot: Any, ctx: AppContext, window: MainWindow) -> IntakeWizard:
    wiz = window.new_case()
    wait_idle(qtbot, ctx)
    form = wiz.parties.forms[0]
    form.set_value("name", "张三")
    form.set_value("id_number", "110105194912310038")
    form.set_value("phone", "13800138000")
    form.set_value("address", "城关镇幸福村3组12号")
    return wiz


def save(widget: QWidget, name: str, language: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    image = widget.grab()
    assert not image.isNull()
    assert image.save(str(ARTIFACTS / f"{name}-{language}.png"))
