"""What rules 2026.31 missed on the forty-second and forty-third writers' holdouts (the Dongting
Lake and the middle Yangtze; the high-rise districts of big cities): a fish spear that pierced a
thigh, asking how one's residence is cancelled after one is gone, a dog of many years given away,
家伙 carried in a pocket (揣), a child who "won't get home from school", poison called 料, lighter
fluid poured with "下次我直接点". Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "两家为塘埂吵起来，他拿鱼叉戳穿了对方的小腿。",
        "她把房产证交给了儿子，又问人没了以后后事要怎么办。",
        "他把银行卡交给了妹妹，养了八年的狗也送给了邻居，说自己活够了。",
        "他说今晚揣着家伙去工地门口等包工头。",
        "网吧老板说，谁再打12345投诉，就让谁家孩子放学回不了家。",
        "他往对方的车底下泼了半瓶天那水，说这回是吓吓你，下次直接点。",
        "夜宵摊主说，隔壁再抢生意，就往他家汤锅里加点“料”。",
    ],
)
def test_the_words_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他拿鱼叉在塘里叉了两条草鱼，给邻居送了一条。",
        "老人问民警，人没了以后户口本上的名字要不要去派出所销。",
        "搬进城里住楼房，养了八年的狗只好送给了乡下亲戚。",
        "他说今晚揣着家里的钥匙去工地门口等包工头对账。",
        "学校通知说今天暴雨，孩子放学回不了家的可以留校。",
        "饭店厨师说，这道菜要往汤锅里加点料酒去腥。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
