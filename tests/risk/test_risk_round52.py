"""What rules 2026.68 read wrongly on the hundred-and-twenty-sixth to hundred-and-twenty-eighth
writers' holdouts (the old town of Hohhot, a township near Zhanjiang, a community in Tangshan):
"一枪一个" from a man with a home-made gun, poison set out "吃完了连它主人一块儿", burial clothes taken
to the hut, a face pierced with a skewer, a "meeting" at ten with people called in group chats, a
woman dragged into a car and driven off, lying in front of a lorry "压过去", a gun borrowed "for two
days", "早晚跟我媳妇一个下场"; and as too high: a cane knife that cut its own user, machetes brought
to clear the scrub. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他放话谁敢再来量地就一枪一个，家里有支土铳。",
        "他在墙根放了一盆拌好的东西，说狗吃完了连它主人一块儿。",
        "他把老伴送到儿子家，自己住进果园的窝棚，寿衣也带过去了。",
        "摊主拿铁签子把顾客的脸扎了个窟窿。",
        "两个小年轻约了晚上在广场‘见面’，各自在群里喊人。",
        "前男友把她硬拽上车拉走了，现在还没回来。",
        "老人躺在铲车前面，说有本事从我身上压过去。",
        "他找表哥借那杆老猎枪，说借我用两天。",
        "他天天打电话说，你男人早晚跟我儿子一个下场。",
        "几个讨债的把老赵塞进面包车开走了，到现在手机打不通。",
        "她被前男友拽上车，一路开到了邻县。",
        "他拿着菜刀冲到工地上，说不给钱谁也别想干活。",
    ],
)
def test_guns_poison_for_the_owner_and_cars_driven_off_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他帮人砍柴时砍伤了自己的脚。",
        "村民们带着砍刀上山，是去清路边的灌木。",
        "他打靶一枪一个准。",
        "老人把寿衣拿到老屋晾晒，说是老规矩。",
        "护士把孩子的手扎了个口子抽血。",
        "学校约了家长周末见面，各自在群里通知。",
        "爸爸把孩子拉上车送去学校。",
        "他找邻居借了猎枪去打野猪。",
        "老刘打猎是把好手，野鸡一枪一个。",
        "邻居家的狗咬了人，调解时连它主人一起叫到了村委会。",
        "婆婆骂儿子早晚跟你爹一个样，整天喝酒打牌。",
        "老人搬进老屋养老，按老规矩寿衣也带过去了。",
        "搬家时铁丝把裤腿扎了个洞。",
        "花坛里的月季把孩子手上扎了个口子。",
        "民警把他架上车带走了。",
        "他找邻居借了把胶枪修鞋柜。",
    ],
)
def test_own_cuts_scrub_clearing_target_shooting_and_school_runs_are_not_high(text: str) -> None:
    assert_not_high(text)
