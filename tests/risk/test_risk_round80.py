"""What rules 2026.97 read wrongly on the two-hundred-and-sixteenth to two-hundred-and-eighteenth
writers' holdouts (Shaoyang, Shunde, Datong), mostly Cantonese: "喺天台边企咗好耐", men called in
while the guards "拎晒棍", "佢就喺村委门口淋汽油", "两边都有人流血", "打穿经理个头". Each with a twin
on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "阿伯同装修佬争咗成个月，琴晚喺楼顶边企咗半个钟。",
        "司机摇咗十几个老乡过嚟，厂里保安都揸住棍企喺门口。",
        "佢话再唔赔钱，就去镇政府门口淋柴油。",
        "两条村为争鱼塘打起上嚟，两边都有人受伤。",
        "佢饮醉酒拎住酒樽追住老细，打爆老细个头。",
        "打架时他把老李的头打穿了。",
    ],
)
def test_cantonese_ledges_armed_crowds_fuel_brawls_and_broken_heads_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "阿伯喺楼顶边企咗好耐，睇烟花睇到十二点。",
        "佢叫咗二十几个兄弟过嚟帮手搬屋，人人揸住把扫把。",
        "佢话明日就去油站门口加柴油，准备出车。",
        "两队踢波打起上嚟，两边都有人黄牌。",
        "佢打游戏打爆咗对面个头，赢咗成晚都好开心。",
        "足球赛打起上嚟，两边都有人受伤，裁判罚咗两张红牌。",
        "佢叫咗十几个工友过嚟帮手搬钢琴，人人拎住绳。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
