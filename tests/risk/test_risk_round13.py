"""Words rules 2026.17 did not know on the twenty-second and twenty-fourth writers' holdouts:
southern forms of hanging and of dying together, a life "填" for a life, someone out at a roof's
edge, a person shut in for a night or days, a door locked on someone. Each with a twin on the
other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "铺头被收，阿伯话：“逼我走，我就喺门口吊颈。”",
        "讨债不成，佢话要同对方揽住一齐死。",
        "儿子车祸走了，父亲放话撞人的要一命填一命。",
        "欠薪三个月，工人老莫站到了工地楼顶边缘，谁劝都不回头。",
        "为了三万块货款，供货商带人把店老板关在仓库里整整两天。",
        "丈夫把她身份证收走，锁住门不准她出门，已经三天。",
    ],
)
def test_southern_and_plain_words_for_grave_danger_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "阿婆讲起旧时村里有棵吊颈树，小朋友都唔敢行过。",
        "两家人话以后一齐搞好关系，一齐饮茶。",
        "物业请工人站到楼顶检修水箱，系好了安全绳。",
        "邻居出门旅游，托他把狗关在笼子里喂三天。",
        "仓库管理员把货锁在仓库里两天，等对方来提。",
        "冬天冷，婆婆叫她锁住门早点睡，别出去乱跑。",
    ],
)
def test_the_same_words_in_harmless_senses_are_not_high(text: str) -> None:
    assert_not_high(text)
