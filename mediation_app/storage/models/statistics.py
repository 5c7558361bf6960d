"""Records the bureau report needs beyond cases: hand adjustments and bureau imports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mediation_app.storage.models.base import Base
from mediation_app.storage.types import UTCDateTime, utcnow


class StatsAdjustment(Base):
    """A figure an office must enter by hand: explicit, reasoned, audited, shown as such."""

    __tablename__ = "stats_adjustment"

    id: Mapped[int] = mapped_column(primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    month: Mapped[str] = mapped_column(String(7), index=True)
    column: Mapped[str] = mapped_column(String(60))
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(100))
    entered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class RegisteredOffice(Base):
    """Bureau mode: an office whose signed exports the bureau accepts."""

    __tablename__ = "registered_office"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(String(100))
    registered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImportedReport(Base):
    """Bureau mode: the newest accepted monthly export of an office."""

    __tablename__ = "imported_report"
    __table_args__ = (UniqueConstraint("office_code", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    office_code: Mapped[str] = mapped_column(String(64))
    month: Mapped[str] = mapped_column(String(7))
    generated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    figures: Mapped[dict[str, object]] = mapped_column(JSON)
    replaced_count: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str | None] = mapped_column(Text)
