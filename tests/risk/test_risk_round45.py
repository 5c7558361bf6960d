"""What rules 2026.61 read wrongly on the hundred-and-fifth and hundred-and-seventh writers'
holdouts (an urban village in Guangzhou, Cantonese quoted as spoken; a county mediation room near
Xuzhou): a kitchen knife held "拎住" on the stairs, a child's school asked after and the gate
watched a whole afternoon, a bar sharpened behind the door, "飞落去" from the roof, "唔好空手嚟"
for a meeting at the court, "拉埋佢一齐落地狱", an arm cut again and again at a shop door, a
bracelet given away before "这趟去北京就不回来了，叫恁们别找"; and as too high: "死火" said of a
business. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "两家嗌交，阿强揸住把刀喺铺头门口企住唔走。",
        "佢问到对方个细路读边间学校，琴日喺校门口企咗成个下昼。",
        "阿伯屋企门后面靠住一支磨尖咗嘅钢筋，讲要等对面个衰人出嚟。",
        "阿婆话再逼佢搬，就喺天台飞落去俾佢哋睇。",
        "两班后生约咗今晚公园见，唔好空手嚟。",
        "佢讲钱冇晒，要拉埋佢老细一齐落地狱。",
        "小伙被拒退款后，在店门口把自己手臂割了好几刀。",
        "老人把金镯子给了孙女，说这回出去就不回来了，叫家里别找。",
        "佢拎起把西瓜刀冲去佢屋企。",
    ],
)
def test_cantonese_knives_schools_roofs_and_farewells_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "档主话今次真係死火，货压住卖唔出，想退铺。",
        "切菜时不小心把自己的手划了一道口子。",
        "家长问老师孩子读哪所小学划片，想给孩子报名。",
        "周末一家人公园见，别空手来，带点水果。",
        "女儿出国定居，说以后不回来了，叫爸妈别等她过年。",
        "木匠把几根木桩磨尖了，准备打篱笆。",
        "师傅揸住锤子在工地钉木板。",
        "她在校门口等了整个下午接孩子。",
        "明天球场见，唔好空手嚟，带球拍。",
    ],
)
def test_cantonese_breakdowns_kitchens_schools_and_emigrants_are_not_high(text: str) -> None:
    assert_not_high(text)
