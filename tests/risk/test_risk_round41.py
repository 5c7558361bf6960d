"""What rules 2026.57 read wrongly on the ninetieth to ninety-second writers' holdouts (the
12348 legal hotline in Zhengzhou; the market mediation committee of a Yiwu commodity market;
a district medical-dispute mediation committee in Shanghai): pesticide poured into a
neighbour's well, "一道去死" with the gas already turned on once, a push down a bank that left
a man bedridden while both sides called their men "该带啥带啥", a man who settled his affairs
after a divorce and asked where his ex-wife's new flat was, a trader followed home at night
and asked after his flight, a scammed woman's apology to her son with her grandson commended;
and as too high: an axe for a tree ("给它砍了"), a kitchen knife sent back for its loose handle,
shovels to plug a drain, peach trees cut, "要出人命了" said of a wall, a child's stitches after
a chase at break. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他往邻居家的水缸里倒了敌敌畏。",
        "男方对她讲，再提离婚就跟她一块死。",
        "女儿说她妈昨天夜里又把煤气打开过一次。",
        "老陈被邻居推下田坎，腰摔伤了，现在还下不了床。",
        "他在群里喊人，说明晚都到村口，该带啥带啥，跟张家把账算清。",
        "他扬言别想让姓王的活着离开。",
        "分手后男方把店盘给了表哥，又托人打听女方新租的房子在哪一栋。",
        "被骗了养老钱的大爷打电话，一直说对不起女儿，以后外孙就拜托你们照顾。",
        "对方每天晚上开车跟着他回宾馆，还托人问前台知不知道他哪天的机票。",
    ],
)
def test_poison_in_the_well_gas_kin_called_and_exes_tracked_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他往米饭里拌了老鼠药，放在仓库角落里。",
        "燃气公司说阀门已经打开过两次，检查正常。",
        "工人们一道死守在工地讨薪。",
        "邻居说要拿斧头给它砍了，说的是那棵挡光的老树。",
        "收到后发现菜刀刀柄松动，要求换货。",
        "民工扛着铁锹去把渠上的缺口堵上。",
        "老二喊要出人命了，是说后墙裂了快塌了。",
        "他砍了对方越界的几棵梨树，对方报警。",
        "两个孩子课间追逐，一个撞在桌角上缝了两针。",
        "司机说对不起家人，愿意承担全部责任。",
        "秋收时他在群里喊人回来帮忙，该带啥带啥。",
        "表姐打听他们新家住哪一栋，想上门拜年。",
    ],
)
def test_rat_bait_gas_checks_trees_goods_drains_and_visits_are_not_high(text: str) -> None:
    assert_not_high(text)
