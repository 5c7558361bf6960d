"""What a third review of rules 2026.54 and 2026.55 found them reading too widely or too
narrowly (each candidate confirmed with the engine), mended in 2026.56. Each with a twin on the
other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "争吵中他被对方划伤了手臂，缝了六针。",
        "报称有人喝了农药，民警核实是刘某，在镇卫生院洗胃。",
        "王某情绪失控，踹了李某两脚，李某肋骨骨折住院。",
        "因倾倒垃圾起争执，张某踹了李某几脚，致李某肋骨骨折。",
        "电梯坏了，业主踹了物业经理几脚，经理脑震荡。",
        "讨薪不成情绪失控，全身淋满了汽油。",
        "剐蹭后，车主把骑车的小伙一脚踹倒，小伙头破血流。",
        "用绳子把媳妇捆在床上，防止她跑回娘家。",
        "丈夫骂她别演戏了，吼着说“再闹我弄死你”。",
        "他拿着砍刀追着邻居砍，事后他解释是道具。",
        "前夫每晚蹲在她回家必经的路口，一直盯着她到半夜。",
        "我现在在江边，这次就不回去了。",
        "他放话说见到姓王的就地解决。",
        "他们带着家伙什去找老王算账。",
        "他连着几夜磨镰刀，说等老李下地干活时要他好看。",
        "他把菜刀揣在怀里，去地里堵老李。",
    ],
)
def test_what_the_third_review_found_let_through_is_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "加油员把油枪擦了擦。",
        "送气工扛着煤气罐到五楼，因电梯收费争吵。",
        "超市保安怀疑顾客偷东西，见他兜里鼓鼓的，他不让人看。",
        "患者按医嘱服了2片药后出现皮疹。",
        "装修公司把窗户封死了，燃气灶没地方排烟。",
        "王某爬上房顶查看漏水，称是李家排水管堵了。",
        "老人摔倒后被送去医院打了石膏，诊断为骨折。",
        "外卖骑手边骑车边用手机划订单，撞倒行人致其骨折。",
        "村长敲锣召集村民到祠堂开会。",
        "双方各找人，约定周五到现场测量。",
        "双方都找了人，约好下周一到村委会调解。",
        "因欠房租，租客被房东锁在门外两天。",
        "修车师傅说刹车线老化，刹车线被剪断了换了根新的。",
        "顾客在摊位上掂了一下菜刀的分量，嫌贵没买。",
        "离婚时男方撂下一句‘以后你自己过吧’。",
        "村干部说这事还没完，还要等鉴定结果。",
        "离婚可以，钱我不要，人我一定要。",
        "村会计说你家几口人我都清楚，分地按人头算。",
        "快递员在业主家楼下转，找不到门牌号。",
        "村民问冰窟窿是谁凿的。",
    ],
)
def test_what_the_third_review_found_raised_is_not_high(text: str) -> None:
    assert_not_high(text)
