"""Failure kinds the fourth holdout set showed (rules 2026.7) on the low side: reports of a
weapon or a blow that a check found false in words the refutations did not know, or further
from the check than they looked; knives sold as goods; an old threat taken back once its
cause was gone. Each fix has its twin that must stay high: a check that confirms the act,
a weapon in the hand the check describes, a new threat. Every sentence here is new.

The low side is asserted on the rules alone: the similarity model is tuned
separately, on the labelled sets.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high, live_codes, rules_only

RED_LINES = {"threat_kill", "weapon", "self_harm", "injury", "grounded_fear"}


@pytest.mark.parametrize(
    ("refuted", "confirmed"),
    [
        # what the check found in the hand was something harmless
        (
            "有人报警说楼下有人拿铁棍砸人。派出所民警赶到后查明，此人手里拿的实为一把折叠的"
            "长柄雨伞，他在楼下等孩子放学。",
            "有人报警说楼下有人拿铁棍砸人。派出所民警赶到后查明，此人确实拿着铁棍在楼下转悠，"
            "扬言要找对方算账。",
        ),
        (
            "报警人称两个年轻人在小区门口拿刀比划。民警到场核实，两人手里拿的是一根自拍杆，"
            "正在拍短视频。",
            "报警人称两个年轻人在小区门口拿刀比划。民警到场核实，两人手里拿的是一把弹簧刀，"
            "正在拍短视频。",
        ),
        # no contact at all, further from the check than 40 characters
        (
            "网上有帖子说“物业经理拿扳手打了业主”。经社区和派出所调查，当时经理拿着扳手在修"
            "水管，业主过来询问停水时间，两人说话声音大了些，但双方没有任何肢体接触。",
            "网上有帖子说“物业经理拿扳手打了业主”。经社区和派出所调查，当时经理抡起扳手砸向"
            "业主，被保安拦下，双方没有任何肢体接触。",
        ),
        # the tool never left its work, and the story was others' talk
        (
            "有人说老孙拿斧头追着邻居跑。调委会上门查实，老孙那天在院里劈柴，斧头始终没离开"
            "柴堆，是别人看走眼了瞎传的。",
            "邻居反映老孙拿斧头追人，调委会走访查实，情况属实，斧头一直没离开他手。",
        ),
        # the rumour was officially refuted
        (
            "网友在论坛发帖说“村干部拿棍子打人”，镇里已经辟谣：视频是外地的。",
            "网友在论坛发帖说“村干部拿棍子打人”，被打的村民头上缝了六针。",
        ),
    ],
)
def test_a_report_a_check_found_false_is_no_red_line(refuted: str, confirmed: str) -> None:
    assert_not_high(refuted)
    assert_high(confirmed)


@pytest.mark.parametrize(
    "text",
    [
        "经派出所核实，刘某确实拿着剔骨刀堵在对方门口，所幸无人受伤。",
        "调查后确认他当时举着铁锹冲向对方，但没有打到人。",
        "群众反映钱某拿砍刀威胁邻居。经民警核实，钱某确有持刀威胁的行为，双方没有任何肢体接触。",
        "经核实，王某手里拿的是一把砍刀。",
        "经核实，赵某手中所持为一根钢管，并朝对方挥舞。",
        "报警称有人持刀伤人，经核实，实为张某用酒瓶砸伤李某头部。",
    ],
)
def test_a_check_that_confirms_a_weapon_refutes_nothing(text: str) -> None:
    assert_high(text)
    assert "weapon" in live_codes(rules_only(text))


@pytest.mark.parametrize(
    "text",
    [
        "顾客在网上买的水果刀收到就生锈，要求退款，商家同意重新寄一把新刀，顾客满意。",
        "磨刀石和菜刀都是在夜市买的，质量一般，已经协商退款。",
        "女儿给老人买的菜刀刀刃卷了，店家拿了一把新刀给她调换，老人很满意。",
        "物业师傅拿着扳手在修水管，业主嫌声音吵，两人说了几句。",
    ],
)
def test_knives_and_tools_as_goods_or_at_work_are_no_weapons(text: str) -> None:
    assert "weapon" not in live_codes(rules_only(text))
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他在集上买了把新菜刀，扬言回去就剁了老孟。",
        "他扬言要剁了房东。",
        "超市卖的菜刀质量不好，他拿着菜刀冲进超市，说不退货就砍了店主。",
        "他这两天天天在院子里磨刀，说迟早要跟老赵算账。",
        "他拿着钢管要去修理老刘。",
        "他拿着扳手修车，跟车主吵了几句后抡起扳手砸向车主。",
    ],
)
def test_knives_bought_or_sharpened_with_a_threat_stay_high(text: str) -> None:
    assert_high(text)


def test_an_old_threat_taken_back_once_its_cause_is_gone() -> None:
    settled = (
        "三年前王某因征地补偿曾在村委会扬言“不给钱就一把火烧了村委会”。补偿款早已到位，今天回访"
        "时王某说“那会儿是气头上说的，现在日子好过了”。"
    )
    assert_not_high(settled)
    threat = rules_only(settled)
    assert any(r.code == "threat_kill" and 0 < r.weight < 12 for r in threat.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "王某说那会儿是气头上说的话，可昨天又拎着汽油桶在村委会门口转。",
        "他说那阵子是气头上的话，可这几天又在老屋后面磨斧头。",
        "他扬言要砍死老李。他说那时候是气头上的话，但昨天又拿着刀在老李家门口转悠。",
        # a threat taken down by the one who posted it, and "others made it up" with no check
        "张某在群里发帖扬言要弄死李某，被派出所训诫后已删帖致歉。",
        "他扬言要砍死老李。他自己说是别人乱讲的。",
    ],
)
def test_words_taken_back_do_not_cover_what_came_after(text: str) -> None:
    assert_high(text)
    assert live_codes(rules_only(text)) & RED_LINES
