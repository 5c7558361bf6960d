"""What rules 2026.38 read wrongly on the fifty-third writer's holdout (a village first
secretary's work diary in the Tujia and Miao mountains of western Hubei and Chongqing): a
bricklayer's trowel and a wooden stage sword read as blades, a masked ritual explained to a
newcomer, a strangling told with 颈子, a beating that tore a spleen, and a feud settled by a
signed agreement. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high, live_codes, rules_only


@pytest.mark.parametrize(
    "text",
    [
        "她哭着说男人昨晚拿电线勒她颈子，差点没气。",
        "两家为田坎吵起来，老吴被对方打得肝破裂，还在抢救。",
        "有人报警说祠堂门口有人拿刀比划，民警去看，那人正拿菜刀追着邻居砍。",
    ],
)
def test_a_strangling_a_torn_liver_and_a_knife_confirmed_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "她说男人昨晚拿电线绑了颈子上挂的腊肉，她嫌不卫生。",
        "两家为田坎吵起来，老吴摔了一跤，肝上的老毛病又犯了，还在住院。",
        "有人报警说祠堂门口有人拿刀比划，民警去看了，讲清楚是在排练社火。",
    ],
)
def test_bacon_an_old_illness_and_a_rehearsal_are_not_high(text: str) -> None:
    assert_not_high(text)


def test_trowels_and_stage_swords_are_no_blades() -> None:
    for text in ("他手里拿着砖刀在砌墙。", "掌坛师拿着一把木刀在院坝里跳。"):
        assert "weapon" not in live_codes(rules_only(text))
    assert "weapon" in live_codes(rules_only("掌坛师拿着一把柴刀在院坝里追人。"))


def test_a_feud_settled_by_an_agreement_counts_less() -> None:
    settled = "去年两个村上百人在山梁上对峙过一回，今年九月终于签了勘界协议。"
    open_feud = "去年两个村上百人在山梁上对峙过一回，到现在界还没勘。"
    assert rules_only(settled).score < rules_only(open_feud).score
