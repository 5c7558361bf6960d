"""What rules 2026.63 read wrongly on the hundred-and-eleventh to hundred-and-thirteenth writers'
holdouts (a township in the Yanbian Korean prefecture, a poverty-relocation estate near Bijie, a
harbour district in Qingdao): a house to be set alight "今晚", pesticide drunk in a storeroom,
something bulging under the clothes that no one may touch, a doctor waited for at the back gate
and his estate asked of a nurse, a gang called to "收拾" the other side, an old woman locked in by
her daughter-in-law, guests locked in a room, an arm cut with a knife in a fight, a phone and
papers left behind before vanishing, a bereaved father sitting at the driver's village till dark;
and as too high: a slaughterman's cut hand, a stray dog to be poisoned, seedlings "烧死" by
fertiliser. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "车祸赔偿谈崩了，死者家属说今晚去把司机家的房子点了。",
        "扣了工钱，他躲在仓库里喝了半瓶乐果，被工友发现送医。",
        "他衣服里鼓起一坨，谁也不让碰，在老板店门口站了一上午。",
        "孩子没救回来，家属守在医院后门等那个大夫下班，还问保安他住哪个小区。",
        "他在群里说喊一帮人来把对面那伙‘收拾’了。",
        "婆婆让大儿媳锁在柴房里好几天了，饭从门缝塞进去。",
        "民宿老板把客人锁在房间里，说不赔钱不开门。",
        "菜市场两个摊主打起来了，一个被剔骨刀划了胳膊，送了医院。",
        "讨薪无果，老刘把手机、身份证都留在工友床上，人就不见了，走前还打听过老板住哪栋楼。",
        "儿子被撞死后，他每天跑到司机家村口，坐到天黑，还问邻居司机哪天回来。",
        "他扬言要烧死那个种菜的。",
        "他喊了一帮兄弟，说要把姓马的那伙修理一顿。",
        "她当着婆婆的面把一瓶百草枯喝了，现在还在抢救。",
        "他喝多了说明天把老周家的柴垛给烧了。",
    ],
)
def test_evenings_set_hidden_bulges_locked_rooms_and_vanishings_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "屠宰场工人杀猪时刀割到手，缝了两针，老板出了医药费。",
        "厨师切菜时被菜刀划了手，已处理。",
        "邻居说要给流浪狗下药，两人在群里吵了一架。",
        "化肥施多了，烧死了一片秧苗，农资店答应赔。",
        "家长守在校门口等孩子放学。",
        "快递员问她住哪栋楼，要送件。",
        "他在超市门口等了三个晚上抢购打折鸡蛋。",
        "两人打起来，一个被劝架的拉开了，没有受伤。",
        "保洁队喊了五六个人，把对面那片空地收拾了。",
        "民宿老板把客人的箱子锁在房间里，让先交房费。",
        "仓库里的货叫工人锁了好几天，买家一直没来提。",
        "打药时不小心喝了一口农药，洗胃后没事。",
        "他兜里揣着刚发的奖金，不让别人碰。",
        "媳妇每天守在厂门口等老公下班。",
        "小李问邻居老板哪天回来，想把工钱要回来。",
        "烧荒时火烧过界，烧死了邻居家几棵果树。",
        "仓库闹耗子，他在墙角下了老鼠药。",
        "快递员问门卫张某住哪栋，门卫不肯说。",
    ],
)
def test_slaughtering_stray_dogs_scorched_seedlings_and_queues_are_not_high(text: str) -> None:
    assert_not_high(text)
