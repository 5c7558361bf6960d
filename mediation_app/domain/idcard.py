"""Chinese resident identity numbers (GB 11643-1999)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mediation_app.domain.enums import Sex

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_PATTERN_18 = re.compile(r"^\d{17}[\dX]$")
_PATTERN_15 = re.compile(r"^\d{15}$")


class IdNumberError(ValueError):
    """Why a number is not a valid resident ID (Chinese message)."""


@dataclass(frozen=True)
class ResidentId:
    number: str
    birth_date: dt.date
    sex: Sex

    def age_on(self, day: dt.date) -> int:
        years = day.year - self.birth_date.year
        return years - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))


def check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def parse(text: str, *, today: dt.date | None = None, allow_15: bool = False) -> ResidentId:
    """Validate and decode a resident ID; lower-case x is accepted and stored upper-case."""
    number = text.strip().upper()
    today = today or dt.date.today()
    if allow_15 and _PATTERN_15.match(number):
        birth_text, seq = "19" + number[6:12], number[14]
    elif _PATTERN_18.match(number):
        if check_char(number[:17]) != number[17]:
            raise IdNumberError("身份证号校验位不正确")
        birth_text, seq = number[6:14], number[16]
    else:
        raise IdNumberError("身份证号应为18位（前17位数字，末位数字或X）")
    try:
        birth = dt.date(int(birth_text[:4]), int(birth_text[4:6]), int(birth_text[6:8]))
    except ValueError as exc:
        raise IdNumberError("身份证号中的出生日期不存在") from exc
    if birth > today or birth.year < 1850:
        raise IdNumberError("身份证号中的出生日期不可能")
    sex = Sex.MALE if int(seq) % 2 else Sex.FEMALE
    return ResidentId(number=number, birth_date=birth, sex=sex)


def make(area: str, birth: dt.date, seq: int) -> str:
    """Build a valid number (for demo data and tests): area 6 digits, seq 0-999."""
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first17 + check_char(first17)


def mask(number: str | None) -> str | None:
    """4101**********123X: enough to recognise, not enough to misuse."""
    if not number:
        return number
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]
