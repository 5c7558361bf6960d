"""A demo case as drawn before its rows are built, and records that read like ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from mediation_app.demo import narratives as nv
from mediation_app.demo.timeline import Timeline
from mediation_app.domain.enums import CaseStatus, DisputeType, RiskLevel, Source

LOCAL = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")


class Record(dict[str, Any]):
    """Part of a case as the app's text functions read it: a mapping read as attributes."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass(frozen=True)
class Referral:
    """Who referred a case and by when they want an answer."""

    unit: str
    doc_number: str
    referred_on: dt.date
    deadline: dt.date


@dataclass(frozen=True)
class Conclusion:
    """The case columns that say how a case that did not end in agreement ended."""

    rejection_reason: str | None = None
    refused_by_party: bool = False
    failed_on: dt.date | None = None
    failure_reason: str | None = None
    told_other_routes: bool | None = None
    terminated_on: dt.date | None = None
    termination_reason: str | None = None


NO_CONCLUSION = Conclusion()


@dataclass(frozen=True)
class Draft:
    """What one case is about, drawn before any of its rows is built."""

    case_id: int
    year: int
    seq: int
    number: str
    received: dt.date
    story_index: int
    story: nv.Story
    source: Source
    firm: bool  # one side is a firm (the story's `org`)
    signal_index: int | None
    signal: nv.Signal | None
    n: int
    amount: int | None
    agreed: int | None
    oral: bool
    referral: Referral | None
    line: Timeline

    @property
    def danger(self) -> int:
        return self.signal.danger if self.signal else 0

    @property
    def own(self) -> bool:
        """Taken up by the committee itself: the parties are 甲方 and 乙方, not applicants."""
        return self.source is Source.OWN_INITIATIVE

    def voice(self, text: str) -> str:
        return nv.as_parties(text) if self.own else text


@dataclass(frozen=True)
class Made:
    """What the summary counts about one case."""

    status: CaseStatus
    dispute_type: DisputeType
    source: Source
    risk: RiskLevel
    outcome: CaseStatus | None


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL)
