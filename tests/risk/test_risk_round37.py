"""What rules 2026.53 read wrongly on the eighty-first to eighty-third writers' holdouts (a
ceramics district's mediation committee in Jingdezhen; a resettlement community in Xiong'an; a
noodle-shop association's station in Shenzhen), and what a second review of rules 2026.52 and
2026.53 found them reading too widely or too narrowly. Each with a twin on the other side.
Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        # the holdouts' misses
        "画师在店里被合伙人打了，鼻梁骨折，对方说这事还没完。",
        "两个村为窑柴山界吵起来，对面村有人敲锣喊人，说下午一起上山。",
        "讨了三个月工钱没讨到，小龚爬上了厂里的烟囱，站在上面不肯下来。",
        "店主追出去用碎瓷片划伤顾客的手臂，流了血。",
        "欠赌债的小熊被债主关在废窑里两天，家里刚接到要钱的电话。",
        "隔壁气窑的进气阀被人拧开了，满院子都是煤气味。",
        "邻居拿铁锹砸了窑门，还把窑工头上打了个口子。",
        "老二说要把老大那套房“给点喽”，有人看见他往车库搬塑料桶。",
        "被狗咬的那家买了耗子药，说连狗带人一块儿药。",
        "他说补偿款再不给齐，就抱着液化气罐去指挥部，大伙儿都别活。",
        "他这几天夜里在岗亭外头站着，袖口里露出半截钢筋。",
        # what the second review found let through
        "王某说邻居剪断了他的摩托车刹车线。",
        "报称有人喝了农药，民警赶到核实是王某，正在医院抢救。",
        "双方都叫了人，约定晚上在河滩碰头。",
        "她一次吞了一整瓶安眠药，都是医生开的，被送去洗胃。",
        "讨薪工人在工地门口身上洒了汽油。",
    ],
)
def test_bones_gongs_chimneys_shards_kilns_gas_and_what_the_review_found_are_high(
        text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        # the holdouts' lows, and twins of the new patterns
        "隔壁院子剧组拍戏，演员喊“杀了他”，老人吓了一跳，剧组已道歉。",
        "学徒利坯时刀口划破手指，缝了三针，老板付了医药费。",
        "他摔了一跤，额头磕了个口子。",
        "燃气公司上门检修，把液化气罐带去充气。",
        # what the second review found raised
        "调解员当天上门，争取把矛盾就地解决。",
        "邻居说树叶攒多了就一起烧了，烟熏到我家。",
        "开发商要把那栋烂尾楼炸掉重建。",
        "邻居的货车每晚都停在楼下，一直停到第二天天亮。",
        "孩子把老人绑在轮椅上防止摔倒。",
        "突然停电，把两名护士关在电梯里十分钟。",
        "师傅扛着家伙什上门修水管。",
        "老汉磨蹭了半天，把手插进袖子里不吭声。",
        "老汉磨好了镰刀，准备明天下地割稻。",
        "采石场放炮前把炸药装上。",
        "儿子说他在海边打工，今年春节不回来了。",
        "几个工友在饭店打了一顿牙祭。",
        "搬家时衣柜倾倒，砸骨折了他的脚。",
        "骑摩托车下坡时侧滑，司机头破血流。",
        "操作时手被卷进滚筒，缝了二十针。",
        "加油时油枪故障，身上洒了汽油。",
    ],
)
def test_film_sets_work_cuts_falls_refills_and_what_the_review_found_are_not_high(
        text: str) -> None:
    assert_not_high(text)
