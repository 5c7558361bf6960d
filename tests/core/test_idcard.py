import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mediation_app.domain import idcard
from mediation_app.domain.enums import Sex


@pytest.mark.parametrize("number", ["11010519491231002X", "440524188001010014",
                                    "34052419800101001X", "11010519491231002x"])
def test_known_valid_numbers(number: str) -> None:
    parsed = idcard.parse(number)
    assert parsed.number == number.upper()


def test_decodes_sex_and_birth() -> None:
    parsed = idcard.parse("11010519491231002X")
    assert parsed.birth_date == dt.date(1949, 12, 31)
    assert parsed.sex is Sex.FEMALE
    assert idcard.parse("440524188001010014").sex is Sex.MALE


@pytest.mark.parametrize("number, problem", [
    ("11010519491231002Y", "18位"),
    ("110105194912310021", "校验位"),
    ("1101051949123100", "18位"),
    ("11010519490230000" + idcard.check_char("11010519490230000"), "出生日期"),
])
def test_rejects_bad_numbers(number: str, problem: str) -> None:
    with pytest.raises(idcard.IdNumberError, match=problem):
        idcard.parse(number)


def test_rejects_future_birth() -> None:
    future = idcard.make("110105", dt.date.today() + dt.timedelta(days=2), 1)
    with pytest.raises(idcard.IdNumberError, match="不可能"):
        idcard.parse(future)


def test_fifteen_digits_only_when_enabled() -> None:
    with pytest.raises(idcard.IdNumberError):
        idcard.parse("110105491231002")
    assert idcard.parse("110105491231002", allow_15=True).birth_date == dt.date(1949, 12, 31)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 1, 1)),
       st.integers(0, 999))
def test_make_then_parse_round_trips(birth: dt.date, seq: int) -> None:
    number = idcard.make("320102", birth, seq)
    parsed = idcard.parse(number)
    assert parsed.birth_date == birth
    assert parsed.sex is (Sex.MALE if seq % 2 else Sex.FEMALE)


@given(st.text(max_size=25))
def test_any_text_is_parsed_or_refused(text: str) -> None:
    with contextlib.suppress(idcard.IdNumberError):
        idcard.parse(text)


def test_mask() -> None:
    assert idcard.mask("41010519491231123X") == "4101**********123X"
