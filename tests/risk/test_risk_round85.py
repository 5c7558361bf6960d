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
        "老汉在地头刨了个坑躺进去，说谁敢动这块地就先埋了老子。",
        "讨债的把孩子他爸带走了，叫我们家拿钱来换人。",
        "她被传销组织骗到广西，在出租屋里关了半个多月。",
        "他揣着新买的尖刀，刀柄缠了布条，一直在老李家门外等着。",
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
        "孩子们在海边沙滩上挖了个坑，躺进去喊着先把我埋了，大人在旁边拍照。",
        "王大妈接到骗子电话，说她儿子被绑了要交五万块赎人，银行柜员及时识破了这个骗局。",
        "他的摩托车被交警拉到停车场，扣了五天才放出来。",
        "小王被朋友拉到山里钓鱼，手机关了三天，家里人急坏了。",
        "他被老板拉到办公室，扣了三天工资。",
        "领导给我挖了个坑，这次项目出了事要把我埋了。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
