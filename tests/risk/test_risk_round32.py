"""What rules 2026.48 read wrongly in a sentence kept from the last review: a knife that cut
meat and then was swung at the wife ("切了点肉，转身就朝妻子砍去") read only as a scuffle,
because the knife was at work when it was first named. A blade swung (砍, 劈) at a person is
a weapon's use whatever it did before; swung at a tree, firewood or a car it is not.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他拿菜刀剁完排骨，回头就朝丈母娘砍了过去。",
        "两人为地界吵了半天，老汉朝着邻居劈了下去，被人拉住。",
        "酒后他砍向前妻，手被旁人死死按住。",
    ],
)
def test_a_blade_swung_at_a_person_is_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他拿菜刀剁完排骨，回头就去切葱了。",
        "老汉朝着那棵歪脖子树劈了下去，树倒在自家院里。",
        "他抡斧头朝柴堆砍了几刀，劈好的柴码在墙根。",
        "他没有朝对方砍去，只是把刀扔在了地上，两人后来和好了。",
    ],
)
def test_a_blade_at_work_on_wood_or_put_down_is_not_high(text: str) -> None:
    assert_not_high(text)
