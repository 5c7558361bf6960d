"""What rules 2026.40 read wrongly on the fifty-sixth and fifty-seventh writers' holdouts (a
women's federation counsellor's notes in northern Xinjiang; parties typing into an online
mediation mini-program) and on an old line of holdout 18: pills saved up, dying with the house,
strangling until the eyes roll back, a farewell from the river bank, quitting "this world",
belongings given away, a disappearance with an apology left behind, shovels gripped in a
standoff, people inside a house to be flattened, poison bought "to pay him back", and a
condition whose consequence opens the threat. Each with a twin on the other side. Every
sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "她在电话里说安眠药早就攒够了，不用再麻烦大家。",
        "他偷偷攒了小半瓶安眠药，藏在枕头底下。",
        "拆迁款谈不拢，老汉说要跟这老屋一起死。",
        "他把妻子掐得喘不上气，邻居踹门才拉开。",
        "我现在在河边，谢谢你们这些年照顾我妈。",
        "工资讨不回来，这个世界我不玩了。",
        "他说活着没意思，手机和狗全送人了。",
        "儿子欠了网贷，到处找不着人，只给他妈留了句对不起。",
        "两个组为浇水的事对峙，双方都攥着铁锹骂。",
        "他说要开铲车把棚子推了，人在里头也照推。",
        "他在群里说要让对方“厂和人一起凉透”。",
        "邻居的羊被毒死，她已经买了老鼠药，说要还他一回。",
        "你们要是再拖着不给钱我就从这里跳下去",
    ],
)
def test_saved_pills_farewells_strangling_gripped_shovels_and_paying_back_are_high(
        text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "她每月存一点，说养老钱快攒够了。",
        "他攒了一抽屉的药盒子，准备当废品卖。",
        "老汉说等新房分下来，就跟老伴一起搬走。",
        "她说这几天加班累得喘不上气，想请假。",
        "调解结束，双方在河边合影，申请人说谢谢你们这段时间的调解。",
        "这个游戏我不玩了，充的钱要退。",
        "要搬去外地，手机和狗都送人了，走前请大家吃了饭。",
        "打电话找不着人，后来他回电说对不起，手机没电了。",
        "他攥着铁锹在地里挖渠，没和谁吵。",
        "装修队拆墙很吵，人在里头也一样听得见。",
        "疫情三年，厂和人一起熬了过来。",
        "上次他帮我搬家，这回我得还他一回人情。",
        "要是有人扬言跳楼，保安会立即报警并通知家属。",
    ],
)
def test_savings_a_move_tiredness_thanks_a_game_work_and_a_favour_are_not_high(
        text: str) -> None:
    assert_not_high(text)
