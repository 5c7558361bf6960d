"""Failure kinds rules 2026.9 showed on the twelfth writer's holdout and on the group-chat
and paper sets: a check quoting the claim it found false ("所谓"); a check that saw no move
at all; a knife named by its use; self-harm and kill words in prices, degree phrases and
complaints about things; old words settled by a paid-off debt. On the high side: threats in
everyday words, farewells, self-harm in front of others, crowds shutting people in, a kill
threat at a neighbour named by where they live, a wound after a deliberate blow in the
clause before. Each fix has a twin on the other side. Every sentence here is new.

The low side is asserted on the rules alone: the similarity model is tuned
separately, on the labelled sets.
"""

from __future__ import annotations

from mediation_app.domain.enums import DisputeType, RiskLevel

from .conftest import assert_high, assert_low, assert_not_high, rules_only


def test_a_check_quoting_the_claim_it_found_false() -> None:
    assert_low("派出所核实：所谓“被人打伤了腿”系其下楼时踩空滑倒所致，有楼道监控为证。")
    # the claim confirmed, or a check finding something else, keeps the injury
    assert_high("派出所核实：所谓“被人打伤了腿”属实，监控拍到对方用木棍打人。")


def test_a_check_that_saw_no_move_covers_what_it_found_in_the_hand() -> None:
    assert_not_high(
        "邻居打电话说修车铺老板“拿扳手要打人”。社区民警调看监控：老板拿着扳手从车底钻出来跟客户"
        "说话，嗓门大了点，没有任何挥动扳手的动作。"
    )
    assert_not_high("民警到场核实，他是杀鸡时拎着刀出来看热闹的，没冲谁比划。")
    # with a threat and no such finding it stays a weapon
    assert_high("他拎着刀冲出来，指着邻居说“今天你等着”。")


def test_a_knife_named_by_its_use() -> None:
    assert_not_high("报警称面馆老板“拿刀吓人”。民警核实：老板手里是切牛肉用的刀，正在后厨备菜。")
    assert_not_high("肉铺里老孙握着剔骨刀在剔排骨，跟来要账的人说下午去银行转账。")
    assert_high("肉铺里老孙握着剔骨刀追到门口，喊着要捅了要账的。")


def test_self_harm_words_in_prices_and_degree_phrases() -> None:
    assert_low("两家水果店打价格战，门口喇叭一个喊“老板哭了五块八”，一个喊“上吊了四块九”。")
    assert_low("装修电钻声太大，业主在群里说“烦得我都想跳河”，物业已协调。")
    # the same words as a plea stay high
    assert_high("被催收逼得没办法，他在群里说今晚就去跳河。")
    assert_high("她说再不还钱她就上吊。")


def test_kill_words_about_a_thing() -> None:
    assert_low("楼下广场舞每晚放到十点，小伙子在群里说“真想砍了他们那台音响”，后来大家约好九点收。")
    assert_high("他在群里说明天就去砍了他，看谁拦得住。")


def test_a_kill_threat_at_a_neighbour_named_by_where_they_live() -> None:
    assert_high("杨某喝了酒，在楼道里放话要捅死隔壁的孙某。")
    assert_high("他说迟早把楼上那个老周弄死。")
    assert_low("隔壁的孙某上门说明天帮忙修水管。")


def test_old_words_settled_by_a_debt_paid_off() -> None:
    assert_not_high(
        "回访记录：前几年郑某欠下赌债，他妻子当时说过“再赌我就跳河”。如今欠款已经全部还清，夫妻俩"
        "在镇上开了家面馆，妻子说那都是过去的事了。"
    )
    # the same words now, with the debt unpaid, stay high
    assert_high("郑某又去赌了，他妻子今天说再赌她就跳河。欠款至今没还。")


def test_threats_in_everyday_words() -> None:
    # a gang brought along to "talk", a child taken as leverage: at least medium
    for text in (
        "欠钱的老板躲着不见，他在群里说周末喊几个兄弟去他店里跟他聊聊。",
        "催债的人在电话里说，再不还就把你闺女从幼儿园接走。",
    ):
        assert rules_only(text).level is not RiskLevel.LOW, text
    assert_low("周末喊几个兄弟去他店里帮忙搬家，顺便跟他聊聊合伙的事。")
    assert_low("奶奶下午去幼儿园把你闺女接走了，你下班直接回家。")


def test_knowing_where_someone_lives_and_what_they_drive() -> None:
    assert_high("他给调解员留话：“那个经理住锦绣花园九栋，开一辆黑色越野，我都清楚。”")
    assert_high("债主在语音里说：“你下班走哪个门、车停哪一排，我都知道。”")
    assert_low("经理住锦绣花园九栋，调解员上门送达了调解书。")


def test_farewells_and_self_harm_before_others() -> None:
    assert_high("他给姐姐发消息：“姐，对不起，下辈子再孝顺咱爸。”")
    assert_high("来电人说：“我就在大桥上，跟你们说一声，孩子的事别找我了。”")
    assert_high("老人说自己该交代的都安排好了，然后关机了。")
    assert_high("顾客拿着一瓶药水说，不赔钱她就当着店员的面喝下去。")
    assert_low("我就当着大家的面喝下这杯酒，给您赔个不是。")
    assert_low("下班后我们在大桥上散步，跟你们说一声晚点回。")


def test_crowds_shutting_people_in_or_blocking_a_highway() -> None:
    assert_high("欠薪的二十多个工人把老板堵在办公室里，说不结清工钱谁也别想走。")
    assert_high("三十余名村民堵住省道，要求厂方出来说话。")
    assert_low("二十多个工人在办公室里等老板结账，老板下午到了，当场结清。")


def test_a_blow_in_the_clause_before_a_wound_is_deliberate() -> None:
    medical = DisputeType.parse("医疗纠纷")
    assert_high("家属抄起椅子追打护士，护士额头被砸伤，缝了五针。", medical)
    # an accident in the same kind of case stays an accident
    assert_not_high("患者下床时输液架倾倒，额头被砸伤，缝了两针。", medical)
