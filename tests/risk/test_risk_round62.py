"""What rules 2026.79 read wrongly on the hundred-and-fifty-sixth to hundred-and-fifty-eighth
writers' holdouts (a Minnan township near Quanzhou, the loess hills near Yan'an, an old district of
Wuhan): Minnan words (伊 he, 伫 at, 暝 night, 拍 hit), "就用切割机切他", "同他一齐去", something carried
and not named, fuel bottled in silence, pipes hidden for a temple fair, a skewer in an arm, a
surgeon waited for every day, the other's child's school gate, "只有一个能下山"; "打破头也不让"
settled, ribs chopped for a customer. Each with a twin on the other side. Every sentence here is
new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "阿珠讲伊翁昨暝食酒转来又拍伊，目眶乌青。",
        "阿伯讲伊已交代囝仔后事，伊若敢再来起厝，阮就同伊一齐去。",
        "陈某今坐伫村部顶楼栏杆边，讲无人处理伊就跳落去。",
        "他说合伙人再进厂一步，就用切割机切他。",
        "他三夜守在老板家对面，身上带着物件，问是啥他不讲。",
        "他今早用饮料瓶装了两瓶，问他要干啥他不说。",
        "两个摊主吵起来，一个拿铁签子捅了另一个的胳膊。",
        "他每天去医院停车场等主刀的医生。",
        "他在朋友圈发“这辈子到这了，谢谢大家”，之后电话就关了。",
        "兄弟俩争祖屋，老二说清明回去只有一个能下山。",
    ],
)
def test_minnan_words_cutters_bottles_skewers_and_vigils_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他拍了拍他的肩膀，让他别着急。",
        "他给孩子拍照，孩子不配合。",
        "伊朗来的客商说货不对板，要求退货。",
        "他用饮料瓶装了两瓶酱油带回家。",
        "孩子学校门口每天都有家长等着接孩子。",
        "兄弟俩为这孔窑吵，老大说打破头也不让，后来按遗嘱分了。",
        "肉铺老板用剁骨刀帮顾客砍排骨，顾客嫌碎。",
        "他天天去医院门口等医生给他老娘换药。",
    ],
)
def test_pats_photos_trade_sauce_school_runs_idioms_and_butchers_are_not_high(text: str) -> None:
    assert_not_high(text)
