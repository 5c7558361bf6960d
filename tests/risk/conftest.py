"""Helpers for the risk-flag tests: the shipped rules and a one-field assessment."""

from __future__ import annotations

import dataclasses

import pytest

from mediation_app.domain.enums import DisputeType, RiskLevel
from mediation_app.risk import Assessment, CaseFacts, Rules, TextField, assess, load_rules
from mediation_app.risk.model import Model, model_from_data
from mediation_app.risk.rules import ModelPolicy

CLASSES = ("high", "low", "medium")


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


def assess_text(text: str, **kwargs) -> Assessment:
    return assess([TextField("summary", "纠纷简要情况", text)], **kwargs)


def live_codes(result: Assessment) -> set[str]:
    """Codes of the reasons that were not ruled out and added something."""
    return {r.code for r in result.reasons if not r.ruled_out and r.weight > 0}


def ruled_out_codes(result: Assessment) -> set[str]:
    return {r.code for r in result.reasons if r.ruled_out}


def rules_only(text: str, kind: DisputeType | None = None) -> Assessment:
    """The rules alone: the similarity model is tuned apart, on the labelled sets, and short
    texts depend on the rules; the risk round tests assert both sides of each twin here."""
    rules = dataclasses.replace(load_rules(), model=ModelPolicy())
    return assess(
        [TextField("summary", "纠纷简要情况", text)],
        facts=CaseFacts(dispute_type=kind),
        rules=rules,
    )


def assert_not_high(text: str, kind: DisputeType | None = None) -> None:
    result = rules_only(text, kind)
    assert result.level is not RiskLevel.HIGH, result.reasons
    assert not any(r.red_line for r in result.reasons if not r.ruled_out)


def assert_high(text: str, kind: DisputeType | None = None) -> None:
    """High on the rules alone, so the model cannot be what keeps it high."""
    assert rules_only(text, kind).level is RiskLevel.HIGH, rules_only(text, kind).reasons
    assert assess_text(text, facts=CaseFacts(dispute_type=kind)).level is RiskLevel.HIGH


def assert_low(text: str, kind: DisputeType | None = None) -> None:
    assert rules_only(text, kind).level is RiskLevel.LOW, rules_only(text, kind).reasons


def one_term_model(term: str, level: str) -> Model:
    """A model that knows one two-character n-gram, pushing hard towards `level`: every
    other text reads as evenly undecided, so the engine's policy shows plainly."""
    coefficients = [10.0 if c == level else 0.0 for c in CLASSES]
    return model_from_data({
        "version": "test",
        "classes": list(CLASSES),
        "ngram_range": [2, 2],
        "terms": {term: [1.0, *coefficients]},
        "intercepts": [0.0] * len(CLASSES),
    })
