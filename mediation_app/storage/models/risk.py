"""Risk assessments (民转刑), kept as a history, and mediators' overrides."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mediation_app.storage.models.base import Base
from mediation_app.storage.types import UTCDateTime, utcnow


class RiskAssessment(Base):
    __tablename__ = "risk_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    assessed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    trigger: Mapped[str] = mapped_column(String(40))
    level: Mapped[str] = mapped_column(String(10))
    score: Mapped[float]
    rules_version: Mapped[str] = mapped_column(String(40))
    reasons: Mapped[list[dict[str, object]]] = mapped_column(JSON)
    checklist: Mapped[dict[str, object]] = mapped_column(JSON)


class RiskOverride(Base):
    """A mediator's decision over the computed level; append-only."""

    __tablename__ = "risk_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("risk_assessment.id"))
    computed_level: Mapped[str] = mapped_column(String(10))
    final_level: Mapped[str] = mapped_column(String(10))
    reason_code: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(100))
    second_person: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
