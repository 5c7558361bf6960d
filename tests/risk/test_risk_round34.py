"""What rules 2026.50 read wrongly on the seventy-second to seventy-fourth writers' holdouts (a
bilingual township mediator near Kashgar and Hotan; a university counsellor's mediation notes
in Wuhan; a border township on the Guangxi–Vietnam border): a knife carried (提刀) and "下一刀就是
人", men called on both sides before the meeting is set, men called to wait for someone after
work, brakes cut, a poison asked about "for a person", sleeping pills bought again and again,
a last look from the roof; and as too high: a cut from one's own tool while chopping wood, a
knife taken by mistake, a pole poked at the eaves, a check that only names who it was. Each
with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "工钱没结，他喝了酒提刀去了包工头住的工棚。",
        "他把对方的鱼篓剁烂了，指着人说下一刀就是你。",
        "两个砂场各喊了一车人，约好天黑在河滩“谈谈”。",
        "他叫来七八个人，在厂门口等那个组长下班。",
        "两家翻脸后，有人把他家三轮车的刹车线剪断了。",
        "他在农资店问哪种药人喝了最快，老板没敢卖。",
        "她这个月好几次去不同的药店买安眠药，都说是给老人买的。",
        "他在群里说想上天台最后看一眼，然后就不回消息了。",
    ],
)
def test_knives_carried_arranged_fights_ambushes_brakes_poison_pills_and_roofs_are_high(
        text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他在五金店提了一套刀具，准备开饭馆用。",
        "搬新家那天他叫来五六个人帮忙抬家具。",
        "修车铺说他的刹车片磨薄了，给换了新的。",
        "他问农技站哪种药杀虫最快，买了两瓶回去打棉花。",
        "他上去最后看了一眼老房子，第二天就搬进了新楼。",
        "他劈柴的时候被自己的斧头砸了脚，缝了三针，没找别人。",
        "新来的帮工拿错了师傅的刀，吵了两句就换回来了。",
        "他用竹竿去捅对方屋檐下的马蜂窝，两家为此吵了一架。",
        "报称有人在村口闹事，经查是本村村民张某，喝多了在唱歌。",
    ],
)
def test_tools_bought_helpers_called_repairs_pesticide_moving_day_and_work_cuts_are_not_high(
        text: str) -> None:
    assert_not_high(text)
