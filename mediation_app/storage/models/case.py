"""The case and the people in it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from mediation_app.storage.models.outcome import (
        Agreement,
        FollowUp,
        JudicialConfirmation,
        PerformanceCheck,
        PoliceReport,
    )
    from mediation_app.storage.models.proceedings import MediationSession
    from mediation_app.storage.models.risk import RiskAssessment


class Case(Base):
    """One dispute, from registration to archive (一案一卷)."""

    __tablename__ = "case"
    __table_args__ = (
        UniqueConstraint("office_id", "year", "seq"),
        Index("ix_case_status_type", "status", "dispute_type"),
        # each sort key of the case list, with the id that breaks its ties (migration 0003)
        Index("ix_case_received_id", "received_on", "id"),
        Index("ix_case_deadline_id", "deadline", "id"),
        Index("ix_case_status_id", "status", "id"),
        Index("ix_case_dispute_type_id", "dispute_type", "id"),
        Index("ix_case_risk_score_id", "risk_score", "id"),
        # the monthly report: failed in the period, or terminated without failing
        Index("ix_case_failed_terminated", "failed_on", "terminated_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    status: Mapped[str] = mapped_column(String(20))
    dispute_type: Mapped[str] = mapped_column(String(20))
    sub_type: Mapped[str | None] = mapped_column(String(60))
    source: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
    requests: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    persons_involved: Mapped[int | None] = mapped_column(Integer)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    sweep_id: Mapped[int | None] = mapped_column(ForeignKey("sweep.id"))

    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    rights_notice_on: Mapped[dt.date | None] = mapped_column(Date)
    mediators_chosen_by_parties: Mapped[bool] = mapped_column(Boolean, default=False)
    rejected_on: Mapped[dt.date | None] = mapped_column(Date)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    extended_until: Mapped[dt.date | None] = mapped_column(Date)
    extension_consent: Mapped[str | None] = mapped_column(Text)
    failed_on: Mapped[dt.date | None] = mapped_column(Date)
    failure_reason: Mapped[str | None] = mapped_column(Text)
    told_other_routes: Mapped[bool | None] = mapped_column(Boolean)
    terminated_on: Mapped[dt.date | None] = mapped_column(Date)
    termination_reason: Mapped[str | None] = mapped_column(Text)
    refused_by_party: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    # status before closing, so a reopening returns the case to where it was
    closed_from: Mapped[str | None] = mapped_column(String(20))
    retention: Mapped[str | None] = mapped_column(String(40))

    risk_level: Mapped[str | None] = mapped_column(String(10), index=True)
    risk_score: Mapped[float | None]
    risk_override: Mapped[str | None] = mapped_column(String(10))
    risk_owner: Mapped[str | None] = mapped_column(String(100))

    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    parties: Mapped[list[Party]] = relationship(
        back_populates="case", order_by="Party.position", cascade="all, delete-orphan"
    )
    agents: Mapped[list[Agent]] = relationship(cascade="all, delete-orphan")
    mediators: Mapped[list[CaseMediator]] = relationship(
        order_by="CaseMediator.position", cascade="all, delete-orphan"
    )
    referral: Mapped[Referral | None] = relationship(cascade="all, delete-orphan")
    sessions: Mapped[list[MediationSession]] = relationship(
        order_by="MediationSession.seq", cascade="all, delete-orphan"
    )
    agreement: Mapped[Agreement | None] = relationship(cascade="all, delete-orphan")
    performance_checks: Mapped[list[PerformanceCheck]] = relationship(
        order_by="PerformanceCheck.checked_on", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        order_by="FollowUp.visited_on", cascade="all, delete-orphan"
    )
    confirmations: Mapped[list[JudicialConfirmation]] = relationship(cascade="all, delete-orphan")
    police_reports: Mapped[list[PoliceReport]] = relationship(cascade="all, delete-orphan")
    risk_assessments: Mapped[list[RiskAssessment]] = relationship(
        order_by="RiskAssessment.id", cascade="all, delete-orphan"
    )
    prevention_effects: Mapped[list[PreventionEffect]] = relationship(cascade="all, delete-orphan")


class Party(Base):
    """A natural or legal person in the dispute, with what the forms print."""

    __tablename__ = "party"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200), index=True)
    sex: Mapped[str | None] = mapped_column(String(2))
    ethnicity: Mapped[str | None] = mapped_column(String(20))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    age: Mapped[int | None] = mapped_column(Integer)
    id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    occupation: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    representative: Mapped[str | None] = mapped_column(String(100))
    representative_title: Mapped[str | None] = mapped_column(String(60))
    # an attachment standing in for a missing or foreign ID (passport, household register)
    identity_proof_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))

    case: Mapped[Case] = relationship(back_populates="parties")


class Agent(Base):
    """A party's agent (委托代理人) with the scope of the power of attorney."""

    __tablename__ = "agent"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(30))
    id_number: Mapped[str | None] = mapped_column(String(18))
    relation: Mapped[str | None] = mapped_column(String(60))
    # 一般授权 / 特别授权, and the powers in words
    scope: Mapped[str] = mapped_column(Text)


class CaseMediator(Base):
    """A mediator on the case; one presides."""

    __tablename__ = "case_mediator"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    presiding: Mapped[bool] = mapped_column(Boolean, default=False)
    name: Mapped[str] = mapped_column(String(100))


class Referral(Base):
    """Referral details for cases sent by a court, the police, a petition office..."""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), unique=True
    )
    unit: Mapped[str] = mapped_column(String(200))
    doc_number: Mapped[str | None] = mapped_column(String(100))
    referred_on: Mapped[dt.date] = mapped_column(Date)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    feedback_on: Mapped[dt.date | None] = mapped_column(Date)
    feedback_note: Mapped[str | None] = mapped_column(Text)


class Sweep(Base):
    """A dispute sweep (排查): where, who, what was found and prevented."""

    __tablename__ = "sweep"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    swept_on: Mapped[dt.date] = mapped_column(Date, index=True)
    area: Mapped[str] = mapped_column(String(200))
    swept_by: Mapped[str] = mapped_column(String(200))
    disputes_found: Mapped[int] = mapped_column(Integer, default=0)
    disputes_prevented: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str | None] = mapped_column(Text)


class PreventionEffect(Base):
    """What mediation prevented (自杀 / 民转刑 / 群体性上访 / 群体性械斗), confirmed at closing."""

    __tablename__ = "prevention_effect"
    __table_args__ = (UniqueConstraint("case_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    persons: Mapped[int] = mapped_column(Integer)
    suggested: Mapped[bool] = mapped_column(Boolean, default=False)
    confirmed_by: Mapped[str | None] = mapped_column(String(100))
    confirmed_on: Mapped[dt.date | None] = mapped_column(Date)


class CaseText(Base):
    """All searchable prose of a case in one row: facts, session records, agreement terms.

    The full-text index (FTS5 trigram on SQLite, pg_trgm on PostgreSQL) is built over it;
    on SQLite an expression index on its last two characters completes two-character search.
    """

    __tablename__ = "case_text"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), primary_key=True
    )
    body: Mapped[str] = mapped_column(Text)
