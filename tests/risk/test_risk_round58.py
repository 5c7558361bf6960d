"""What rules 2026.74 read wrongly on the hundred-and-forty-fourth to hundred-and-forty-sixth
writers' holdouts (a Zhuang and Han township near Baise, Luoyang's old town, the grasslands near
Daqing): "腰后插着那把劈柴的" while circling the other's door, a long thing wrapped in cloth in a
bicycle basket, an old hunting gun taken out, the other's hours known exactly after a fight, a fish
fork in a thigh; an awning blown down by the wind. Each with a twin on the other side. Every
sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他吵完架天天在老周家门口晃，怀里揣着那把杀猪的，老周不敢出门。",
        "他骑车到对方店门口停着，车筐里放着一根用报纸包着的长家伙。",
        "吵完架他把家里那杆老猎铳翻出来了，说晚上去看看。",
        "对方几点下班他摸得清清楚楚，前天两人刚打过一架。",
        "两家在河边干起来，一个被钢叉扎了小腿，正往医院送。",
        "刮大风那天晚上，两家为棚子的事吵起来，李某头上被砸了个口子，缝了五针。",
        "吵完架回去，他把猎枪从柜子里拿了出来，说要去讨个说法。",
    ],
)
def test_hidden_blades_wrapped_sticks_guns_and_known_hours_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他腰里别着镰刀下地割稻子去了。",
        "他腰后插着那把劈柴的，上山砍柴去了。",
        "他把老猎铳翻出来交给派出所了。",
        "他女儿几点下班他摸得清清楚楚，每天按点去接。",
        "大风把广告牌刮倒，砸伤了路人，店主已赔医药费。",
        "他眼眶有点青，是熬夜熬的。",
        "老刘腰后插着那把砍柴的，一早就去后山拾掇柴火了。",
        "用报纸包着的刀具是刚从超市买回来的。",
        "村民主动把祖传的鸟铳拿出来交到村委会，由民警统一登记收缴。",
        "老伴几点下班她掐得准准的，饭菜总是热乎的。",
        "她连着几个通宵照顾老父亲，眼眶发青。",
        "叉鱼的时候让鱼叉扎了大腿。",
        "小卖部几点收摊，村里人都摸得一清二楚。",
    ],
)
def test_field_tools_guns_handed_in_fetching_and_wind_are_not_high(text: str) -> None:
    assert_not_high(text)
