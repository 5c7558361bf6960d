"""What rules 2026.65 read wrongly on the hundred-and-seventeenth to hundred-and-nineteenth
writers' holdouts (a township near Jinghong, a street office in Liuzhou, the old south city of
Nanjing): "讲不通，两个一起走", "从楼顶下来给大家看", waiting by someone's car every morning after a
beating, fishing gear all given away before "以后用不着了", papers handed to a daughter and "我换他一
条", twenty called in a group chat and someone asking whether to bring weapons, "再来就跟他们拼", a
wolfhound taken to the other's door "让它认认人"; and as too high: a lapdog set on a visitor, a
dog's own medicine. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "为分家的事，老四讲：“谈不拢，我们两个一起走。”",
        "再不结账，他就从天台下来给你们看。",
        "打过保安的那个租户，这几天每天晚上都守在保安亭门口。",
        "他把渔具、摩托车全送了人，讲以后用不着了。",
        "老汉把房产证、存折都交给了女儿，讲拿我这条命换他一条。",
        "两拨人约架，群里喊了三十几个人，有人问要不要带刀。",
        "住户们讲拆迁队再来就跟他们拼。",
        "他讲明天把家里那条大狼狗带到老刘店门口，让它认认人。",
        "老孙牵着狼狗到赵某家门口站了半天，说让它认认人。",
        "他放狗咬人，他家那条可不是泰迪，是半人高的藏獒。",
        "讨不到钱，他说大不了用我这条老命换他一条。",
    ],
)
def test_going_together_gear_given_away_and_dogs_brought_to_the_door_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "下班了，我们两个一起走。",
        "检修工从楼顶下来给大家看检测报告。",
        "他把旧衣服全送了人，搬去城里跟儿子住。",
        "老板讲再来就跟他们拼酒。",
        "兽医给它下药以后，狗的病好了。",
        "爸爸把房产证交给了女儿保管，准备办过户。",
        "他讲再来就放狗咬，他家那条是小泰迪。",
        "春节他把新养的狗带到岳母家，让它认认人。",
        "工友们说再不发工资就大家一起走，换个工地干。",
        "他说拿两瓶酒换他一条中华烟。",
        "电工从屋顶下来让业主看看，说线路修好了。",
        "老王打了三十年工，现在每天坐在厂门口看大门。",
        "他俩以前打过架，早和好了，现在天天坐在门口下棋。",
        "老杨叫了十几个人来帮忙杀年猪，问大家要不要带刀。",
        "酒桌上他说下次再来就跟他拼，看谁先倒。",
        "问邻居张某住哪块，想把捡到的钱包还给他。",
    ],
)
def test_walks_home_inspections_moves_and_lapdogs_are_not_high(text: str) -> None:
    assert_not_high(text)
