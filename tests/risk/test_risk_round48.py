"""What rules 2026.64 read wrongly on the hundred-and-fourteenth to hundred-and-sixteenth
writers' holdouts (a county town in the Garzê Tibetan prefecture, a street office by Lanzhou
station, a Hakka township in Meizhou): a crowd holding sticks, lying down at the other's ancestral
grave "大家一齐上路", the dead child lonely "down there" and someone to keep him company, the hens
entrusted before "要去见阿公了", a doctor's home "也晓得了", the old gun taken down from the beam and
oiled all night, men taken along to tear down a tent, a hand on the neck (颈); and as too high:
children's game talk checked. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "修路工地冲突，几十人持棍对峙。",
        "老汉说清明前不解决，他就躺在对方祖坟前面，大家一起上路。",
        "当爹的说孩子一个人在下面孤单，得有人下去陪他。",
        "老人把存折交给女儿，交代邻居帮她喂猪，说要去见老伴了。",
        "孩子没了，他说那个医生家住哪里他也晓得了，叫医生走着瞧。",
        "他把爷爷挂在房梁上的老家伙取下来，擦了半宿的油。",
        "羊钱没退成，他说明天带人去把贩子的帐篷掀了。",
        "前夫掐住她的颈，邻居拉开才松手。",
        "他揣着刀说要捅死老刘，问清是打游戏输钱引起的。",
    ],
)
def test_sticks_graves_lonely_dead_and_oiled_guns_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "两个细路仔打机，一个喊“我杀了你三次”，家长问清是游戏。",
        "清明上完坟，大家一起上路回城。",
        "奶奶说孙子在那边一个人孤单，得有人去陪他。",
        "出差前他交代邻居帮他喂狗。",
        "老太太说明天要去见老伴了，老伴在医院住着。",
        "城管带人去把他家违建拆了。",
        "他颈椎不好，按摩师掐住颈椎推拿。",
        "老人把旧收音机从床底翻出来，擦了擦上面的油污。",
        "过年前从房梁上取下腊肉，抹了点油蒸上。",
        "上完坟他在坟边躺了一会儿，大家一起上路回城。",
        "老父亲一个人在乡下头孤零零的，总得有人去陪他。",
        "她去医院陪护住院的老伴，托隔壁帮她喂鸡，说要去见老伴了。",
        "推拿师傅掐着颈肩给他放松。",
        "抄表员在张家院墙外头转了几圈找电表箱。",
        "搜救的志愿者每人拿着木棍防蛇。",
    ],
)
def test_games_journeys_errands_and_old_radios_are_not_high(text: str) -> None:
    assert_not_high(text)
