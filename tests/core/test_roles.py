"""Each role calling the services: what it may change and which personal data it sees."""

from __future__ import annotations

import datetime as dt

import pytest

from mediation_app.domain.enums import UserRole
from mediation_app.errors import PermissionDenied
from mediation_app.services import auth, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, intake, queries, views
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case
from tests.conftest import days_ago, intake_data


@pytest.fixture
def people(store: Store, admin: Actor) -> dict[str, Actor]:
    with store.transaction() as session:
        wang = office.add_staff(session, admin, {"name": "王调解", "role": "调解员"})
        li = office.add_staff(session, admin, {"name": "李调解", "role": "调解员"})
        return {
            "wang": auth.create_user(session, admin, username="wang", password="Wang-2026x",
                                     role=UserRole.MEDIATOR, staff_id=wang["id"]),
            "li": auth.create_user(session, admin, username="li", password="Li-2026xx",
                                   role=UserRole.MEDIATOR, staff_id=li["id"]),
            "stats": auth.create_user(session, admin, username="tongji", password="Tongji-2026",
                                      role=UserRole.STATISTICIAN),
        }


def assigned_to_wang(store: Store, actor: Actor, **overrides: object) -> int:
    with store.transaction() as session:
        case = intake.register(session, actor, intake_data(**overrides))
        actions.act(session, actor, case.id, "accept", {"date": days_ago(19),
                                                        "mediators": ["王调解"]})
        return case.id


def shown(store: Store, actor: Actor, case_id: int) -> dict[str, object]:
    with store.transaction(write=False) as session:
        return views.case_dict(session, actor, session.get(Case, case_id))


def test_mediators_change_only_their_cases(store: Store, people: dict[str, Actor]) -> None:
    case_id = assigned_to_wang(store, people["wang"])  # unassigned intake: anyone may take it
    with pytest.raises(PermissionDenied), store.transaction() as session:
        actions.act(session, people["li"], case_id, "session",
                    {"date": days_ago(10), "place": "调解室", "record": "x"})
    assert shown(store, people["li"], case_id)["editable"] is False
    assert shown(store, people["li"], case_id)["parties"][0]["id_number"] == "110105194912310038"


def test_sensitive_cases_hide_personal_data(store: Store, admin: Actor,
                                            people: dict[str, Actor]) -> None:
    case_id = assigned_to_wang(store, admin, sensitive=True)
    own = shown(store, people["wang"], case_id)
    other = shown(store, people["li"], case_id)
    assert own["parties"][0]["id_number"] == "110105194912310038"
    assert other["parties"][0]["id_number"] == "1101**********0038"
    assert other["summary"] is None and other["parties"][0]["phone"] == "138****8000"
    with store.transaction(write=False) as session:
        rows = queries.rows(session, people["li"], [case_id], dt.date.today())
    assert rows[0]["parties"] == ["（不可见）"]


def test_statisticians_see_no_personal_data(store: Store, admin: Actor,
                                            people: dict[str, Actor]) -> None:
    case_id = assigned_to_wang(store, admin)
    seen = shown(store, people["stats"], case_id)
    assert seen["summary"] is None
    assert seen["parties"][0]["id_number"] == "1101**********0038"
    with pytest.raises(PermissionDenied), store.transaction() as session:
        actions.act(session, people["stats"], case_id, "extend",
                    {"until": days_ago(-40), "parties_consented": True})
