"""What rules 2026.32 missed on the forty-fourth and forty-fifth writers' holdouts (the Hebei and
Shandong plains; a terse duty mediator's register jotted with spaces for punctuation): spaces
between Chinese words read as clause breaks, 下回 like 下次, a dead animal left as a message,
fire thrown into a pigsty, a gas cylinder carried to whoever comes, "抬出去一个", shrouds
fetched and food refused, 动了手 as a deliberate act in an accident dispute, blood threatened as
见见血, fuel to be brought in a can, a fall "谁知道", "一起死"; and rat poison against rats.
Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import DisputeType

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "宅基地 两家吵了三年 乙说“再往前砌一块砖 我就让你家见见血”",
        "为争水渠，他往对方门口扔了只死狗，放话说下回就轮到你。",
        "养鸡场臭气熏天，老周说再不搬，他就往鸡舍里扔把火。",
        "他说谁再上门催债，他就扛着液化气罐过去找谁。",
        "赔偿谈不拢，对方撂下话：不给钱，就让他家也抬出去一个。",
        "老人让女儿把寿衣拿出来，饭也不吃了。",
        "退货不成，顾客说明天拎桶汽油来。",
        "你再去林业站举报，山路那么陡，哪天摔下去谁知道。",
        "被骗了十万，他给对方发消息：找到你了，一起死。",
    ],
)
def test_the_words_are_high(text: str) -> None:
    assert_high(text)


def test_a_blow_struck_in_an_accident_dispute_is_deliberate() -> None:
    assert_high("事故赔偿 伤者家属堵门 昨天动了手 对方鼻梁骨折", DisputeType.TRAFFIC)


@pytest.mark.parametrize(
    "text",
    [
        "宅基地 两家吵了三年 乙说“再往前砌一块砖 我就去法院起诉”",
        "下回调解定在周五，轮到你家出代表。",
        "猪圈太冷，老周往猪圈里放了把稻草。",
        "送气工扛着液化气罐上楼，给三户人家换了气。",
        "搬家公司把旧柜子抬出去一个，剩下的明天搬。",
        "老人让女儿把相册拿出来，一起翻了一下午。",
        "拖拉机没油了，他说明天拎桶柴油来加上。",
        "山路那么陡，下雨天摔下去的人可不少，村里已经装了护栏。",
        "家里耗子多，他去集上买了包耗子药，撒在粮仓角落。",
        "摊主教他下药的法子，说老鼠药要放在墙角。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
