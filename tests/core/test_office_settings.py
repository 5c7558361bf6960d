"""Office-edited settings: ranges, the office profile, the roster's phone and training date."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mediation_app.domain.enums import UserRole
from mediation_app.errors import PermissionDenied, ValidationError
from mediation_app.services import office
from mediation_app.services.actor import Actor
from mediation_app.storage.engine import Store
from mediation_app.storage.models import AuditEvent

CLERK = Actor(user_id=None, username="clerk", role=UserRole.MEDIATOR)


def audited(store: Store, entity: str) -> list[dict]:
    with store.transaction(write=False) as session:
        return [e.changes for e in session.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))]


@pytest.mark.parametrize(("key", "value"), [
    ("deadline_days", 0), ("deadline_days", -5), ("deadline_days", 366),
    ("confirmation_window_days", 0), ("confirmation_warn_days", -1),
    ("referral_deadline_days", 0), ("attachment_max_mb", 0), ("attachment_max_mb", 201),
    ("idle_lock_minutes", 0), ("retention", "十年"), ("deadline_days", True),
    ("retention_years", {"永久": None, "长期": 0, "短期": 10}),
])
def test_out_of_range_settings_are_refused(store: Store, admin: Actor, key: str,
                                           value: object) -> None:
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        office.set_setting(session, admin, key, value)
    assert caught.value.field == key
    with store.transaction(write=False) as session:
        assert office.settings(session)[key] == office.DEFAULT_SETTINGS[key]
    assert audited(store, "setting") == []


def test_every_numeric_setting_has_a_range() -> None:
    numeric = {k for k, v in office.DEFAULT_SETTINGS.items()
               if isinstance(v, int) and not isinstance(v, bool)}
    assert numeric == set(office.SETTING_RANGES)


def test_in_range_setting_saved_and_audited(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        office.set_setting(session, admin, "deadline_days", 1)
        office.set_setting(session, admin, "deadline_days", 365)
    with store.transaction(write=False) as session:
        assert office.settings(session)["deadline_days"] == 365
    assert audited(store, "setting") == [{"deadline_days": {"before": 30, "after": 1}},
                                         {"deadline_days": {"before": 1, "after": 365}}]


def test_profile_edited_validated_and_audited(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        before = office.profile(session)
        after = office.update_profile(session, admin, {
            "name": " 城南司法所 ", "address": "城南路1号", "phone": "0371-6543210",
            "prefix": "城南"})
    assert after["name"] == "城南司法所" and after["phone"] == "0371-6543210"
    assert after["code"] == before["code"] and after["committee"] == before["committee"]
    [changes] = audited(store, "office")[-1:]
    assert changes["name"] == {"before": before["name"], "after": "城南司法所"}
    assert changes["prefix"] == {"before": before["prefix"], "after": "城南"}
    for bad, field in (({"phone": "12345"}, "phone"), ({"prefix": "城 南"}, "prefix"),
                       ({"name": ""}, "name"), ({"code": "X"}, "code"),
                       ({"colour": "红"}, "colour")):
        with pytest.raises(ValidationError) as caught, store.transaction() as session:
            office.update_profile(session, admin, bad)
        assert caught.value.field == field
    with pytest.raises(PermissionDenied), store.transaction() as session:
        office.update_profile(session, CLERK, {"name": "别处"})
    with store.transaction(write=False) as session:
        assert office.profile(session)["name"] == "城南司法所"


def test_staff_lists_phone_and_training_date(store: Store, admin: Actor) -> None:
    with store.transaction() as session:
        office.add_staff(session, admin, {"name": "王调解", "role": "调解员",
                                          "phone": "13800138000", "trained_on": "2026-03-01"})
        [staff] = office.list_staff(session)
    assert staff["phone"] == "13800138000" and staff["trained_on"] == "2026-03-01"
