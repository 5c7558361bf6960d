"""After demo data the application keeps working: ids, sequences and numbers continue.

Runs on SQLite, and on PostgreSQL when MEDIATION_TEST_PG_URL is set (see tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from mediation_app.demo import generate, generator
from mediation_app.services.actor import Actor
from mediation_app.services.cases import intake
from mediation_app.storage.engine import Store
from mediation_app.storage.models import Case, Party, RiskAssessment
from tests.conftest import intake_data


@pytest.mark.parametrize("large", [False, True], ids=["batches", "large-load"])
def test_the_app_registers_cases_after_demo_data(store: Store, admin: Actor, large: bool,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A large load makes the cases in a second process (and on SQLite is one bulk load)."""
    if large:
        monkeypatch.setattr(generator, "BULK_MIN_CASES", 1)
        monkeypatch.setattr(generator, "BATCH_CASES", 25)
    today = dt.date.today()
    summary = generate(store, cases=60, today=today)
    with store.transaction() as session:
        case = intake.register(session, admin, intake_data(received_on=today.isoformat()),
                               today=today)
        number, case_id = case.number, case.id
    with store.transaction(write=False) as session:
        assert case_id == session.scalar(select(func.max(Case.id))) == 61
        assert session.scalar(select(func.count()).select_from(Party).where(
            Party.case_id == case_id)) == 2
        assert session.scalar(select(func.count()).select_from(RiskAssessment)) == 61
    assert summary["numbers"][1].endswith("第60号") and number.endswith("第61号")
