"""The model's doubt: a high that only the wording gave, in a text that reads like low cases.

A model that knows one n-gram ("误会", strongly low) makes the policy visible: every other
text reads as evenly undecided, so neither raises nor doubts.
"""

from __future__ import annotations

import dataclasses

import pytest

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk import CaseFacts, Rules, TextField, assess
from mediation_app.risk.model import Model

from .conftest import one_term_model, rules_only

MISUNDERSTANDING = one_term_model("误会", "low")
# a weapon the rules see, and a misunderstanding they do not read as a refutation
STORY = (
    "邻居报警说李某拿着菜刀站在楼道口，社区干部赶来后，双方坐下来聊了聊，"
    "说清楚了这是一场误会，各自回家吃饭去了。"
)
CONFIRMED = (
    "邻居报警说李某拿着菜刀站在楼道口，社区干部赶来核实，确有此事，"
    "双方坐下来聊了聊，李某说是一场误会，各自回家吃饭去了。"
)


def _assess(text: str, rules: Rules, model: Model = MISUNDERSTANDING, **kwargs) -> object:
    return assess([TextField("summary", "纠纷简要情况", text)], rules=rules, model=model, **kwargs)


def test_the_story_is_high_on_the_rules_and_low_to_the_model(rules: Rules) -> None:
    assert rules_only(STORY).level is RiskLevel.HIGH
    assert len(STORY) >= rules.model.doubt_text
    assert MISUNDERSTANDING.read(STORY).probabilities["low"] >= rules.model.doubt_at


def test_a_high_from_the_wording_alone_becomes_medium_with_the_doubt_shown(rules: Rules) -> None:
    result = _assess(STORY, rules)
    assert result.level is RiskLevel.MEDIUM
    (doubt,) = [r for r in result.reasons if r.code == "similarity_low"]
    assert doubt.source == "model" and doubt.weight == 0 and not doubt.ruled_out
    assert doubt.quote == STORY[doubt.start : doubt.end] and "误会" in doubt.quote
    assert "低风险的概率 1.00" in doubt.note and "请调解员核实" in doubt.note
    # the rules' evidence stays listed and counted: the mediator sees both
    assert any(r.code == "weapon" and r.red_line for r in result.reasons)
    assert result.score == rules_only(STORY).score


def test_a_checklist_that_alone_gives_high_is_not_doubted(rules: Rules) -> None:
    result = _assess(STORY, rules, checklist={"weapon": True})
    assert result.level is RiskLevel.HIGH
    assert all(r.code != "similarity_low" for r in result.reasons)


def test_a_check_that_found_the_danger_real_is_not_doubted(rules: Rules) -> None:
    assert len(CONFIRMED) >= rules.model.doubt_text
    assert MISUNDERSTANDING.read(CONFIRMED).probabilities["low"] >= rules.model.doubt_at
    assert _assess(CONFIRMED, rules).level is RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "经核实，王某拿着菜刀站在楼道口，双方都说是误会。",  # shorter than doubt_text
        "调查发现，王某在楼道口抡起菜刀砍向邻居，被劝开后说是一场误会，未造成伤害。",  # an attack confirmed
    ],
)
def test_short_or_confirmed_texts_are_left_to_the_rules(rules: Rules, text: str) -> None:
    assert rules_only(text).level is RiskLevel.HIGH
    assert _assess(text, rules).level is RiskLevel.HIGH


def test_without_doubt_at_the_model_only_raises(rules: Rules) -> None:
    policy = dataclasses.replace(rules.model, doubt_at=None)
    assert _assess(STORY, dataclasses.replace(rules, model=policy)).level is RiskLevel.HIGH


def test_an_undecided_model_leaves_the_high_alone(rules: Rules) -> None:
    undecided = STORY.replace("误会", "巧合")
    assert rules_only(undecided).level is RiskLevel.HIGH
    assert _assess(undecided, rules).level is RiskLevel.HIGH


def test_case_history_that_alone_gives_high_is_not_doubted(rules: Rules) -> None:
    history_high = CaseFacts(agreement_breached=True, new_incident=True, failed_sessions=3,
                             police_calls_90d=3, repeat_cases_12m=3)
    assert assess(facts=history_high, rules=rules).level is RiskLevel.HIGH
    assert _assess(STORY, rules, facts=history_high).level is RiskLevel.HIGH
