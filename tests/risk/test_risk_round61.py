"""What rules 2026.77 read wrongly on the hundred-and-fifty-third to hundred-and-fifty-fifth
writers' holdouts (a street committee in Panzhihua, the Changbai mountains near Tonghua, the plains
near Handan): men led out with "家伙都备齐了", a sickle ground "till that boy comes back", a dog let
out to chase, a bottle on a head, "把事一回办利索" with carloads of strangers, clansmen in three cars,
"齐根放倒" like a tree, "收拾了他再收拾自个儿"; a sickle that slipped, a blunt knife exchanged,
words on an opera stage. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "为争水，老刘家俩儿子领了一帮人去河坝，说家伙都准备好了。",
        "他把斧子磨了一下午，说等那姓王的回来再说。",
        "邻居把狗放出来追他，他腿上被咬了一口。",
        "几个喝了酒的客人把老板按地上踢，老板娘头让酒瓶子砸破了。",
        "对方说今晚带人过来把这事一回办利索。",
        "他领着十几个兄弟开了两辆车去县城找那个老板。",
        "他说恁再拦，俺叫恁家也跟这棵树一样，齐根放倒。",
        "他说先把那个人收拾了，再收拾我自己。",
        "那个唱戏的演员散场后在后台说“姓刘的敢再来，我整死他”，还把刀藏在箱子里。",
        "两人吵起来，他手里的菜刀脱手飞出去，砍在对方胳膊上，缝了十针。",
        "他买了把砍刀，嫌不锋利，说要去砍死那个欺负他妹妹的人。",
    ],
)
def test_men_led_out_blades_ground_dogs_and_threats_by_simile_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他领着一帮人去帮邻居收麦子，家伙都备齐了。",
        "他把狗放出来遛了一圈。",
        "他买的菜刀不快，要求换一把。",
        "干活时锤子脱手砸到了自己的脚。",
        "村口来了两车游客，说是来参观的。",
        "他领着十几个兄弟开了两辆车去县城吃饭。",
        "村里唱大戏，演员在台上说“我杀了你”，台下观众笑成一片。",
        "村主任领着一帮后生去河堤上抢险，铁锹编织袋这些家伙都准备好了。",
        "老汉把镰刀磨了一下午，说等儿子从城里回来再说割麦的事。",
        "老王每天早上把狗放出来遛，狗追他孙子玩。",
        "两个孩子摔跤，一个把另一个按地上打滚，老师拉开了。",
        "装修队老板说明天带人过来把事一次办利索，不再拖工期。",
        "村口来了两车外地人，说是来收购核桃的。",
        "他带着十几个本家兄弟开了三辆车去县城找律师。",
        "他收拾了厨房再收拾我自己的行李。",
    ],
)
def test_harvest_help_walks_blunt_knives_slips_tourists_and_the_stage_are_not_high(
    text: str,
) -> None:
    assert_not_high(text)
