"""Evidence and model readings are kept per text; other rules or another model read anew."""

from __future__ import annotations

import dataclasses

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk import Rules, TextField, assess, load_rules
from mediation_app.risk.memo import Memo
from mediation_app.risk.rules import ModelPolicy

from .conftest import one_term_model

THREAT = "他拿着菜刀在门口喊要砍死对方。"


def test_rules_without_signals_do_not_reuse_the_shipped_rules_evidence(rules: Rules) -> None:
    shipped = dataclasses.replace(rules, model=ModelPolicy())
    bare = dataclasses.replace(shipped, signals=())
    field = [TextField("summary", "纠纷简要情况", THREAT)]
    assert assess(field, rules=shipped).level is RiskLevel.HIGH
    assert assess(field, rules=bare).level is RiskLevel.LOW
    assert assess(field, rules=shipped).level is RiskLevel.HIGH


def test_the_same_text_in_another_field_is_quoted_from_that_field() -> None:
    fields = [TextField("summary", "纠纷简要情况", THREAT), TextField("requests", "申请事项", THREAT)]
    result = assess(fields, rules=load_rules())
    assert {r.field for r in result.reasons if r.source == "text"} >= {"summary", "requests"}


def test_another_model_reads_the_text_anew() -> None:
    low, high = one_term_model("菜刀", "low"), one_term_model("菜刀", "high")
    assert low.read(THREAT).probabilities["low"] > 0.9
    assert high.read(THREAT).probabilities["high"] > 0.9


def test_a_full_memo_starts_again() -> None:
    memo: Memo[int] = Memo(limit=2)
    owner = object()
    calls: list[str] = []

    def make(key: str) -> int:
        calls.append(key)
        return len(key)

    for key in ("a", "bb", "a", "ccc", "a"):
        assert memo.get(owner, key, lambda key=key: make(key)) == len(key)
    assert calls == ["a", "bb", "ccc", "a"]
