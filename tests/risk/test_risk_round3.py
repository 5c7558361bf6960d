"""Failure kinds an independently written holdout set showed (rules 2026.3): crowds being
mobilised, injuries in medical words, deliberate acts in an accident context, farewell
messages, threats about where someone lives, refuted or retracted claims, hurt livestock,
and risk factors written in everyday words that should add up to medium."""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import DisputeType, RiskLevel
from mediation_app.risk import CaseFacts

from .conftest import assess_text, live_codes, ruled_out_codes


@pytest.mark.parametrize(
    "text",
    [
        "拆迁户五十多人计划明天冲击街道办，要求见主任。",
        "小区群里有人组织业主周一一起去开发商售楼处讨说法，报名的已有六十余人。",
        "十几户商户商量包车到省城上访，还说人越多越好。",
        "三十余名债权人结伙到借款人家里找人，把门口围得水泄不通。",
    ],
)
def test_a_crowd_being_mobilised_is_high(text: str) -> None:
    result = assess_text(text)
    assert {"many_people", "mobilisation"} <= live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_a_crowd_that_fights_is_high_and_a_calm_one_is_not() -> None:
    fighting = assess_text("四十多名村民聚集在砂场门口，与砂场工人发生推搡。")
    assert fighting.level is RiskLevel.HIGH
    calm = assess_text("四十多名村民聚集在砂场门口，要求砂场停止夜间作业。")
    assert calm.level is RiskLevel.MEDIUM


def test_a_crowd_bringing_weapons_is_a_red_line() -> None:
    result = assess_text("有人在群里说去的时候都带上家伙。")
    assert "weapon" in live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_asking_whether_a_group_may_go_is_not_mobilisation() -> None:
    result = assess_text("村民代表问：我们二十来户能不能一起去找开发商？")
    assert "mobilisation" not in live_codes(result)
    assert result.level is not RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "两名顾客在店门口发生打斗，其中一人肋骨骨折。",
        "他被对方三个人按在地上打，右臂挫伤，住院一周。",
        "双方扭打在一起，男方鼻梁骨折。",
    ],
)
def test_a_fight_with_an_injury_in_medical_words_is_high(text: str) -> None:
    result = assess_text(text)
    assert "injury" in live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_a_fight_in_which_nobody_was_hurt_is_no_injury() -> None:
    result = assess_text("两人在菜市场扭打了几下，均未受伤，被摊主拉开。")
    assert "injury" not in live_codes(result)
    assert "scuffle" in live_codes(result)


def test_accident_context_does_not_excuse_a_deliberate_beating() -> None:
    facts = CaseFacts(dispute_type=DisputeType.parse("道路交通事故纠纷"))
    result = assess_text(
        "电动车追尾后，后车男子抄起头盔砸前车司机的后窗，又把司机拖下车殴打，致其眼眶挫伤。",
        facts=facts,
    )
    assert {"property_damage", "injury"} <= live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_accident_context_still_rules_out_accidental_injury() -> None:
    facts = CaseFacts(dispute_type=DisputeType.parse("道路交通事故纠纷"))
    result = assess_text("两车相撞，货车司机额头流血，被送往医院。", facts=facts)
    assert "injury" in ruled_out_codes(result)
    assert result.level is RiskLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "催收电话不断，他半夜给妻子发微信：“对不起你和孩子，我先走了。”此后联系不上。",
        "她在家里桌上留下遗言，说把存款都留给女儿。",
        "债务人给朋友发了一条告别短信后关机。",
    ],
)
def test_a_farewell_message_is_a_suicide_signal(text: str) -> None:
    result = assess_text(text)
    assert "self_harm" in live_codes(result)
    assert result.level is RiskLevel.HIGH


def test_leaving_a_meeting_early_is_no_farewell() -> None:
    result = assess_text("调解结束后他说家里有事，我先走了，改天再谈。")
    assert "self_harm" not in live_codes(result)


@pytest.mark.parametrize(
    "text",
    [
        "他临走时说：“你闺女在哪儿上学我都清楚。”",
        "对方在电话里说：“你家住哪里我知道。”",
        "被申请人放下一句：“晚上回家小心点。”",
    ],
)
def test_veiled_threats_about_where_someone_is(text: str) -> None:
    result = assess_text(text)
    assert "veiled_threat" in live_codes(result)
    assert result.level is not RiskLevel.LOW


def test_a_threat_that_keeps_someone_from_going_home_is_high() -> None:
    result = assess_text("对方说“你家住哪儿我知道”，申请人这几天吓得不敢回家，住在单位。")
    assert {"veiled_threat", "afraid"} <= live_codes(result)
    assert result.level is RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        "王某称被邻居用棍子打伤，经查看监控，系王某自己在台阶上绊倒，邻居并未靠近。",
        "有人报称店主拿刀追人，民警到场核实，店主正在后厨剁排骨，未持刀对人。",
        "群众反映有人说要一刀捅了张某，经核实是他在模仿电视剧台词。",
    ],
)
def test_a_claim_checked_and_refuted_is_not_high(text: str) -> None:
    result = assess_text(text)
    assert result.level is not RiskLevel.HIGH


def test_a_checked_claim_that_was_confirmed_stays_high() -> None:
    result = assess_text("王某称被邻居用棍子打伤，经查看监控，邻居确实用棍子打了王某的头。")
    assert result.level is RiskLevel.HIGH


def test_a_threat_called_words_in_anger_counts_little_and_a_question_does_not_retract() -> None:
    retracted = assess_text("他那天说要让对方好看，后来自己说那只是气话，两家已和好。")
    assert retracted.level is RiskLevel.LOW
    asked = assess_text("他说要让对方好看。调解员问：这是气话吧？他说不是气话。")
    assert asked.level is not RiskLevel.LOW


def test_a_past_threat_long_settled_is_not_high() -> None:
    result = assess_text(
        "回访：前年刘某在争吵中说过要和对方同归于尽，此后宅基地已重新确界，刘某称早已放下，两家相安无事。"
    )
    assert result.level is RiskLevel.LOW


@pytest.mark.parametrize(
    "text",
    [
        "邻居嫌羊啃了菜苗，用铁锹打伤了羊腿。",
        "两家为放牧吵架，对方砍伤了他家的驴。",
    ],
)
def test_hurting_livestock_is_damage_not_violence(text: str) -> None:
    result = assess_text(text)
    assert "injury" not in live_codes(result)
    assert "property_damage" in live_codes(result)
    assert result.level is RiskLevel.MEDIUM


def test_hurting_a_person_named_ma_is_still_violence() -> None:
    result = assess_text("牛某用铁棍打伤了马某的腿。")
    assert "injury" in live_codes(result)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "居民反复拨打110投诉隔壁装修噪音，装修方说有本事你去告。",
            {"police_calls", "refuses_talk"},
        ),
        ("借款十八万元，双方三次协商未果。", {"large_sum", "mediation_failed"}),
        ("货款二十万元，本案已调解两次。", {"large_sum", "mediation_failed"}),
        (
            "两兄弟为祖屋已经争了七八年，早就结下梁子，母亲九十岁独居。",
            {"long_grudge", "vulnerable"},
        ),
        ("补偿款三十万，上次调解时二哥中途离席。", {"large_sum", "refuses_talk"}),
        ("婆媳经常吵架，婆婆把儿媳的房门锁了起来。", {"quarrel", "harassment"}),
        ("年底了，装修队的工钱还没结，领班情绪非常激动。", {"livelihood", "intoxication_emotion"}),
    ],
)
def test_ordinary_risk_factors_in_text_reach_medium(text: str, codes: set[str]) -> None:
    result = assess_text(text)
    assert codes <= live_codes(result)
    assert result.level is RiskLevel.MEDIUM


def test_a_single_ordinary_factor_stays_low() -> None:
    assert assess_text("借款十八万元到期未还，借款人承诺下月归还。").level is RiskLevel.LOW


def test_a_mental_disorder_named_in_text_is_at_least_medium() -> None:
    result = assess_text("被申请人患有双相情感障碍，与楼下因漏水问题发生口角。")
    assert "mental_disorder" in live_codes(result)
    assert result.level is RiskLevel.MEDIUM
