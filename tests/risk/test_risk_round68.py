"""What rules 2026.85 read wrongly on the hundred-and-seventy-fourth to hundred-and-seventy-sixth
writers' holdouts (a township near Maoxian, an old district of Harbin, a street office in Shunde):
Cantonese words read as Mandarin (俾 give, 睇 look, 嚟 come, 哋 plural, 揾 find), "一齐上路", an axe
or a cleaver "提起", a dog let off its rope, "送上山", "断后的滋味" with the other's child's bus
asked about, gas let out "让一栋楼陪他睡", a broken bottle at a waiter's neck, "开片", tenants
locked in, a window ledge, a doctor's car and plate, papers handed over before a day at a grave,
kin called "睇吓边个够狠"; children shouting in a snowball fight are playing. Each with a twin on
the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import DisputeType

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "佢喺走廊讲：“间铺我唔要，到时大家一齐上路。”",
        "两家为水沟吵了几年，昨晚他提起斧头在人家门口守到半夜。",
        "他喝醉了说要把村长“送上山”。",
        "他说对方害他断了后，也要让对方尝尝断后的滋味，又问人家那个娃娃几点坐车回来。",
        "他讲物业再停他的气，他就把煤气阀门打开，让一栋楼的人陪他一起睡。",
        "客人喝多了，摔碎酒瓶子拿瓶茬子比划服务员。",
        "两家争车位，佢将狼狗解绳，对住邻居叫“咬佢”。",
        "房东换了锁，将租客母子反锁喺屋入面。",
        "业主讲你哋唔理我就上新闻，跟住爬出窗台坐住，不肯返入嚟。",
        "家属扯烂医生件白大褂，呢三日都喺停车场等，问人医生揸咩车。",
        "他把存折、户口本包好交给了闺女，又去他爹坟上坐了一下午。",
        "大佬叫齐同房兄弟，讲听晚睇吓边个够狠。",
    ],
)
def test_cantonese_threats_axes_bottles_and_locked_doors_are_high(text: str) -> None:
    assert_high(text)


def test_a_fight_after_a_crash_is_no_accident() -> None:
    assert_high("撞车后两班司机喺路口开片，一个头破送医。", DisputeType.TRAFFIC)
    assert_not_high("撞车后一个司机头破送医，另一个报了警。", DisputeType.TRAFFIC)


@pytest.mark.parametrize(
    "text",
    [
        "孩子们在院里打雪仗，一边扔一边喊“整死你”。",
        "他提起这件事就生气，说要去法院告。",
        "他说老人“送上山”那天全村都去了，丧事办得很体面。",
        "他问人家那个娃娃几点放学，想顺路一起接送。",
        "物业说阀门打开前要先通知一栋楼的人。",
        "服务员把半截酒瓶子扫进了垃圾桶。",
        "业主把装修师傅的工具锁在屋里不还，双方吵了起来。",
        "追尾后他记下对方车牌，等交警来处理。",
        "他把存折交给了闺女，清明又去他爹坟上扫墓。",
        "睇吓边个够钟落班，大家一齐去饮茶。",
        "他俾咗钱，佢哋收咗，冇嘢讲。",
        "明早六点大家一齐上路去省城。",
        "吃完饭，我先送他们走。",
        "公司下周开片，演员都到齐了。",
        "水喉师傅揸住铁通上楼维修，业主嫌收费贵。",
        "孩子爬出窗台坐着看烟花，不肯回屋。",
        "泼水节打水仗，他喊“弄死你”，把游客泼湿，游客要求赔手机。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
