"""The search box and the case list's order, on every query path and both backends."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any, cast

import pytest
from sqlalchemy import text

from mediation_app.services.actor import Actor
from mediation_app.services.cases import intake, queries, text_search, texts
from mediation_app.services.cases.queries import CaseFilter
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case
from tests.conftest import days_ago, intake_data

TODAY = dt.date.today()


def party(name: str, id_number: str, phone: str) -> dict[str, Any]:
    return {"role": "申请人", "kind": "自然人", "name": name, "sex": "男", "id_number": id_number,
            "phone": phone, "address": "城关镇幸福村1组1号"}


@pytest.fixture
def cases(store: Store, admin: Actor) -> dict[str, int]:
    """Four cases; the text of ``tail`` ends with 漏水, ``middle`` has it inside."""
    specs = {
        "tail": intake_data(summary="两家因宅基地边界争执。", requests="请求对方修好漏水"),
        "middle": intake_data(summary="楼上漏水导致楼下顶棚受损，双方争吵。", requests=None,
                              received_on=days_ago(5)),
        "name": intake_data(summary="双方因借款发生争议。", requests=None, received_on=days_ago(40),
                            parties=[party("钱七", "110105198001010016", "13900139000")]),
        "other": intake_data(summary="合同款项未结清。", requests=None, dispute_type="合同纠纷"),
    }
    ids = {}
    for key, data in specs.items():
        with store.transaction() as session:
            ids[key] = intake.register(session, admin, data).id
    return ids


def found(store: Store, **f: Any) -> list[int]:
    """The matching ids in list order, after checking that the count agrees."""
    case_filter = CaseFilter(**f)
    with store.transaction(write=False) as session:
        ids = queries.all_ids(session, case_filter, TODAY)
        assert queries.count(session, case_filter, TODAY) == len(ids)
        assert queries.page_ids(session, case_filter, TODAY, limit=2, offset=0) == ids[:2]
    return ids


def number_of(store: Store, case_id: int) -> str:
    with store.transaction(write=False) as session:
        return str(session.execute(text('SELECT number FROM "case" WHERE id = :i'),
                                   {"i": case_id}).scalar())


def test_three_characters_use_the_full_text(store: Store, cases: dict[str, int]) -> None:
    assert found(store, text="宅基地") == [cases["tail"]]
    assert found(store, text="顶棚受损") == [cases["middle"]]
    assert found(store, text="没有这段话") == []


def test_two_characters_anywhere_in_the_text(store: Store, cases: dict[str, int]) -> None:
    assert found(store, text="漏水") == [cases["middle"], cases["tail"]]
    assert found(store, text="争执") == [cases["tail"]]
    assert found(store, text="鳄鱼") == []


def test_two_characters_by_scan_when_the_vocabulary_is_too_wide(
        store: Store, cases: dict[str, int], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_search, "MAX_TERMS", 0)
    assert found(store, text="漏水") == [cases["middle"], cases["tail"]]


def test_one_character(store: Store, cases: dict[str, int]) -> None:
    assert found(store, text="漏") == [cases["middle"], cases["tail"]]
    assert found(store, text="棚") == [cases["middle"]]


def test_party_name_alone_finds_the_case(store: Store, cases: dict[str, int]) -> None:
    assert found(store, text="钱七") == [cases["name"]]


def test_quotes_and_wildcards_are_plain_text(store: Store, cases: dict[str, int]) -> None:
    for q in ('漏"', '"', "%", "_水", '宅"基地'):
        assert found(store, text=q) == []


def test_case_number_exact_prefix_and_fragment(store: Store, cases: dict[str, int]) -> None:
    number = number_of(store, cases["middle"])
    assert found(store, text=number) == [cases["middle"]]
    assert found(store, text=number.replace("（", "(").replace("）", ")")) == [cases["middle"]]
    prefix = number[:number.index("第") + 1]
    assert found(store, text=prefix) == sorted(cases.values(), reverse=True)
    seq = number[number.index("第"):]
    assert found(store, text=seq) == [cases["middle"]]
    assert found(store, text="人调字" + seq) == [cases["middle"]]
    assert found(store, text="第999号") == []


def test_id_number_and_phone(store: Store, cases: dict[str, int]) -> None:
    assert found(store, text="110105198001010016") == [cases["name"]]
    assert found(store, text="13900139000") == [cases["name"]]


def test_text_with_other_filters(store: Store, cases: dict[str, int]) -> None:
    assert found(store, text="漏水", date_from=TODAY - dt.timedelta(days=10)) == [cases["middle"]]
    assert found(store, text="漏水", dispute_type="合同纠纷") == []
    assert found(store, text="合同", dispute_type="合同纠纷") == [cases["other"]]
    assert found(store, text="漏水", sort="received_on", descending=False) == [
        cases["tail"], cases["middle"]]


@pytest.mark.parametrize("sort", sorted(queries.SORTS))
def test_every_sort_breaks_ties_by_id(store: Store, cases: dict[str, int], sort: str) -> None:
    down = found(store, sort=sort)
    up = found(store, sort=sort, descending=False)
    assert sorted(down) == sorted(cases.values())
    assert up == down[::-1]


def test_rows_keep_the_order_asked(store: Store, admin: Actor, cases: dict[str, int]) -> None:
    ids = [cases["name"], cases["tail"]]
    with store.transaction(write=False) as session:
        rows = queries.rows(session, admin, ids, TODAY)
    assert [r["id"] for r in rows] == ids
    assert rows[0]["parties"] == ["钱七"]
    assert rows[1]["received_on"] == days_ago(20)
    assert rows[1]["status_label"]


def test_a_read_transaction_keeps_nothing_and_returns_its_connection(
        store: Store, cases: dict[str, int]) -> None:
    """Searches read in read transactions, which end by closing the session alone."""
    case_id = cases["tail"]
    before = number_of(store, case_id)
    with store.transaction(write=False) as session:
        session.execute(text('UPDATE "case" SET number = :n WHERE id = :i'),
                        {"n": "改动", "i": case_id})
        assert store.engine.pool.checkedout() == 1
    assert store.engine.pool.checkedout() == 0
    assert number_of(store, case_id) == before


@pytest.mark.parametrize("q", ["漏水", "宅基地", "（2025）城关人调字第1", "第12号"])
def test_searches_read_no_whole_table_on_sqlite(store: Store, backend: str, q: str,
                                                cases: dict[str, int]) -> None:
    """The plan of each search shape names an index, never a scan of cases or their text."""
    if backend != "sqlite":
        pytest.skip("SQLite query plans")
    with store.transaction(write=False) as session:
        query = queries.filtered(session, CaseFilter(text=q), TODAY)
        compiled = query.compile(session.get_bind())
        params = [compiled.params[name] for name in compiled.positiontup or ()]
        cursor = session.connection().connection.cursor()
        plan = [row[3] for row in cursor.execute("EXPLAIN QUERY PLAN " + str(compiled), params)]
    assert not [step for step in plan if step.startswith("SCAN") and "VIRTUAL" not in step], plan


def test_number_prefix_has_an_index_on_postgresql(store: Store, backend: str,
                                                  cases: dict[str, int]) -> None:
    """A server database's locale is rarely "C": LIKE needs the pattern index of 0004."""
    if backend != "postgresql":
        pytest.skip("PostgreSQL query plans")
    with store.transaction(write=False) as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        query = queries.filtered(session, CaseFilter(text="（2025）城关人调字第1"), TODAY)
        plan = "\n".join(session.scalars(text("EXPLAIN " + str(query.compile(
            session.get_bind(), compile_kwargs={"literal_binds": True})))))
    assert "ix_case_number_pattern" in plan, plan


def test_the_whole_order_is_read_from_an_index_on_sqlite(store: Store, backend: str,
                                                          cases: dict[str, int]) -> None:
    """The table's own pages hold whole cases: reading every id from them costs seconds."""
    if backend != "sqlite":
        pytest.skip("SQLite query plans")
    with store.transaction(write=False) as session:
        cursor = session.connection().connection.cursor()
        plan = [row[3] for row in cursor.execute(
            'EXPLAIN QUERY PLAN SELECT id FROM "case" ORDER BY id DESC')]
    assert plan == ["SCAN case USING COVERING INDEX ix_case_id_order"], plan


def test_a_passage_repeated_across_sessions_is_indexed_once() -> None:
    session = SimpleNamespace(record="双方各执一词。", statements=None, verified_facts="围墙越界0.3米。",
                              matter="宅基地边界")
    case = SimpleNamespace(number="（2026）人调字第1号", summary="围墙越界0.3米。", requests=None,
                           sessions=[session, session], agreement=None, follow_ups=[])
    body = texts.body_of(cast(Case, case))
    assert body.split("\n") == ["（2026）人调字第1号", "围墙越界0.3米。", "双方各执一词。", "宅基地边界"]
