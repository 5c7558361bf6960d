"""Whether a case file (卷宗) holds every mandatory item, so it may be archived."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.domain.enums import CaseStatus, PartyKind
from mediation_app.storage.models import Attachment, Case


def missing_items(session: Session, case: Case) -> list[str]:
    """The mandatory items still missing, in the order of the 卷内目录."""
    missing: list[str] = []
    status = CaseStatus(case.status)
    if status is CaseStatus.REJECTED:
        if not case.rejection_reason:
            missing.append("不予受理理由")
        return missing
    if case.accepted_on and not case.rights_notice_on:
        missing.append("当事人权利义务告知书（告知日期）")
    proofs = set(session.scalars(
        select(Attachment.id).where(Attachment.case_id == case.id,
                                    Attachment.category == "身份证明")))
    for p in case.parties:
        has_id = p.kind == PartyKind.NATURAL.value and p.id_number
        if not has_id and p.identity_proof_id not in proofs:
            missing.append(f"当事人“{p.name}”的身份证明（有效身份证号或身份证明扫描件）")
    if status in (CaseStatus.AGREED, CaseStatus.FAILED) and not case.sessions:
        missing.append("人民调解记录（至少一次）")
    if status is CaseStatus.AGREED and case.agreement is None:
        missing.append("人民调解协议书或口头协议登记表")
    if status is CaseStatus.FAILED and not case.failure_reason:
        missing.append("调解不成的记录")
    if status is CaseStatus.TERMINATED and not case.termination_reason:
        missing.append("终止调解的记录")
    return missing
