"""Dynamic signals from the case record: failed sessions, age, repeats, breaches, incidents."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from mediation_app.domain.enums import DisputeType
from mediation_app.risk.reasons import HISTORY, Evidence
from mediation_app.risk.rules import Rules


@dataclass(frozen=True)
class CaseFacts:
    """What the case record knows; every field is optional so text alone can be assessed."""

    dispute_type: DisputeType | None = None
    persons_involved: int | None = None
    amount: Decimal | None = None  # yuan
    failed_sessions: int = 0
    days_open: int | None = None
    overdue: bool = False
    repeat_cases_12m: int = 0  # other cases of the same parties / address within 12 months
    agreement_breached: bool = False
    agreement_performed: bool = False
    new_incident: bool = False
    police_calls_90d: int = 0


def _display(value: Decimal | int | bool) -> str:
    """150000.00 → 150000, 1234.50 → 1234.5 (only decimals lose their trailing zeros)."""
    if not isinstance(value, Decimal):
        return str(int(value))
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def history_evidence(facts: CaseFacts, rules: Rules) -> list[Evidence]:
    """Per fact, the highest step of the rules it reaches becomes one piece of evidence."""
    reached = {}
    for step in rules.history:
        value = getattr(facts, step.fact)
        if value is not None and value >= step.at_least:
            best = reached.get(step.fact)
            if best is None or step.at_least > best.at_least:
                reached[step.fact] = step
    found = []
    for step in reached.values():
        value = getattr(facts, step.fact)
        found.append(
            Evidence(
                step.factor,
                step.factor.label,
                step.weight,
                HISTORY,
                floor=step.floor,
                notes=(step.note.format(value=_display(value)),),
            )
        )
    return found
