"""What rules 2026.101 read wrongly on the two-hundred-and-thirty-first to
two-hundred-and-thirty-sixth writers' holdouts (Fuyang, Suqian, Xiaogan, Bengbu, Wuwei, Xuancheng):
"断后" in quotes, a wolfhound let off at an old man, "不把…腿打断不算完", a director's flat asked with
"这条命不值钱", farewell acts (money to a son, children told to obey their grandmother, pesticide in
a pocket day and night, "明天就不在了"), "这辈子算白活了"; and sickles at harvest and a child's game
shout read as threats. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他说谁敢砍他家的树，就叫老王家“断后”。",
        "吵完嘴，他把家里的狼狗解开绳往对门老头身上扑。",
        "他在群里说，今天不把姓张的腿打断不算完。",
        "他又问主任是不是住在东湖小区，几栋几楼，说我这条命反正不值钱。",
        "老周把存款全转给了儿子，跟老伴说以后就跟着儿子过。",
        "她把两个娃叫到跟前，一遍遍交代以后听奶奶的话。",
        "他把剩下的半瓶药揣在兜里，睡觉也不离身。",
        "他把一桶农药放在床头，说再不给钱就喝了它。",
        "他打电话说我明天就不在了，帮我跟我妈说一声。",
        "他说这辈子算白活了，前天把存折给了闺女。",
        "他把狗链子一松，那条狼狗就朝老李身上扑过去。",
        "他对着老李说不把你两条腿打断，我就不姓王。",
        "他留言说我明天就唔在了，帮我同阿妈讲声。",
    ],
)
def test_quoted_curses_dogs_double_negatives_and_farewell_acts_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "割稻时他拿镰刀多割了邻居两垄，说看错了，愿意赔。",
        "收麦子时两家都拿着镰刀在地头说笑，各割各的。",
        "孩子打游戏在屋里大喊“杀了他”，民警来看是游戏，邻居放心了。",
        "他牵着狼狗出门，解开绳让它在草地上跑。",
        "他说这场球不把对方打爆不算完，最后三比零赢了。",
        "他问王主任是不是住在东湖小区，想顺路搭车上班。",
        "他说这条命是医生给的，出院后要好好活。",
        "她把两个娃叫到跟前，一遍遍交代以后听奶奶的话，她要去城里打工。",
        "他把感冒药揣在兜里，出门也带着，怕又发烧。",
        "他说农药就放在库房，打完这片就不用了。",
        "他说明天就不在了，要出差一个礼拜，帮我跟老板说一声。",
        "他说前些年吃喝玩乐算白活了，现在开始学手艺。",
        "发大水时村里让老刘家“断后”，先让老人小孩走。",
        "他把哮喘喷雾揣在兜里，睡觉也不离身，怕夜里发作。",
        "他出差前说我明天就不在了，帮我跟主任请个假。",
        "收完稻子，他提着镰刀回家吃饭。",
        "他牵着边牧解开绳，让它往飞盘那边扑。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
