"""What rules 2026.96 read wrongly on the two-hundred-and-tenth to two-hundred-and-fifteenth
writers' holdouts (Jiujiang, Liupanshui, Jining, Jiamusi, Zhangye, Beihai): a mastiff to kill
whoever comes, petrol poured with the fire named, "还钱先放人", poison drunk in the shop, a knife
taken off a wedding guest, "我就去佢门口饮药", knives hidden by the dozen, "渠也莫想过好" with the
boss's building asked after, a boat made over to the son with "件事我自己了结". Each with a twin on
the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "鸡场老板讲谁再来查就放狗，两条狼狗一直拴在门口。",
        "死者的弟弟在老板家门口淋了一桶柴油，喊着要烧。",
        "讨债的讲还清才放人，把会计扣在仓库里。",
        "谈到一半，他当场喝了一口兜里带的百草枯。",
        "酒席上吵了几句，他回家拿了东西又回来，被大家抢下来一看是把砍刀。",
        "他讲再不赔钱，就去他门口饮药。",
        "两个队为抬神轿争了一个月，有人把二十几根钢管藏在祠堂后面。",
        "讲老板欠他两年工钱，他也别想过好，又问老板家是不是搬到新区，住哪栋。",
        "他把车和房子都过户给了儿子，留下一句“这事我自己了断”。",
    ],
)
def test_dogs_fuel_detention_poison_disarming_caches_and_farewells_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "狗场老板讲谁再来买狗就打折，狼狗都拴着。",
        "他往发电机里淋了点柴油，说要烧一下试试机器。",
        "他讲老板还清货款才放货，车已经装好了。",
        "他当着医生的面喝了药，是治胃病的中药。",
        "酒席上小孩抢了个气球，大家抢下来一看是把玩具刀。",
        "他讲今年的新茶就去他门口饮茶，请大家尝尝。",
        "五金店把二十几根钢管放在仓库后面，等着装车。",
        "他讲你们也别想过好年，今年加班加到腊月二十八。",
        "他把车过户给了儿子，说这事自己了结，免得以后再跑车管所。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
