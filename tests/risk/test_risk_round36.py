"""What rules 2026.52 read wrongly on the seventy-eighth to eightieth writers' holdouts (a
township justice assistant in the loess hills of central Gansu and the Hexi oases; a village
mediation committee of one lineage in Putian; a community legal adviser in Changsha): a wife
tied up with rope, gas stacked on the roof "强拆就一起炸", jugs of fuel tied on a motorbike and
"你们看着", a man following the driver with "a piece of iron" in his sleeve, a manager shut in
and beaten with a mop handle, an old fowling piece cleaned with "明年要多烧一份纸", a brother
carrying "家伙" at the door, a husband parked at the lane's mouth every night after her
stitches (a motorbike named is no accident); and as too high: pills a doctor prescribed. Each
with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他喝了酒，拿铁链把老婆拴在床腿上，是邻居听见哭声报的警。",
        "拆迁户在楼顶堆了两罐液化气，说敢强拆就跟他们一起炸了。",
        "他电动车后座绑着两壶油，冲着养殖场喊：“晚上你们看着。”",
        "赔偿没到手，他天天开车跟在对方后头，怀里藏着个铁家伙。",
        "业主把物业主任关在配电房里，拿扫把杆抽了一顿。",
        "分家吃了亏，他回家把那杆土枪擦了一遍，说“今年要多烧一份纸”。",
        "哥哥昨晚拎着家伙在弟弟门口坐到半夜。",
        "她回娘家半个月，丈夫每晚骑摩托停在巷口坐到后半夜，上个月她头上缝了五针。",
    ],
)
def test_ropes_gas_fuel_hidden_iron_beatings_guns_and_waiting_after_stitches_are_high(
        text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "老人吃的安眠药是医生开的处方，家属问剂量是否过大。",
        "过年要多烧一份纸给去世的奶奶。",
        "我们一起炸了一锅油条，分给邻居。",
        "你们看着办吧，这个价我们不降。",
        "他骑电动车摔了一跤，头上缝了五针。",
        "物业在小区里增划了三个临时车位，业主们都满意。",
        "他拿绳子把羊拴在树上，自己去地里干活。",
    ],
)
def test_prescriptions_offerings_cooking_bargains_falls_parking_and_ropes_at_work_are_not_high(
        text: str) -> None:
    assert_not_high(text)
