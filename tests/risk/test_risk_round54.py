"""What rules 2026.70 read wrongly on the hundred-and-thirty-second to hundred-and-thirty-fourth
writers' holdouts (a township in Enshi, an old industrial district of Shenyang, an orchard township
near Tianshui): "他撞死一个，我还他一个", people called to "见真章", the child taken along "谁也嫑想再见
着", "了结完我去自首", "叫他站着来，躺着走", standing by the manager's car every morning after a fight,
"这回进去我也认了". Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "赔偿谈崩了，死者的弟弟说：“他撞死一个，我还他一个。”",
        "两家烧烤摊抢客，各自叫人，说收摊后在广场见真章。",
        "他在电话里说：“要离就离，我把娃抱上一起走，谁也别想再见着。”",
        "他说这事他自己了结，了结完就去自首。",
        "几户人商量好，那人下回再来，叫他站着来，躺着走。",
        "跟经理打了一架的老周，这几天天天早上在经理车跟前站着，啥也不说。",
        "他天天在老刘下班的道口蹲着，说这回进去我也认了。",
        "为鱼塘的事双方都在找人，放话晚上河滩上见真章。",
        "他说先把姓郑的那笔账了结了，我自己去公安局投案。",
    ],
)
def test_a_life_for_a_life_showdowns_and_surrenders_planned_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "孩子的奶奶说，把娃抱上一起走，去城里看病。",
        "这批货处理完了，他去派出所自首了之前的小偷小摸。",
        "他说打官司输了我也认了。",
        "他站着来的，躺着走了——在医院做完手术被推出来。",
        "他开车撞死了邻居一只羊，说撞死一个，我赔他一个。",
        "医生解释说老人是站着来躺着走的，做完手术要卧床几天。",
        "他说等把母亲的后事处理完，就去自首当年逃逸的事。",
        "醉驾被查，他说这次进去我也认了，怪自己贪杯。",
        "两个村打篮球，东村摇人请了外援，说周六球场上见真章。",
        "他跟主任打过一架，赔了医药费，现在天天在单位门口等主任，送菜表示歉意。",
    ],
)
def test_trips_old_confessions_lawsuits_and_operations_are_not_high(text: str) -> None:
    assert_not_high(text)
