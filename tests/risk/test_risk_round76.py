"""What rules 2026.93 read wrongly on the two-hundred-and-first to two-hundred-and-third writers'
holdouts (Weinan, Taizhou, Hengyang): a wolfhound unchained in a quarrel, "寻到渠先把渠腿打断" in
Wu speech, a doctor's home asked after a death, a man outside his balcony railing, sticks got
ready for "碰一碰" and "见分晓"; and the other way, a temple-fair Guan Yu's stage halberd. Each with
a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "两家在巷子里骂起来，刘某回屋把藏獒的链子解开，牵着朝对门走。",
        "渠讲寻到那个会主，先把渠两只手剁了。",
        "侬再弗还钱，我就弄死侬。",
        "老人手术没救过来，儿子这些天天天在医院走廊坐着不说话，后来向护工打听主刀医生住哪个小区。",
        "为拆迁款吵了一年的老周，半夜爬到窗台外面坐着，家里人拉了一个钟头。",
        "两个村为抢水约了后天在河坝碰一碰，各自叫人带上钢管。",
        "两房为分祠堂的钱都在准备扁担，讲祭祖那天见个高低。",
    ],
)
def test_dogs_dialect_threats_a_doctor_asked_after_a_ledge_and_sticks_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "两家吵过以后，他把狗解开带去河边遛了一圈。",
        "渠边的柳树被砍了，村里讲是修渠的工人砍的。",
        "侬弗要急，钱下个月一定还。",
        "老人手术没救过来，家属问医生死亡证明要去哪里开。",
        "师傅站到阳台外面装空调外机，业主嫌他踩坏了花盆。",
        "两个村约了后天在河坝比赛拔河，各自准备了粗绳，讲要见个高低。",
        "庙会上演戏的“武松”举着刀转场，碰倒了茶摊，戏班已赔钱。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
