"""What rules 2026.69 read wrongly on the hundred-and-twenty-ninth to hundred-and-thirty-first
writers' holdouts (an urban village near Xi'an, a tea township in old Huizhou, a committee near
Lianyungang): a window sash taken off and a man on the ledge, "下一个就是人" after animals were hacked
to death, "横着出来", "拿这条老命换他的", a father waiting silent on the doctor's way home, keys left
before going to "find her late husband"; and as too high: strangers with machetes found to be hired
workers. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他把窗扇卸了，坐在窗台上给儿子打电话。",
        "砍死了邻居的两头猪后，他放话下一个就是人。",
        "兄弟俩为老宅翻脸，老大说他敢住进去就横着出来。",
        "老汉说拿这条老命换他的，值。",
        "女儿没救回来，她爸天天在医生下班路上等着，也不说话。",
        "老太太把存折交给邻居，说找她过世的老伴去。",
        "你再敢来我家闹，就让你横着出去。",
        "几个人拿着钢管堵在王家门口，说不还钱就打断他的腿，核实是李某雇来的工人。",
        "她把防盗窗给拆了，夜里一个人坐在窗台上往下看。",
    ],
)
def test_window_ledges_next_ones_and_silent_waits_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "师傅把旧窗户拆了，站在窗台上装新窗框。",
        "他把猪卖了，说下一个就是人情往来的事。",
        "喝醉的病人被家属横着抬出来。",
        "报称有人拿着柴刀进了竹林，核实是他儿子请来的砍竹工人。",
        "他每天在下班路上等公交，不说话玩手机。",
        "工地上砸坏了两台机器，安全员提醒再不注意下一个就是人。",
        "柜子竖着过不了门框，搬家师傅说他就横着抬出去了。",
        "老人说年轻时在矿上拿命换他的，现在儿子不管他。",
        "维修工把旧护栏拆了，站在窗台上给新窗框打胶。",
        "患者家属天天在医生下班路上等着，一声不吭，手里拎着锦旗想当面致谢。",
    ],
)
def test_window_fitters_hired_hands_and_bus_stops_are_not_high(text: str) -> None:
    assert_not_high(text)
