"""The office's risk rules: checked, versioned, audited, used by assessment; open cases re-assessed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mediation_app.domain.enums import RiskLevel, UserRole
from mediation_app.errors import PermissionDenied, ValidationError
from mediation_app.risk import load_rules
from mediation_app.services import office_rules, risk_cases, risk_reassess
from mediation_app.services.actor import Actor
from mediation_app.services.cases import intake
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent
from tests.conftest import intake_data

SHIPPED = load_rules().version


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def events(store: Store) -> list[tuple[str, dict]]:
    """(action, changes) of the risk-rules audit events, oldest first."""
    with store.transaction(write=False) as session:
        return [(e.action, e.changes) for e in session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "risk_rules").order_by(AuditEvent.id))]


def test_friendly_edits_bump_the_version_and_keep_the_rest(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        assert office_rules.describe(session)["source"] == "shipped"
        shown = office_rules.edit(session, admin, scheme="four",
                                  labels={"orange": "橙色", "low": "蓝色"},
                                  thresholds={"orange_score": 10})
    assert shown["source"] == "office"
    assert shown["version"] == f"{SHIPPED}-office.1"
    assert shown["scheme"] == "four" and shown["orange_score"] == 10
    assert shown["labels"] == {"high": "红", "orange": "橙色", "medium": "黄", "low": "蓝色"}
    text = shown["text"]
    assert "# four-colour scheme: medium cases at or above this are 橙" in text
    assert text.replace("橙色", "橙").replace("蓝色", "蓝").count("\n") == \
        office_rules.shipped_text().count("\n")
    with store.transaction() as session:
        rules = office_rules.rules_for(session)
        assert rules.label_for(RiskLevel.MEDIUM, 12) == "橙色"
        assert rules.label_for(RiskLevel.MEDIUM, 6) == "黄"
        again = office_rules.edit(session, admin, thresholds={"medium_score": 6})
    assert again["version"] == f"{SHIPPED}-office.2" and again["medium_score"] == 6
    changes = [c for _a, c in events(store)]
    assert [c["after"]["version"] for c in changes] == [f"{SHIPPED}-office.1",
                                                         f"{SHIPPED}-office.2"]
    assert changes[0]["before"]["version"] == SHIPPED


def test_invalid_text_is_never_saved_and_problems_have_lines(store: Store, admin: Actor
                                                             ) -> None:
    shipped = office_rules.shipped_text()
    bad_type = shipped.replace("medium_score = 4", 'medium_score = "五"', 1)
    bad_label = shipped.replace('medium = "黄"\n', "", 1)
    bad_syntax = shipped.replace("high_score = 16", "high_score = = 16", 1)
    for text, line in ((bad_type, line_of(bad_type, "medium_score")),
                       (bad_label, line_of(bad_label, "[levels.labels.three]")),
                       (bad_syntax, line_of(bad_syntax, "high_score"))):
        rules, problems = office_rules.check_text(text.replace(SHIPPED, "2099.1", 1))
        assert rules is None and [p.line for p in problems] == [line], problems
        with store.transaction() as session, pytest.raises(ValidationError) as err:
            office_rules.save(session, admin, text.replace(SHIPPED, "2099.1", 1))
        assert f"第{line}行" in err.value.message
    with store.transaction(write=False) as session:
        assert office_rules.stored_text(session) is None
    assert events(store) == []


def test_a_changed_text_needs_a_new_version(store: Store, admin: Actor) -> None:
    changed = office_rules.shipped_text().replace("high_score = 16", "high_score = 18", 1)
    with store.transaction() as session, pytest.raises(ValidationError) as err:
        office_rules.save(session, admin, changed)
    assert "version" in err.value.message and f"{SHIPPED}-office.1" in err.value.message
    with store.transaction() as session:
        shown = office_rules.save(session, admin, changed.replace(SHIPPED, "2026.9", 1))
        assert shown["version"] == "2026.9" and shown["high_score"] == 18
        # saving the same text again changes nothing and records nothing
        office_rules.save(session, admin, shown["text"])
    assert len(events(store)) == 1


def test_rights_and_revert(store: Store, admin: Actor) -> None:
    clerk = Actor(user_id=None, username="clerk", role=UserRole.MEDIATOR)
    with store.transaction() as session:
        with pytest.raises(PermissionDenied):
            office_rules.edit(session, clerk, scheme="four")
        with pytest.raises(ValidationError):
            office_rules.edit(session, admin, labels={"orange": "橙"})  # not in "three"
        with pytest.raises(ValidationError):
            office_rules.edit(session, admin, scheme="three")  # nothing changes
        office_rules.edit(session, admin, labels={"high": "红色"})
        shown = office_rules.revert(session, admin)
    assert shown["source"] == "shipped" and shown["version"] == SHIPPED
    assert [a for a, _c in events(store)] == ["update", "revert"]


def test_assessment_uses_the_office_rules_and_open_cases_are_reassessed(
        store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        first = intake.register(session, admin, intake_data()).id
        second = intake.register(session, admin, intake_data()).id
    with store.transaction() as session:
        shown = office_rules.edit(session, admin, thresholds={"medium_score": 0.1,
                                                               "high_score": 0.2})
    version = shown["version"]
    with store.transaction(write=False) as session:
        before = risk_cases.history(session, first)
    assert [h["rules_version"] for h in before["history"]] == [SHIPPED]
    seen: list[tuple[int, int]] = []
    result = risk_reassess.reassess_open(store, admin, batch=1,
                                         progress=lambda d, t: seen.append((d, t)))
    assert result["rules_version"] == version and result["reassessed"] == 2
    assert seen == [(1, 2), (2, 2)]
    with store.transaction(write=False) as session:
        after = risk_cases.history(session, second)
        assert [h["rules_version"] for h in after["history"]] == [SHIPPED, version]
        assert after["history"][-1]["trigger"] == risk_reassess.TRIGGER
        assert risk_reassess.stale_case_ids(session, version) == []
    again = risk_reassess.reassess_open(store, admin)
    assert again["reassessed"] == 0 and again["complete"]
    assert [a for a, _c in events(store)][-2:] == ["reassess", "reassess"]
    with store.transaction() as session:
        # after a revert the next office version goes past the one the history names
        office_rules.revert(session, admin)
        assert office_rules.next_version(session, SHIPPED) == f"{SHIPPED}-office.2"


def test_cancelled_reassessment_keeps_finished_batches(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        for _ in range(3):
            intake.register(session, admin, intake_data())
        office_rules.edit(session, admin, labels={"low": "平稳"})
    calls = iter([False, True])
    result = risk_reassess.reassess_open(store, admin, batch=2, cancelled=lambda: next(calls))
    assert result["reassessed"] == 2 and not result["complete"]
    with pytest.raises(PermissionDenied):
        risk_reassess.reassess_open(store, Actor(user_id=None, username="m",
                                                 role=UserRole.MEDIATOR))


def test_office_rules_are_parsed_once(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        office_rules.edit(session, admin, scheme="four")
    with store.transaction(write=False) as session:
        first = office_rules.rules_for(session)
        assert office_rules.rules_for(session) is first
