"""What rules 2026.67 read wrongly on the hundred-and-twenty-third to hundred-and-twenty-fifth
writers' holdouts (a township near Yulin, a Three Gorges relocation town in Wanzhou, a workshop
township in Taizhou): a head (脑壳) knocked open with a hoe, a long knife asked for at the hardware
shop for a neighbour who "欠教训", a second clash ("再碰一碰") arranged with poles and pipes got
ready. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "为拆迁的事，他拿锄头把测量员的脑壳敲破了。",
        "他到五金店问有没有开山的那种长刀，说隔壁那家欠教训。",
        "两个村在群里约好明晚祠堂前再碰一碰，有人在准备钢管。",
        "他拿锄头把邻居的脑壳敲了个口子。",
    ],
)
def test_heads_knocked_open_long_knives_and_second_clashes_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他在工地被掉下的砖把脑壳砸破了，包工头出了医药费。",
        "果园老板到五金店问有没有开山的长刀，说要砍杂树。",
        "两个球队约好下周再碰一碰，队员都在准备球鞋。",
        "理发师不小心把他的脑门划破了，赔了一百块。",
        "楼上把水龙头打开忘了关，水漏到楼下，两家为赔偿吵。",
        "施工队用大锤把路中间的石头敲开，碎石溅到窗户上。",
        "他问五金店有没有砍刀，说果园里的荆棘要收拾一下。",
        "老板雨停了要大干一场，让工人准备钢管搭脚手架。",
        "两个武术队约好周末比划比划，都在准备木棍。",
        "店主说管制刀具不卖，还教训了他几句。他刚才问有没有长刀。",
    ],
)
def test_falling_bricks_orchard_knives_and_matches_are_not_high(text: str) -> None:
    assert_not_high(text)
