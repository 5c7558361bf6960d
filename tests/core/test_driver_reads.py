"""The case list's reads on the driver's cursor: same answers as the ORM, errors worded."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy.exc import ProgrammingError

from mediation_app.errors import StoreError
from mediation_app.services.actor import Actor
from mediation_app.services.cases import intake, queries
from mediation_app.services.cases.queries import CaseFilter
from mediation_app.storage import driver
from mediation_app.storage.engine import Store
from tests.conftest import days_ago, intake_data

TODAY = dt.date.today()
FILTERS = [
    CaseFilter(),
    CaseFilter(descending=False),
    CaseFilter(sort="received_on"),
    CaseFilter(status=("registered", "accepted")),
    CaseFilter(dispute_type="合同纠纷"),
    CaseFilter(overdue=True),
    CaseFilter(date_from=TODAY - dt.timedelta(days=10), date_to=TODAY),
    CaseFilter(text="宅基地"),
    CaseFilter(text="漏水"),
    CaseFilter(text="钱"),
    CaseFilter(text="110105198001010016"),
    CaseFilter(text="人调字第2号"),
]


@pytest.fixture
def cases(store: Store, admin: Actor) -> list[int]:
    specs = [
        intake_data(summary="两家因宅基地边界争执。", received_on=days_ago(90)),
        intake_data(summary="楼上漏水导致楼下顶棚受损。", received_on=days_ago(5)),
        intake_data(summary="借款未还，钱某拒不见面。", dispute_type="合同纠纷",
                    parties=[{"role": "申请人", "kind": "自然人", "name": "钱七", "sex": "男",
                              "id_number": "110105198001010016", "phone": "13900139000",
                              "address": "城关镇幸福村1组1号"}]),
    ]
    ids = []
    for data in specs:
        with store.transaction() as session:
            ids.append(intake.register(session, admin, data).id)
    return ids


@pytest.mark.parametrize("case_filter", FILTERS, ids=lambda f: repr(f)[:60])
def test_first_page_agrees_with_the_orm(store: Store, admin: Actor, cases: list[int],
                                        case_filter: CaseFilter) -> None:
    with store.transaction(write=False) as session:
        expected = queries.all_ids(session, case_filter, TODAY)
    for _ in range(2):  # the second time from the compiled-statement cache
        ids, rows = queries.first_page(store, admin, case_filter, TODAY, limit=2)
        assert ids == expected[:2]
        assert [row["id"] for row in rows] == ids
    assert queries.page_rows(store, admin, expected, TODAY) == queries.first_page(
        store, admin, case_filter, TODAY, limit=len(expected) or 1)[1]


def test_rows_have_the_types_of_the_orm_path(store: Store, admin: Actor,
                                             cases: list[int]) -> None:
    (row,) = queries.page_rows(store, admin, [cases[0]], TODAY)
    assert row["received_on"] == days_ago(90)
    assert row["sensitive"] is False and row["parties"]
    assert isinstance(row["deadline"], str | None)


def test_a_failed_read_is_worded_and_its_connection_not_kept(store: Store) -> None:
    """SQLite reports a missing table as an operational error, worded for the user;
    PostgreSQL as a programming error, left as it is (as on the ORM path)."""
    expected = StoreError if store.dialect == "sqlite" else ProgrammingError
    with pytest.raises(expected, match=r"数据库错误|no_such_table"), \
            store.driver_read() as reads:
        reads.run("SELECT * FROM no_such_table")
    with store.driver_read() as reads:  # a fresh connection answers
        assert reads.run("SELECT 1") == [(1,)]


def test_kept_connections_close_when_the_engine_is_disposed(store: Store) -> None:
    with store.driver_read() as reads:
        connection = reads.cursor.connection
    store.engine.dispose()
    with store.driver_read() as reads:
        assert reads.cursor.connection is not connection
        assert reads.run("SELECT 1") == [(1,)]
    if store.dialect == "sqlite":
        with pytest.raises(Exception, match="closed"):
            connection.execute("SELECT 1")


def test_hooks_see_each_statement(store: Store, admin: Actor, cases: list[int]) -> None:
    seen: list[Any] = []
    driver.HOOKS.append(lambda sql, parameters: seen.append((sql, parameters)))
    try:
        queries.first_page(store, admin, CaseFilter(text="宅基地"), TODAY, limit=5)
    finally:
        driver.HOOKS.clear()
    assert any("case_fts MATCH" in sql or "LIKE" in sql for sql, _ in seen)
    assert any(cases[0] in (p.values() if isinstance(p, dict) else p) for _, p in seen)


@pytest.mark.parametrize("case_filter", FILTERS, ids=lambda f: repr(f)[:60])
def test_id_array_agrees_with_the_orm(store: Store, cases: list[int],
                                      case_filter: CaseFilter) -> None:
    with store.transaction(write=False) as session:
        expected = queries.all_ids(session, case_filter, TODAY)
    assert queries.id_array(store, case_filter, TODAY).tolist() == expected
