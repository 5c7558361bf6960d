"""Scanned agreements, receipts and evidence, kept inside the encrypted store."""

from __future__ import annotations

import hashlib
from pathlib import PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.domain import validation as v
from mediation_app.errors import PermissionDenied, ValidationError
from mediation_app.services import audit, office
from mediation_app.services.actor import Actor
from mediation_app.services.cases import access
from mediation_app.storage.models import Attachment, AttachmentBlob, Party

CATEGORIES = ("身份证明", "申请书", "协议书", "履行凭证", "证据", "授权委托书", "司法确认材料",
              "调查记录", "其他")
# what a file really is, by its first bytes: the extension is not trusted
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)


def sniff(content: bytes) -> str | None:
    for magic, media_type in SIGNATURES:
        if content.startswith(magic):
            return media_type
    return None


def add(session: Session, actor: Actor, case_id: int, *, filename: str, content: bytes,
        category: str, title: str | None = None, party_id: int | None = None) -> dict[str, Any]:
    """Store a file after checking its size and real type; a party's ID proof is linked."""
    case = access.load_for_edit(session, actor, case_id)
    if category not in CATEGORIES:
        raise ValidationError(f"附件类别应为：{'、'.join(CATEGORIES)}", "unknown category",
                              field="category")
    name = PurePath(filename.replace("\\", "/")).name
    name = v.text(name, "filename", "文件名", required=True, max_len=255) or ""
    limit_mb = office.settings(session)["attachment_max_mb"]
    if len(content) > limit_mb * 1024 * 1024:
        raise ValidationError(f"附件过大（最多 {limit_mb} MB）", "attachment too large",
                              field="content")
    if not content:
        raise ValidationError("附件是空文件", "empty attachment", field="content")
    media_type = sniff(content)
    if media_type is None:
        raise ValidationError("只接受 PDF、PNG 或 JPEG 文件", "unsupported file type",
                              field="content")
    row = Attachment(case_id=case.id, category=category,
                     title=v.text(title, "title", "标题", max_len=200) or name, filename=name,
                     media_type=media_type, size=len(content),
                     sha256=hashlib.sha256(content).hexdigest(), created_by=actor.user_id)
    session.add(row)
    session.flush()
    session.add(AttachmentBlob(attachment_id=row.id, content=content))
    if party_id is not None:
        party = session.get(Party, party_id)
        if party is None or party.case_id != case.id:
            raise ValidationError("该当事人不属于本案", "party not in this case", field="party_id")
        party.identity_proof_id = row.id
    audit.record(session, actor, "attach", "attachment", row.id, case_id=case.id,
                 changes={"filename": name, "category": category, "size": len(content),
                          "sha256": row.sha256})
    return {"id": row.id, "filename": name, "media_type": media_type, "size": len(content)}


def listing(session: Session, case_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(select(Attachment).where(Attachment.case_id == case_id)
                           .order_by(Attachment.id))
    return [{"id": a.id, "category": a.category, "title": a.title, "filename": a.filename,
             "media_type": a.media_type, "size": a.size} for a in rows]


def content(session: Session, actor: Actor, attachment_id: int) -> bytes:
    """The bytes of an attachment, for someone allowed to see the case's personal data.

    Opening one is recorded in the audit trail, like printing.
    """
    row = session.get(Attachment, attachment_id)
    blob = session.get(AttachmentBlob, attachment_id)
    if row is None or blob is None:
        raise ValidationError("附件不存在", "no such attachment")
    case = access.load(session, row.case_id)
    if not access.can_see_personal(actor, case,
                                   office.settings(session)["mediators_see_others_cases"]):
        raise PermissionDenied("您无权查看本案的附件", "not allowed to open this attachment")
    audit.record(session, actor, "open", "attachment", row.id, case_id=case.id,
                 changes={"filename": row.filename})
    return blob.content
