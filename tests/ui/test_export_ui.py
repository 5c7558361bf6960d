"""月度报送 through the dialog: preview, export and verify, public key, adjustments, sweeps."""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QProgressDialog, QTableView
from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.exports import package, statistics
from mediation_app.exports.columns import COLUMNS
from mediation_app.services import auth
from mediation_app.storage.models import AuditEvent
from tests.ui import cases, screens
from tests.ui.conftest import context, wait_idle
from tests.ui.test_english import CHINESE, chinese_left
from ui import i18n, vocab
from ui.context import AppContext
from ui.export_dialog import ExportDialog, SweepDialog
from ui.models import figures
from ui.models.records import RECORD_ROLE


def busiest_month(ctx: AppContext) -> str:
    """The month of the last four with the most mediated cases (the data is relative to today)."""
    today = ctx.today()
    months = []
    with ctx.store.transaction(write=False) as session:
        for back in range(4):
            first = (today.replace(day=1) - dt.timedelta(days=28 * back)).replace(day=1)
            month = figures.month_of(first)
            count = statistics.compute(session, *statistics.month_range(month)).counts["mediated"]
            months.append((count, month))
    return max(months)[1]


@pytest.fixture
def filled_ctx(app_ctx: AppContext) -> AppContext:
    cases.populate(app_ctx.store, app_ctx.actor, 40)
    return app_ctx


def export_dialog(qtbot: Any, ctx: AppContext, month: str | None = None) -> ExportDialog:
    dialog = ExportDialog(ctx, month=month)
    qtbot.addWidget(dialog)
    dialog.resize(*screens.SIZE)
    dialog.show()
    wait_idle(qtbot, ctx)
    return dialog


def cell_texts(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount(QModelIndex()))]


def records(view: QTableView) -> list[dict[str, Any]]:
    model = view.model()
    return [model.index(r, 0).data(RECORD_ROLE) for r in range(model.rowCount(QModelIndex()))]


def export_month(qtbot: Any, ctx: AppContext, out: Path, month: str) -> ExportDialog:
    """Export ``month`` through the dialog into ``out``, as a user would."""
    dialog = export_dialog(qtbot, ctx, month)
    dialog.choose_folder = lambda _parent, _title: str(out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    return dialog


def test_export_of_a_month_gives_a_verified_folder(qtbot: Any, filled_ctx: AppContext,
                                                   tmp_path: Path) -> None:
    month = busiest_month(filled_ctx)
    opened: list[str] = []
    dialog = export_month(qtbot, filled_ctx, tmp_path / "out", month)
    assert dialog.selected_month() == month
    with filled_ctx.store.transaction(write=False) as session:
        report = statistics.compute(session, *statistics.month_range(month))
    assert report.counts["mediated"] > 0
    assert dialog.table.model().rowCount() == len(COLUMNS)
    assert dialog.tiles.values["mediated"].text() == str(report.counts["mediated"])
    assert dialog.tiles.values["succeeded"].text() == str(report.counts["succeeded"])
    shown = dict(zip((c.key for c in COLUMNS), cell_texts(dialog.table, 1), strict=True))
    assert shown["mediated"] == str(report.counts["mediated"])
    assert shown["success_rate"].endswith("%")
    assert sum(b.value for b in dialog.chart.bars) == report.counts["mediated"]
    assert len(dialog.chart.bars) == 15 and "邻里纠纷" in dialog.chart.accessibleDescription()

    assert dialog.verification is not None and dialog.verification["ok"], dialog.verification
    folder = Path(dialog.folder or "")
    assert folder.parent == tmp_path / "out" and folder.name.endswith(month)
    assert package.verify_export(folder).ok
    assert "校验通过" in dialog.status.text()
    assert dialog.open_button.isEnabled()
    dialog.open_folder = lambda path: opened.append(path) or True
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(folder)]
    with filled_ctx.store.transaction(write=False) as session:
        exported = [e.changes["month"] for e in session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "monthly_report"))]
    assert exported == [month]
    screens.save(dialog, "export", i18n.current())


def test_cancel_before_the_export_starts_writes_nothing(qtbot: Any, app_ctx: AppContext,
                                                        tmp_path: Path) -> None:
    dialog = export_dialog(qtbot, app_ctx)
    gate = threading.Event()
    app_ctx.worker.run(lambda _s: gate.wait(10))  # the export waits in line behind this
    dialog.run_export(tmp_path / "out")
    progress = dialog.findChild(QProgressDialog, "long-work-progress")
    assert progress is not None
    progress.canceled.emit()  # what its Cancel button does
    gate.set()
    wait_idle(qtbot, app_ctx)
    assert not (tmp_path / "out").exists()
    assert "已取消" in dialog.status.text()
    assert dialog.export_button.isEnabled()


def test_public_key_can_be_copied_and_saved(qtbot: Any, app_ctx: AppContext,
                                            tmp_path: Path, monkeypatch: Any) -> None:
    dialog = export_dialog(qtbot, app_ctx)
    qtbot.mouseClick(dialog.key_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app_ctx)
    key = dialog.key_dialog
    assert key is not None
    assert key.info["office_code"] == "OFFICE-1"
    assert key.info["fingerprint"] in key.text.toPlainText()
    key.copy()
    assert key.info["public_key"] in QApplication.clipboard().text()
    target = tmp_path / "key.json"
    monkeypatch.setattr("ui.export_dialog.choose_save_file", lambda *_a: str(target))
    assert key.save() == target
    assert json.loads(target.read_text(encoding="utf-8"))["public_key"] == key.info["public_key"]


def test_adjustments_are_added_with_a_reason_and_audited(qtbot: Any, app_ctx: AppContext
                                                         ) -> None:
    dialog = export_dialog(qtbot, app_ctx)
    month = dialog.selected_month()
    before = dialog.figures.get("follow_ups") if dialog.figures else None
    assert before == 0
    form_dialog = dialog.add_adjustment()
    form = form_dialog.form
    column = form.editor("column")
    assert column.itemText(column.findData("follow_ups")) == "回访次数"
    form.set_value("column", "follow_ups")
    form.set_value("delta", "-1")
    form.set_value("reason", "上月漏录一次回访")
    form_dialog.submit()
    wait_idle(qtbot, app_ctx)
    assert form_dialog.isVisible()  # the figure would become negative: refused, next to delta
    assert form.errors["delta"].isVisible() and "不能为负数" in form.errors["delta"].text()
    form.set_value("delta", "2")
    form_dialog.submit()
    wait_idle(qtbot, app_ctx)
    assert not form_dialog.isVisible()
    assert dialog.figures is not None and dialog.figures.get("follow_ups") == 2
    [row] = records(dialog.adjustments)
    assert row["delta"] == 2 and row["reason"] == "上月漏录一次回访"
    assert cell_texts(dialog.adjustments, 1) == ["+2"]
    with app_ctx.store.transaction(write=False) as session:
        changes = session.scalars(select(AuditEvent).where(
            AuditEvent.entity == "stats_adjustment")).one().changes
    assert changes == {"month": month, "column": "follow_ups", "delta": 2,
                             "reason": "上月漏录一次回访"}


def test_sweeps_are_listed_and_added(qtbot: Any, app_ctx: AppContext) -> None:
    dialog = export_dialog(qtbot, app_ctx)
    dialog.tabs.setCurrentWidget(dialog.sweeps)
    form_dialog = dialog.sweeps.add_sweep()
    form = form_dialog.form
    form.set_value("area", "幸福村3组")
    form.set_value("disputes_found", 3)
    form.set_value("disputes_prevented", 5)
    form_dialog.submit()
    wait_idle(qtbot, app_ctx)
    assert "不能多于" in form.errors["disputes_prevented"].text()
    form.set_value("disputes_prevented", 2)
    form_dialog.submit()
    wait_idle(qtbot, app_ctx)
    [sweep] = records(dialog.sweeps.view)
    assert sweep["area"] == "幸福村3组" and sweep["disputes_found"] == 3
    assert dialog.figures is not None and dialog.figures.get("sweep_found") == 3
    assert "排查 1 次" in dialog.sweeps.note.text()


def test_a_mediator_records_sweeps_but_does_not_export(qtbot: Any, app_ctx: AppContext,
                                                       make_worker: Any, dialogs: Any,
                                                       tmp_path: Path) -> None:
    with app_ctx.store.transaction() as session:
        mediator = auth.create_user(session, app_ctx.actor, username="wang", password="Med1ator!",
                                    role=UserRole.MEDIATOR)
    ctx = context(app_ctx.store, mediator, make_worker(app_ctx.store), dialogs, tmp_path / "m")
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ctx)
    assert not dialog.export_button.isEnabled() and not dialog.add_adjustment_button.isEnabled()
    assert "只有统计员、管理员可以查看统计" in dialog.error.text()
    sweeps = SweepDialog(ctx)
    qtbot.addWidget(sweeps)
    wait_idle(qtbot, ctx)
    assert sweeps.log.add_button.isEnabled()


def test_models_pass_qtmodeltester(qtbot: Any, qtmodeltester: Any, app_ctx: AppContext) -> None:
    dialog = export_dialog(qtbot, app_ctx)
    form_dialog = dialog.add_adjustment()
    form_dialog.form.set_value("column", "mediated")
    form_dialog.form.set_value("delta", "1")
    form_dialog.form.set_value("reason", "测试")
    form_dialog.submit()
    wait_idle(qtbot, app_ctx)
    for view in (dialog.table, dialog.adjustments, dialog.sweeps.view):
        qtmodeltester.check(view.model())


def test_every_report_cell_can_be_translated() -> None:
    core = set(vocab.core_strings())
    cells = {cell for c in COLUMNS for cell in c.label.split(figures.SEPARATOR)}
    assert sorted(cells - core - set(figures.CELLS)) == []


def test_english_export_dialog(qtbot: Any, filled_ctx: AppContext) -> None:
    assert i18n.install(i18n.ENGLISH)
    dialog = export_dialog(qtbot, filled_ctx, busiest_month(filled_ctx))
    found = chinese_left(dialog)
    labels = [t for t in cell_texts(dialog.table, 0) if CHINESE.search(t)]
    bars = [b.label + b.text for b in dialog.chart.bars if CHINESE.search(b.label + b.text)]
    adjust = dialog.add_adjustment()
    found += chinese_left(adjust)
    adjust.reject()
    sweep = dialog.sweeps.add_sweep()
    found += chinese_left(sweep)
    sweep.reject()
    assert (found, labels, bars) == ([], [], [])
    screens.save(dialog, "export", i18n.ENGLISH)


def test_dashboard_shows_this_month_and_opens_the_export(qtbot: Any, filled_ctx: AppContext
                                                         ) -> None:
    window = screens.main_window(qtbot, filled_ctx)
    box = window.dashboard.month_box
    assert box.isVisible()
    month = figures.month_of(filled_ctx.today())
    with filled_ctx.store.transaction(write=False) as session:
        report = statistics.compute(session, *statistics.month_range(month))
    assert box.title() == f"本月统计（{month}）"
    assert box.tiles.values["mediated"].text() == str(report.counts["mediated"])
    assert len(box.chart.bars) <= 5 and all(b.value for b in box.chart.bars)
    assert window.dashboard.boxes["high_risk"].list.count() > 0  # the lists are still there
    qtbot.mouseClick(box.export_button, Qt.MouseButton.LeftButton)
    dialog = window.tool_windows["export"]
    assert isinstance(dialog, ExportDialog)
    action = window.findChild(QAction, "export")
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+E"
    action.trigger()
    assert window.tool_windows["export"] is dialog  # one at a time, raised
    wait_idle(qtbot, filled_ctx)
    dialog.close()
    qtbot.waitUntil(lambda: "export" not in window.tool_windows)
    window.findChild(QAction, "sweeps").trigger()
    assert isinstance(window.tool_windows["sweeps"], SweepDialog)
    wait_idle(qtbot, filled_ctx)


def test_mediators_see_no_figures(qtbot: Any, app_ctx: AppContext, make_worker: Any,
                                  dialogs: Any, tmp_path: Path) -> None:
    with app_ctx.store.transaction() as session:
        mediator = auth.create_user(session, app_ctx.actor, username="wang", password="Med1ator!",
                                    role=UserRole.MEDIATOR)
    ctx = context(app_ctx.store, mediator, make_worker(app_ctx.store), dialogs, tmp_path / "m")
    window = screens.main_window(qtbot, ctx)
    assert not window.dashboard.month_box.isVisible()
    assert window.dashboard.data is not None and window.dashboard.data.month is None
    assert not window.findChild(QAction, "export").isEnabled()
    assert window.findChild(QAction, "sweeps").isEnabled()
    assert not window.findChild(QAction, "settings").isEnabled()
    assert dialogs.shown == []
