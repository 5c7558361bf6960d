"""Mediation sessions (调解记录) and who sat at the table."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mediation_app.storage.models.base import Base
from mediation_app.storage.types import UTCDateTime, utcnow


class MediationSession(Base):
    __tablename__ = "mediation_session"
    __table_args__ = (UniqueConstraint("case_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    held_on: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(200))
    public: Mapped[bool] = mapped_column(Boolean, default=False)
    matter: Mapped[str | None] = mapped_column(Text)
    notices_given: Mapped[str | None] = mapped_column(Text)
    statements: Mapped[str | None] = mapped_column(Text)
    verified_facts: Mapped[str | None] = mapped_column(Text)
    risk_warning: Mapped[str | None] = mapped_column(Text)
    record: Mapped[str] = mapped_column(Text)
    # 达成协议 / 继续调解 / 调解不成
    result: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    participants: Mapped[list[SessionParticipant]] = relationship(
        order_by="SessionParticipant.position", cascade="all, delete-orphan"
    )


class SessionParticipant(Base):
    __tablename__ = "session_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("mediation_session.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    organisation: Mapped[str | None] = mapped_column(String(200))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # invited people sit in only with the parties' consent
    parties_consented: Mapped[bool | None] = mapped_column(Boolean)
