"""Combining evidence: red lines, floors, protective facts, checklist, history, labels."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk import CaseFacts, Rules, assess, checklist_items

from .conftest import assess_text

PROTECTIVE = CaseFacts(agreement_performed=True)
RED_LINES = ["threat_kill", "weapon", "self_harm", "injury", "grounded_fear"]


def test_checklist_has_weighted_chinese_items(rules: Rules) -> None:
    items = checklist_items(rules)
    assert 15 <= len(items) <= 25
    codes = {i.code for i in items}
    assert set(RED_LINES) <= codes
    assert {"police_calls", "many_people", "large_sum", "vulnerable", "mental_disorder"} <= codes
    for item in items:
        assert item.kind in ("bool", "count")
        assert item.weight > 0
        assert any("\u4e00" <= ch <= "\u9fff" for ch in item.label)
    assert {i.code for i in items if i.red_line} == set(RED_LINES)


@pytest.mark.parametrize("code", RED_LINES)
def test_checklist_red_lines_force_high_and_protective_facts_never_cancel_them(code: str) -> None:
    result = assess(checklist={code: True}, facts=PROTECTIVE)
    assert result.level is RiskLevel.HIGH
    assert any(r.red_line and r.code == code and r.source == "checklist" for r in result.reasons)


def test_protective_facts_never_cancel_a_text_red_line() -> None:
    result = assess_text(
        "他说要同归于尽。双方已签订协议，赔偿已付清，双方握手言和，表示满意。", facts=PROTECTIVE
    )
    assert result.level is RiskLevel.HIGH


def test_protective_facts_never_cancel_a_threat_floor() -> None:
    calm = "双方已签订协议，赔偿已付清，握手言和，表示满意。"
    result = assess_text("他临走时说“走着瞧”。" + calm, facts=PROTECTIVE)
    assert result.score == 0
    assert result.level is RiskLevel.MEDIUM


def test_protective_facts_lower_the_score() -> None:
    facts = CaseFacts(failed_sessions=3, repeat_cases_12m=1)
    assert (
        assess(facts=facts).score
        > assess(facts=dataclasses.replace(facts, agreement_performed=True)).score
    )


def test_protective_relief_is_capped(rules: Rules) -> None:
    text = "双方签订协议，已付清赔偿，握手言和，表示满意。"
    result = assess_text(text, facts=PROTECTIVE)
    assert sum(r.weight for r in result.reasons if r.weight < 0) == -rules.modifiers.protective_cap


def test_checklist_weights_add_up_to_the_score() -> None:
    result = assess(checklist={"long_grudge": True, "vulnerable": False})
    assert result.score == 2
    assert result.level is RiskLevel.LOW
    result = assess(checklist={"long_grudge": True, "refuses_talk": True, "mental_disorder": True})
    assert result.score == 7
    assert result.level is RiskLevel.MEDIUM


def test_two_ordinary_risk_factors_reach_medium() -> None:
    """A large sum with a failed mediation is a case to watch weekly, not a routine one."""
    result = assess_text("对方拖欠货款一百三十万元，一直不接电话。")
    assert result.score == 4
    assert {r.code for r in result.reasons if r.weight > 0} >= {"large_sum", "refuses_talk"}
    assert result.level is RiskLevel.MEDIUM


def test_reasons_add_up_to_the_score_and_each_factor_counts_once() -> None:
    result = assess_text(
        "他说“走着瞧”，又说“这事没完”，还说“让他好看”。", checklist={"veiled_threat": True}
    )
    assert result.score == pytest.approx(sum(r.weight for r in result.reasons))
    assert [r.weight for r in result.reasons if r.code == "veiled_threat"].count(4) == 1


def test_police_calls_count(rules: Rules) -> None:
    once = assess(checklist={"police_calls": 1})
    twice = assess(checklist={"police_calls": 2})
    many = assess(checklist={"police_calls": 10})
    assert once.level is RiskLevel.LOW
    assert twice.level is RiskLevel.MEDIUM
    factor = rules.factors["police_calls"]
    assert many.score == factor.weight * factor.max_count


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"no_such_item": True}, "no_such_item"),
        ({"quarrel": True}, "quarrel"),  # a text-only factor is not a checklist item
        ({"weapon": 1}, "weapon"),
        ({"police_calls": True}, "police_calls"),
        ({"police_calls": -1}, "police_calls"),
    ],
)
def test_bad_checklist_answers_are_rejected_in_chinese(answers: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        assess(checklist=answers)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(error.value))


def test_case_history_signals() -> None:
    facts = CaseFacts(
        failed_sessions=3,
        days_open=150,
        overdue=True,
        repeat_cases_12m=2,
        agreement_breached=True,
        new_incident=True,
        police_calls_90d=2,
        persons_involved=12,
        amount=Decimal("150000.00"),
    )
    result = assess(facts=facts)
    by_code = {r.code: r for r in result.reasons}
    assert {r.source for r in result.reasons} == {"history"}
    assert by_code["mediation_failed"].weight == 4 and "3次" in by_code["mediation_failed"].note
    assert by_code["long_open"].weight == 2
    assert by_code["large_sum"].note == "涉及金额150000元"
    assert result.level is RiskLevel.HIGH  # 4+2+1+2+3+4+3+2+2 = 23


def test_history_below_thresholds_adds_nothing() -> None:
    result = assess(
        facts=CaseFacts(failed_sessions=0, days_open=30, persons_involved=3, amount=Decimal(5000))
    )
    assert result.reasons == ()
    assert result.level is RiskLevel.LOW


def test_repeated_police_calls_in_the_record_set_a_floor() -> None:
    assert (
        assess(facts=CaseFacts(police_calls_90d=2, agreement_performed=True)).level
        is RiskLevel.MEDIUM
    )


def test_separation_control_and_violence_together_make_high() -> None:
    result = assess_text("离婚后，前夫多次尾随她回家，上周还推了她一把。")
    assert result.level is RiskLevel.HIGH
    assert any(r.note and "风险组合" in r.note for r in result.reasons)
    assert assess_text("离婚后，前夫多次尾随她回家。").level is RiskLevel.MEDIUM


def test_empty_input_is_low() -> None:
    result = assess()
    assert result.level is RiskLevel.LOW and result.score == 0 and result.reasons == ()


def test_three_colour_labels(rules: Rules) -> None:
    assert assess(checklist={"weapon": True}).display_label == "红"
    assert assess_text("他说走着瞧。").display_label == "黄"
    assert assess().display_label == "绿"


def test_four_colour_scheme_splits_medium(rules: Rules) -> None:
    levels = dataclasses.replace(
        rules.levels,
        scheme="four",
        labels={"high": "红", "orange": "橙", "medium": "黄", "low": "蓝"},
    )
    four = dataclasses.replace(rules, levels=levels)
    assert assess(checklist={"weapon": True}, rules=four).display_label == "红"
    assert assess(checklist={"veiled_threat": True}, rules=four).display_label == "黄"
    orange = assess(
        checklist={"veiled_threat": True, "escalation": True, "long_grudge": True}, rules=four
    )
    assert orange.level is RiskLevel.MEDIUM and orange.display_label == "橙"
    assert assess(rules=four).display_label == "蓝"


def test_to_dict_shape(rules: Rules) -> None:
    data = assess_text("他说走着瞧。").to_dict()
    assert set(data) == {"level", "score", "label", "rules_version", "reasons"}
    assert (
        data["level"] == "medium"
        and data["label"] == "黄"
        and data["rules_version"] == rules.version
    )
    reason = data["reasons"][0]
    assert set(reason) == {
        "code",
        "label",
        "weight",
        "source",
        "field",
        "field_label",
        "quote",
        "start",
        "end",
        "ruled_out",
        "red_line",
        "note",
    }
    assert reason["quote"] == "走着瞧" and reason["field"] == "summary"


def test_a_crowd_already_acting_together_is_at_least_medium() -> None:
    text = "二十余户村民两次集体到镇政府上访，补偿款已部分发放。"
    result = assess_text(text, facts=PROTECTIVE)
    assert result.level is RiskLevel.MEDIUM
    assert any(r.note and "风险组合" in r.note for r in result.reasons)
    assert assess_text("二十余户村民一起来调委会咨询补偿标准。").level is RiskLevel.LOW


def test_nuisance_alone_can_be_settled_but_stalking_keeps_a_floor() -> None:
    settled = "双方已和好，签订还款协议。"
    assert assess_text("他说再不还钱就天天上门去要。" + settled).level is RiskLevel.LOW
    assert assess_text("前夫天天在她单位门口转悠。" + settled).level is RiskLevel.MEDIUM


def test_large_amount_is_quoted_whole() -> None:
    from decimal import Decimal

    from mediation_app.risk.history import _display

    assert _display(Decimal("150000.00")) == "150000"
    assert _display(Decimal("150000")) == "150000"
    assert _display(Decimal("1234.50")) == "1234.5"
