"""What rules 2026.107 read wrongly on the two-hundred-and-fifty-fifth to
two-hundred-and-fifty-seventh writers' holdouts (Anqing, Baicheng, Rizhao): a door wedged from
outside and "签完字再放出来", a man beaten into hospital and then his door watched every day, a head
split by a pick while men are called home, workers locked in a hold, a dog let out to chase an old
woman, "俺就毒恁的人", "这辈子对不住你" after the flock was sold off; and a sickle that cut the
neighbour's maize by mistake, read as a weapon. Each with a twin on the other side. Every sentence
here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "老人两天没出门了，西屋的门从外头插着，儿媳说“交了钱再放出来”。",
        "他把邻居打得住了院，这几天每晚都坐在人家大门口抽烟到半夜。",
        "两家在地头打起来，老三脑袋上被锄头刨了个口子，两边都在往回叫人。",
        "包工头把几个小工关在工棚里，不让他们回家。",
        "他把院里的狼狗放出来追老王，老王腿上被咬了一口。",
        "他说：“你药死我的鸭，我就毒死你全家。”",
        "他把存折交给了老伴，又打电话给儿子说爸这辈子对不住你。",
    ],
)
def test_a_wedged_door_a_door_watched_a_split_head_a_locked_shed_a_dog_and_farewells_are_high(
    text: str,
) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "邻居被车撞得住了院，他这几天每天去人家大门口帮着喂鸡。",
        "他拿镰刀把自家地头的草也割了，顺手帮邻居割了两垄苞米。",
        "他说这辈子对不住你妈，以后要好好补偿她。",
        "他把狗放出来追野猪，狗被野猪拱伤了。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
