"""Hand adjustments (手工调整): a figure the records cannot give, entered with a reason."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.errors import ValidationError
from mediation_app.exports import roles
from mediation_app.exports.columns import find_column
from mediation_app.exports.statistics import compute, month_range
from mediation_app.services import audit, office
from mediation_app.services.actor import Actor
from mediation_app.storage.models import StatsAdjustment

MAX_DELTA = 100_000


def add_adjustment(session: Session, actor: Actor, month: str, column: str, delta: Any,
                   reason: Any, *, today: dt.date | None = None) -> dict[str, Any]:
    """Validate, refuse a change that would make the month's figure negative, audit."""
    roles.require(actor, roles.STATISTICS, "录入手工调整", "statisticians and administrators adjust")
    first, _last = month_range(month)
    if first > (today or dt.date.today()):
        raise ValidationError("不能调整尚未开始的月份", "month is in the future", field="month")
    chosen = find_column(column) if isinstance(column, str) else None
    if chosen is None or not chosen.adjustable:
        raise ValidationError(
            f"无法调整的栏目：{column}（栏目代码如 mediated、by_type.邻里纠纷.mediated、"
            "prevented.自杀.persons；成功率与金额不能手工调整，完整列表见 docs/statistics.md）",
            "unknown or non-adjustable column", field="column")
    amount = v.count(delta, "delta", "调整数", minimum=-MAX_DELTA, maximum=MAX_DELTA)
    if not amount:
        raise ValidationError("调整数不能为空或为 0", "delta must be a non-zero integer",
                              field="delta")
    text = v.text(reason, "reason", "调整理由", required=True, max_len=2000)
    month_key = first.strftime("%Y-%m")
    current = compute(session, *month_range(month_key)).counts[chosen.key]
    if current + amount < 0:
        raise ValidationError(f"调整后“{chosen.label}”为 {current + amount}，不能为负数",
                              "the adjusted figure would be negative", field="delta")
    row = StatsAdjustment(office_id=office.the_office(session).id, month=month_key,
                          column=chosen.key, delta=amount, reason=text,
                          entered_by=actor.username)
    session.add(row)
    session.flush()
    changes = {"month": month_key, "column": chosen.key, "delta": amount, "reason": text}
    audit.record(session, actor, "create", "stats_adjustment", row.id, changes=changes)
    return {"id": row.id, **changes, "label": chosen.label, "before": current,
            "after": current + amount}
