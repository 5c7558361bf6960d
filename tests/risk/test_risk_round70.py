"""What rules 2026.87 read wrongly on the hundred-and-eightieth to hundred-and-eighty-fifth
writers' holdouts (Zigong, Caoxian, Chaozhou, Baotou, Kaili, Yichang): a kill verb in quotes after
"要去把", a household named by where it stands ("卖猪那家"), days at the other's door with something
hidden in a sleeve or bulging in a pocket, drums of oil hidden at night, firecrackers opened for
their powder, a drug that cannot be tasted in wine, nights spent watching when the other's car
leaves with "我一个人也莫得啥子怕的", belongings given to the neighbours with "要去找阿嬷了".
Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "退货不成，他讲要去把那家“弄死”，叫了两个老表一起。",
        "买到死猪的刘某说要去把卖猪那家整死。",
        "伤者出院后，他哥哥每天晚上到打人那家门口站着，袖子里藏着东西。",
        "儿子被撞后，老陈天天到司机家楼下坐着，衣服兜里鼓起一坨。",
        "邻居看见他半夜搬了三桶汽油，藏在对方厂房后面的草堆里。",
        "他买了几挂鞭炮，夜里一个个拆开，把火药倒进一个玻璃瓶。",
        "他跑去问药店老板，什么药放进汤里吃不出来。",
        "他这几天每晚都到厂门口那个路口等着，看老板的车几点离开；还说反正我一个人了，也没什么好怕的。",
        "老爷子把花鸟鱼虫都送了隔壁，说我要去找老伴了。",
        "他在手机上搜什么药放进酒里喝不出来。",
        "凌晨三点他提了两罐油，藏到对方柴房后面。",
    ],
)
def test_quoted_verbs_hidden_things_and_quiet_farewells_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "两个孩子玩枪战游戏，把对方“打死”了，哭着回家告状。",
        "他去还钱，每天到债主家门口等着，兜里揣着东西是准备还的钱。",
        "饭店员工晚上搬了两桶食用油，藏在后厨的储物间。",
        "孩子们过年把鞭炮拆开，把火药倒进纸筒里玩，被家长没收了。",
        "他问医生什么药放进饭里孩子吃不出来，孩子不肯吃退烧药。",
        "他每天在路口等着，看公交车几点出来，好搭车去上班。",
        "反正我一个人住，也没什么好怕的，门锁好就行。",
        "老人要搬去城里和儿子住，把花草都送给邻居了，说要去找孙子了。",
        "老板放话要把对面那家“搞死”，就是降价降到对方开不下去。",
        "饭店老板夜里搬来五桶油，藏在后巷杂物间，第二天早上炸油条用。",
        "烟花店老板把受潮的鞭炮拆开，把火药收进铁桶里，等安监部门统一回收处理。",
        "她到处打听啥子药兑在酒里喝不出来，想帮男人把酒戒了。",
        "放寒假了，小明把画送了同桌，说要去找阿嬷了。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
