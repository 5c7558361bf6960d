"""What rules 2026.71 read wrongly on the hundred-and-thirty-fifth to hundred-and-thirty-seventh
writers' holdouts (Miao and Dong villages in Qiandongnan, the Suzhou industrial park, the Hetao
irrigation area): poison in a pond and "下回丢到他家水缸里", "把事情做干净" at night, a dog let off its
lead with "上", "家伙都备好" for "讲道理", "磨那把老东西", the family entrusted and a walk to the lake,
"我走了以后……不想再听", a spade on a head, legs dangling from a roof's edge; a teddy's bite and
poison talk in a chat that was explained. Each with a twin on the other side. Every sentence here
is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他往邻居鱼池里撒了药，鱼全翻了肚，还说下次撒到他家井里。",
        "他说知道那人住哪个村，今晚就摸黑过去“把事情办干净”。",
        "邻居解开狗绳，冲着我家孩子吆喝一声“上”，孩子腿上被咬了。",
        "他解开狗绳，对着来收账的人喊“上”，那人裤子被扯破了。",
        "他打电话说后天去工地找老板讲道理，家伙早备好了。",
        "她这几天夜里在厨房磨那把旧家伙，磨完用布包好。",
        "他说家里老小就托付给你们了，然后一个人朝江边走去，手机关机。",
        "老人把金戒指给了孙女，又说：我走了以后，存折归小儿子，我不想再受这份罪了。",
        "他拿铁锹把邻居头拍破了，两边都在叫人。",
        "她坐到五楼楼顶边上，两条腿悬着，打电话问我们管不管。",
        "群里说有人往井里下毒，民警查看后确认井水有毒。",
        "外号“金毛”的小伙带着几个人把老人打得骨折住院。",
        "他放自家泰迪咬伤了邻居孩子。",
        "刘某在群里说要下毒，派出所说明情况后大家就散了。",
        "王某一个人往水库方向走了，手机关机，家人已报警。",
    ],
)
def test_poison_promised_dogs_set_on_tools_readied_and_farewells_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他家鱼塘打了药，说下回倒到自家水缸里的水要先烧开。",
        "晚上加班过去，把事情做干净利落再回家。",
        "训犬员松开绳子，对着假人喊“上”，警犬扑了过去。",
        "松开狗绳，对着野猪喊“上”，几条猎狗追了过去。",
        "他说带几个兄弟来帮忙收麦子，家伙都备好了。",
        "老汉在院里磨那把旧家伙，说明天割麦子用。",
        "他一个人往河边走去钓鱼，电话不接。",
        "我出去打工了，家里老小就托付给你们照应了。",
        "老人说：我走了以后你们别再为房子吵，我不想再管这些事了。",
        "修房子的师傅坐在屋顶边上，腿耷拉着，歇口气再铺瓦。",
        "一只柯基把快递员的裤腿咬破了，主人赔了一条新裤子。",
        "业主群里说有人下毒，社区解释清楚后大家都理解了。",
        "欠款人陈某一个人往浙江去了，电话打不通，申请人要求协调其家属还款。",
        "装修公司答应晚上派人过去，把事情做干净，建筑垃圾全部清运走。",
        "搬家师傅解开绳子，对着楼上喊“上！”，把冰箱吊上了五楼。",
        "腊月里刘老汉在院里磨那把老家伙，说是准备杀年猪。",
        "中午歇工，几个工人爬到屋顶边上，两条腿耷拉着吃盒饭。",
        "租客黄某表示：我走了以后，这房子的事我不想再管了，押金退不退都行。",
        "中午日头毒得很，张某说西瓜下回就放到他家井里镇着。",
    ],
)
def test_pond_care_work_harvest_tools_training_dogs_and_explained_rumours_are_not_high(
    text: str,
) -> None:
    assert_not_high(text)
