"""What rules 2026.81 read wrongly on the hundred-and-sixty-second to hundred-and-sixty-fourth
writers' holdouts (a township near Wenzhou, an old district of Tianjin, an old district of
Urumqi): "对否起你们" and nights alone on the sea wall, an old woman padlocked in, "一块儿送走",
something poured into a stall's broth, "狗完了就轮到它主人", "他也得躺着" at the driver's work
unit, a bat pulled from the car boot, a black-powder gun dug out, a wife (羊缸子) beaten while
she cries for help, a brick taken in a fight that began with a motorcycle, keys and papers left
"to ask one last time"; trees cut by the stem, a pigeon cage poked, a fish knife at the stall and a
wrench thrown to the floor are no longer high. Each with a twin on the other side. Every sentence
here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "会倒了以后，老陈跟囡儿讲“阿爸对否起你们”，夜夜一个人去海塘上坐到天光。",
        "老太太两天没出门，门从外头挂了锁，儿子承认是他锁的。",
        "为宅基地的事，他说过年回去要把他叔家那几口子“一起送走”。",
        "早市卖豆浆的说，隔壁摊主趁没人往他豆浆桶里倒了小半瓶不知道什么东西。",
        "邻居的鸡天天进院子，老胡撒了拌药的米，还说“鸡死了就轮到它主人”。",
        "女儿被撞瘫了，老孟天天蹲在司机单位门口，说“他也得躺着”。",
        "两车剐蹭后，一个司机从后备箱抽出棒球棍把对方车窗砸了。",
        "牌桌上吵翻了，老魏回家翻出压箱底的鸟铳，说去找那几个人算账。",
        "楼下老马又在打他羊缸子，邻居听见女的喊救命，敲门没人开。",
        "电动车撞坏了摊子，两家叫了亲戚在路口对上了，有人挨了一板砖，头破了。",
        "他把钥匙、存折都放在我桌上，让我转交给他女儿，说要去拆迁办再问最后一次。",
    ],
)
def test_farewells_padlocks_broths_bats_and_bricks_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "过年前他跟孩子讲对不起你们，今年没挣到钱，一家人在海边吃了顿饭。",
        "家里没人，门从外头挂了锁，邻居说他们回老家过年了。",
        "他说过年要把叔叔一家几口子送回老家。",
        "她趁没人往锅里加了两勺盐，婆婆嫌咸吵了一架。",
        "老胡家的鸡死了，他说怀疑是鸡瘟，找兽医看了。",
        "他天天在楼下等她下班，两人已经和好了。",
        "他从后备箱拿出扳手换了备胎，和对方司机交换了电话。",
        "拆老屋时翻出一杆旧鸟铳，已经交到了派出所。",
        "老李砍柴时用柴刀砍了邻界几棵杂木，已赔了三百元。",
        "刘婶拿竹竿捅了老冯的鸽子笼，笼子坏了，两人吵了几句。",
        "鱼摊老板手拿杀鱼刀跟顾客争了几句价钱，说完接着刮鳞。",
        "他跟修车师傅吵起来，抄起扳手往地上一摔，被大家劝走了。",
        "他说要去拆迁办再问最后一次补偿标准，问不到就去法院起诉。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
