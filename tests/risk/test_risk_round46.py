"""What rules 2026.62 read wrongly on the hundred-and-eighth to hundred-and-tenth writers'
holdouts (a county town near Kunming, a resettled estate at Beijing's edge, a river town by
Dongting Lake): asking around which room a brother sleeps in and then filling cans with petrol,
"要走也要拉老板一起走", a valuer dragged into a yard and the gate bolted, an eye socket split in a
shop, pills not taken but hoarded, a nightly watch outside a duty room after a beating, a
creditor who has found out where the children go to school; and as too high: "我就砍你的苞谷"
of crops, a sickle carried through an estate to pick maize. Each with a twin on the other side.
Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他到处打听他哥晚上睡哪间屋，前天又灌了一塑料桶汽油。",
        "老钟说反正没几年活头，要走也得拉上厂长一块走。",
        "债主把会计小刘拖进仓库闩上门，说不拿钱谁也别想出去。",
        "两人在面馆为插队动了手，服务员眼眶被打裂。",
        "老人把治病的药一粒没吃，全攒在枕头底下，说不想拖累儿女。",
        "那人上礼拜揍过保安，这几天每天晚上都蹲在岗亭门口盯着他。",
        "他说那家两个孩子在哪个学校上课他都打听清楚了，叫对方走着瞧。",
        "分手后，他这十来天每天晚上都站在她家楼下盯着她的窗户。",
        "讨不到钱，老吴说要死也要拉上项目经理一块死。",
        "债主把欠款的老孙拉进屋，把门从里面闩上，说不还钱谁也别想走。",
        "再来偷水，我就砍死你埋到玉米地里。",
    ],
)
def test_sleeping_rooms_bolted_gates_hoarded_pills_and_night_watches_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "宿管问新生晚上睡哪间房，好安排床位。",
        "保安每天晚上都坐在值班室门口盯着监控。",
        "两家为地界吵，他说你砍我的树，我就砍你的苞谷。",
        "老杨拿着镰刀、扛着编织袋穿过小区去地里掰苞谷，保安报告后核实是干活。",
        "天冷，大娘把羊拉进圈里插上门。",
        "孩子的感冒药没吃完，都攒在抽屉里过期了。",
        "他说要走也要拉上老乡一起走，去南方打工。",
        "奶奶说孙女在哪个学校读书她都不知道，儿子离婚后没让见。",
        "大爷嫌药贵，开的药也不吃，攒着钱给孙子买书包。",
        "上回开的胃药没吃，都攒起来留在药箱里备用。",
        "会计离职前拉上经理一起走了一遍仓库，把账对清楚了。",
        "几个工人说要走也要拉上老板一起走，去劳动监察大队把工资算清。",
        "门卫每天晚上都坐在厂门口盯着进出的货车。",
        "养鸭的老汉每天夜里都守在鸭棚门口盯着黄鼠狼，一直到天亮。",
        "下雨了，老汉把三轮推进院子锁上院门。",
        "护工向家属打听老人夜里睡哪个房间，好按时去翻身。",
        "网格员说片区里孩子在哪所学校上学我们都清楚，已经登记。",
        "停电了，小卖部老板去打了一桶汽油给发电机用。",
        "他去油坊灌了两桶油，说是过年炸丸子用。",
    ],
)
def test_dormitories_screens_crops_and_field_sickles_are_not_high(text: str) -> None:
    assert_not_high(text)
