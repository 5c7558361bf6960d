"""What rules 2026.84 read wrongly on the hundred-and-seventy-first to hundred-and-seventy-third
writers' holdouts (a township near Linxia, a street office in Guilin, a mountain township near
Lishui): a car parked at the door every night after a scuffle, "不回来了，娃们你好好拉扯", thanks for
the years with the ox to be sold for the grandson, "以后娃娃你帮我看到点" with a letter under the
pillow and meals refused on the balcony, drums of something pungent and "大家一起亮堂亮堂", "那事我
自己去了结"; "那是当时气话" takes an old threat back, and a family class is not a house. Each with a
twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "两人上个月扭打过，这几天他天天夜里把车停在对方家门口。",
        "他讨不到工钱，给老婆发语音说“我就不回来了，孩子们你好好带大”。",
        "老汉打电话说“这些年多谢你，我那头牛你帮我卖掉，钱给我孙子读书”，之后再也打不通。",
        "她跟妹妹讲“以后娃娃你帮我看到点”，这两天饭也不吃，一个人坐在阳台上。",
        "他在车库里囤了好几桶东西，门口一股刺鼻的味道，还说到时候大家一起亮堂亮堂。",
    ],
)
def test_lurking_farewells_and_stored_drums_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他天天夜里把车停在自家门口，邻居嫌挡路。",
        "他说过年不回来了，孩子们在老家好好读书。",
        "老汉说这些年多谢你照顾，牛卖了钱给孙子读书，过年请你吃饭。",
        "她跟妹妹讲以后娃娃你帮我看到点，她要去外地进修半年。",
        "他在车库里存了几桶机油，说过年大家一起热闹热闹。",
        "去年她讲过“再打我就喝农药”，后来丈夫戒了酒，她说那是当时气话。",
        "夫妻俩一起去了两次村里的家庭课，关系好多了。",
        "那事他说自己去了结，第二天就把钱还上了。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
