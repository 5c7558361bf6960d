"""What rules 2026.91 read wrongly on the hundred-and-ninety-fifth to hundred-and-ninety-seventh
writers' holdouts (Luzhou, Qiqihar, Quzhou): a live wire round an orchard, "哪天猪圈起火莫怪人", a head
held down in a flooded field, a chair swung at the other side, "山上就多一座坟"; and the other way,
rat bait laid by the estate office. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "西瓜地老被人摘，他在地边绕了一圈铁丝通上电，讲偷瓜的死了活该。",
        "鱼塘主私拉电网防人偷鱼，晚上才合闸。",
        "他对养鸡场老板讲：“哪天鸡棚着火了，别怪我。”",
        "争山的事谈不拢，他撂下一句：“再砍我家的树，坡上就多个坟头。”",
        "两人在河边扭打，他压着对方的头往河里按，旁人下水才拉开。",
        "调解到一半，被申请人举起凳子砸向申请人，被调解员拦住。",
    ],
)
def test_lethal_traps_fire_and_graves_foretold_and_blows_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "物业在地下室下药灭鼠，贴了告示提醒业主看好宠物。",
        "鱼塘边私拉的电网上个月已被供电所拆除，塘主写了检讨。",
        "消防员讲电线老化，哪天着火了别怪我们没提醒。",
        "清明上山一看，他家祖坟边上又多了一座坟，来问是谁家的。",
        "奶奶按着孙子的头往盆里洗头，孩子哭了几声。",
        "他举起凳子站上去换灯泡，不小心摔了一跤。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
