"""Why a case got its level: one Reason per piece of evidence, each traceable to its source."""

from __future__ import annotations

from dataclasses import dataclass, fields

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk.rules import Factor

CHECKLIST = "checklist"
TEXT = "text"
HISTORY = "history"
MODEL = "model"  # the similarity model (mediation_app.risk.model)


@dataclass(frozen=True)
class Reason:
    """One contribution to the score, shown to the mediator.

    `weight` is what this piece of evidence actually added (0 when it was ruled out or
    when another piece of evidence for the same factor was counted instead), so the
    reasons of an assessment add up to its score. Text reasons quote their field:
    `quote == text[start:end]`.
    """

    code: str
    label: str
    weight: float
    source: str
    field: str | None = None
    field_label: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    ruled_out: bool = False
    red_line: bool = False
    note: str | None = None

    def to_dict(self) -> dict:
        """Every field is a string, number, bool or None: no deep copy needed."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Evidence:
    """A candidate reason before the engine decides which evidence per factor counts."""

    factor: Factor
    label: str
    weight: float
    source: str
    red_line: bool = False
    floor: RiskLevel | None = None
    field: str | None = None
    field_label: str | None = None
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    ruled_out: bool = False
    notes: tuple[str, ...] = ()
    dated: bool = False  # weakened because it lies in the past: no part in most combinations
    settled: bool = False  # reported settled or refuted: no part in any combination
    # ruled out by the circumstances (an accident, an animal), not by a negation or a check
    circumstantial: bool = False

    def reason(self, weight: float, *extra_notes: str) -> Reason:
        notes = self.notes + extra_notes
        return Reason(
            code=self.factor.code,
            label=self.label,
            weight=round(weight, 2),
            source=self.source,
            field=self.field,
            field_label=self.field_label,
            quote=self.quote,
            start=self.start,
            end=self.end,
            ruled_out=self.ruled_out,
            red_line=self.red_line and not self.ruled_out,
            note="；".join(notes) or None,
        )
