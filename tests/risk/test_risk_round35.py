"""What rules 2026.51 read wrongly on the seventy-fifth to seventy-seventh writers' holdouts (a
sumu mediator in the grasslands of eastern Inner Mongolia; a community mediation room in Sanya
and Danzhou; a tourism-dispute station in the old towns of Dali and Lijiang), and what a review
of rules 2026.49 to 2026.51 found them reading too widely or too narrowly. Each sentence with a
twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        # the holdouts' misses
        "两伙收购商为抢一车牛打起来，一个人头上开了口子，另一伙还在叫人。",
        "他说再不赔就去把化工厂的仓库炸了，家里有雷管。",
        "肇事司机跑了，死者的兄弟开车四处找，说找到了就地解决。",
        "她在电话里说：我现在在东湖边坐着，没人管我就不回去了。",
        "电动车撞倒老人，家属把骑车小伙堵在路边打了一顿，小伙头破，已送医。",
        "散会后他拿磨石磨那把东西，磨了一夜，磨完插进了靴筒里。",
        "他问工地的塔吊晚上有没有人看着，又问人死了以后工钱给不给家里。",
        # what the review found let through
        "老子迟早弄死你屋里那个婆娘。",
        "上班时工头一脚把他踹倒，肋骨骨折。",
        "王某被自己的亲哥哥划伤了脸，缝了十针。",
        "他嫌服务员拿错了菜，掏出刀就捅。",
        "他在微信里说“我早晚捅死你”，说完就笑了起来。",
        "离婚冷静期早过去了，他还天天跟踪我，去年还把我打骨折过。",
        "他磨快了镰刀，扬言要割了老李的头。",
    ],
)
def test_fights_explosives_hunts_farewells_and_what_the_review_found_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        # the holdouts' lows, and twins of the new patterns
        "游客赶海时被海胆扎伤了脚，民宿垫付了药费。",
        "承包方说要把那座小山包炸平，合同写明由有资质的爆破公司施工。",
        "两只狗在院里打起来，一只狗头上开了口子。",
        "她说周末想在洱海边坐坐，不回城里了。",
        # what the review found raised
        "双方各找了一名见证人，约定周五到地头重新量地。",
        "约好周六上午在地头碰面，两边都叫人来作证量地界。",
        "物业叫来五六个人，等业主下班后一起开会协商停车费。",
        "公司不放人，一直不给他办离职手续。",
        "疫情封控期间被困在小区里，物业不让出门，业主与物业发生纠纷。",
        "维修店把原车的刹车线剪了，换成了便宜货。",
        "患者家属质问：你们开的什么药，病人吃了差点没救过来。",
        "手术做到一半主刀医生离开，下一刀是他的徒弟做的。",
        "瓜农三轮车上放了把西瓜刀，与顾客因称重发生争执。",
        "他嫌树挡光，对着老李家的树砍了几刀。",
        "狗钻进院子偷吃腊肉，王大妈拿着擀面杖追着狗打。",
        "楼上住户每晚十点后在家磨东西，噪音很大。",
        "顾客在五金店里掂了掂菜刀，嫌分量轻。",
        "加油站油枪故障，顾客淋了一身汽油。",
        "老屋明天就拆，奶奶说想上去最后看一眼。",
        "保洁员翻出窗户站在外沿擦玻璃时坠落受伤。",
        "老人长期失眠，儿子好几次带她去医院买安眠药。",
        "王大妈掐着腰伸长脖子骂了一下午。",
        "有人举报村口有人持刀，民警核实是卖西瓜的张某，在切西瓜卖。",
    ],
)
def test_sea_urchins_blasting_work_dogs_outings_and_what_the_review_found_are_not_high(
        text: str) -> None:
    assert_not_high(text)
