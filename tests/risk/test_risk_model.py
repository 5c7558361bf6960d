"""The similarity model: the pure-Python reader against sklearn, masking, and the policy."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk import Rules, RulesError, TextField, assess
from mediation_app.risk.engine import model_level
from mediation_app.risk.model import ModelError, load_model
from mediation_app.risk.rules import ModelPolicy, parse_rules
from mediation_app.risk.text import calmed_text, field_evidence, normalise

from .conftest import assess_text, one_term_model

ROOT = Path(__file__).resolve().parents[2]
MODEL_FILE = json.loads(files("resources").joinpath("risk/model.json").read_text("utf-8"))
SIMILARITY = "similarity"

# Negated versions of labelled high narratives: the model alone, reading the words the
# rules found negated, would rate them high.
NEGATED_NARRATIVES = [
    ("司法所记录：被拆迁户陈某没有将自家房顶浇上汽油，也没有手持打火机。", "浇上汽油"),
    (
        "网格员记录：欠薪的装修工人老周这几天守在业主楼下，没有扬言要同归于尽，也没有拿着汽油桶。",
        "同归于尽",
    ),
]
# The negated words are hidden, but the rest of the story may still read like the
# labelled high cases: the negation then lowers the model's estimate without deciding it.
NEGATED_IN_A_RISKY_STORY = (
    "工友反映，讨薪无果的民工李某这两天在工地附近转悠，没有随身带着剔骨尖刀。",
    "工友反映，讨薪无果的民工李某这两天在工地附近转悠，随身带着剔骨尖刀。",
)


def _without_model(rules: Rules) -> Rules:
    return dataclasses.replace(rules, model=ModelPolicy())


@pytest.mark.parametrize("sample", MODEL_FILE["samples"], ids=lambda s: s["text"][:12])
def test_the_reader_reproduces_sklearn(sample: dict) -> None:
    got = load_model().read(sample["text"]).probabilities
    assert got == pytest.approx(sample["probabilities"], abs=1e-4)


def test_the_model_was_trained_on_the_labelled_sets_as_they_are() -> None:
    sets = MODEL_FILE["training_sets"]
    assert len(sets) == 91 and not any("holdout81" in name for name in sets)
    for name, digest in sets.items():
        assert hashlib.sha256((ROOT / name).read_bytes()).hexdigest() == digest, name


def test_spans_quote_the_original_text() -> None:
    text = "ＡＢ  他说：\n\n  “我就提刀过来，大不了一命抵一命！”老张吓得两晚没睡着。"
    reading = load_model().read(text)
    spans = reading.spans("high")
    assert spans
    for span in spans:
        assert span.quote == text[span.start : span.end] and span.weight > 0
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert sum(reading.probabilities.values()) == pytest.approx(1)


def test_a_broken_model_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text('{"classes": ["high"]}', encoding="utf-8")
    with pytest.raises(ModelError, match="风险模型文件"):
        load_model(path)


def test_the_model_raises_with_a_quoted_reason(rules: Rules) -> None:
    text = "工友反映，讨薪无果的民工李某这两天在工地附近转悠，说老板再躲就让他好看。"
    result = assess_text(text)
    alone = assess_text(text, rules=_without_model(rules))
    assert alone.level is RiskLevel.MEDIUM and result.level is RiskLevel.HIGH
    (reason,) = [r for r in result.reasons if r.code == SIMILARITY]
    assert reason.source == "model" and reason.weight == 0 and not reason.ruled_out
    assert reason.quote == text[reason.start : reason.end]
    assert f"（第 {reason.start + 1} 字起）" in reason.note and "概率" in reason.note
    assert result.score == alone.score == sum(r.weight for r in result.reasons)
    shown = [r for r in result.to_dict()["reasons"] if r["code"] == SIMILARITY]
    assert shown[0]["note"] == reason.note


def test_the_model_does_not_doubt_a_short_red_line(rules: Rules) -> None:
    text = "快递丢了，退款也没到，他提着菜刀去了。"
    probabilities = load_model().read(normalise(text)).probabilities
    assert probabilities["low"] >= rules.model.doubt_at and len(text) < rules.model.doubt_text
    result = assess_text(text)
    assert result.level is RiskLevel.HIGH
    assert all(not r.code.startswith(SIMILARITY) for r in result.reasons)


@pytest.mark.parametrize(("text", "negated"), NEGATED_NARRATIVES)
def test_negated_hits_are_hidden_from_the_model(rules: Rules, text: str, negated: str) -> None:
    ((_, found),) = field_evidence([TextField("summary", "纠纷简要情况", text)], rules)
    calmed = calmed_text(text, found)
    assert negated in text and negated not in calmed and len(calmed) == len(text)
    assert assess_text(text).level is not RiskLevel.HIGH


def test_the_model_does_not_overrule_negations(rules: Rules) -> None:
    """The story around the negated threats still reads like high cases to the model."""
    text, _ = NEGATED_NARRATIVES[1]
    ((_, found),) = field_evidence([TextField("summary", "纠纷简要情况", text)], rules)
    assert any(e.ruled_out and e.factor.red_line for e in found)
    assert load_model().read(calmed_text(text, found)).probabilities["high"] >= rules.model.high_at
    assert assess_text(text).level is RiskLevel.MEDIUM


def test_a_negation_never_reads_riskier_than_the_plain_words(rules: Rules) -> None:
    negated, plain = NEGATED_IN_A_RISKY_STORY
    ((_, found),) = field_evidence([TextField("summary", "纠纷简要情况", negated)], rules)
    calmed = calmed_text(negated, found)
    assert "剔骨尖刀" not in calmed and "随身带着" not in calmed
    model = load_model()
    assert model.read(calmed).probabilities["high"] < model.read(plain).probabilities["high"]
    assert assess_text(negated).level.rank <= assess_text(plain).level.rank


def test_calmed_text_keeps_positions(rules: Rules) -> None:
    text = "双方在楼道里没有动手，但李某拿着菜刀。"
    ((_, found),) = field_evidence([TextField("summary", "纠纷简要情况", text)], rules)
    calmed = calmed_text(text, found)
    assert len(calmed) == len(text)
    assert "动手" not in calmed and "菜刀" in calmed


def _rules_with(model: dict | None) -> dict:
    data = tomllib.loads(files("resources").joinpath("risk/rules.toml").read_text("utf-8"))
    data.pop("model", None)
    return data if model is None else {**data, "model": model}


def test_the_model_table_is_parsed_and_validated() -> None:
    assert parse_rules(_rules_with(None)).model == ModelPolicy()
    policy = parse_rules(_rules_with({"enabled": True, "high_at": 0.8})).model
    assert policy == ModelPolicy(True, 0.8, None)
    for bad, key in (
        ({"enabled": "yes", "high_at": 0.8}, "model.enabled"),
        ({"enabled": True, "high_at": 1.5}, "model.high_at"),
        ({"enabled": True, "medium_at": 0}, "model.medium_at"),
        ({"high_at": 0.8}, "model.enabled"),
    ):
        with pytest.raises(RulesError, match=key):
            parse_rules(_rules_with(bad))


POLICY = ModelPolicy(
    True, high_at=0.5, medium_at=0.6, medium_needs_factor=True, short_text=40, short_high_at=0.8,
    doubt_at=0.55, doubt_text=40, bare_high_at=0.7,
)


@pytest.mark.parametrize(
    ("probabilities", "factor", "short", "high", "level"),
    [
        ({"high": 0.55, "medium": 0.2, "low": 0.25}, True, False, True, RiskLevel.HIGH),
        # no factor the rules found: high only from bare_high_at, medium below it
        ({"high": 0.55, "medium": 0.2, "low": 0.25}, False, False, True, RiskLevel.MEDIUM),
        ({"high": 0.65, "medium": 0.2, "low": 0.15}, False, False, True, RiskLevel.MEDIUM),
        ({"high": 0.75, "medium": 0.1, "low": 0.15}, False, False, True, RiskLevel.HIGH),
        # a red line the rules found negated: medium at most
        ({"high": 0.55, "medium": 0.2, "low": 0.25}, True, False, False, RiskLevel.MEDIUM),
        # a short text: only high, and only at short_high_at
        ({"high": 0.55, "medium": 0.2, "low": 0.25}, True, True, True, RiskLevel.LOW),
        ({"high": 0.85, "medium": 0.1, "low": 0.05}, False, True, True, RiskLevel.HIGH),
        ({"high": 0.3, "medium": 0.6, "low": 0.1}, True, True, True, RiskLevel.LOW),
        # medium only where the rules found a factor
        ({"high": 0.3, "medium": 0.4, "low": 0.3}, True, False, True, RiskLevel.MEDIUM),
        ({"high": 0.3, "medium": 0.4, "low": 0.3}, False, False, True, RiskLevel.LOW),
        ({"high": 0.1, "medium": 0.4, "low": 0.5}, True, False, True, RiskLevel.LOW),
    ],
)
def test_the_policy_levels(
    probabilities: dict, factor: bool, short: bool, high: bool, level: RiskLevel
) -> None:
    assert model_level(probabilities, POLICY, factor, short, high=high) is level


def test_the_shipped_policy_reads_every_key(rules: Rules) -> None:
    assert rules.model == POLICY
    with pytest.raises(RulesError, match=r"model\.short_text"):
        parse_rules(_rules_with({"enabled": True, "short_text": -1}))
    with pytest.raises(RulesError, match=r"model\.short_high_at"):
        parse_rules(_rules_with({"enabled": True, "short_high_at": 2}))
    with pytest.raises(RulesError, match=r"model\.doubt_at"):
        parse_rules(_rules_with({"enabled": True, "doubt_at": 0}))
    with pytest.raises(RulesError, match=r"model\.doubt_text"):
        parse_rules(_rules_with({"enabled": True, "doubt_text": -5}))
    with pytest.raises(RulesError, match=r"model\.bare_high_at"):
        parse_rules(_rules_with({"enabled": True, "bare_high_at": 1.2}))


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a short accident note: whether someone did the injury is the rules' to judge
        ("老人被车撞倒，腿骨折。", RiskLevel.LOW),
        ("术后患者腿部骨折。", RiskLevel.LOW),
        # a conditional threat with fuel, in an accident-type story, is the rules' high
        ("工伤一年了没人管，老板再躲着我，我就拎桶汽油去他家。", RiskLevel.HIGH),
        # a vehicle is an accident's context with the collision or fall beside it
        ("电动车撞上护栏，车主腿部骨折。", RiskLevel.LOW),
    ],
)
def test_short_accident_notes_are_left_to_the_rules(text: str, level: RiskLevel) -> None:
    assert assess_text(text).level is level


def test_a_disabled_model_changes_nothing(rules: Rules) -> None:
    text = "工友反映，讨薪无果的民工李某这两天在工地附近转悠，说老板再躲就让他好看。"
    off = _without_model(rules)
    result = assess([TextField("summary", "纠纷简要情况", text)], rules=off)
    assert result.level is RiskLevel.MEDIUM
    assert all(r.code != SIMILARITY for r in result.reasons)


def test_a_long_text_is_read_whole() -> None:
    """Pasted text of 20 000 characters: probabilities still sum to one (its speed is a
    benchmark row, not a unit test)."""
    text = ("申请人陈述：对门邻居装修占了走廊，双方均表示没有动过手，经调解达成协议。" * 600)[
        :20000
    ]
    reading = load_model().read(text)
    assert abs(sum(reading.probabilities.values()) - 1) < 1e-9


NEIGHBOUR_IS_HIGH = one_term_model("邻居", "high")


@pytest.mark.parametrize(
    "text",
    [
        "王某报警说被人拿枪指着，民警调查是邻居家孩子拿水枪滋了他一身水。",
        "有人说邻居在楼道里吵架，网格员上门一看，原来是两口子在看电视，声音开大了。",
    ],
)
def test_the_model_does_not_raise_to_high_a_text_that_refutes_a_claim(text: str) -> None:
    result = assess([TextField("summary", "纠纷简要情况", text)], model=NEIGHBOUR_IS_HIGH)
    assert NEIGHBOUR_IS_HIGH.read(text).probabilities["high"] > 0.9
    assert result.level is not RiskLevel.HIGH


def test_the_same_model_raises_a_text_without_a_refutation() -> None:
    text = "王某说邻居家的狗半夜叫个不停，吵得他睡不着，已经找过物业两次。"
    result = assess([TextField("summary", "纠纷简要情况", text)], model=NEIGHBOUR_IS_HIGH)
    assert result.level is RiskLevel.HIGH


FAREWELL_IS_HIGH = one_term_model("后事", "high")


def test_an_injury_put_down_to_an_accident_does_not_hold_the_model_back() -> None:
    text = "母亲做完手术第三天就去世了，他认定医院延误抢救，昨天把存折交给妹妹，交代了后事。"
    result = assess([TextField("summary", "纠纷简要情况", text)], model=FAREWELL_IS_HIGH)
    accident = [r for r in result.reasons if r.code == "injury"]
    assert accident and all(r.ruled_out for r in accident)
    assert result.level is RiskLevel.HIGH


def test_a_negated_red_line_still_holds_it_back() -> None:
    text = "母亲做完手术第三天就去世了，他认定医院延误抢救，但没有拿刀去医院，昨天把存折交给妹妹，交代了后事。"
    result = assess([TextField("summary", "纠纷简要情况", text)], model=FAREWELL_IS_HIGH)
    assert any(r.code == "weapon" and r.ruled_out for r in result.reasons)
    assert result.level is RiskLevel.MEDIUM
