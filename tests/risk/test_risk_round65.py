"""What rules 2026.82 read wrongly on the hundred-and-sixty-fifth to hundred-and-sixty-seventh
writers' holdouts (a township near Yantai, a township near Yancheng, a fireworks township near
Pingxiang): petrol bought by a man with no vehicle and a neighbour's house that "一点就着",
"俺这条命给他们" with pesticide hidden under a sack, gunpowder kept back from the hand-in and
"大家都莫过年了", a head split with a shovel, brakes tampered with; a ladder that slipped in an
orchard is an accident. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他家没车没三轮，昨天却去加油站灌了一大桶油，还说隔壁那草垛一点就着。",
        "老汉说“赔不起，这条命给他们”，他把半桶农药挪到了柴房，用麻袋盖着。",
        "他说仓库里那几包火药没交上去，谁敢动他作坊，大家都莫过年了。",
        "两家为地界打起来，老孙被铁锹拍破了头，住进了医院。",
        "他说已经在老板车上动了手脚，看他明天还刹不刹得住。",
    ],
)
def test_petrol_poison_gunpowder_shovels_and_brakes_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他给三轮车去加油站灌了一大桶油，说秋收要用。",
        "他说这栋老木头房子一点就着，得赶紧装灭火器。",
        "老汉说赔不起，想把这套房子给他们抵债。",
        "他把半桶农药挪到了仓房，用塑料布盖好，怕孩子碰到。",
        "作坊停产后，几包火药都按规定交上去了。",
        "大家都说今年生意难做，都莫过年了，只能凑合。",
        "修车师傅说刹车片磨没了，再不换就刹不住。",
        "摘樱桃时梯子滑了，帮工摔伤了腰，园主付了医药费。",
        "秋收后把剩下的农药搬到仓房里，用塑料布盖上，防止受潮。",
        "检查组发现他家那包黑火药没有上交，已责令整改。",
        "你看我这车还刹不刹得住，刹车老软了，带我去修修。",
        "他家没有三轮，打了两桶汽油说是给抽水机用的。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
