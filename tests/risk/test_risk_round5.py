"""Failure kinds a third blind holdout set showed (rules 2026.4): weapons and injuries that a
check refuted, self-harm with the means in hand or shown only by settling one's affairs,
lethal intent and poisoning in other words, arson preparation, the target's address or
child's school sent to them, crowds holding implements, and highs reached by ordinary
factors alone. Every sentence here is new."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk.rules import RulesError, parse_rules

from .conftest import assess_text, live_codes, rules_only

RED_LINES = {"threat_kill", "weapon", "self_harm", "injury", "grounded_fear"}


def _shipped() -> dict:
    return tomllib.loads(files("resources").joinpath("risk/rules.toml").read_text("utf-8"))


@pytest.mark.parametrize(
    ("refuted", "claimed"),
    [
        (
            "有人打电话说超市门口有人持刀。巡逻民警赶到发现是两个孩子拿着道具刀排练节目。",
            "有人打电话说超市门口有人持刀。巡逻民警赶到时他还握着刀不放。",
        ),
        (
            "邻居报称他拿刀追人。经调看执法记录仪，他手里是一把晾衣杆，并非刀具。",
            "邻居报称他拿刀追人。经调看执法记录仪，他确实拿着一把菜刀站在门口。",
        ),
        (
            "群里流传“某小区业主被保安打伤”的视频，经核查系三年前的旧视频，与本小区无关。",
            "群里流传“某小区业主被保安打伤”的视频，经核查业主确已住院。",
        ),
        (
            "村民说他扬言要放火。经调查核实系误传，原话是“这堆稻草早晚要一把火烧了”，指的是自家的稻草。",
            "村民说他扬言要放火。他对调解员说“这房子我早晚一把火烧了”。",
        ),
        (
            "有人报称老张拿刀比划。监控显示老张在削甘蔗，报警人看了录像后承认看错了。",
            "有人报称老张拿刀比划。监控显示老张拿刀朝对方挥了两下。",
        ),
    ],
)
def test_a_claim_a_check_refuted_is_not_a_red_line(refuted: str, claimed: str) -> None:
    result = assess_text(refuted)
    assert not live_codes(result) & RED_LINES or all(not r.red_line for r in result.reasons)
    assert result.level is not RiskLevel.HIGH
    assert assess_text(claimed).level is RiskLevel.HIGH


def test_farm_tools_in_shared_work_are_not_weapons() -> None:
    work = assess_text("两户人家拿着镰刀在地头一块割麦子，顺便把界线重新量了一遍。")
    assert "weapon" not in live_codes(work)
    assert work.level is RiskLevel.LOW
    threat = assess_text("他拿着镰刀说要收拾对方。")
    assert "weapon" in live_codes(threat)


@pytest.mark.parametrize(
    "text",
    [
        "他站在楼顶边上，手里攥着一瓶敌敌畏，喊：“你们再拆一块砖，我就喝下去！”",
        "工人拎着一根尼龙绳说：“今天不结工钱，我就吊在你们公司门口。”",
    ],
)
def test_conditional_drinking_and_hanging_are_self_harm(text: str) -> None:
    result = assess_text(text)
    assert "self_harm" in live_codes(result)
    assert result.level is RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "医生让他先把这碗中药喝下去再说。",
        "他说要是不信，就把灯笼吊在门口给大家看。",
        "药太苦了，孩子喝不下去。",
    ],
)
def test_drinking_medicine_and_hanging_lanterns_are_harmless(text: str) -> None:
    assert "self_harm" not in live_codes(assess_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "他丢了工作后把摩托车便宜卖了，手机关机，跟朋友说这辈子也就这样了。",
        "老人把金手镯送给了外孙女，还说“没什么盼头了”。",
        "她把儿子托给邻居照看，跟村干部说自己熬不下去了。",
        "老汉把老伴的遗照摆在床头，拿出寿衣试穿，说快去陪老婆子了。",
    ],
)
def test_settling_affairs_with_despair_is_high(text: str) -> None:
    result = assess_text(text)
    assert {"despair", "settling_affairs"} <= live_codes(result)
    assert result.level is RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "猪价跌了，他把三头猪便宜卖了，准备改种果树。",
        "她出差一周，孩子托给邻居照看。",
        "借款人手机关机，一直联系不上，出借人申请调解。",
        "熬夜加班熬不住了，他先回去睡觉。",
    ],
)
def test_settling_affairs_alone_is_everyday(text: str) -> None:
    result = assess_text(text)
    assert "despair" not in live_codes(result)
    assert result.level is RiskLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "他对村干部说，拿我这把老骨头换他一条命也值。",
        "他说这笔钱要不回来，就以命相抵。",
        "前女友要搬走，他在电话里说大不了咱俩一块儿完蛋。",
        "他站在地界上喊，谁敢挖一锹，就埋在这儿。",
    ],
)
def test_lethal_intent_in_other_words_is_high(text: str) -> None:
    result = assess_text(text)
    assert "threat_kill" in live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_a_game_of_cards_is_not_lethal() -> None:
    for text in ("打牌输了他说大不了再来一局。", "两人用一条旧船换他一条新网，各取所需。"):
        assert "threat_kill" not in live_codes(assess_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "他指着对方的鸭棚说：“一瓶药的事，你自己掂量。”",
        "果园被毒死了一片，他对邻居说要让你全家也尝尝这滋味。",
        "他扬言要往对方鱼塘里撒些农药。",
    ],
)
def test_poisoning_threats_are_high(text: str) -> None:
    result = assess_text(text)
    assert "threat_kill" in live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_pesticide_bought_after_a_threat_is_high_and_for_the_fields_is_not() -> None:
    threat = assess_text("他说跟对方没完，第二天就去镇上买了两瓶百草枯。")
    assert {"veiled_threat", "poison_means"} <= live_codes(threat)
    assert threat.level is RiskLevel.HIGH
    farming = assess_text("开春后他去农资店买了两瓶杀虫剂，给果树喷农药。")
    assert farming.level is RiskLevel.LOW


def test_petrol_and_jugs_with_a_threat_to_the_property_are_high() -> None:
    barrel = assess_text("他把灌满汽油的铁桶放在对方商铺门口，说这店谁也别想开。")
    assert "weapon" in live_codes(barrel)
    assert barrel.level is RiskLevel.HIGH
    jugs = assess_text("他说过“那片大棚要是烧了，看他还种啥”，昨晚有人见他拎着两个塑料壶在大棚外转。")
    assert {"veiled_threat", "arson_means"} <= live_codes(jugs)
    assert jugs.level is RiskLevel.HIGH
    tea = assess_text("他拎着茶壶去村委会，说这事谁也别想瞒着。")
    assert "arson_means" not in live_codes(tea)


@pytest.mark.parametrize(
    "text",
    [
        "她收到一条微信：“5栋1单元802，晚上睡得挺香吧”，这几天总有人跟在她后面。",
        "店主门上被塞了一张纸条，写着“你女儿在光明小学四年级”，落款“走着瞧”。",
    ],
)
def test_the_targets_address_or_childs_school_with_hostility_is_high(text: str) -> None:
    result = assess_text(text)
    assert "targeted_knowledge" in live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_an_address_in_the_record_is_not_targeted_knowledge() -> None:
    result = assess_text("申请人住5栋1单元802，孩子在光明小学四年级，要求楼上修好漏水。")
    assert "targeted_knowledge" not in live_codes(result)
    assert result.level is RiskLevel.LOW


def test_a_childs_route_home_named_to_the_parent_is_high() -> None:
    result = assess_text("他对老板说：“你闺女放学走南门吧？”")
    assert "grounded_fear" in live_codes(result)
    assert result.level is RiskLevel.HIGH
    advice = assess_text("老师建议家长：孩子放学走南门，那边车少。")
    assert "grounded_fear" not in live_codes(advice)


def test_knowing_the_route_said_the_other_way_round_is_high() -> None:
    result = assess_text("前男友发消息说：“你几点出门、坐哪路车我都清楚。”")
    assert "grounded_fear" in live_codes(result)


def test_a_crowd_holding_implements_is_high() -> None:
    result = assess_text("两村五十多人聚集在水闸旁，不少人手里拿着锄头、铁锹。")
    assert "implements" in live_codes(result)
    assert result.level is RiskLevel.HIGH
    # the rules do not count shovels at work; what the similarity model makes of so short a
    # text is measured on the labelled sets, not asserted sentence by sentence
    work = rules_only("五十多名村民拿着铁锹一起挖渠，村里管午饭。")
    assert "implements" not in live_codes(work)
    assert work.level is not RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "两人在菜场杀价，争了几句。",
        "他在网上买了一把菜刀，收到后发现有缺口，要求退货。",
        "果农给桃树喷了农药，邻居嫌气味大。",
        "他下周要开刀做手术，请对方先把欠款还上。",
        "店铺跳楼价清仓，顾客砍价时争了两句。",
        "炸鸡店老板说真是气死我了，但愿意打官司解决。",
        "补偿标准一刀切，他为了还房贷拼命干活。",
    ],
)
def test_harmless_senses_stay_harmless(text: str) -> None:
    result = assess_text(text)
    assert not live_codes(result) & RED_LINES
    assert result.level is RiskLevel.LOW


ORDINARY = (
    "离婚后争房产，价值二百万元，已调解三次未果，男方拒绝调解，全部积蓄都在房里，"
    "双方积怨多年，女方七十五岁母亲同住，拖欠工资未结。"
)


def test_ordinary_factors_alone_do_not_make_high() -> None:
    result = assess_text(ORDINARY)
    assert result.score >= 16
    assert result.level is RiskLevel.MEDIUM
    threatened = assess_text(ORDINARY + "男方说走着瞧。")
    assert threatened.level is RiskLevel.HIGH


def test_without_high_needs_the_score_alone_gives_high() -> None:
    """An office copy without the key keeps the old behaviour."""
    data = _shipped()
    data["levels"].pop("high_needs")
    assert assess_text(ORDINARY, rules=parse_rules(data)).level is RiskLevel.HIGH


def test_high_needs_must_name_known_factors() -> None:
    data = _shipped()
    data["levels"]["high_needs"] = ["no_such_factor"]
    with pytest.raises(RulesError, match=r"levels\.high_needs"):
        parse_rules(data)


def test_a_calendar_year_is_not_a_long_grudge() -> None:
    assert "long_grudge" not in live_codes(assess_text("回访报告：2024年3月两家因漏水争吵。"))
    assert "long_grudge" in live_codes(assess_text("两家为一堵墙告了3年。"))
