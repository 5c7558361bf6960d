"""Failure kinds a second blind holdout set showed (rules 2026.3): serious injuries from
minor blows, everyday objects used as weapons, threats by gesture or picture, petrol with
arson and self-harm, chartered buses and crowds cutting boundary posts, farewells posted
online, and past violence in a separation. Every sentence here is new."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk.rules import parse_rules

from .conftest import assess_text, live_codes, ruled_out_codes

RED_LINES = {"threat_kill", "weapon", "self_harm", "injury", "grounded_fear"}


@pytest.mark.parametrize(
    "text",
    [
        "两人在菜市场争摊位，摊主推了顾客一把，顾客倒地后右手腕骨折。",
        "婆婆扇了儿媳两个耳光，儿媳右耳鼓膜穿孔。",
        "他把邻居推倒在楼梯口，邻居头部撞墙，医院诊断为脑震荡。",
        "争执中他踹了对方一脚，对方膝盖缝了六针。",
        "店主推搡顾客，顾客摔倒，经鉴定为轻伤二级。",
    ],
)
def test_a_minor_blow_with_a_serious_injury_is_high(text: str) -> None:
    result = assess_text(text)
    assert "injury" in live_codes(result)
    assert result.level is RiskLevel.HIGH


@pytest.mark.parametrize(
    ("injured", "unharmed"),
    [
        ("他扇了对方一个耳光，对方鼓膜穿孔。", "他扇了对方一个耳光，对方没有受伤。"),
        ("他推了老人一把，老人髋骨骨折。", "他推了老人一把，老人未骨折，只是受了惊吓。"),
    ],
)
def test_the_injury_decides_not_the_verb(injured: str, unharmed: str) -> None:
    assert assess_text(injured).level is RiskLevel.HIGH
    result = assess_text(unharmed)
    assert "injury" not in live_codes(result)
    assert result.level is RiskLevel.MEDIUM  # the blow itself is a scuffle


def test_a_sports_accident_is_not_a_blow() -> None:
    result = assess_text("两个学生踢足球时撞在一起，一人小腿骨折，家长协商医药费。")
    assert "injury" not in live_codes(result)
    assert result.level is RiskLevel.LOW


STRUCK_WITH = ["甩棍", "钢管", "棒球棍", "弹簧刀", "匕首", "斧头", "砖头", "酒瓶"]
POURED = ["汽油", "硫酸", "农药"]


@pytest.mark.parametrize("weapon", STRUCK_WITH + POURED)
@pytest.mark.parametrize(
    "frame", ["他拿着{}冲到对方店门口。", "他抄起{}就往外走。", "他腰里别着{}去找对方。"]
)
def test_everyday_objects_carried_at_someone_are_weapons(weapon: str, frame: str) -> None:
    result = assess_text(frame.format(weapon))
    assert "weapon" in live_codes(result)
    assert result.level is RiskLevel.HIGH


@pytest.mark.parametrize("tool", ["铁锹", "锄头", "扁担", "镰刀"])
def test_farm_tools_count_when_brandished_or_carried_at_someone(tool: str) -> None:
    assert "weapon" in live_codes(assess_text(f"他挥舞着{tool}追了对方半条街。"))
    assert "weapon" in live_codes(assess_text(f"他拿着{tool}冲到邻居家院子里。"))
    work = assess_text(f"老人拿着{tool}下地干活，路上和邻居吵了两句。")
    assert "weapon" not in live_codes(work)
    assert work.level is RiskLevel.LOW


def test_a_weapon_that_was_not_carried_does_not_count() -> None:
    result = assess_text("经民警核查，他当天没有拿甩棍，只是站在门口说话。")
    assert "weapon" not in live_codes(result)
    assert result.level is not RiskLevel.HIGH


def test_a_blade_sharpened_to_a_shine_is_readied() -> None:
    result = assess_text("分居后，男方把一把砍刀磨得飞快挂在墙上。")
    assert "weapon" in live_codes(result)


@pytest.mark.parametrize(
    "text",
    [
        "租户指着液化气罐对房东说：“再来催我搬，咱们一起完蛋。”",
        "催债人给他发了一张菜刀插在桌上的照片，写着“回头见”。",
        "前夫深夜发来一张麻绳的图片，只说了一句“你看着办”。",
        "他说要是再来拆，就把燃气阀门一拧，谁也别想出去。",
    ],
)
def test_a_threat_by_gesture_or_picture_is_high(text: str) -> None:
    result = assess_text(text)
    assert "threat_kill" in live_codes(result)
    assert result.level is RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "店主发了一张新进的菜刀的照片，说明天见面再谈价格。",
        "物业人员指着燃气灶说：明天燃气公司上门检修，请大家在家等候。",
        "他并没有指着煤气罐说大家一起完蛋，那是邻居听错了。",
    ],
)
def test_showing_a_thing_without_a_threat_is_not_a_threat(text: str) -> None:
    assert "threat_kill" not in live_codes(assess_text(text))


def test_petrol_ready_with_arson_then_self_harm_is_high() -> None:
    result = assess_text(
        "被拆迁户把屋里三个油桶打开给我们看，里面全是汽油，说谁来推房子就烧谁，烧完了再烧自己。"
    )
    assert {"weapon", "threat_kill", "self_harm"} <= live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_setting_oneself_alight_is_self_harm_and_cooking_is_not() -> None:
    assert "self_harm" in live_codes(assess_text("他说钱不给，他就把自己点了。"))
    assert "self_harm" not in live_codes(assess_text("他不会把自己点了，家属说他只是嘴上说说。"))
    assert assess_text("调解成功后，他自己烧了一桌菜请大家吃饭。").level is RiskLevel.LOW


def test_a_worker_on_a_tower_crane_demanding_wages_is_high() -> None:
    result = assess_text("讨薪工人站在塔吊上喊话，称老板不来就跳。")
    assert "self_harm" in live_codes(result)
    assert result.level is RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "四十多户拆迁户凑钱包了三辆大巴，打算周五一起去省政府反映问题。",
        "上组三十余名村民在山口拦截对方的拉石料货车，有人拔掉了界桩，双方开始推搡。",
    ],
)
def test_a_crowd_with_buses_or_obstruction_and_destruction_is_high(text: str) -> None:
    assert assess_text(text).level is RiskLevel.HIGH


def test_buses_for_a_wedding_and_an_orderly_petition_are_not_high() -> None:
    wedding = assess_text("婚宴包了两辆大巴接送三十多名亲友，车费分摊发生分歧。")
    assert "mobilisation" not in live_codes(wedding)
    assert wedding.level is not RiskLevel.HIGH
    petition = assess_text("村民代表二十余人联名签字，要求村委会公开账目。")
    assert petition.level is RiskLevel.MEDIUM


def test_a_crowd_smashing_a_shop_is_high() -> None:
    result = assess_text("债权人带了十多个人到公司，把办公室的电脑和打印机全砸了。")
    assert "property_damage" in live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_idioms_with_smashing_are_not_damage() -> None:
    for text in ("他把这件事情搞砸了，老板很生气。", "这次他把自家招牌砸了，生意一落千丈。"):
        assert "property_damage" not in live_codes(assess_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "她在微博发了一条长文，最后写着“永别了，别来找我”。",
        "他在家族群里留言：“爸妈年纪大了，孩子们以后好好的。”",
    ],
)
def test_a_farewell_posted_online_is_high(text: str) -> None:
    result = assess_text(text)
    assert "self_harm" in live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_wishing_the_children_well_is_not_a_farewell() -> None:
    for text in ("为了孩子以后好好的，双方同意协议离婚。", "她在朋友圈说希望孩子们以后好好的。"):
        assert "self_harm" not in live_codes(assess_text(text))


STALKED = "离婚后前夫天天在她公司楼下蹲守，两个月前曾把她按在地上打。"


def test_past_violence_counts_in_the_separation_combination() -> None:
    result = assess_text(STALKED)
    assert not any(r.red_line for r in result.reasons)
    assert result.score < 16
    assert result.level is RiskLevel.HIGH
    assert any("风险组合" in (r.note or "") for r in result.reasons)


def test_without_include_past_the_combination_needs_current_violence() -> None:
    """An office copy made before 2026.4 has no include_past and keeps the old behaviour."""
    data = tomllib.loads(files("resources").joinpath("risk/rules.toml").read_text("utf-8"))
    del data["model"]  # such a copy had no model section either
    for combo in data["levels"]["combos"]:
        combo.pop("include_past", None)
    assert assess_text(STALKED, rules=parse_rules(data)).level is RiskLevel.MEDIUM


def test_settled_past_violence_does_not_count_in_the_combination() -> None:
    result = assess_text("离婚后前夫天天在她公司楼下蹲守。去年两人曾扭打在一起，事后已经和解。")
    assert result.level is RiskLevel.MEDIUM


@pytest.mark.parametrize(
    ("threat", "harmless"),
    [
        ("他在电话里说要让她全家不得安宁。", "装修噪音吵得整栋楼不得安宁。"),
        ("临走时他问：“你女儿在城关二小上学吧？”", "申请人女儿在城关二小上学。"),
    ],
)
def test_veiled_threats_and_their_harmless_twins(threat: str, harmless: str) -> None:
    assert "veiled_threat" in live_codes(assess_text(threat))
    assert "veiled_threat" not in live_codes(assess_text(harmless))


@pytest.mark.parametrize(
    "text",
    [
        "两人在二手群里杀价，没谈拢。",
        "她去市场砍价砍了半天。",
        "他说这事真是气死我了，但同意调解。",
        "对方说不怕打官司，愿意起诉。",
        "两人合开的炸鸡店分账不清。",
        "村里补偿标准一刀切，部分村民有意见。",
        "他为了还债每天拼命干活。",
        "两人拼车上下班，为油费分摊吵过一次。",
    ],
)
def test_harmless_senses_stay_low(text: str) -> None:
    result = assess_text(text)
    assert not live_codes(result) & RED_LINES
    assert result.level is RiskLevel.LOW


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("邻居为漏水报过三次警，对方仍不维修。", "police_calls"),
        ("被申请人今年八十二岁，独自居住。", "vulnerable"),
        ("欠款人三个月来电话一律不接。", "refuses_talk"),
        ("催收电话打到学校，她已经不敢去上课了。", "afraid"),
        ("他说全部积蓄都投进了这家店。", "livelihood"),
        ("家属连续两天守在药店门口，不让营业。", "harassment"),
    ],
)
def test_everyday_forms_of_medium_factors(text: str, code: str) -> None:
    assert code in live_codes(assess_text(text))


def test_ruled_out_reasons_stay_visible() -> None:
    result = assess_text("打羽毛球时他被球拍打到眼睛，眼睛肿了。")
    assert "injury" in ruled_out_codes(result)


def test_a_threat_once_made_and_settled_counts_little() -> None:
    settled = assess_text("春节前他曾说过“不还钱就跟你没完”。后来借款已还清，他也当面道歉了。")
    assert settled.level is RiskLevel.LOW
    current = assess_text("他说“不还钱就跟你没完”。借款至今未还。")
    assert current.level is RiskLevel.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "聚餐时他就点自己爱吃的菜，别人有意见。",
        "班长说谁先到就点谁的名。",
        "他说我就从楼梯下去，不坐电梯了。",
        "工人站在脚手架上干活，和工头吵了几句。",
    ],
)
def test_ordering_roll_calls_and_stairs_are_not_self_harm_or_threats(text: str) -> None:
    assert not live_codes(assess_text(text)) & RED_LINES
