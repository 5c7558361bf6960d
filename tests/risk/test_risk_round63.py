"""What rules 2026.80 read wrongly on the hundred-and-fifty-ninth to hundred-and-sixty-first
writers' holdouts (a Chaoshan township near Shantou, a Hakka township near Heyuan, an old district
of Kunming): the Hakka 𠊎 (I) and 畀 (give), "跟屋一齐去", a whole family "去见阿公", a place by a
dead wife's grave, the ox sold and the money shared out, a letter left and the writer gone, a
bottle broken and held, a whetstone worked till midnight, a dog called by name, "等判下来你就知",
a bedroom door bolted at night, an owner's hours and the price of acid asked, pesticide gone with a
farewell said, "从她店门口那栋楼上下来"; a hammer on cement no longer a weapon. Each with a twin
on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "老叔讲：“祖屋要推，𠊎就同屋一齐去。”",
        "他对丈母娘讲伊若无返来，阮全家做阵去见阿公。",
        "老汉讲自己没用了，老伴坟边留个位给我，昨天卖了羊，钱全给了外孙。",
        "被工地噪音吵了两个月，她给儿子留了张纸条说活不下去了，人不见了。",
        "烧烤摊上两伙人起了冲突，有个人把酒瓶砸碎了攥在手里。",
        "他这几晚都坐在院里的磨石边，一磨就磨到后半夜，问他磨什么也不说。",
        "邻居牵着狗过来，吵了几句就松开狗绳喊狗‘咬’。",
        "他说要把人和店一起收拾了，老板娘吓得不敢开门。",
        "他说：“等判下来你就知道。”她和孩子晚上睡都要顶上房门。",
        "他围着厂子转，问门卫厂长几点来，又去化工店问硫酸多少钱。",
        "他跟女儿说‘以后果园你来管’，仓房里那两瓶农药不见了。",
        "她说男人再赖账，她就从他公司那栋楼上下来，让所有人看看。",
    ],
)
def test_hakka_words_graves_letters_bottles_and_whetstones_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "拆迁那天他说要跟屋里人一起去新房看看。",
        "她说妈不回来，我们全家一起去外婆家接她。",
        "老人给自己在公墓买了一块地，说将来挨着老伴。",
        "他卖了猪，钱都给了儿子交学费。",
        "儿子出门打工前给家里留了封信，说过年回来。",
        "他把啤酒瓶摔碎了，又拿扫帚扫干净。",
        "她不小心把酒瓶摔破了，握在手里的半截赶紧扔进了垃圾桶。",
        "磨刀师傅坐在磨石边，一磨就磨到半夜，第二天一早送刀上门。",
        "他说等拆迁款赔下来，你就知道该怎么花了。",
        "他围着工地转了一圈，问工头老板几点来发工资。",
        "林某用铁锤把水泥敲开，疏通了堵住的排水沟。",
        "他从对面那栋楼上下来，让大家帮忙搬东西。",
        "老李买了农药打虫，把牛分给了两个儿子。",
        "服务员把啤酒瓶摔碎了，拿着扫帚扫干净。",
        "豆腐坊老板娘坐在磨石边磨到半夜，磨豆浆。",
        "他解开狗绳，喊狗“上”车。",
        "过年她不回来，我们一家人一起去见阿婆，给阿婆上坟。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
