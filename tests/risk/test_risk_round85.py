"""What rules 2026.102 read wrongly on the two-hundred-and-thirty-seventh to
two-hundred-and-thirty-ninth writers' holdouts (Chuzhou, Zhuzhou, Panzhihua): a pit dug with "先把俺
埋了", a debtor taken away and held for days, a ransom asked; and a knife bought and complained
about as goods, read as a weapon. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他在宅基地边上挖了一个坑，对拆迁的人说，谁要拆就先把我埋了。",
        "他被三个放贷的带到一个废砖厂，关了两天才放出来。",
        "对方打电话来，要家属拿十万块钱赎人。",
    ],
)
def test_a_pit_dug_a_debtor_held_and_a_ransom_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "顾客买的杀猪刀刀柄松了，来店里讨说法，店家换了新的。",
        "他买的水果刀刀柄松了，拿到店里退货，店家给换了一把。",
        "网购的菜刀卷刃了，申请退款，平台已处理。",
        "他挖了个坑种树，笑着说等我老了也把我埋在这树下。",
        "他被朋友带到一个农家乐，住了两天才回来。",
        "他打架被民警带到派出所，关了两天。",
        "小时候听老人讲，土匪要钱赎人。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
