"""Cases walked through every path of the lifecycle; forbidden steps change nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from mediation_app.errors import PermissionDenied, StateError, ValidationError
from mediation_app.exports import sweeps
from mediation_app.services import office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, intake, queries, views
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent, Case
from tests.conftest import days_ago, intake_data


@pytest.fixture
def roster(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        office.add_staff(session, admin, {"name": "王调解", "role": "调解员", "membership": "委员"})
        office.add_staff(session, admin, {"name": "刘律师", "role": "法律顾问"})
        office.add_staff(session, admin, {"name": "赵明白", "role": "法律明白人"})


def new_case(store: Store, actor: Actor, **overrides: Any) -> int:
    with store.transaction() as session:
        return intake.register(session, actor, intake_data(**overrides)).id


def act(store: Store, actor: Actor, case_id: int, action: str, data: dict[str, Any]
        ) -> dict[str, Any]:
    with store.transaction() as session:
        case = actions.act(session, actor, case_id, action, data)
        return views.case_dict(session, actor, case)


def get(store: Store, actor: Actor, case_id: int) -> dict[str, Any]:
    with store.transaction(write=False) as session:
        return views.case_dict(session, actor, session.get(Case, case_id), with_audit=True)


ACCEPT = {"date": days_ago(19), "mediators": ["王调解"], "rights_notice_on": days_ago(19)}
SESSION = {"date": days_ago(15), "place": "村调解室", "public": False, "record": "双方陈述了意见。",
           "participants": [{"name": "王调解", "role": "主持调解员"},
                            {"name": "刘律师", "role": "法律顾问", "consent": True},
                            {"name": "赵明白", "role": "法律明白人"}]}
AGREE = {"kind": "书面", "date": days_ago(14), "terms": ["李四于十日内疏通排水沟。",
                                                         "李四赔偿张三修缮费人民币贰仟元整。"],
         "performance": {"method": "现金", "place": "村委会", "deadline": days_ago(4)},
         "amount": "2000"}


def test_full_path_to_archive(store: Store, admin: Actor, roster: None) -> None:
    case_id = new_case(store, admin)
    assert get(store, admin, case_id)["status"] == "registered"
    assert act(store, admin, case_id, "accept", ACCEPT)["status"] == "accepted"
    assert act(store, admin, case_id, "session", SESSION)["status"] == "in_mediation"
    agreed = act(store, admin, case_id, "agree", AGREE)
    assert agreed["status"] == "agreed"
    assert agreed["agreement"]["number"] == agreed["number"]
    act(store, admin, case_id, "perform", {"date": days_ago(5), "status": "已履行"})
    act(store, admin, case_id, "follow-up", {"date": days_ago(3), "visitor": "王调解",
                                             "notes": "双方关系缓和，协议已履行。",
                                             "satisfaction": "满意"})
    act(store, admin, case_id, "confirm", {"applied_on": days_ago(10), "court": "城关区人民法院",
                                           "result": "确认有效"})
    closed = act(store, admin, case_id, "close", {"date": days_ago(1)})
    assert closed["status"] == "closed"
    full = get(store, admin, case_id)
    assert [e["action"] for e in full["audit"]] == [
        "register", "accept", "session", "agree", "perform", "follow-up", "confirm", "close"]
    assert full["risk"]["level"] in ("low", "medium", "high")


def test_archived_case_is_read_only_until_reopened(store: Store, admin: Actor, roster: None
                                                   ) -> None:
    case_id = new_case(store, admin)
    act(store, admin, case_id, "reject", {"date": days_ago(18), "reason": "人民法院已经受理"})
    act(store, admin, case_id, "close", {"date": days_ago(17)})
    with pytest.raises(StateError, match="结案归档"):
        act(store, admin, case_id, "follow-up", {"date": days_ago(1), "visitor": "王调解",
                                                 "notes": "x"})
    with pytest.raises(ValidationError, match="理由"):
        act(store, admin, case_id, "reopen", {})
    reopened = act(store, admin, case_id, "reopen", {"reason": "发现新证据"})
    assert reopened["status"] == "rejected"


def test_refusal_terminates(store: Store, admin: Actor, roster: None) -> None:
    case_id = new_case(store, admin)
    act(store, admin, case_id, "accept", ACCEPT)
    done = act(store, admin, case_id, "terminate", {"date": days_ago(18),
                                                    "reason": "被申请人明确拒绝调解",
                                                    "refused_by_party": True})
    assert done["status"] == "terminated"
    with pytest.raises(StateError):
        act(store, admin, case_id, "session", SESSION)


def test_failure_requires_notice_of_other_routes(store: Store, admin: Actor, roster: None
                                                  ) -> None:
    case_id = new_case(store, admin)
    act(store, admin, case_id, "accept", ACCEPT)
    act(store, admin, case_id, "session", SESSION)
    with pytest.raises(ValidationError, match="告知"):
        act(store, admin, case_id, "fail", {"date": days_ago(10), "reason": "分歧过大"})
    failed = act(store, admin, case_id, "fail", {"date": days_ago(10), "reason": "分歧过大",
                                                 "told_other_routes": True})
    assert failed["status"] == "failed"


def test_extension_needs_consent(store: Store, admin: Actor, roster: None) -> None:
    case_id = new_case(store, admin, received_on=days_ago(60))
    act(store, admin, case_id, "accept", dict(ACCEPT, date=days_ago(50)))
    assert get(store, admin, case_id)["overdue"] is True
    with pytest.raises(ValidationError, match="同意"):
        act(store, admin, case_id, "extend", {"until": days_ago(-20)})
    extended = act(store, admin, case_id, "extend", {"until": days_ago(-20),
                                                     "parties_consented": True})
    assert extended["overdue"] is False
    assert extended["deadline"] == days_ago(-20)


def test_close_lists_what_is_missing(store: Store, admin: Actor, roster: None) -> None:
    data = intake_data()
    data["parties"][1].pop("id_number")
    case_id = new_case(store, admin, parties=data["parties"])
    act(store, admin, case_id, "accept", dict(ACCEPT, rights_notice_on=None))
    act(store, admin, case_id, "session", SESSION)
    act(store, admin, case_id, "agree", AGREE)
    with pytest.raises(StateError) as info:
        act(store, admin, case_id, "close", {"date": days_ago(1)})
    assert "权利义务告知书" in info.value.message
    assert "李四" in info.value.message
    assert "调解记录" not in info.value.message


def test_confirmation_refused_for_personal_status(store: Store, admin: Actor, roster: None
                                                  ) -> None:
    case_id = new_case(store, admin, dispute_type="婚姻家庭")
    act(store, admin, case_id, "accept", ACCEPT)
    act(store, admin, case_id, "session", SESSION)
    act(store, admin, case_id, "agree", AGREE)
    with pytest.raises(StateError, match="婚姻"):
        act(store, admin, case_id, "confirm", {"applied_on": days_ago(10), "court": "法院"})


def test_confirmation_window(store: Store, admin: Actor, roster: None) -> None:
    case_id = new_case(store, admin, received_on=days_ago(90))
    act(store, admin, case_id, "accept", dict(ACCEPT, date=days_ago(89)))
    act(store, admin, case_id, "session", dict(SESSION, date=days_ago(88)))
    act(store, admin, case_id, "agree", dict(AGREE, date=days_ago(80)))
    with pytest.raises(ValidationError, match="30 日内"):
        act(store, admin, case_id, "confirm", {"applied_on": days_ago(2), "court": "法院"})


def test_confirmation_window_ending_on_a_holiday_runs_to_the_next_working_day(
        store: Store, admin: Actor, roster: None) -> None:
    """Effective 1 September 2026: day 30 is 1 October, 国庆, so the window closes 8 October."""
    case_id = new_case(store, admin, received_on="2026-08-20")
    act(store, admin, case_id, "accept", dict(ACCEPT, date="2026-08-21",
                                              rights_notice_on="2026-08-21"))
    act(store, admin, case_id, "session", dict(SESSION, date="2026-08-25"))
    act(store, admin, case_id, "agree", dict(AGREE, date="2026-09-01"))
    with pytest.raises(ValidationError, match="截至 2026-10-08"):
        act(store, admin, case_id, "confirm", {"applied_on": "2026-10-09", "court": "法院"})
    act(store, admin, case_id, "confirm", {"applied_on": "2026-10-08", "court": "法院"})


@pytest.mark.parametrize("action, data", [
    ("session", SESSION), ("agree", AGREE), ("fail", {}), ("perform", {}), ("close", {}),
    ("confirm", {}), ("follow-up", {}), ("extend", {}), ("reopen", {}),
])
def test_forbidden_transitions_write_nothing(store: Store, admin: Actor, roster: None,
                                             action: str, data: dict[str, Any]) -> None:
    case_id = new_case(store, admin)
    with store.transaction(write=False) as session:
        before = session.scalar(select(func.count()).select_from(AuditEvent))
        version = session.get(Case, case_id).version
    with pytest.raises(StateError) as info:
        act(store, admin, case_id, action, data)
    assert "已登记" in info.value.message and "accept" in info.value.message
    with store.transaction(write=False) as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == before
        assert session.get(Case, case_id).version == version


def test_invited_participant_needs_consent(store: Store, admin: Actor, roster: None) -> None:
    case_id = new_case(store, admin)
    act(store, admin, case_id, "accept", ACCEPT)
    bad = dict(SESSION, participants=[{"name": "王调解", "role": "主持调解员"},
                                      {"name": "老陈", "role": "邻居"}])
    with pytest.raises(ValidationError, match="同意"):
        act(store, admin, case_id, "session", bad)


def test_statistician_cannot_register(store: Store, admin: Actor) -> None:
    from mediation_app.domain.enums import UserRole
    from mediation_app.services import auth

    with store.transaction() as session:
        stats = auth.create_user(session, admin, username="tongji", password="Tongji-2026",
                                 role=UserRole.STATISTICIAN)
    with pytest.raises(PermissionDenied):
        new_case(store, stats)


def test_dates_must_follow_the_lifecycle(store: Store, admin: Actor, roster: None) -> None:
    case_id = new_case(store, admin)
    with pytest.raises(ValidationError, match="不能早于收案日期"):
        act(store, admin, case_id, "accept", dict(ACCEPT, date=days_ago(25)))
    with pytest.raises(ValidationError, match="不能晚于今天"):
        act(store, admin, case_id, "accept", dict(ACCEPT, date=days_ago(-1)))


def test_earlier_cases_of_the_same_person(store: Store, admin: Actor) -> None:
    first = new_case(store, admin)
    second = new_case(store, admin)
    with store.transaction(write=False) as session:
        by_id = queries.earlier_cases(session, admin, dt.date.today(),
                                      id_number="110105194912310038", exclude=second)
        by_phone = queries.earlier_cases(session, admin, dt.date.today(), name="李四",
                                         phone="0371-6543210")
        nobody = queries.earlier_cases(session, admin, dt.date.today(), name="李四")
    assert [r["id"] for r in by_id] == [first]
    assert {r["id"] for r in by_phone} == {first, second}
    assert nobody == []


def test_available_actions_follow_the_case(store: Store, admin: Actor, roster: None) -> None:
    family = new_case(store, admin, dispute_type="婚姻家庭")
    act(store, admin, family, "accept", ACCEPT)
    act(store, admin, family, "session", SESSION)
    shown = act(store, admin, family, "agree", AGREE)
    assert "confirm" not in shown["allowed_actions"]
    assert "feedback" not in shown["allowed_actions"]
    assert "perform" in shown["allowed_actions"]


def test_cases_link_to_their_sweep_and_committees_are_kept(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        sweep = sweeps.add_sweep(session, admin, {"swept_on": days_ago(21), "area": "幸福村",
                                                  "swept_by": "王调解", "disputes_found": 2})
        case = intake.register(session, admin, intake_data(sweep_id=sweep["id"]))
        assert case.sweep_id == sweep["id"]
        office.add_committee(session, admin, {"name": "幸福村人民调解委员会", "kind": "村"})
        assert [c["kind"] for c in office.list_committees(session)] == ["乡镇街道", "村"]
    with pytest.raises(ValidationError, match="排查记录不存在"), store.transaction() as session:
        intake.register(session, admin, intake_data(sweep_id=999))
