"""The due lists: overdue, due this week, follow-ups, confirmation windows, feedback."""

from __future__ import annotations

import datetime as dt
from typing import Any

from mediation_app.services import office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, agenda, intake
from mediation_app.storage.engine import Store
from tests.conftest import days_ago, intake_data


def ids(lists: dict[str, list[dict[str, Any]]], name: str) -> set[int]:
    return {row["id"] for row in lists[name]}


def test_agenda_lists(store: Store, admin: Actor) -> None:
    referral = {"unit": "城关区人民法院", "doc_number": "（2026）诉前调15号",
                "date": days_ago(61), "deadline": days_ago(-3)}
    with store.transaction() as session:
        office.add_staff(session, admin, {"name": "王调解", "role": "调解员"})
        accept = {"mediators": ["王调解"]}
        late = intake.register(session, admin, intake_data(received_on=days_ago(60)))
        actions.act(session, admin, late.id, "accept", dict(accept, date=days_ago(59)))
        soon = intake.register(session, admin, intake_data(received_on=days_ago(26)))
        actions.act(session, admin, soon.id, "accept", dict(accept, date=days_ago(25)))
        referred = intake.register(session, admin, intake_data(
            received_on=days_ago(60), source="法院委派", referral=referral))
        actions.act(session, admin, referred.id, "accept", dict(accept, date=days_ago(59)))
        actions.act(session, admin, referred.id, "session", {
            "date": days_ago(50), "place": "调解室", "record": "调解。"})
        actions.act(session, admin, referred.id, "agree", {
            "kind": "书面", "date": days_ago(25), "terms": ["赔偿一千元。"],
            "performance": {"deadline": days_ago(10)}})
        lists = agenda.agenda(session, admin, dt.date.today())
    assert late.id in ids(lists, "overdue")
    assert soon.id in ids(lists, "due_this_week") and soon.id not in ids(lists, "overdue")
    assert referred.id in ids(lists, "follow_ups_due")
    assert referred.id in ids(lists, "confirmation_closing")
    assert referred.id in ids(lists, "feedback_owed")
    with store.transaction() as session:
        actions.act(session, admin, referred.id, "feedback", {"date": days_ago(1),
                                                              "note": "已达成协议"})
        actions.act(session, admin, referred.id, "follow-up", {
            "date": days_ago(1), "visitor": "王调解", "notes": "已履行。",
            "next_due_on": days_ago(-30)})
        lists = agenda.agenda(session, admin, dt.date.today())
    assert referred.id not in ids(lists, "feedback_owed")
    assert referred.id not in ids(lists, "follow_ups_due")
