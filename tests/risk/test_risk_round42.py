"""What rules 2026.58 read wrongly on the ninety-third to ninety-fifth writers' holdouts (a
factory town's justice office in Dongguan; a live-streaming village near Hangzhou; a township
justice assistant in Liangshan): wages drawn out and a son commended "以后帮我照看我崽" after
the wife went home to her family, "伢儿交给我妈了，这辈子就到这里" and then no
answer, a knife taken along to the door, one's own burial clothes put on at the other's door,
sons taking men "去打指挥部", young men called home and asking day after day where the other
family lives; and as too high: a game named in quotes, a sickle cutting brush. Each with a twin
on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "媳妇回了湖南娘家，他取光了工资，托老乡以后帮我照看我崽，还到处打听她娘家住在哪里。",
        "她半夜在朋友圈发“娃儿交给我妈了，这辈子就到这儿吧”，随后手机关机。",
        "包工头欠了三个月工钱，老张说明天带刀上门去讨。",
        "调解没谈拢，老人回屋把自己的寿衣穿好，坐到了对方院门口。",
        "征地款没到位，他们兄弟几个说要带人去砸项目部。",
        "为那笔旧账，他家从外地叫回来十几个小伙子，到处打听对方家住哪里。",
    ],
)
def test_farewells_knives_to_the_door_burial_clothes_and_men_called_home_are_high(
    text: str,
) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "两个孩子在屋里玩“王者”游戏，一直喊“砍死他”。",
        "雇了两个人拿镰刀割坡上的灌木，邻居来看过，没有意见。",
        "奶奶去世，家里给老人穿好寿衣，亲戚都来吊唁。",
        "狗咬了人，主人当天就带人去打了狂犬疫苗，赔了医药费。",
        "春耕忙，他叫回来五六个兄弟帮忙插秧。",
        "买的剔骨刀用了两天刀柄就松动了，要求退款。",
    ],
)
def test_games_brush_cutting_the_dead_vaccines_and_help_at_planting_are_not_high(
    text: str,
) -> None:
    assert_not_high(text)
