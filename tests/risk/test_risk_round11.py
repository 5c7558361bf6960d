"""Failure kinds rules 2026.13 showed on the eighteenth writer's holdout and the short set:
poison read as a weapon where it was pest control or goods brought as proof, a knife report
that several witnesses refuted, a punch in sparring. On the high side: a silent nightly vigil
outside the other's home, savings given away with farewell words and the phone switched off,
the address of a hiding place quoted back, "下一个就是你" after smashing something. Each fix
has a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "小区物业在地下车库设了三个投药点防鼠，有业主担心孩子碰到，物业已加装上锁的毒饵盒。",
        "果农拿着两个农药空瓶和收据找到农资店，说药不管用，店家答应退一半货款。",
        "调解时张某携带的农药瓶系举证所用，证明店家卖了过期货，双方最后按原价退款。",
    ],
)
def test_poison_at_pest_control_or_as_goods_is_no_weapon(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "刘某跟人说要往老周家鱼塘里投药，昨晚有人看见他在塘边转悠。",
        "果农为赔偿谈不拢，拿着一瓶农药冲进农资店，说“今天不赔钱谁都别想好过”。",
    ],
)
def test_poison_carried_at_someone_stays_high(text: str) -> None:
    assert_high(text)


def test_witnesses_who_saw_kitchen_work_refute_the_knife_report() -> None:
    assert_not_high(
        "饭店老板称帮厨小罗“拿着菜刀吓唬他”。当班的两名服务员都证实小罗当时正在水池边切配菜，"
        "没有抬头，也没说过任何威胁的话，随后换衣服下班。"
    )


def test_witnesses_who_saw_the_knife_raised_confirm_the_report() -> None:
    assert_high(
        "饭店老板称帮厨小罗拿刀吓唬他。当班的两名服务员都证实小罗当时正在切配菜，"
        "老板一进门他就举着菜刀追了出来，砍伤了老板的胳膊。"
    )


def test_a_punch_in_sparring_is_a_sports_injury() -> None:
    assert_not_high("散打训练课上两名学员对抗，一拳打中对方鼻梁，鼻骨骨折，家长找拳馆要医药费。")


def test_a_punch_after_the_bout_is_violence() -> None:
    assert_high("散打比赛结束后两名学员在更衣室吵起来，一拳打中对方鼻梁，鼻骨骨折。")


def test_a_silent_nightly_vigil_outside_the_others_home_is_high() -> None:
    assert_high("被拆了房的老汪这半个月每晚都站在拆迁队长家门口，一站就到凌晨，谁跟他说话也不理。")


def test_sitting_outside_a_house_to_rest_is_not_a_vigil() -> None:
    assert_not_high("退休的老汪每晚都坐在楼下乘凉，一坐到半夜，跟邻居聊聊天。")


def test_savings_given_away_with_farewell_words_and_the_phone_off_is_high() -> None:
    assert_high("她把存款全部转给了儿子，发消息说“妈对不起你，以后照顾好自己”，之后手机关机。")


def test_money_left_before_a_trip_is_not_a_farewell() -> None:
    assert_not_high("他把存折交给了女儿，留言“照顾好奶奶，我周五开会回来”，随后登机关机。")


def test_quoting_the_hiding_place_is_high() -> None:
    assert_high("他给前妻发短信：“躲回娘家有什么用？东湖小区5栋1单元，门前那辆电动车我都看到了。”")


def test_advising_against_hiding_names_no_place() -> None:
    assert_not_high("调解员劝女方：“带孩子躲在娘家也没用，早晚要把离婚的事谈清楚。”")


def test_you_are_next_after_smashing_is_high() -> None:
    assert_high("租户抡起板凳砸碎了中介门店的玻璃，回头指着店长说：“下一个就轮到你。”")


def test_you_are_next_in_a_queue_is_not_a_threat() -> None:
    assert_not_high("窗口工作人员对排队的张大爷说：“前面还有两位，下一个就是你。”")


@pytest.mark.parametrize(
    "text",
    [
        "饭桌上两人说翻了脸，一人抄起啤酒瓶砸在对方脑袋上，血流了一脸。",
        "老葛为宅基地跟堂弟吵起来，抡起板凳砸向堂弟头部，被人拉开。",
    ],
)
def test_a_bottle_or_stool_brought_down_on_a_head_is_high(text: str) -> None:
    assert_high(text)


def test_a_bottle_smashed_on_the_floor_hurts_nobody() -> None:
    assert_not_high("他喝多了，把啤酒瓶砸在地上，碎玻璃溅了一地，第二天自己扫干净了。")


@pytest.mark.parametrize(
    "text",
    ["催款人留言：“周五前不还，就叫你也住进ICU。”", "包工头在群里说：“再来工地闹，把你腿给打断。”"],
)
def test_threats_of_intensive_care_or_a_broken_leg_are_high(text: str) -> None:
    assert_high(text)


def test_a_doctor_warning_of_intensive_care_is_no_threat() -> None:
    assert_not_high("医生说老人的肺炎再拖下去就得住进ICU，家属同意马上转院。")
