"""Dispute sweeps (矛盾纠纷排查): the records behind the report's first three columns."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.errors import ValidationError
from mediation_app.exports import roles
from mediation_app.services import audit, office
from mediation_app.services.actor import Actor
from mediation_app.storage.models import Case, Sweep

SWEEP_KEYS = frozenset({"swept_on", "area", "swept_by", "disputes_found", "disputes_prevented",
                        "notes"})


def add_sweep(session: Session, actor: Actor, data: Any, *, today: dt.date | None = None
              ) -> dict[str, Any]:
    """Record one sweep; disputes prevented are among those found, so never more."""
    roles.require(actor, roles.SWEEPS, "登记排查", "mediators, statisticians and administrators")
    d = v.mapping(data, "sweep", "排查记录")
    unknown = set(d) - SWEEP_KEYS
    if unknown:
        raise ValidationError(f"未知字段：{'、'.join(sorted(unknown))}", "unknown keys")
    found = v.count(d.get("disputes_found"), "disputes_found", "发现纠纷件数") or 0
    prevented = v.count(d.get("disputes_prevented"), "disputes_prevented", "预防纠纷件数") or 0
    if prevented > found:
        raise ValidationError("预防纠纷件数不能多于发现纠纷件数", "prevented exceeds found",
                              field="disputes_prevented")
    row = Sweep(
        office_id=office.the_office(session).id,
        swept_on=v.date(d.get("swept_on"), "swept_on", "排查日期", required=True, today=today),
        area=v.text(d.get("area"), "area", "排查范围", required=True, max_len=200),
        swept_by=v.text(d.get("swept_by"), "swept_by", "排查人", required=True, max_len=200),
        disputes_found=found, disputes_prevented=prevented,
        notes=v.text(d.get("notes"), "notes", "排查情况", max_len=20000),
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "sweep", row.id,
                 changes={"swept_on": row.swept_on, "area": row.area, "found": found,
                          "prevented": prevented})
    return sweep_dict(row, 0)


def sweep_dict(row: Sweep, cases: int) -> dict[str, Any]:
    return {"id": row.id, "swept_on": row.swept_on, "area": row.area, "swept_by": row.swept_by,
            "disputes_found": row.disputes_found, "disputes_prevented": row.disputes_prevented,
            "notes": row.notes, "cases": cases}


def list_sweeps(session: Session, actor: Actor, date_from: dt.date | None = None,
                date_to: dt.date | None = None) -> list[dict[str, Any]]:
    """Sweeps, newest first, each with the number of cases opened from it."""
    roles.require(actor, roles.SWEEPS, "查看排查记录", "mediators, statisticians and administrators")
    linked = (select(func.count(Case.id)).where(Case.sweep_id == Sweep.id)
              .correlate(Sweep).scalar_subquery())
    query = select(Sweep, linked).order_by(Sweep.swept_on.desc(), Sweep.id.desc())
    if date_from is not None:
        query = query.where(Sweep.swept_on >= date_from)
    if date_to is not None:
        query = query.where(Sweep.swept_on <= date_to)
    return [sweep_dict(row, cases) for row, cases in session.execute(query)]
