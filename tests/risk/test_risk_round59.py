"""What rules 2026.75 read wrongly on the hundred-and-forty-seventh to hundred-and-forty-ninth
writers' holdouts (the hills near Nanchong, the Dabie mountains near Lu'an, a township near
Chengde): a hoe in hand chasing a man, a gun taken down from upstairs, "大不了一起", traps on the
other's path, a hoe on the back of the head and "没刨死算他命大", explosives asked of a blaster;
"弄死你" at the mahjong table, an axe on one's own oaks. Each with a twin on the other side.
Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他抄起镰刀撵着老周跑了半个村子，老周头上起了个大包。",
        "吵完架他把那杆土枪从房梁上取下来了，说谁再来就让谁躺着出去。",
        "他说这回我反正啥都没了，大不了一起。",
        "去他家菜地的小路上被人下了两个捕兽夹，他每天早上都要走这条路。",
        "邻居儿子被他用铁锹劈了后脑勺，人在县医院，他还说没砍死算他命大。",
        "他打听了放炮的上哪能弄到那东西，说要给厂长家也崩一下。",
        "他说老板不给钱，就给老板家也放一响。",
        "马某酒后扬言要捅死刘某，马某辩称是酒桌上的玩笑话，刘某坚持报警。",
        "王某拿着斧头守在地头，说谁再砍他家的树，他就劈了谁。",
    ],
)
def test_chases_guns_traps_blows_and_explosives_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他扛着锄头撵着跑丢的羊满山转。",
        "老汉把土枪从房梁上取下来交到派出所了。",
        "官司打输了大不了一起去上诉。",
        "他在自家玉米地边上下了几个夹子，防野猪。",
        "孩子在院里被秋千砸了后脑勺，人在县医院观察。",
        "过年了，村里给每家也放一响礼炮。",
        "打牌时说的“砍死你”是酒桌上的玩笑话，谁都没当真。",
        "他拿斧子在自家院里砍了一棵枣树。",
        "王某拿着棍子撵邻居家的鸡出菜地，两家为此拌了几句嘴。",
        "老人夜里起床撞到门框，头上起了个包。",
        "搬家时工人把墙上挂的猎枪模型取下来，弄掉了一块漆。",
        "在厨房门口放了两个老鼠夹子。",
        "那回房梁塌下来没砸死他算他命大。",
        "他说厂子要黄大家都没饭吃，大不了一起。",
        "自家菜地被邻居用锄头刨了，当时我人在县医院陪护老伴。",
        "开业那天让人给店里放一响，图个吉利。",
    ],
)
def test_herding_guns_handed_in_appeals_traps_for_boar_and_jokes_are_not_high(text: str) -> None:
    assert_not_high(text)
