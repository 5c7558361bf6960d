"""Every model passes qtmodeltester; the case table keeps ids and fetches rows lazily."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt

from mediation_app.services.cases import queries
from mediation_app.services.cases.queries import CaseFilter
from mediation_app.storage.driver import DriverReads
from tests.ui.conftest import wait_idle
from ui import badges
from ui.case_list import CaseListPage
from ui.context import AppContext
from ui.models import case_table
from ui.models.case_table import CASE_ID_ROLE, RISK_ROLE, RISK_SCORE_ROLE, CaseTableModel
from ui.models.records import RecordColumn, RecordTableModel, key


def loaded_model(qtbot: Any, ctx: AppContext, case_filter: CaseFilter | None = None
                 ) -> CaseTableModel:
    model = CaseTableModel(ctx)
    model.set_filter(case_filter or CaseFilter())
    wait_idle(qtbot, ctx)
    return model


def test_case_table_passes_qtmodeltester(qtbot: Any, qtmodeltester: Any,
                                         big_ctx: AppContext) -> None:
    model = loaded_model(qtbot, big_ctx)
    assert model.rowCount() == 200
    qtmodeltester.check(model)  # asks for rows: pages are requested
    wait_idle(qtbot, big_ctx)
    qtmodeltester.check(model)  # and again with the rows cached


def test_rows_are_fetched_in_pages_on_demand(qtbot: Any, big_ctx: AppContext,
                                             monkeypatch: Any) -> None:
    monkeypatch.setattr(case_table, "PAGE_SIZE", 50)
    calls: list[int] = []
    real_rows = queries.rows

    def counting(session: Any, actor: Any, ids: list[int], today: Any) -> Any:
        calls.append(len(ids))
        return real_rows(session, actor, ids, today)

    monkeypatch.setattr(queries, "rows", counting)
    model = loaded_model(qtbot, big_ctx)
    assert calls == [50]  # the first page comes with the ids; the others when shown
    assert model.cached(0) is not None and model.cached(49) is not None
    assert model.cached(50) is None
    assert model.data(model.index(120, 0)) == "加载中…"
    wait_idle(qtbot, big_ctx)
    assert calls == [50, 50]
    number = model.data(model.index(120, 0))
    assert number.startswith("（") and "人调字第" in number
    model.data(model.index(121, 3))
    model.data(model.index(0, 0))
    assert calls == [50, 50]  # pages already loaded: cached


def test_first_page_paints_before_the_other_ids_arrive(
        qtbot: Any, big_ctx: AppContext, monkeypatch: Any) -> None:
    monkeypatch.setattr(case_table, "PAGE_SIZE", 50)
    model = CaseTableModel(big_ctx)
    events: list[str] = []
    model.first_page_ready.connect(lambda: events.append(f"first {model.rowCount()}"))
    model.rowsInserted.connect(lambda _p, first, last: events.append(f"rows {first}-{last}"))
    model.modelReset.connect(lambda: events.append("reset"))
    model.count_changed.connect(lambda n: events.append(f"count {n}"))
    model.set_filter(CaseFilter())
    wait_idle(qtbot, big_ctx)
    # one reset for the first page, the count, then the rest appended below it, no second reset
    assert events == ["reset", "first 50", "count 200", "rows 50-199", "count 200"]
    with big_ctx.store.transaction(write=False) as session:
        expected = queries.all_ids(session, model.filter, big_ctx.today())
    assert [model.case_id(r) for r in range(200)] == expected
    assert model.row_for(expected[150]) == 150 and model.row_for(-1) is None
    assert not model.is_loading


def test_the_count_shows_while_the_ids_are_still_read(
        qtbot: Any, big_ctx: AppContext, monkeypatch: Any) -> None:
    monkeypatch.setattr(case_table, "PAGE_SIZE", 50)
    release = threading.Event()
    real_id_array = queries.id_array

    def held(*args: Any) -> Any:
        assert release.wait(10)
        return real_id_array(*args)

    monkeypatch.setattr(queries, "id_array", held)
    page = CaseListPage(big_ctx)
    qtbot.addWidget(page)
    try:
        qtbot.waitUntil(lambda: page.count_label.text() == "共 200 件", timeout=10_000)
        assert page.model.is_loading and page.model.rowCount() == 50
    finally:
        release.set()
    wait_idle(qtbot, big_ctx)
    assert page.model.rowCount() == 200 and page.count_label.text() == "共 200 件"


def test_a_text_search_is_not_counted_twice(qtbot: Any, big_ctx: AppContext,
                                             monkeypatch: Any) -> None:
    monkeypatch.setattr(case_table, "PAGE_SIZE", 50)
    counted: list[CaseFilter] = []
    real_count = queries.count
    monkeypatch.setattr(queries, "count", lambda s, f, t: counted.append(f) or real_count(s, f, t))
    model = loaded_model(qtbot, big_ctx, CaseFilter(sort="received_on"))
    assert [f.sort for f in counted] == ["received_on"] and model.rowCount() == 200
    counted.clear()
    model = loaded_model(qtbot, big_ctx, CaseFilter(text="人调字第"))
    assert counted == [] and model.rowCount() == 200


def test_a_short_list_needs_no_second_query(qtbot: Any, big_ctx: AppContext,
                                            monkeypatch: Any) -> None:
    calls: list[str] = []
    real_id_array = queries.id_array
    monkeypatch.setattr(queries, "id_array",
                        lambda *a: calls.append("id_array") or real_id_array(*a))
    model = loaded_model(qtbot, big_ctx, CaseFilter(text="人调字第12号"))
    assert model.rowCount() == 1 and model.cached(0) is not None and calls == []


def test_a_change_between_the_two_queries_replaces_the_list(
        qtbot: Any, big_ctx: AppContext, monkeypatch: Any) -> None:
    monkeypatch.setattr(case_table, "PAGE_SIZE", 50)
    real_id_array = queries.id_array
    monkeypatch.setattr(queries, "id_array", lambda *a: real_id_array(*a)[1:])  # one deleted
    model = CaseTableModel(big_ctx)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.rowCount()))
    model.set_filter(CaseFilter())
    wait_idle(qtbot, big_ctx)
    assert resets == [50, 199] and model.rowCount() == 199


def test_lru_cache_is_bounded(qtbot: Any, big_ctx: AppContext, monkeypatch: Any) -> None:
    monkeypatch.setattr(case_table, "PAGE_SIZE", 20)
    monkeypatch.setattr(case_table, "CACHE_ROWS", 30)
    model = loaded_model(qtbot, big_ctx)
    for row in (0, 40, 80):
        model.data(model.index(row, 0))
        wait_idle(qtbot, big_ctx)
    assert len(model._cache) == 30
    assert model.cached(0) is None and model.cached(80) is not None


def test_sorting_happens_in_sql(qtbot: Any, big_ctx: AppContext) -> None:
    model = loaded_model(qtbot, big_ctx)
    deadline = [c.key for c in case_table.COLUMNS].index("deadline")
    model.sort(deadline, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, big_ctx)
    assert model.filter.sort == "deadline" and not model.filter.descending
    with big_ctx.store.transaction(write=False) as session:
        expected = queries.all_ids(session, model.filter, big_ctx.today())
    assert [model.data(model.index(r, 0), CASE_ID_ROLE) for r in range(5)] == expected[:5]
    parties = [c.key for c in case_table.COLUMNS].index("parties")
    model.sort(parties, Qt.SortOrder.AscendingOrder)  # not sortable: unchanged
    assert model.filter.sort == "deadline"


def test_risk_and_overdue_are_readable_without_colour(qtbot: Any, big_ctx: AppContext) -> None:
    model = loaded_model(qtbot, big_ctx, CaseFilter(overdue=True))
    assert model.rowCount() > 0
    columns = [c.key for c in case_table.COLUMNS]
    model.data(model.index(0, 0))
    wait_idle(qtbot, big_ctx)
    deadline = model.index(0, columns.index("deadline"))
    assert model.data(deadline).endswith("逾期")
    assert model.data(deadline, Qt.ItemDataRole.FontRole).bold()
    risk = model.index(0, columns.index("risk"))
    assert model.data(risk, RISK_ROLE) in ("low", "medium", "high")
    assert model.data(risk)[0] in "红黄绿" and "风险" in model.data(risk)


def test_four_colours_show_orange_from_the_score(qtbot: Any, big_ctx: AppContext) -> None:
    model = loaded_model(qtbot, big_ctx, CaseFilter(risk="medium"))
    assert model.rowCount() > 0
    risk = model.index(0, [c.key for c in case_table.COLUMNS].index("risk"))
    model.data(risk)
    wait_idle(qtbot, big_ctx)
    score = model.data(risk, RISK_SCORE_ROLE)
    assert model.data(risk, RISK_ROLE) == "medium" and score is not None
    badges.use_levels({"scheme": "four", "orange_score": score,
                       "labels": {"high": "红", "orange": "橙", "medium": "黄", "low": "蓝"}})
    try:
        assert model.data(risk).startswith("橙")
    finally:
        badges.use_levels(None)
    assert model.data(risk).startswith("黄")


def test_search_text_uses_the_query_service(qtbot: Any, big_ctx: AppContext) -> None:
    model = loaded_model(qtbot, big_ctx, CaseFilter(text="人调字第12号"))
    assert model.rowCount() == 1


def test_record_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = RecordTableModel([RecordColumn("姓名", key("name")),
                              RecordColumn("同意", key("consent"))])
    model.set_records([{"name": "张三", "consent": True}, {"name": "李四", "consent": None}])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "是"
    assert model.data(model.index(1, 1)) == ""


def test_every_id_is_read_in_chunks(qtbot: Any, big_ctx: AppContext, monkeypatch: Any) -> None:
    """One fetch of a million rows holds the GIL for seconds: the GUI could not paint."""
    monkeypatch.setattr(case_table, "PAGE_SIZE", 50)
    monkeypatch.setattr(queries, "ID_CHUNK", 7)
    fetched: list[int] = []
    real_chunks = DriverReads.chunks

    def spying(self: DriverReads, *args: Any) -> Any:
        for rows in real_chunks(self, *args):
            fetched.append(len(rows))
            yield rows

    monkeypatch.setattr(DriverReads, "chunks", spying)
    model = loaded_model(qtbot, big_ctx)
    assert model.rowCount() == 200 and max(fetched) == 7 and sum(fetched) == 200
