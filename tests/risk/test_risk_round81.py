"""What rules 2026.98 read wrongly on the two-hundred-and-nineteenth to two-hundred-and-twenty-first
writers' holdouts (Nantong, Ganzhou, Baoding): a fight going on with hoes taken up on both sides, a
man crouching by the other's car at night and a brake line cut by morning, two clans who "约了今晚…
‘做过一场’". Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "村民打电话说两兄弟为田埂打起来了，两人都拿了铁锹，赶紧来人。",
        "两家为宅基地各自拿着扁担对打，场面乱成一团。",
        "停车纠纷吵了几个月，保安看见王某半夜在对方车边转悠了好一阵，第二天对方刹车线断了。",
        "两村后生为争水约了周六晚上在晒谷坪“打一场”。",
        "两个车队的司机为抢货约好收工后在停车场干一场。",
        "两房人为分山林约定星期天在老屋场“做一场”。",
    ],
)
def test_armed_fights_cut_brakes_and_arranged_fights_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "两兄弟去年为田埂打起来过，后来都拿了铁锹一起修了水渠，早已和好。",
        "两家人各自拿着扁担挑水浇菜，有说有笑。",
        "维修工半夜在车边检查，发现刹车线老化断了，已送修理厂。",
        "两个村的后生约好明晚在河滩上打一场篮球。",
        "两房人约定星期天在老屋场做一场法事，祭祖。",
        "双方约了下个月打一场官司，各自请了律师。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
