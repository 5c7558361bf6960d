"""What rules 2026.49 read wrongly on the sixty-ninth to seventy-first writers' holdouts (a
community-corrections officer in northern Anhui; the complaints desk of elderly-care homes in
Suzhou and Wuxi; a gig workers' mediation station in Chengdu): a neck gripped across a named
man, a knife "掂着" to someone's house, a blade left in the car, people shut in "别想出来",
spirits poured over oneself, fights arranged, a ledge climbed out onto, a walking stick
brought down on a head, a nose bone broken by a blow, something sharpened at night, a wrench
and a chase, a farewell that asks for a place by the father's grave. And what they rated too
high: a cut at the slaughterhouse, a cook at a village feast, words laughed off at once, a
feud "早过去了". Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他喝了酒，掐着隔壁王婶的脖子往墙上按，被路人拽开。",
        "他说工钱再不给，就掂着斧子去老板家。",
        "他说要去讨个说法，后备箱里藏了把砍刀。",
        "讨债的把会计锁进档案室，说不还钱就别想出来。",
        "他在村委会门口往身上浇了半桶汽油。",
        "两个村的年轻人约好周六在河滩见，两边都叫了人。",
        "他纠集了二十几个混混，说晚上去把场子摆平。",
        "他翻出宿舍六楼窗户站在外沿，说不退押金就跳。",
        "老伯用手杖砸在同屋老人头上，头皮破了送去缝针。",
        "他在饭馆把厨师按在地上打，厨师鼻梁骨打断了。",
        "两家为地界翻脸后，他夜夜在院里磨刀，一声不吭。",
        "他提着钢管追着包工头要打，被工友拦住。",
        "他把家里的羊都卖了，说“孩子往后托付给你们了”，又问他娘坟边有没有空。",
    ],
)
def test_grips_knives_confinement_fuel_arranged_fights_ledges_blows_and_farewells_are_high(
        text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他在屠宰场分割时被剔骨刀划了手，缝了四针，按工伤报了。",
        "有人看见他拎着刀报了警，派出所核实他是在喜宴上帮厨。",
        "他在群里说“再涨价我就死给你看”，说完自己先笑了。",
        "二十年前两家为房基打过架，他说“早过去了”，如今两家一块儿做生意。",
        "村里叫了十几个村民一起去修水渠。",
        "约好明天在村口见面，双方各带了材料来核对。",
        "保安把仓库锁上，不让外人进来。",
        "他在集上买了块磨刀石，说麦收前磨镰刀割麦用。",
        "磨刀师傅每天在巷口磨刀，街坊都认识他。",
        "清明节他问村里公墓还有没有位置，想给父母合葬。",
        "他出差三天，说“孩子这几天托付给你们照看”。",
    ],
)
def test_work_cuts_feast_cooks_jokes_old_feuds_and_ordinary_errands_are_not_high(
        text: str) -> None:
    assert_not_high(text)
