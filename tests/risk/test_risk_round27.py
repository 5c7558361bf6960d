"""What rules 2026.39 read wrongly on the fifty-fourth writer's holdout (a retired teacher's case
notes from a named mediator's studio in the Hakka hills of southern Jiangxi): a fruit knife
named by what it peeled, 开一刀 for surgery, a powder gun carried on a night watch, sitting at
the edge of a hospital roof, and burial clothes put on. Each with a twin on the other side.
Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他守在果园里，身边放着鸟铳，说谁来摘果子就打谁。",
        "讨不到钱，她在商场楼顶边上站了两个钟头。",
        "拆迁谈崩后，老人穿上了寿衣，锁了门不出来。",
        "他拿着削苹果的刀追着店主比划。",
    ],
)
def test_a_gun_a_roof_edge_burial_clothes_and_a_knife_turned_on_someone_are_high(
        text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他守在果园里，身边放着手电筒，说谁来摘果子就记下来。",
        "讨不到钱，她在商场楼顶花园的长椅上坐了两个钟头。",
        "老人试了试店里的褂子，说穿上跟寿衣似的，不买了。",
        "民警到场核实，他拿的是削苹果的刀，一直在削皮。",
        "他膝盖开了一刀，住院多花了三千块，要求医院减免。",
    ],
)
def test_a_torch_a_roof_garden_a_jacket_an_apple_knife_and_surgery_are_not_high(
        text: str) -> None:
    assert_not_high(text)
