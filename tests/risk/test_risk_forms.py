"""Forms that blind-written narratives showed the rules missing: amounts written in every
way, violence told in the passive voice, injuries done by animals, hypotheticals and
events marked as past by 曾 or settled by 早已."""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import DisputeType, RiskLevel
from mediation_app.risk import CaseFacts
from mediation_app.risk.text import parse_number

from .conftest import assess_text, live_codes, ruled_out_codes


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("120,000", 120_000),
        ("1,250,000", 1_250_000),
        ("100,000.50", 100_000.5),
        ("120，000", 120_000),
        ("十二万", 120_000),
        ("壹拾贰万", 120_000),
        ("贰拾伍万", 250_000),
        ("壹佰零伍万", 1_050_000),
        ("一万二千", 12_000),
        ("一百二十万", 1_200_000),
        ("一亿二千万", 120_000_000),
        ("十几", 13),
    ],
)
def test_number_forms(token: str, value: float) -> None:
    assert parse_number(token) == value


def _amount(text: str) -> float | None:
    """The amount in 元 behind the large-sum reason, read back from its quote."""
    for reason in assess_text(text).reasons:
        if reason.code == "large_sum" and not reason.ruled_out:
            quote = reason.quote.rstrip("元块整余多来").lstrip("¥￥人民币RMB ")
            unit = 10_000 if quote.endswith("万") else 1
            return parse_number(quote.removesuffix("万")) * unit
    return None


@pytest.mark.parametrize(
    ("text", "yuan"),
    [
        ("欠款120,000元两年未还。", 120_000),
        ("补偿款争议金额1,250,000元。", 1_250_000),
        ("借款12万余元到期未还。", 120_000),
        ("包工头欠材料款壹拾贰万元。", 120_000),
        ("投资款人民币贰拾伍万元整。", 250_000),
        ("工人讨要工钱十二万无果。", 120_000),
        ("分包款壹佰零伍万元。", 1_050_000),
        ("借了他二十来万。", 200_000),
        ("货款共计￥150,000。", 150_000),
        ("赔偿款150000块钱。", 150_000),
    ],
)
def test_large_sums_in_every_form_are_read_in_yuan(text: str, yuan: float) -> None:
    assert _amount(text) == yuan


@pytest.mark.parametrize(
    "text",
    ["装修款尾款¥86,500。", "押金9,999元。", "借款一万二千元。", "欠款9.8万元。", "三千元押金。"],
)
def test_sums_below_the_threshold_are_not_large(text: str) -> None:
    assert _amount(text) is None


def test_only_true_thousands_groups_join_digits() -> None:
    """ "1,23456" is two numbers, not 123 456; a list "3,500元，12,000元" is not added up."""
    assert _amount("付了1,23456元。") is None
    assert _amount("欠款3,500元，另欠12,000元。") is None


@pytest.mark.parametrize(
    "text",
    [
        "王某被人打伤，头部缝了五针。",
        "张某的父亲被对门赵某一把推下台阶，摔成骨折。",
        "物业经理被业主一拳打掉两颗门牙。",
        "李某遭邻居殴打，肋骨骨折。",
        "她被打了一顿，脸上全是淤青。",
        "老王被儿子推倒在地，头磕破了，缝了四针。",
    ],
)
def test_passive_violence_with_injury_is_high(text: str) -> None:
    result = assess_text(text)
    assert result.level is RiskLevel.HIGH
    assert "injury" in live_codes(result)


@pytest.mark.parametrize("text", ["店门被人砸了。", "他家的车窗被砸碎了。", "玻璃窗被人砸碎。"])
def test_passive_damage_to_property_is_at_least_medium(text: str) -> None:
    assert "property_damage" in live_codes(assess_text(text))
    assert assess_text(text).level is RiskLevel.MEDIUM


@pytest.mark.parametrize(
    "text", ["他挨了一顿打，没受伤。", "昨天他被人暴打。", "她被丈夫打了几巴掌。"]
)
def test_passive_beating_without_injury_is_a_scuffle(text: str) -> None:
    assert "scuffle" in live_codes(assess_text(text))


@pytest.mark.parametrize(
    "text",
    ["电话被打爆了。", "他被打动了，同意调解。", "工人被钢管砸伤了脚。", "老人被车撞倒，腿骨折。"],
)
def test_passive_forms_without_a_violent_person_stay_low(text: str) -> None:
    assert assess_text(text).level is RiskLevel.LOW


def test_deliberate_violence_counts_in_an_accident_type_case() -> None:
    """A relative beating a doctor is violence even in a medical dispute."""
    text = "患者家属在病房内殴打值班医生，医生被打致眼眶骨折。"
    medical = CaseFacts(dispute_type=DisputeType.parse("医疗"))
    assert assess_text(text, facts=medical).level is RiskLevel.HIGH
    # an injury without an agent is still an accident there
    assert assess_text("术后患者腿部骨折。", facts=medical).level is RiskLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "邻居家的狗把我儿子的小腿咬伤了，对方愿意赔。",
        "王家的猫抓伤了邻居小孩的手背。",
        "邻居的猫把我家孩子脸抓破了。",
        "她被蛇咬伤，怪邻居院子不清理。",
        "刘家的狗咬伤了张家的羊。",
    ],
)
def test_injuries_done_by_animals_are_not_violence_between_parties(text: str) -> None:
    result = assess_text(text)
    assert result.level is RiskLevel.LOW
    assert ruled_out_codes(result) & {"injury", "scuffle"}
    assert any("动物" in (r.note or "") for r in result.reasons if r.ruled_out)


@pytest.mark.parametrize(
    "text", ["两人打架，他咬伤了对方的手指。", "为狗叫的事他打伤了邻居。", "狗主人打伤了邻居。"]
)
def test_people_who_bite_or_argue_about_animals_are_still_violent(text: str) -> None:
    assert assess_text(text).level is RiskLevel.HIGH


def test_setting_a_dog_on_someone_is_a_weapon() -> None:
    result = assess_text("他放狗咬人，邻居小腿被咬伤。")
    assert result.level is RiskLevel.HIGH
    assert "weapon" in live_codes(result)


def test_killing_someone_elses_animal_is_damage() -> None:
    result = assess_text("张家男人拿石头砸死了刘家的狗。")
    assert "property_damage" in live_codes(result)
    assert assess_text("上游工厂排放的污水毒死了鱼塘里的鱼。").level is RiskLevel.LOW


@pytest.mark.parametrize(
    ("plain", "hypothetical"),
    [
        ("我想打他。", "我要是想打他早就打了。"),
        ("他推了她一把。", "要是他推了她一把，她早报警了。"),
    ],
)
def test_yaoshi_is_a_hypothesis(plain: str, hypothetical: str) -> None:
    assert "scuffle" in live_codes(assess_text(plain))
    assert "scuffle" in ruled_out_codes(assess_text(hypothetical))


def test_yaoshi_does_not_hide_a_conditional_threat() -> None:
    assert assess_text("他要是敢再来，我就砍死他。").level is RiskLevel.HIGH
    assert assess_text("你要是不还钱，咱俩都别活。").level is RiskLevel.HIGH


def test_events_marked_by_ceng_and_zaoyi_are_past_and_settled() -> None:
    text = "1998年两村曾因林权发生过械斗，如今界线早已勘定。"
    result = assess_text(text)
    assert result.level is RiskLevel.LOW
    assert not any(r.red_line for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "当事人说“活着没意思，药我都备好了”。",
        "他在村里说要买瓶农药让马家全家尝尝。",
        "他留纸条：“你不回来，咱俩都别活。”",
    ],
)
def test_new_threat_and_self_harm_forms_are_high(text: str) -> None:
    assert assess_text(text).level is RiskLevel.HIGH


def test_new_veiled_and_doxxing_forms_are_at_least_medium() -> None:
    assert assess_text("他说不退钱让你这店开不下去。").level is RiskLevel.MEDIUM
    assert "harassment" in live_codes(assess_text("他把老板的家庭住址发到网上。"))


def test_a_bite_looks_back_over_the_sentence_a_blow_only_over_its_clause() -> None:
    bite = assess_text("他家的黄狗平时拴着，那天没拴好，跑出来咬伤了路过的孩子。")
    assert bite.level is RiskLevel.LOW
    assert "injury" in ruled_out_codes(bite)
    blow = assess_text("邻居的狗咬了他家的鸡，他一气之下打伤了邻居。")
    assert blow.level is RiskLevel.HIGH
