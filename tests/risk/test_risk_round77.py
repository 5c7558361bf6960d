"""What rules 2026.94 read wrongly on the two-hundred-and-fourth to two-hundred-and-sixth writers'
holdouts (Bozhou, Hanzhong, Wenchang): "把隔壁的狗和人一块儿剁了", a patient on the ledge outside a
seventh-floor window, "讲明早一起带家伙" read as legal education, a beating that cracked a brow,
farewell calls, "一人一根木棍"; and the other way, a phone thrown into the fish pond read as a
person thrown in. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他放话要把对门的鸡和人一起宰了。",
        "欠了半年房租的租客坐在六楼窗户外的平台上，谁劝都不进来。",
        "老周叫了十几个本家，讲明晚一起带家伙去把那段路挖了。",
        "上回吵架，他被对方兄弟拳打脚踢，鼻骨都断了，这几天天天在对方门口转。",
        "她把房产证交给妹妹，又一个一个打电话给同学，说以后再也见不到了。",
        "他喊了二十几个后生，一人一根钢管守在路口，不让挖掘机进村。",
    ],
)
def test_threats_ledges_bones_farewells_and_armed_men_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他讲要把对门的鸡和鸭一起宰了，过年请客用。",
        "工人坐在六楼窗户外的平台上装空调外机，楼下住户嫌吵。",
        "调解员讲明法律规定后，老周同意明晚把那段路修好。",
        "两人吵架时，他把她的手机扔进了河里，答应赔一部新的。",
        "他打篮球摔了一跤，鼻骨断了，住了三天院。",
        "他要出国打工，一个一个打电话给同学，说以后见不到了，请大家吃饭。",
        "孩子以后你帮我照看一下，我去县城开会，下午回来。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
