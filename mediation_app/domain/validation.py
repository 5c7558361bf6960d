"""Field checks at the edge: each failure names the field, in Chinese."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from mediation_app.domain.enums import DisputeType
from mediation_app.errors import ValidationError

MOBILE = re.compile(r"^1[3-9]\d{9}$")
LANDLINE = re.compile(r"^(0\d{2,3}-?)?[2-9]\d{6,7}(-\d{1,6})?$")
MAX_AMOUNT = Decimal("9999999999.99")


def fail(field: str, label: str, problem: str, english: str) -> ValidationError:
    return ValidationError(f"{label}：{problem}", f"{field}: {english}", field=field)


def text(
    value: Any, field: str, label: str, *, required: bool = False, max_len: int = 2000
) -> str | None:
    """Trimmed text without control characters (tabs and newlines are kept)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise fail(field, label, "必填", "required")
        return None
    if not isinstance(value, str):
        raise fail(field, label, "应为文字", "must be text")
    cleaned = value.strip()
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co") and ch not in "\n\t" for ch in cleaned):
        raise fail(field, label, "含有不可见的控制字符", "contains control characters")
    if len(cleaned) > max_len:
        raise fail(field, label, f"过长（最多 {max_len} 字）", f"longer than {max_len}")
    return cleaned


def date(
    value: Any,
    field: str,
    label: str,
    *,
    required: bool = False,
    today: dt.date | None = None,
    not_before: tuple[dt.date | None, str] | None = None,
    allow_future: bool = False,
) -> dt.date | None:
    """An ISO date (YYYY-MM-DD), not in the future unless allowed, not before a given date."""
    if value is None or value == "":
        if required:
            raise fail(field, label, "必填", "required")
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError as exc:
            raise fail(field, label, "日期格式应为 YYYY-MM-DD", "date must be YYYY-MM-DD") from exc
    else:
        raise fail(field, label, "日期格式应为 YYYY-MM-DD", "date must be YYYY-MM-DD")
    if day.year < 1900:
        raise fail(field, label, "日期不合理", "implausible date")
    if not allow_future and day > (today or dt.date.today()):
        raise fail(field, label, "不能晚于今天", "cannot be in the future")
    if not_before is not None and not_before[0] is not None and day < not_before[0]:
        raise fail(
            field, label, f"不能早于{not_before[1]}（{not_before[0]}）", f"before {not_before[1]}"
        )
    return day


def amount(value: Any, field: str, label: str) -> Decimal | None:
    """Yuan, non-negative, at most two decimals."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str, Decimal, float)):
        raise fail(field, label, "应为金额数字", "must be a number")
    try:
        number = Decimal(str(value).strip().replace(",", ""))
    except InvalidOperation as exc:
        raise fail(field, label, "应为金额数字", "must be a number") from exc
    if not number.is_finite():
        raise fail(field, label, "应为金额数字", "must be a number")
    if number < 0:
        raise fail(field, label, "不能为负数", "cannot be negative")
    if number != number.quantize(Decimal("0.01")):
        raise fail(field, label, "最多两位小数", "at most two decimals")
    if number > MAX_AMOUNT:
        raise fail(field, label, "金额过大", "too large")
    return number.quantize(Decimal("0.01"))


def count(value: Any, field: str, label: str, *, minimum: int = 0, maximum: int = 1_000_000) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        else:
            raise fail(field, label, "应为整数", "must be a whole number")
    if not minimum <= value <= maximum:
        raise fail(field, label, f"应在 {minimum} 到 {maximum} 之间", "out of range")
    return value


def phone(value: Any, field: str, label: str) -> str | None:
    """A mobile (11 digits, 1[3-9]…) or a landline (0xx-xxxxxxx, extension allowed)."""
    cleaned = text(value, field, label, max_len=30)
    if cleaned is None:
        return None
    compact = cleaned.replace(" ", "").removeprefix("+86")
    if MOBILE.match(compact) or LANDLINE.match(compact):
        return compact
    raise fail(field, label, "手机号应为11位（1开头）或固定电话如 010-12345678", "invalid phone number")


def boolean(value: Any, field: str, label: str, *, default: bool | None = None) -> bool | None:
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    raise fail(field, label, "应为 true 或 false", "must be true or false")


def choice(value: Any, field: str, label: str, options: Any, *, required: bool = True) -> Any:
    """One of an enum's values (Chinese or the code name)."""
    if value is None or value == "":
        if required:
            raise fail(field, label, "必填", "required")
        return None
    if isinstance(value, str):
        for member in options:
            if value.strip() in (member.value, member.name, member.name.lower()):
                return member
    allowed = "、".join(m.value for m in options)
    raise fail(field, label, f"应为以下之一：{allowed}", f"must be one of: {allowed}")


def dispute_type(value: Any) -> DisputeType:
    """One of the 15 national categories, by full name, short form (邻里) or code name."""
    if isinstance(value, str):
        try:
            return DisputeType.parse(value)
        except ValueError:
            pass
    allowed = "、".join(t.value for t in DisputeType)
    raise ValidationError(f"纠纷类型：应为以下之一：{allowed}", "dispute_type: unknown type",
                          field="dispute_type")


def mapping(value: Any, field: str, label: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise fail(field, label, "格式不正确（应为对象）", "must be an object")
    return value


def sequence(value: Any, field: str, label: str, *, max_items: int = 200) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise fail(field, label, "格式不正确（应为列表）", "must be a list")
    if len(value) > max_items:
        raise fail(field, label, f"条目过多（最多 {max_items} 项）", "too many items")
    return value
