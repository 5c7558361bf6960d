"""What rules 2026.88 read wrongly on the hundred-and-eighty-sixth to hundred-and-eighty-eighth
writers' holdouts (Xiamen, Nanning, Kunshan): "劈死", the Minnan "下世人再还", a group fight
arranged, a meeting "讲清楚" while both sides call men, days outside the shop of one already hit,
a manager locked in from outside, poison "not for the fruit trees", "谁来量地就埋了谁", a dead
mother's account "总要有人还", a cat left with the neighbours and the bankbook on the table, the dose
that is "enough", the floor that does not hurt, the Cantonese 打交, a head split with a shovel, a
liquid poured and an arm blistered; and a sickle in hand while cutting grass. Each with a twin on
the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import DisputeType

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他在电话里喊，要去劈死隔壁老周。",
        "他在债主群里留言：这笔钱下世人再还，之后电话打不通。",
        "两个村的后生约好周六晚上在桥头打群架。",
        "两帮人约了今晚在码头“讲清楚”，双方都在叫人。",
        "他一连四天守在对方家门口，前天已经打过对方一次。",
        "项目经理被十几个工人关在办公室，门从外面反锁了。",
        "果园被人砍了以后，他去买了两瓶农药，说不是打果树用的。",
        "他站在地头喊：谁敢来量地就埋了谁。",
        "儿子死后他说，我儿子的账总要有人还。",
        "阿公把狗托给邻居，存折放在桌上，人不见了。",
        "他把钥匙交给女儿，又去问卫生院那种药喝多少才够。",
        "孙女成日喺网上查几楼跳落去唔痛。",
        "两车主为车位打交，一方鼻子流血。",
        "两家为地界吵到后来，他抡铁锹把对方头上铲开一个口子。",
        "他把一壶开水泼到对门，对门媳妇脸上起泡送医。",
    ],
)
def test_fights_locked_doors_and_quiet_farewells_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他在院里劈柴，说今年冬天的柴够了。",
        "打雷时他骂了句“雷劈的天气”，就进屋了。",
        "两个孩子在游戏里约好晚上打一架，输了请喝奶茶。",
        "两家约好明天在祠堂“讲清楚”，请族老评理。",
        "会计下班时被锁在办公室，门从外面锁住，是保安不小心。",
        "他买了两瓶农药，说不是打果树用的，是打老鼠的。",
        "这笔货款的账总要有人还，他说他来还。",
        "出差前他把猫托给邻居照看几天。",
        "他问医生这种药吃多少才够，医生说一天两片。",
        "消防员讲解说，着火时不要从几楼跳下去，要等救援。",
        "他跟村干部打交道多年，说话很客气。",
        "老王当时在割草，手里拿着镰刀，双方都说没有动手。",
        "调解协议写明，双方约定今后不得再打群架。",
        "老人被家里人锁在屋里，门从外面锁上，怕他糊涂走丢。",
        "儿子的债总得有人还，他欠了网贷八万。",
        "老太太骂了一句“雷公劈死你这个没良心的”，转身回屋。",
        "帮邻居倒农药时药水溅了，手上起了泡，去医院看了。",
        "钥匙放在桌上，人不见了，过了一会在楼下小卖部找到他在玩。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)


def test_a_shovel_in_a_fall_is_an_accident() -> None:
    assert_not_high("他修房顶时从梯子上摔下来，铁锹把头上划开一个口子。", DisputeType.DAMAGES)
