"""What rules 2026.56 read wrongly on the eighty-seventh to eighty-ninth writers' holdouts (a
general contractor's labour-relations officer in Xi'an; a home-school mediation office in
Hefei; a funeral-services mediation point in Chongqing): "谁敢动土他就劈谁" with a mattock, a leg
broken by a push down a bank, "尝尝滋味", a bottle broken and held at someone, a fight set at a
mountain pass with tools made ready, over the wall into the yard, whether the roof door is
locked, a farewell for a dead pet with the cat given away; and as too high: a children's game
named in quotes. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他扛着镢头站在挖机前，说谁敢挖他家的地他就劈谁。",
        "两个村约了明早在河坝见，两边都在喊人，有人在准备家伙。",
        "他在饭馆跟老板吵起来，敲碎酒瓶指着老板。",
        "刚出院的学生问室友宿舍楼天台的门锁没锁。",
    ],
)
def test_mattocks_passes_bottles_and_roof_doors_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "课间几个孩子玩“警察抓坏人”，喊“我要杀了你”。",
        "服务员不小心敲碎了酒瓶，对着客人道歉。",
        "物业问楼顶的门锁没锁，要检修水箱。",
        "小偷翻进了院子偷了两只鸡。",
        "让大家尝尝滋味，这道菜是他的拿手菜。",
        "他骑车摔断了腿，在家养伤。",
    ],
)
def test_games_accidents_repairs_thefts_and_cooking_are_not_high(text: str) -> None:
    assert_not_high(text)
