"""Money amounts as agreements print them: in figures and in capital numerals (大写).

The capital form follows the rules banks and accountants apply to cheques and vouchers:
壹拾 for a leading ten, one 零 for any run of zeros between non-zero digits (also across
the 万 and 亿 groups), 整 only when there are no 角 or 分, and 零 after 元 when 角 is zero
but 分 is not (壹元零伍分). Where the rules allow either form, the shorter one is used
(壹拾万柒仟元伍角叁分).
"""

from __future__ import annotations

from decimal import Decimal

from mediation_app.documents.numerals import spell_integer

MAX_AMOUNT = Decimal("9999999999.99")

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")


def _checked(amount: Decimal) -> Decimal:
    if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
        raise ValueError(f"金额必须是 Decimal：{amount!r}")
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"金额不是有限数：{amount}")
    if value < 0:
        raise ValueError(f"金额不能为负数：{amount}")
    if value > MAX_AMOUNT:
        raise ValueError(f"金额超过上限 {MAX_AMOUNT}：{amount}")
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"金额最多精确到分：{amount}")
    return value.quantize(Decimal("0.01"))


def amount_in_words(amount: Decimal) -> str:
    """伍万元整 for 50000; ValueError outside 0 … 9 999 999 999.99 or finer than 分."""
    cents = int(_checked(amount) * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10
    if not cents:
        return "零元整"
    out = spell_integer(yuan, _DIGITS, _UNITS) + "元" if yuan else ""
    if jiao:
        out += _DIGITS[jiao] + "角"
    elif yuan and fen:
        out += _DIGITS[0]
    if fen:
        out += _DIGITS[fen] + "分"
    return out if jiao or fen else out + "整"


def amount_in_figures(amount: Decimal) -> str:
    """¥50,000.00."""
    return f"¥{_checked(amount):,.2f}"


def amount_text(amount: Decimal) -> str:
    """人民币伍万元整（¥50,000.00）, the form agreements use."""
    return f"人民币{amount_in_words(amount)}（{amount_in_figures(amount)}）"
