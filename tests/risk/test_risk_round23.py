"""What rules 2026.35 read wrongly on the fiftieth writer's holdout (hotline work orders and
grid chat groups of northern Anhui and Jiangsu): 俺 and 恁 for 我 and 你, "送你上路" and a
final "先送你走", a window ledge with 不想活了, a rack that fell on a porter read as a blow,
and a butcher's knife cutting meat read as a weapon. Each with a twin on the other side.
Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high, live_codes, rules_only


@pytest.mark.parametrize(
    "text",
    [
        "他在电话里撂话：“再来催债，俺先送恁走。”",
        "工头放话说谁再闹就送他上路。",
        "老太太坐在五楼窗台上，哭着说活不下去了。",
    ],
)
def test_threats_in_northern_words_and_a_ledge_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "天黑了，俺先送恁走，路上慢点。",
        "我先送你走，再回来收拾桌子。",
        "老太太坐在窗台边晒太阳，跟邻居说儿子不回家她活得也挺好。",
    ],
)
def test_seeing_someone_off_and_a_sunny_sill_are_not_high(text: str) -> None:
    assert_not_high(text)


def test_a_rack_falling_on_a_porter_is_an_accident_a_blow_is_not() -> None:
    assert "injury" not in live_codes(rules_only("他卸货时被货架砸中，三根肋骨骨折。"))
    assert "injury" in live_codes(rules_only("他卸货时被工头用钢管砸中，三根肋骨骨折。"))


def test_a_knife_cutting_meat_is_no_weapon_a_knife_raised_is() -> None:
    assert "weapon" not in live_codes(rules_only("讨债的人来时，他拎着剔骨刀正在分肉。"))
    assert "weapon" in live_codes(rules_only("讨债的人来时，他拎着剔骨刀追了出去。"))
