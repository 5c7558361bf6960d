"""A small office walked through the lifecycle with fixed dates in March 2025, so every
column of the report and every counting rule has a case that shows it."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from mediation_app.services import office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, intake
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Committee, Sweep
from tests.conftest import intake_data
from tests.exports.generate import Generated, insert_cases

TODAY = dt.date(2025, 4, 20)
MARCH = (dt.date(2025, 3, 1), dt.date(2025, 3, 31))
THIRD_PARTY = {"role": "当事人", "kind": "自然人", "name": "王五", "sex": "男",
               "id_number": "34052419800101001X", "phone": "13900139000",
               "address": "城关镇光明路8号"}
PERSONAL_DATA = ("张三", "李四", "王五", "110105194912310038", "11010519491231002X",
                 "34052419800101001X", "13800138000", "13900139000", "0371-6543210",
                 "幸福村3组", "光明路8号")


def walk(store: Store, actor: Actor, steps: list[tuple[str, dict[str, Any]]],
         **intake_overrides: Any) -> int:
    """Register a case and apply each (action, data) step, all dated before TODAY."""
    with store.transaction() as session:
        case_id = intake.register(session, actor, intake_data(**intake_overrides),
                                  today=TODAY).id
    for action, data in steps:
        with store.transaction() as session:
            actions.act(session, actor, case_id, action, data, today=TODAY)
    return case_id


def accept(day: str) -> tuple[str, dict[str, Any]]:
    return "accept", {"date": day, "mediators": ["王调解"], "rights_notice_on": day}


def session_on(day: str) -> tuple[str, dict[str, Any]]:
    return "session", {"date": day, "place": "村调解室", "record": "双方陈述了意见。",
                       "participants": [{"name": "王调解", "role": "主持调解员"}]}


def agree(day: str, kind: str, amount: str) -> tuple[str, dict[str, Any]]:
    return "agree", {"kind": kind, "date": day, "terms": ["双方自愿和解。"], "amount": amount}


def referral(unit: str, day: str) -> dict[str, Any]:
    return {"unit": unit, "doc_number": "（2025）委字第1号", "date": day}


@pytest.fixture
def office_data(store: Store, admin: Actor) -> dict[str, int]:
    """The March 2025 office; returns case ids by letter (see docs/statistics.md §examples)."""
    with store.transaction() as session:
        office.add_staff(session, admin, {"name": "王调解", "role": "调解员", "membership": "委员",
                                          "full_time": True})
        office.add_staff(session, admin, {"name": "李调解", "role": "调解员", "membership": "聘任"})
        office.add_staff(session, admin, {"name": "刘律师", "role": "法律顾问"})
        office_id = office.the_office(session).id
        session.add_all([Committee(office_id=office_id, name=f"{n}村人民调解委员会", kind="村")
                         for n in ("幸福", "光明")])
        session.add(Committee(office_id=office_id, name="城南社区人民调解委员会", kind="居"))
        session.add(Committee(office_id=office_id, name="已撤销调委会", kind="村", active=False))
        session.add_all([
            Sweep(office_id=office_id, swept_on=dt.date(2025, 3, 7), area="幸福村",
                  swept_by="王调解", disputes_found=5, disputes_prevented=2),
            Sweep(office_id=office_id, swept_on=dt.date(2025, 3, 28), area="光明村",
                  swept_by="李调解", disputes_found=3, disputes_prevented=1),
            Sweep(office_id=office_id, swept_on=dt.date(2025, 2, 28), area="城南社区",
                  swept_by="李调解", disputes_found=4, disputes_prevented=4),
        ])
    cases = {
        # A: agreed in writing in March, performed, visited, confirmed, closed with prevention
        "A": walk(store, admin, [
            accept("2025-03-02"), session_on("2025-03-03"), agree("2025-03-05", "书面", "2000"),
            ("perform", {"date": "2025-03-10", "status": "已履行"}),
            ("follow-up", {"date": "2025-03-12", "visitor": "王调解", "notes": "已履行。"}),
            ("confirm", {"applied_on": "2025-03-15", "court": "城关区人民法院",
                         "decided_on": "2025-03-18", "result": "确认有效"}),
            ("close", {"date": "2025-03-20", "prevention": [{"kind": "民转刑", "persons": 2}]}),
        ], received_on="2025-03-01"),
        # B: received in February, oral agreement in March, three parties, own initiative
        "B": walk(store, admin, [
            accept("2025-02-21"), session_on("2025-02-25"), agree("2025-03-02", "口头", "3450"),
        ], received_on="2025-02-20", dispute_type="婚姻家庭", source="主动调解",
            parties=[*intake_data()["parties"], THIRD_PARTY]),
        # C: court-assigned, failed in March, visited afterwards
        "C": walk(store, admin, [
            accept("2025-03-06"), session_on("2025-03-10"),
            ("fail", {"date": "2025-03-20", "reason": "分歧过大", "told_other_routes": True}),
            ("follow-up", {"date": "2025-03-25", "visitor": "王调解", "notes": "已起诉。"}),
        ], received_on="2025-03-05", dispute_type="劳动争议", source="法院委派",
            referral=referral("城关区人民法院", "2025-03-05")),
        # D: police referral, terminated after a session: mediated, not succeeded
        "D": walk(store, admin, [
            accept("2025-03-05"), session_on("2025-03-06"),
            ("terminate", {"date": "2025-03-08", "reason": "申请人撤回"}),
        ], received_on="2025-03-04", dispute_type="合同", source="公安移交",
            referral=referral("城关派出所", "2025-03-04")),
        # E: a party refused before any session: terminated, never mediated
        "E": walk(store, admin, [
            accept("2025-03-03"),
            ("terminate", {"date": "2025-03-04", "reason": "被申请人拒绝调解",
                           "refused_by_party": True}),
        ], received_on="2025-03-02", dispute_type="物业"),
        # F: not accepted
        "F": walk(store, admin, [("reject", {"date": "2025-03-02", "reason": "人民法院已经受理"})],
                  received_on="2025-03-01"),
        # G: agreed in February; its performance and follow-up fall in March
        "G": walk(store, admin, [
            accept("2025-02-11"), session_on("2025-02-20"), agree("2025-02-27", "书面", "10000"),
            ("perform", {"date": "2025-03-03", "status": "已履行"}),
            ("follow-up", {"date": "2025-03-05", "visitor": "王调解", "notes": "已履行。"}),
        ], received_on="2025-02-10", dispute_type="损害赔偿"),
        # H: agreed in April
        "H": walk(store, admin, [
            accept("2025-03-26"), session_on("2025-03-30"), agree("2025-04-02", "书面", "800"),
        ], received_on="2025-03-25", dispute_type="道路交通事故", source="信访交办",
            referral=referral("城关信访局", "2025-03-25")),
        # I: still in mediation
        "I": walk(store, admin, [accept("2025-03-16"), session_on("2025-03-17")],
                  received_on="2025-03-15"),
    }
    return cases


@pytest.fixture
def generated_march(store: Store) -> Generated:
    """Forty cases concluded in March 2025 and one sweep, inserted directly: cheap volume."""
    with store.transaction() as session:
        office_id = office.the_office(session).id
        session.add(Sweep(office_id=office_id, swept_on=dt.date(2025, 3, 7), area="幸福村",
                          swept_by="王调解", disputes_found=3, disputes_prevented=1))
        return insert_cases(session, office_id, *MARCH, concluded=40, failed=4)
