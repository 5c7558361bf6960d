"""Helpers for the risk-flag tests: the shipped rules and a one-field assessment."""

from __future__ import annotations

import pytest

from mediation_app.risk import Assessment, Rules, TextField, assess, load_rules


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
