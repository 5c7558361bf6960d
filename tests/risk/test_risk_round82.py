"""What rules 2026.99 read wrongly on the two-hundred-and-twenty-second to
two-hundred-and-twenty-seventh writers' holdouts (Huzhou, Xiangtan, Dezhou, Chifeng, Yangjiang,
Panjin): a fall after a push, a tenant locked in, a family line to be ended, a surgeon waited for,
nights by someone's car, a room rented opposite, a dog to be let loose, a child left with a note,
"这回就不拖累你们了"; and chess, games and accusations the record explains, read as threats. Each
with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "邻居老头被推倒摔断了髋骨，对方还放话要再来。",
        "手机店老板被顾客打到眉骨开裂，顾客说明天再来。",
        "两兄弟上周动手，弟弟胳膊打折了，哥哥这几天夜里天天在弟弟家院墙外转悠。",
        "房东半夜带了三个人上门，把欠租的租客锁在房间里。",
        "三个讨债的把欠款的小伙子围住了，正往面包车里拽。",
        "包工头说再不结账，就让老板家断后。",
        "他说柴油就放在门口，再拆他的棚子，大家一块儿完。",
        "母亲手术后瘫了，儿子每天守在医院门口，问主刀医生几点下班。",
        "被老板打了一顿的工人，连续三晚坐在老板的车旁边，一句话不说。",
        "女儿出了车祸死了，父亲在肇事司机家对面租了间房，天天盯着他进出。",
        "两个工头说好今晚在工地后面‘碰一碰’，各自都在喊人了。",
        "他把狼狗拴在地界上，说看见对方的人就撒开。",
        "她把女儿托给外婆，留了张纸条，叫我们不要找她。",
        "阿强四处问阿荣几点收工几点返屋企，仲喺五金铺买咗卷胶布同一捆绳。",
        "老汉癌症晚期，把金戒指给了孙女，说这回就不拖累你们了。",
        "他在村口扬言要打折李某的腿。",
    ],
)
def test_injuries_confinement_vigils_and_farewells_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "老人被电动车撞倒摔断了腿，车主已赔偿。",
        "老太太下楼时自己滑倒，摔断了手腕，邻居送医。",
        "商场衣服打折了，两个顾客抢同一件衣服吵了几句。",
        "教练让他来断后，球队最后赢了。",
        "他把自己养的兰花送给了邻居，邻居回赠了一盆茉莉。",
        "老汉说等病好了就不拖累你们了，心情不错。",
        "出租车司机每天坐在车旁边等客，与邻居为占道吵了几句。",
        "他在单位对面租了间房，天天看着公司进出的货车登记。",
        "两家说好周六在球场上碰一碰，比比篮球，各自都在喊人凑队。",
        "他把狗拴在院里，说看见生人就叫，已提醒邻居。",
        "她把孩子托给外婆，留了张纸条说去城里打工，过年回来。",
        "孩子跟奶奶说“下毒了”，原来是奶奶菜里盐放多了，一家人笑了。",
        "老张下象棋杀了老王五盘，最后一盘把老王将死了，两人约好明天再战。",
        "孩子在游戏里“砍了对方十刀”，没拿到装备，家长来咨询退款，已退。",
        "超市鸡腿打折了，两个老太太抢着买吵了几句。",
        "撤退时队长叫他断后，全队安全下山。",
        "她留了张字条说别找我，我去城里打工了。",
        "他问清楚师傅几点下班，又去买了胶带准备封窗户。",
        "他问清楚师傅几点下班，想请他来修窗户。",
        "她在女儿学校对面租了间房陪读，天天看着女儿进出校门。",
        "手术后瘫了的老人家属，等主刀医生下班想当面咨询康复的事。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他发消息“明天砍死你”，其实是喝醉后发的。",
        "他说“我弄死你全家”，原来是因为对方不还钱。",
    ],
)
def test_a_threat_whose_reason_is_told_is_not_explained_away(text: str) -> None:
    assert_high(text)
