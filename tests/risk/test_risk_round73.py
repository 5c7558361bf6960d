"""What rules 2026.90 read wrongly on the hundred-and-ninety-second to hundred-and-ninety-fourth
writers' holdouts (Jingdezhen, Zhangjiakou, Wenshan): "窑老板的命要拿来抵", "大不了跟老板一起上路", a man at
the roof edge shouting that he will jump; and the other way, "弄死你" said at cards while the
onlookers laughed. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他讲孩子的病是厂里害的，厂长的命要拿来抵。",
        "赔偿谈崩了，他讲大不了跟包工头一起上路。",
        "老人在桥上站了半天，哭着喊要跳。",
        "租户在天台边上来回走，嚷着要往下跳。",
    ],
)
def test_lives_to_pay_and_a_jump_shouted_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "两个老汉下棋互相喊‘弄死你’，旁边的人都笑了。",
        "他讲那辆车的命要拿来抵债，车已经押给了信用社。",
        "他跟老板一起上路去省城进货，明天回来。",
        "夏天几个孩子站在河边喊着要跳，天热想游泳。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)


def test_laughter_does_not_excuse_a_threat_carried_out() -> None:
    assert_high("他喊“今晚就弄死你”，在场的人都笑了，当晚他就带人砸了门。")
