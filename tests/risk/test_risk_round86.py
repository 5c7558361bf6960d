"""What rules 2026.103 read wrongly on the two-hundred-and-fortieth to two-hundred-and-forty-second
writers' holdouts (Leshan, Jinzhou, Liaocheng): a punch that left someone unconscious, a hoe landed
on a head, thugs sent with pick handles, a village head's home and hours asked by a man putting his
affairs in order; and a knife used to cut the goods open and show them, read as a weapon. Each with
a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "两人在饭馆为酒钱吵起来，他一拳把店主打倒，店主头磕在桌角上晕过去了。",
        "两家为水渠吵架，老周的后脑勺上挨了一锄头，已送镇卫生院。",
        "物业找了一帮社会青年提着锄头上门“劝”业主搬走。",
        "他把家里的钥匙交给了弟弟，又到处问厂长现在是住厂里还是住县城。",
        "他这两天把孩子送到了外婆家，还问人村长每天几点开车进村。",
    ],
)
def test_a_faint_a_hoe_blow_thugs_and_a_head_sought_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "卖瓜的拿刀当场把西瓜切开给顾客看，瓜是熟的，顾客道了歉。",
        "鱼贩拿起剖鱼刀把鱼肚剖开给市场管理员看，没有塞冰块。",
        "老人在菜市场中暑晕过去了，摊主打了120。",
        "他在工地搬砖时肚子上挨了一刀是上个月的手术，医生说伤口长得好。",
        "老板找了几个工人拿着铁锹去清理排水沟。",
        "村民问村主任现在是住村里还是住城里，想找他盖章办低保。",
        "他打听村长每天几点到村委会，好去办手续。",
        "老板雇了几个小工拿着铁锹去工地清场。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
