"""What rules 2026.66 read wrongly on the hundred-and-twentieth to hundred-and-twenty-second
writers' holdouts (a county court's pre-litigation centre in Zhoukou, an emigrant township in
Changle, a street office in old Nanchang): a pit dug "for whoever comes", a grandson driven off
"钱到了再放人", keys and bankbook left before "以后用不上了", pesticide poured into a water jar,
waiting at the door every day after a slap, a last word asked for from a bridge, the old knives
wrapped and carried towards the shop, half a day at the other's junction and his son's school asked;
and as too high: game talk explained. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "老汉在地头挖了个坑，说谁再来占地，这坑就是给谁的。",
        "讨债的把他女儿拉上车带走了，说还了钱再放人。",
        "吵完以后，老周把钥匙和存折交给邻居保管，说以后用不上了。",
        "为菜地的事，他把百草枯倒进了邻居家水缸。",
        "上周扇过店长耳光的那个顾客，这几天天天在店门口站着等。",
        "他醉了在江边站了半夜，打电话说“帮我跟女儿说一声”。",
        "他从床底翻出那把砍刀，拿布包好，往老板家方向去了。",
        "有人看见他在刘某家附近的路口一坐就是大半天，还问过别人刘某的孩子在哪个学校。",
    ],
)
def test_pits_hostages_bridges_and_wrapped_knives_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "孩子们在挖沙坑，说这坑是给小狗的。",
        "他把农药倒进喷雾器里打虫。",
        "打了一天工，他每天晚上都在小区门口坐着乘凉。",
        "他在桥上拍照，发消息说帮我跟老婆说一声晚点回家。",
        "他从仓库翻出那套刀具，拿报纸包好，往集市方向去了，准备摆摊卖。",
        "他在王家门口坐了半天，等王某回来签字。",
        "两个孩子打游戏喊“杀了你”，家长已说明是游戏用语。",
        "村里统一挖树坑，组长问这坑是给谁的。",
        "律师说取保候审要先交保证金，钱到了才放人。",
        "老李把敌敌畏倒进旧水壶里兑好，背到地里打药。",
        "老赵在桥上站了一个钟头钓鱼，打电话说帮我跟孙子说一声，今晚有鱼吃。",
        "保安十年前扇过校长一个耳光，如今每天在校门口站着执勤。",
        "快递员在王某家门口站了半天，等他回来签收。",
        "王某把旧冰箱送给邻居，说以后用不上了。",
        "老杨找出斧头用袋子包好往后山那边去了，准备砍些柴火过冬。",
    ],
)
def test_sandpits_sprayers_photos_and_market_stalls_are_not_high(text: str) -> None:
    assert_not_high(text)
