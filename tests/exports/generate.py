"""Many concluded cases written straight into the tables (no services), for volume tests.

Returns what was generated, so a test compares the report with it and not with itself.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from mediation_app.domain.enums import CaseStatus, DisputeType, Source
from mediation_app.storage.models import Agreement, Case, Party


@dataclass
class Generated:
    mediated: int = 0
    succeeded: int = 0
    written: int = 0
    oral: int = 0
    amount: Decimal = Decimal(0)
    by_type: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_source: Counter[str] = field(default_factory=Counter)


def insert_cases(session: Session, office_id: int, first: dt.date, last: dt.date,
                 concluded: int, failed: int, *, seed: int = 7) -> Generated:
    """``concluded`` cases between ``first`` and ``last``, of which ``failed`` failed."""
    rng = random.Random(seed)
    start = (session.scalar(select(func.max(Case.id))) or 0) + 1
    days = (last - first).days
    cases, agreements, parties = [], [], []
    out = Generated()
    for i in range(concluded):
        case_id = start + i
        day = first + dt.timedelta(days=rng.randint(0, days))
        kind = rng.choice(list(DisputeType)).value
        source = rng.choice(list(Source))
        won = i >= failed
        number = f"（{day.year}）批量人调字第{case_id}号"
        cases.append({
            "id": case_id, "office_id": office_id, "year": day.year, "seq": case_id,
            "number": number, "dispute_type": kind, "source": source.value,
            "status": (CaseStatus.AGREED if won else CaseStatus.FAILED).value,
            "received_on": day, "accepted_on": day, "summary": "批量生成的案件。",
            "failed_on": None if won else day, "risk_level": "low",
        })
        parties += [{"case_id": case_id, "position": p, "role": "当事人", "kind": "自然人",
                     "name": f"当事人{case_id}-{p}"} for p in range(2)]
        out.mediated += 1
        out.by_type[(kind, "mediated")] += 1
        out.by_source[source.statistics_group] += 1
        if source.is_referral:
            out.by_source[source.value] += 1
        if won:
            agreement_kind = "书面" if rng.random() < 0.7 else "口头"
            amount = Decimal(rng.randint(0, 5_000_000)) / 100
            agreements.append({"case_id": case_id, "kind": agreement_kind, "number": number,
                               "agreed_on": day, "effective_on": day, "amount": amount})
            out.succeeded += 1
            out.by_type[(kind, "succeeded")] += 1
            out.written += agreement_kind == "书面"
            out.oral += agreement_kind == "口头"
            out.amount += amount
    session.execute(insert(Case), cases)
    session.execute(insert(Agreement), agreements)
    session.execute(insert(Party), parties)
    return out
