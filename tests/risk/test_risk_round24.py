"""What rules 2026.36 read wrongly on the fifty-first writer's holdout (legal advisers' logs and
court pre-litigation records in Liaoning): a fire threat as 放把火 and its explanation as
burning straw, a crowd counted as 家属 or 工人, a hospital hall blocked, guards pushed over
after a death in surgery (no accident), waiting at her workplace day after day and knowing
the building she moved to. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high, live_codes, rules_only


@pytest.mark.parametrize(
    "text",
    [
        "他在饭桌上拍着桌子说，过两天就去他家院里放把火。",
        "术后第三天病人去世，三十多个亲属堵在病房门口，推倒了两名护士。",
        "离婚后他天天在她公司楼下等着，还知道她搬到了哪个小区。",
    ],
)
def test_fire_a_crowd_pushing_and_a_stalker_who_knows_where_she_lives_are_high(text: str
                                                                                ) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他说过两天就去院里放把火，网格员上门一问，他说的是要把院里的杂草烧了。",
        "术后第三天病人去世，三十多个亲属在病房门口哭了一场，随后去办了手续。",
        "离婚后他天天在公司楼下等着接孩子放学，两人轮流带孩子。",
    ],
)
def test_straw_mourning_and_picking_up_a_child_are_not_high(text: str) -> None:
    assert_not_high(text)


def test_a_crowd_counted_by_who_they_are() -> None:
    assert "many_people" in live_codes(rules_only("十来个工人在老板家门口坐了一下午。"))
    assert "many_people" not in live_codes(rules_only("两个工人在老板家门口坐了一下午。"))
