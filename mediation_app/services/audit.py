"""The tamper-evident audit trail.

Each event's hash covers its own content and the previous event's hash, so editing,
deleting or reordering any event breaks the chain from that point on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from mediation_app.domain.idcard import mask
from mediation_app.services.actor import Actor
from mediation_app.storage.models import AuditEvent
from mediation_app.storage.types import utcnow

GENESIS = "0" * 64
PERSONAL_FIELDS = frozenset({"id_number", "phone", "address", "birth_date"})
# an arbitrary constant: PostgreSQL writers queue on it to extend the chain one at a time
_PG_CHAIN_LOCK = 7_305_112


def _digest(prev_hash: str, event_id: int, at: dt.datetime, username: str, case_id: int | None,
            action: str, entity: str, entity_id: int | None, changes: Any) -> str:
    payload = json.dumps(
        [event_id, at.astimezone(dt.UTC).isoformat(), username, case_id, action, entity,
         entity_id, changes],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str,
    )
    return hashlib.sha256((prev_hash + payload).encode()).hexdigest()


def jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return str(value)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None = None,
    *,
    case_id: int | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain, inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_CHAIN_LOCK})
    last = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    prev_hash = last.hash if last else GENESIS
    event_id = (last.id if last else 0) + 1
    at = utcnow()
    payload = jsonable(changes or {})
    event = AuditEvent(
        id=event_id, at=at, username=actor.username, case_id=case_id, action=action,
        entity=entity, entity_id=entity_id, changes=payload, prev_hash=prev_hash,
        hash=_digest(prev_hash, event_id, at, actor.username, case_id, action, entity,
                     entity_id, payload),
    )
    session.add(event)
    session.flush()
    return event


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Field-level before/after for the fields that changed."""
    return {
        key: {"before": jsonable(before.get(key)), "after": jsonable(value)}
        for key, value in after.items()
        if before.get(key) != value
    }


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events: int
    first_broken_id: int | None = None
    problem: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "events": self.events, "first_broken_id": self.first_broken_id,
                "problem": self.problem}


def verify(session: Session, batch: int = 5000) -> ChainReport:
    """Walk the chain in id order; report the first event whose link does not hold."""
    prev_hash, expected_id, count = GENESIS, 1, 0
    last_id = 0
    while True:
        rows = session.execute(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)
        ).scalars().all()
        if not rows:
            return ChainReport(ok=True, events=count)
        for ev in rows:
            count += 1
            if ev.id != expected_id:
                return ChainReport(False, count, expected_id, f"事件 {expected_id} 缺失（已被删除）")
            if ev.prev_hash != prev_hash:
                return ChainReport(False, count, ev.id, f"事件 {ev.id} 与前一事件的链接不符")
            digest = _digest(prev_hash, ev.id, ev.at, ev.username, ev.case_id, ev.action,
                             ev.entity, ev.entity_id, ev.changes)
            if digest != ev.hash:
                return ChainReport(False, count, ev.id, f"事件 {ev.id} 的内容已被修改")
            prev_hash, expected_id, last_id = ev.hash, ev.id + 1, ev.id
        session.expunge_all()


def masked_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """The log view shows personal data masked."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        leaf = key.rsplit(".", 1)[-1]
        if leaf in PERSONAL_FIELDS and isinstance(value, dict):
            out[key] = {k: _mask_value(leaf, v) for k, v in value.items()}
        elif leaf in PERSONAL_FIELDS:
            out[key] = _mask_value(leaf, value)
        elif isinstance(value, dict):
            out[key] = masked_changes(value)
        else:
            out[key] = value
    return out


def _mask_value(field: str, value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    if field == "id_number":
        return mask(value)
    if field == "phone":
        return value[:3] + "*" * max(len(value) - 7, 0) + value[-4:] if len(value) > 7 else "****"
    return value[:2] + "…" if field == "address" else "****"
