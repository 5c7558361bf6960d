"""What rules 2026.25 did not read on the thirty-second and thirty-third writers' holdouts
(Shanghai and the Yangtze delta; the Henan and Anhui plains): poison threatened at a place
("就在店里喝药"), a crowd that closes round someone and beats him, a person held (扣) for days,
hands round the neck in other words (卡, 头颈), bones broken in plain words (肋骨断), a blade or
hammer that broke a thing (砸坏), accusers saying they misjudged him. Each with a twin on the
other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "化肥钱要不回来，老汉说明天就到村委会门口喝药。",
        "几个人把他围住打，他左边肋骨断了两根。",
        "讨债的把欠钱的老板扣在厂里三天，不让走。",
        "邻居冲进去时，男的手还卡在她脖子上。",
        "他被人用锤子砸伤了头，缝了五针。",
        "邻居说老王拿刀追人，第二天邻居又说我们没误会他，刀还在他手里。",
    ],
)
def test_the_words_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "老汉说明天就到卫生院去拿药，腿疼得厉害。",
        "几个人把他围住看热闹，没人动手。",
        "供货商把对方的货车扣在厂里三天，等货款结清。",
        "鱼刺卡在喉咙里，去医院取出来了。",
        "店门口的灯箱被人用锤子砸坏了，店主要求赔偿。",
        "邻居说老王拿刀追人，第二天邻居上门说我们误会他了，当面赔了不是。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
