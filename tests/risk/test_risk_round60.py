"""What rules 2026.76 read wrongly on the hundred-and-fiftieth to hundred-and-fifty-second
writers' holdouts (greenhouses near Shouguang, a distillery township near Zunyi, a water town near
Shaoxing): a knife drawn in a quarrel, a hunting gun by another name, poison taken "to settle up",
an old man pushed into a ditch, a dog let out with "咬他", the window ledge, grinding two nights
running, young men of a clan called to "讲清爽", two clans to "了结" it, joining the dead, "拿自己去
抵"; a butcher at his accounts with the knife still in hand, children playing at a war film, "要他的
命" over a price. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "两人为地界在组长家里动了刀，一个胳膊上挨了一刀，送了卫生院。",
        "吵完架他把那杆打野兔的老家什从墙上取下来了，擦了一下午。",
        "两家为坟地吵起来，他把对方老人推进了沟里，老人胳膊摔断了。",
        "停电三天，她坐在窗台上说再没人管她就下去。",
        "吵完架后他连着两夜在院里磨东西到半夜，嘴里念叨看他还凶不凶。",
        "他说“我妈一个人在下面冷清，我去陪她”，之后电话就关了。",
        "他说欠的钱还不清，只好拿自己去抵。",
        "他放话说敢压价就要他的命。",
        "他喝多了，学着拿棍子比划，往对方身上戳了好几下。",
        "她攥着菜刀站在案板边，冲婆婆喊“你再逼我试试看”。",
    ],
)
def test_knives_guns_falls_ledges_grinding_and_farewells_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "老人说医生给他动了刀，胆囊切了，恢复得很好。",
        "他腿摔断了，是下雨天在田埂上滑倒的。",
        "她坐在窗台上擦玻璃，说擦完就下去。",
        "他连着两夜磨豆腐到半夜，赶年货。",
        "二十几个小伙子来帮忙收稻子，说明天再来讲清楚工钱。",
        "老谢来对账，手里还拿着剔骨刀，刚从案板上下来。",
        "孩子们学着电影拿棍子比划着玩，没人受伤。",
        "卖猪时杀价杀得狠，老汉说这是要他的命，最后八块一斤成交。",
        "老张去年胃上动了刀，身体一直不好。",
        "他把医药费单据拿走了，说要去找保险公司讨说法。",
        "吵架时她把凳子往地上一摔，凳子腿摔断了。",
        "他把狗放出来，喊了一声“上”，狗一下蹿上了三轮车斗。",
        "她每天坐在窗台上晾被子，晾好就下去做饭。",
        "楼上住户每晚在家磨东西到半夜，噪音吵得楼下老人睡不着。",
        "两家约好月底把欠款了结，双方都在找人借钱凑数。",
        "老母亲住在楼底下一个人冷清，我就下去陪她吃饭。",
        "婆婆买了当归黄芪等中药炖了一锅鸡汤，让她也尝尝。",
    ],
)
def test_surgery_falls_window_cleaning_tofu_harvest_butchers_and_play_are_not_high(
    text: str,
) -> None:
    assert_not_high(text)
