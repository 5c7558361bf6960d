"""The audit chain detects edits, deletions and reordering made behind the application."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mediation_app.services import audit, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import intake
from mediation_app.storage.engine import Store
from tests.conftest import intake_data


@pytest.fixture
def chain(store: Store, admin: Actor) -> Store:
    with store.transaction() as session:
        for _ in range(3):
            intake.register(session, admin, intake_data())
        office.add_staff(session, admin, {"name": "王调解", "role": "调解员"})
    with store.transaction(write=False) as session:
        assert audit.verify(session).ok
    return store


def verify(store: Store) -> audit.ChainReport:
    with store.transaction(write=False) as session:
        return audit.verify(session)


def test_intact_chain(chain: Store) -> None:
    report = verify(chain)
    assert report.ok and report.events >= 6


def test_edited_event_detected(chain: Store) -> None:
    with chain.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET username = 'mallory' WHERE id = 4"))
    report = verify(chain)
    assert not report.ok and report.first_broken_id == 4


def test_deleted_event_detected(chain: Store) -> None:
    with chain.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE id = 3"))
    report = verify(chain)
    assert not report.ok and report.first_broken_id == 3


def test_deleted_last_event_changes_nothing_before_it(chain: Store) -> None:
    with chain.engine.begin() as conn:
        last = conn.execute(text("SELECT max(id) FROM audit_event")).scalar()
        conn.execute(text("UPDATE audit_event SET changes = '{}' WHERE id = :i"), {"i": last})
    assert verify(chain).first_broken_id == last


def test_reordered_events_detected(chain: Store) -> None:
    with chain.engine.begin() as conn:
        conn.execute(text("UPDATE audit_event SET id = 1000 WHERE id = 2"))
        conn.execute(text("UPDATE audit_event SET id = 2 WHERE id = 3"))
        conn.execute(text("UPDATE audit_event SET id = 3 WHERE id = 1000"))
    report = verify(chain)
    assert not report.ok and report.first_broken_id == 2


def test_personal_data_masked_in_log_view() -> None:
    masked = audit.masked_changes({"parties.0.id_number": {"before": None,
                                                          "after": "41010519491231123X"},
                                   "phone": "13800138000"})
    assert masked["parties.0.id_number"]["after"] == "4101**********123X"
    assert masked["phone"] == "138****8000"


def test_reset_password_forces_a_change(store: Store, admin: Actor) -> None:
    from mediation_app.domain.enums import UserRole
    from mediation_app.services import auth

    with store.transaction() as session:
        auth.create_user(session, admin, username="wang", password="Wang-2026x",
                         role=UserRole.MEDIATOR)
        auth.reset_password(session, admin, "wang", "Temp-2026x")
    with store.transaction() as session:
        assert auth.authenticate(session, "wang", "Temp-2026x").must_change_password
