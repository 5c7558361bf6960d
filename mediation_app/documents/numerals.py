"""Chinese numerals: the positional spelling shared by counts (一式三份) and money (大写)."""

from __future__ import annotations

_GROUPS = ("", "万", "亿")
_PLAIN_DIGITS = "零一二三四五六七八九"
_PLAIN_UNITS = ("", "十", "百", "千")


def spell_integer(n: int, digits: str, units: tuple[str, str, str, str]) -> str:
    """Spell 0 < n < 10**12 with the given digit and unit characters.

    One 零 stands for any run of zeros between non-zero digits, also across the 万 and
    亿 groups; zeros just before a group character are absorbed by it (十万五千, not
    十万零五千) and an all-zero group writes nothing (一亿零五百).
    """
    if n <= 0 or n >= 10**12:
        raise ValueError(f"超出范围的数字：{n}")
    out: list[str] = []
    pending_zero = False
    text = str(n)
    length = len(text)
    for i, ch in enumerate(text):
        power = length - 1 - i
        digit = int(ch)
        if digit == 0:
            pending_zero = True
        else:
            if pending_zero and out:
                out.append(digits[0])
            pending_zero = False
            out.append(digits[digit] + units[power % 4])
        if power % 4 == 0 and power > 0 and int(text[max(0, i - 3) : i + 1]):
            out.append(_GROUPS[power // 4])
            pending_zero = False
    return "".join(out)


def chinese_numeral(n: int) -> str:
    """Everyday numerals for ordinals and counts: 10 → 十, 11 → 十一, 110 → 一百一十."""
    if n == 0:
        return _PLAIN_DIGITS[0]
    text = spell_integer(n, _PLAIN_DIGITS, _PLAIN_UNITS)
    # A leading 一十 is said 十 (十一), but not inside a number (一百一十).
    return text[1:] if text.startswith("一十") else text


def chinese_quantity(n: int) -> str:
    """Like chinese_numeral, but a bare 2 reads 两 as in 一式两份."""
    return "两" if n == 2 else chinese_numeral(n)
