"""What rules 2026.106 read wrongly on the two-hundred-and-fifty-second to
two-hundred-and-fifty-fourth writers' holdouts (Zhangjiajie, Xuchang, Maoming): a dog set on
someone, nights sharpening a blade while watching the other house, young men told to bring their
gear up the hill, a grandson bundled into a car, burial clothes laid out and the money left to the
children "不用等我"; and "那个姓王的" as the one to be killed, found by a second reader. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "吵到后来，他让那条黑狗去咬老周的腿，老周小腿被咬穿了。",
        "佢呢几晚坐门口磨把长柄嘢，盯住对面陈家。",
        "两村为水库争执，东村在村部开了会，通知青壮明早带齐家伙去堤上。",
        "一班人上门，将佢个仔塞入车带走咗，电话打唔通。",
        "阿婆情绪好低落，将寿衣翻出嚟摆好，同阿公讲钱同仔女分咗佢，唔使等我。",
        "他在村口说要去砍死那个姓王的。",
        "陈某唆使他家那条狼狗去咬老周的腿，还放话见一次咬一次。",
        "阿强喊齐村里后生，每人揸条棍，今晚去对面村搵佢哋算账。",
        "那伙人把欠债的刘某架上车，说不还钱就别想回来。",
    ],
)
def test_a_dog_set_on_someone_a_blade_sharpened_men_called_a_man_taken_and_farewells_are_high(
    text: str,
) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他让狗去叼飞盘，狗扑到草地上玩了半天。",
        "他每晚在院里磨豆腐，一边看着对面的电视。",
        "山上起了火，村里通知青壮带齐家伙上山扑火。",
        "孩子发高烧，他爸把他塞进车里送医院了。",
        "老人把寿衣拿出来晒了晒，说这是老规矩，笑着又收了起来。",
        "他说你们先吃饭，不用等我，晚上加班。",
        "那个姓王的打死也不肯认错，调解只好改期。",
        "这几晚他都坐门口磨豆腐，盯着对面的铺子看有没有客人。",
        "召集后生带齐家伙去祠堂扎龙舟，准备端午比赛。",
        "他把行李塞进车子带走了。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
