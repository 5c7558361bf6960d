"""The flag on stored cases: re-assessed on change, history, overrides, tasks, prevention."""

from __future__ import annotations

import datetime as dt

import pytest

from mediation_app.errors import ValidationError
from mediation_app.services import office, risk_cases
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, intake, views
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case
from tests.conftest import days_ago, intake_data

CALM = "双方因排水沟堵塞发生口角，均表示不会动手，愿意协商。"
THREAT = "李四扬言要拿刀砍死张三，已经磨好了刀，说要同归于尽。"


@pytest.fixture
def case_id(store: Store, admin: Actor) -> int:
    with store.transaction() as session:
        office.add_staff(session, admin, {"name": "王调解", "role": "调解员"})
        case = intake.register(session, admin, intake_data(summary=CALM))
        actions.act(session, admin, case.id, "accept",
                    {"date": days_ago(19), "mediators": ["王调解"], "rights_notice_on": days_ago(19)})
        return case.id


def session_with(store: Store, admin: Actor, case_id: int, record: str) -> None:
    with store.transaction() as session:
        actions.act(session, admin, case_id, "session",
                    {"date": days_ago(10), "place": "调解室", "record": record,
                     "participants": [{"name": "王调解", "role": "主持调解员"}]})


def test_flag_follows_the_record_and_keeps_history(store: Store, admin: Actor, case_id: int
                                                   ) -> None:
    with store.transaction(write=False) as session:
        before = risk_cases.history(session, case_id)
    assert before["level"] != "high"
    assert all(r["ruled_out"] or r["weight"] == 0 or r["code"] != "threat_kill"
               for r in before["history"][-1]["reasons"])
    session_with(store, admin, case_id, THREAT)
    with store.transaction(write=False) as session:
        after = risk_cases.history(session, case_id)
    assert after["level"] == "high"
    assert [h["trigger"] for h in after["history"]] == ["intake", "accept", "session"]
    assert all(h["rules_version"] for h in after["history"])
    quoted = [r for r in after["history"][-1]["reasons"] if r["source"] == "text"
              and not r["ruled_out"]]
    threats = [r for r in quoted if r["red_line"]]
    assert threats and all(r["field"] == "session:1:record" for r in threats)
    assert all(THREAT[r["start"]:r["end"]] == r["quote"] for r in threats)


def test_downgrade_from_high_needs_second_person(store: Store, admin: Actor, case_id: int
                                                 ) -> None:
    session_with(store, admin, case_id, THREAT)
    data = {"level": "medium", "reason_code": "threat_retracted", "reason": "已当面道歉，经核实撤回"}
    with pytest.raises(ValidationError, match="复核"), store.transaction() as session:
        risk_cases.override(session, admin, case_id, data)
    with store.transaction() as session:
        risk_cases.override(session, admin, case_id, dict(data, second_person="赵主任"))
    with store.transaction(write=False) as session:
        shown = risk_cases.history(session, case_id)
    assert shown["level"] == "medium"
    assert shown["history"][-1]["level"] == "high"  # the computed level stays visible
    assert shown["overrides"][0]["second_person"] == "赵主任"


def test_high_risk_tasks_and_prevention_count(store: Store, admin: Actor, case_id: int) -> None:
    session_with(store, admin, case_id, THREAT)
    with store.transaction(write=False) as session:
        kinds = {t["task"] for t in risk_cases.due_tasks(session, dt.date.today())
                 if t["case_id"] == case_id}
    assert {"owner", "police_report"} <= kinds
    with store.transaction() as session:
        risk_cases.set_owner(session, admin, case_id, "王调解")
        actions.act(session, admin, case_id, "report-police",
                    {"date": days_ago(9), "station": "城关派出所", "officer": "李警官"})
        actions.act(session, admin, case_id, "agree",
                    {"kind": "书面", "date": days_ago(8), "terms": ["双方互不侵扰。"]})
        actions.act(session, admin, case_id, "close", {"date": days_ago(1)})
    with store.transaction(write=False) as session:
        kinds = {t["task"] for t in risk_cases.due_tasks(session, dt.date.today())
                 if t["case_id"] == case_id}
        shown = views.case_dict(session, admin, session.get(Case, case_id))
    assert kinds == set()
    assert shown["prevention"].get("民转刑") == 2


def test_negation_pair_does_not_raise_risk(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        calm = intake.register(session, admin, intake_data(summary="双方均表示不会动手，没有拿刀。"))
        tense = intake.register(session, admin, intake_data(summary="双方表示会动手，拿了刀。"))
        assert calm.risk_score is not None and tense.risk_score is not None
        assert calm.risk_score < tense.risk_score
