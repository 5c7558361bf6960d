"""What rules 2026.60 read wrongly on the hundred-and-second to hundred-and-fourth writers'
holdouts (subsided coal land near Datong; an ecological-migration village in Ningxia; the
logistics city of Linyi), two of which met every target: a jump into the subsidence pit with the
child, kin called on both sides "见个高低", a bag of sleeping pills for both of them, "就撞死他
全家" in a traffic dispute, a factory gate haunted and the boss's
car hours asked, a drive off the bridge, a spanner and a man driven into a corner; and as too
high: a sickle that cut the wrong rows. Each with a twin on the
other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他说媳妇再不回来，他就带着孩子跳进村东头的水库。",
        "两家各约了本家兄弟，说周末在地头见个高低。",
        "她在诊所买了两大包安眠的，说老两口一人一包。",
        "肇事方说再谈不拢就开车撞死他全家。",
        "他这几天天天在厂门口转，还问门卫老板的车几点进出。",
        "他说车再被扣，就开着车从大桥上冲下去。",
        "他拎着扳手把车行老板逼到墙角。",
    ],
)
def test_pits_kin_pills_cars_gates_and_spanners_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "秋收时他拿镰刀割错了邻居三行玉米，当场赔了钱。",
        "孩子们夏天跳进河里游泳，家长要求村里装护栏。",
        "他拿着扳手在车行修车，老板嫌他修得慢。",
        "老人按老习惯早早给自己备好了寿衣，儿女没有意见。",
        "两个村的篮球队约好周末见个高低。",
    ],
)
def test_harvests_swimmers_repairs_customs_and_contests_are_not_high(text: str) -> None:
    assert_not_high(text)
