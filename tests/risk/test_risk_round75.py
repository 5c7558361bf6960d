"""What rules 2026.92 read wrongly on the hundred-and-ninety-eighth to two-hundredth writers'
holdouts (Zhanjiang, Xinyang, Ordos): rope and tape in the boot of a man who waits every night by
the manager's car, "她走了俺也没啥意思了" with the children sent away, a driver held for hours in a
yurt; and the other way, "输得想跳楼" said at mahjong while everyone laughed. Each with a twin on
the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "欠薪的工人天天守在老板小区门口，后备箱里备着绳子和胶带。",
        "媳妇没了俺也没啥奔头了，他这几天把闺女送回了奶奶家。",
        "工钱没结清，人扣在工棚里已经三个钟头，包工头家属在外面哭。",
        "妻子病故后他说‘她没了我活着也没意思了’，把两个孩子送到了姥姥家。",
    ],
)
def test_a_kit_in_the_boot_a_widower_and_a_man_held_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "搬家公司的车尾箱里有绳子和胶带，师傅等着装货。",
        "他说输得“想跳河”，一桌人都笑，接着又打了一圈。",
        "电梯坏了，有个老人被关在里头两个钟头，业主要求物业赔偿。",
        "暑假把孩子送到外婆家，两口子为接送的事吵了几句。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
