"""What comes of mediation: agreement, performance, follow-ups, confirmation, police reports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mediation_app.storage.models.base import Base
from mediation_app.storage.types import Money, UTCDateTime, utcnow


class Agreement(Base):
    """A written or oral agreement; its number is the case number."""

    __tablename__ = "agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), unique=True
    )
    kind: Mapped[str] = mapped_column(String(4))
    number: Mapped[str] = mapped_column(String(80))
    agreed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    effective_on: Mapped[dt.date] = mapped_column(Date)
    facts: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    perform_method: Mapped[str | None] = mapped_column(Text)
    perform_place: Mapped[str | None] = mapped_column(String(200))
    perform_deadline: Mapped[dt.date | None] = mapped_column(Date)
    # marriage, adoption or personal status: no judicial confirmation possible
    personal_status: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    terms: Mapped[list[AgreementTerm]] = relationship(
        order_by="AgreementTerm.seq", cascade="all, delete-orphan"
    )


class AgreementTerm(Base):
    __tablename__ = "agreement_term"
    __table_args__ = (UniqueConstraint("agreement_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class PerformanceCheck(Base):
    """A check of how the agreement is being performed; receipts are attachments."""

    __tablename__ = "performance_check"
    __table_args__ = (
        Index("ix_performance_check_status_checked", "status", "checked_on"),
        Index("ix_performance_check_case_status", "case_id", "status", "checked_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    checked_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)


class FollowUp(Base):
    """A follow-up visit (回访记录)."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    visited_on: Mapped[dt.date] = mapped_column(Date, index=True)
    visitor: Mapped[str] = mapped_column(String(100))
    party_visited: Mapped[str | None] = mapped_column(String(200))
    performance: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[str | None] = mapped_column(String(20))
    new_conflict_signs: Mapped[str | None] = mapped_column(Text)
    measures: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # the next visit this one planned, so due visits can be listed
    next_due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)


class JudicialConfirmation(Base):
    """An application for 司法确认 and the court's answer."""

    __tablename__ = "judicial_confirmation"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    applied_on: Mapped[dt.date] = mapped_column(Date)
    court: Mapped[str] = mapped_column(String(200))
    court_case_number: Mapped[str | None] = mapped_column(String(100))
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    decided_on: Mapped[dt.date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(String(10))


class PoliceReport(Base):
    """A report to the police of a dispute that may turn criminal, or why none was made."""

    __tablename__ = "police_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    station: Mapped[str | None] = mapped_column(String(200))
    officer: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    not_reported_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Attachment(Base):
    """A scanned or photographed document, stored inside the encrypted store."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    # 身份证明 / 申请书 / 协议书 / 履行凭证 / 证据 / 授权委托书 / 司法确认材料 / 其他
    category: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    performance_check_id: Mapped[int | None] = mapped_column(
        ForeignKey("performance_check.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class AttachmentBlob(Base):
    """Attachment bytes apart from the metadata, so listing never loads them."""

    __tablename__ = "attachment_blob"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes]
