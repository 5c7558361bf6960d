"""Random and hostile input at intake and every action: stored exactly or refused, nothing partial."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mediation_app.errors import AppError
from mediation_app.services import office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import actions, intake
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent, Case, Party
from tests.conftest import days_ago, intake_data

HOSTILE_TEXT = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["'; DROP TABLE \"case\"; --", "\x00\x07控制", "a" * 30000, "\u202e反向",
                     "%_\\", "😀𠮷", "", "   ", "1 OR 1=1"]),
)
ANY_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), HOSTILE_TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=10,
)
FIELDS = ["dispute_type", "source", "received_on", "summary", "amount", "persons_involved",
          "referral", "parties", "sensitive", "requests"]
PARTY_FIELDS = ["role", "kind", "name", "sex", "birth_date", "id_number", "phone", "age",
                "address", "ethnicity"]
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def counts(store: Store) -> tuple[int, int, int]:
    with store.transaction(write=False) as session:
        return tuple(session.scalar(select(func.count()).select_from(m))  # type: ignore[return-value]
                     for m in (Case, Party, AuditEvent))


def attempt_intake(store: Store, admin: Actor, data: Any) -> None:
    before = counts(store)
    try:
        with store.transaction() as session:
            case = intake.register(session, admin, data)
            stored_summary = case.summary
    except AppError as exc:
        assert exc.message
        assert counts(store) == before
        return
    assert counts(store)[0] == before[0] + 1
    assert stored_summary == data["summary"].strip()


@SETTINGS
@given(field=st.sampled_from(FIELDS), value=ANY_VALUE)
def test_intake_field_mutations(store: Store, admin: Actor, field: str, value: Any) -> None:
    attempt_intake(store, admin, intake_data(**{field: value}))


@SETTINGS
@given(index=st.integers(0, 1), field=st.sampled_from(PARTY_FIELDS), value=ANY_VALUE)
def test_party_field_mutations(store: Store, admin: Actor, index: int, field: str, value: Any
                               ) -> None:
    data = intake_data()
    data["parties"][index][field] = value
    attempt_intake(store, admin, data)


@SETTINGS
@given(payload=ANY_VALUE)
def test_whole_payload_garbage(store: Store, admin: Actor, payload: Any) -> None:
    attempt_intake(store, admin, payload)


@pytest.fixture
def accepted_case(store: Store, admin: Actor) -> int:
    with store.transaction() as session:
        office.add_staff(session, admin, {"name": "王调解", "role": "调解员"})
        case = intake.register(session, admin, intake_data())
        actions.act(session, admin, case.id, "accept",
                    {"date": days_ago(19), "mediators": ["王调解"], "rights_notice_on": days_ago(19)})
        return case.id


@SETTINGS
@given(action=st.sampled_from(["session", "agree", "fail", "terminate", "extend",
                               "report-police", "close", "follow-up", "perform", "confirm"]),
       payload=st.dictionaries(st.sampled_from(
           ["date", "place", "record", "participants", "kind", "terms", "reason", "until",
            "told_other_routes", "parties_consented", "station", "status", "amount"]),
           ANY_VALUE, max_size=6))
def test_actions_with_garbage(store: Store, admin: Actor, accepted_case: int, action: str,
                              payload: dict[str, Any]) -> None:
    before = counts(store)
    with store.transaction(write=False) as session:
        version = session.get(Case, accepted_case).version
    try:
        with store.transaction() as session:
            actions.act(session, admin, accepted_case, action, payload)
    except AppError as exc:
        assert exc.message
        assert counts(store) == before
        with store.transaction(write=False) as session:
            assert session.get(Case, accepted_case).version == version

