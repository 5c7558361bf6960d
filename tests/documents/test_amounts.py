"""Amounts in capital numerals (大写): rules, tricky values, and a read-back of every amount."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_app.documents.amounts import (
    MAX_AMOUNT,
    amount_in_figures,
    amount_in_words,
    amount_text,
)
from mediation_app.documents.numerals import chinese_numeral, chinese_quantity

DIGITS = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
UNITS = {"拾": 10, "佰": 100, "仟": 1000}
WORD = re.compile(r"(?:(.+)亿)?(?:(.+)万)?(.*)$")


def _read_group(text: str) -> int:
    """A group below 10000 (壹仟零伍拾): digits followed by an optional unit, zeros skipped."""
    value = 0
    i = 0
    while i < len(text):
        digit = DIGITS[text[i]]
        unit = UNITS.get(text[i + 1], 1) if i + 1 < len(text) else 1
        value += digit * unit
        i += 2 if unit > 1 else 1
    return value


def read_back(words: str) -> Decimal:
    """An independent reader of financial numerals, strict about what it accepts."""
    assert words, "empty"
    if words == "零元整":
        return Decimal("0.00")
    integer = 0
    rest = words
    if "元" in words:
        head, rest = words.split("元")
        groups = WORD.match(head)
        assert groups is not None
        yi, wan, units = (g or "" for g in groups.groups())
        integer = _read_group(yi) * 10**8 + _read_group(wan) * 10**4 + _read_group(units)
    jiao = fen = 0
    if rest == "整":
        return Decimal(integer)
    match = re.fullmatch(r"零?(?:(.)角)?(?:(.)分)?", rest)
    assert match, rest
    if match.group(1):
        jiao = DIGITS[match.group(1)]
    if match.group(2):
        fen = DIGITS[match.group(2)]
    return Decimal(integer) + Decimal(jiao) / 10 + Decimal(fen) / 100


OFFICIAL_EXAMPLES = {
    # From the payment-settlement rules' own examples (using the shorter allowed form).
    "1409.50": "壹仟肆佰零玖元伍角",
    "6007.14": "陆仟零柒元壹角肆分",
    "1680.32": "壹仟陆佰捌拾元叁角贰分",
    "107000.53": "壹拾万柒仟元伍角叁分",
    "325.04": "叁佰贰拾伍元零肆分",
}

TRICKY = {
    "0": "零元整",
    "0.00": "零元整",
    "0.01": "壹分",
    "0.05": "伍分",
    "0.10": "壹角",
    "0.15": "壹角伍分",
    "1": "壹元整",
    "1.05": "壹元零伍分",
    "1.50": "壹元伍角",
    "10": "壹拾元整",
    "10.01": "壹拾元零壹分",
    "11": "壹拾壹元整",
    "100": "壹佰元整",
    "101": "壹佰零壹元整",
    "110": "壹佰壹拾元整",
    "1001": "壹仟零壹元整",
    "1010": "壹仟零壹拾元整",
    "10000": "壹万元整",
    "10001": "壹万零壹元整",
    "10010": "壹万零壹拾元整",
    "10100": "壹万零壹佰元整",
    "50000": "伍万元整",
    "100500": "壹拾万零伍佰元整",
    "105000": "壹拾万伍仟元整",
    "1000100": "壹佰万零壹佰元整",
    "10000001": "壹仟万零壹元整",
    "10010000": "壹仟零壹万元整",
    "100000000": "壹亿元整",
    "100000500": "壹亿零伍佰元整",
    "100010000": "壹亿零壹万元整",
    "101000000": "壹亿零壹佰万元整",
    "110000000": "壹亿壹仟万元整",
    "1000000000": "壹拾亿元整",
    "1001000000": "壹拾亿零壹佰万元整",
    "100010000.01": "壹亿零壹万元零壹分",
    "9999999999.99": "玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
}


@pytest.mark.parametrize(("amount", "words"), [*OFFICIAL_EXAMPLES.items(), *TRICKY.items()])
def test_hand_picked_values(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words


def check_rules(value: Decimal, words: str) -> None:
    """The rules every capital amount obeys, whatever its value."""
    cents = int(value * 100)
    assert "零零" not in words
    assert not words.endswith("零")
    assert not words.startswith("零") or words == "零元整"
    assert words.endswith("整") == (cents % 100 == 0)
    assert "分整" not in words and "角整" not in words
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    assert ("元零" in words) == (yuan > 0 and jiao == 0 and fen > 0)
    for unit in "拾佰仟":  # a unit always follows a non-zero digit
        for match in re.finditer(unit, words):
            assert words[match.start() - 1] in "壹贰叁肆伍陆柒捌玖"
    if len(str(yuan)) % 4 == 2 and str(yuan).startswith("1"):
        assert words.startswith("壹拾")  # never a bare 拾 at the front


def test_every_yuan_amount_below_a_hundred_thousand_reads_back() -> None:
    for yuan in range(100_000):
        value = Decimal(yuan)
        words = amount_in_words(value)
        assert read_back(words) == value, words
        check_rules(value, words)


def test_every_cent_combination_reads_back() -> None:
    for yuan in (0, 1, 10, 100, 1000, 10000, 10**8, 9_999_999_999):
        for cents in range(100):
            value = Decimal(yuan) + Decimal(cents) / 100
            words = amount_in_words(value)
            assert read_back(words) == value, words
            check_rules(value, words)


@settings(max_examples=3000, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_any_amount_reads_back(cents: int) -> None:
    value = Decimal(cents) / 100
    words = amount_in_words(value)
    assert read_back(words) == value
    check_rules(value, words)


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999_999))
def test_groups_of_zeros_collapse(cents: int) -> None:
    """Zeros inside the 万 and 亿 groups never print as more than one 零 in a row."""
    words = amount_in_words(Decimal(cents) / 100)
    assert not re.search(r"零[万亿]|[万亿]零[万亿]", words)


@pytest.mark.parametrize(
    "bad", [Decimal("-0.01"), Decimal("-1"), MAX_AMOUNT + Decimal("0.01"), Decimal("1e10"),
            Decimal("0.001"), Decimal("NaN"), Decimal("Infinity")],
)
def test_out_of_range_or_too_precise_is_refused(bad: Decimal) -> None:
    with pytest.raises(ValueError):
        amount_in_words(bad)


def test_floats_are_refused() -> None:
    with pytest.raises(ValueError):
        amount_in_words(0.1)  # type: ignore[arg-type]


def test_figures_and_full_text() -> None:
    assert amount_in_figures(Decimal("50000")) == "¥50,000.00"
    assert amount_in_figures(Decimal("1234567.8")) == "¥1,234,567.80"
    assert amount_text(Decimal("50000")) == "人民币伍万元整（¥50,000.00）"


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "零"), (1, "一"), (2, "二"), (3, "三"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"),
     (100, "一百"), (101, "一百零一"), (110, "一百一十"), (1005, "一千零五"), (10010, "一万零一十"),
     (100000, "十万")],
)
def test_chinese_numerals(n: int, text: str) -> None:
    assert chinese_numeral(n) == text


def test_quantities_say_liang_for_two() -> None:
    assert chinese_quantity(2) == "两"
    assert chinese_quantity(3) == "三"
    assert chinese_quantity(12) == "十二"
