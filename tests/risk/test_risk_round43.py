"""What rules 2026.59 read wrongly on the ninety-sixth to hundred-and-first writers' holdouts (an
old industrial district of Harbin; a coastal town near Quanzhou; a social worker in southern
Jiangxi; an old Tianjin neighbourhood; a regiment of the Xinjiang Production and Construction
Corps; pre-litigation mediation at a Chengdu court), five of which met every target: gas
cylinders moved to the door with "都得听个响", firecracker powder packed into a can, boiling
water carried down to pour on a neighbour, paraquat "我一直放起的", "没得活头" on a window sill,
sharpening into the night while naming someone, brothers gathered with carrying poles, bones
broken by blows in Minnan words, a push down the stairs, a seller's house circled at night and
his child's hours asked, "做了他", debts paid door to door "走之前得干干净净"; and as too high: a
simile ("跟拿刀剜我心一样") and a price war ("跳河价"). Each with a twin on the other side. Every
sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他把家里的液化气罐搬到了对门门口，说：“再逼我，这楼都得听个响。”",
        "他把几挂鞭炮拆开，把火药往一个铁盒里灌。",
        "老吴端着一锅滚烫的热油下楼，说要去泼那个骂他的邻居。",
        "老刘说那瓶敌敌畏我早就备好了。",
        "他坐在桥边上一整天，说没得活头了。",
        "他这几晚一直磨刀磨到半夜，嘴里念着对门的名字。",
        "五六个人拿着铁棍在村口集合，说要去李家算账。",
        "阿强追着对方拍，对方肋骨断了两根。",
        "他把老婆推下楼梯，第二天又去她单位门口堵她。",
        "买家每晚骑车在卖家家门口兜圈，还问邻居卖家的孩子几点放学回来。",
        "他扬言要找人做了他。",
        "老伴走了以后，老汉这几天挨家挨户还钱，说走之前得干干净净。",
        "家属说要是老人出不来，就让医生陪着。",
        "他按着她的头往桌上磕，她额头磕破了。",
    ],
)
def test_gas_at_the_door_powder_boiling_oil_and_farewell_debts_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "两家超市打起了跳河价，互相压价。",
        "他说拆老屋就像拿刀割他的肉一样，但还是签了字。",
        "送气工把液化气罐搬到了门口，等用户回来换气。",
        "老两口磨豆腐磨到半夜，一边磨一边念叨孙子的学费。",
        "村里几十个村民拿着锄头在村口集合，准备去修水渠。",
        "他端着一壶开水去浇花。",
        "老人醒不过来了，家属让儿子陪着。",
        "调解员第二次到场后，双方对骂了几句。",
        "决赛最后一局我们做了他们，全场欢呼。",
        "按摩师按着腿拍打了几下，老人说腿骨裂的地方还疼。",
        "她端着一盆开水去浇门口的蚂蚁窝。",
        "他要回老家了，走之前把账还清，挨家挨户还账。",
    ],
)
def test_similes_price_wars_deliveries_and_work_parties_are_not_high(text: str) -> None:
    assert_not_high(text)
