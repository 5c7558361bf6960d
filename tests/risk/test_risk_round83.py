"""What rules 2026.100 read wrongly on the two-hundred-and-twenty-eighth to two-hundred-and-thirtieth
writers' holdouts (Qinzhou, Shuozhou, Meishan): a drug with no colour or taste asked for, thinner
asked whether it lights, whether the other keeps a dog, "我也莫得啥子怕的了" with the boss's estate
asked, a crane climbed "not to come down", an old mother beaten black and blue, a pipe held to stop a
truck; and game talk and sickles at harvest read as threats. Each with a twin on the other side.
Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他跑了两家药店，问有没有无色无味、放进水里看不出来的药。",
        "他四处打听有没有没颜色没味道的药，说是给仇家准备的。",
        "他买了一桶稀料放在对方仓库后头，还问人这东西点不点得着。",
        "他问过对方几点关门、家里有没有养狗。",
        "他说儿子这辈子完了，我也没啥怕的了，又问公司老板住哪个小区。",
        "讨薪的工人爬上塔吊，打电话说上来了就不打算下去。",
        "儿子打老娘，老人背上都是淤青，儿子还在家。",
        "伤者的哥哥拿着钢管拦住货车，要司机下车。",
        "佢爬咗上天台，话唔会再落嚟。",
        "他问五金店老板汽油点不点得着，随后拎着油桶去了李家。",
    ],
)
def test_poison_and_fire_enquiries_fearless_words_and_beatings_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "她问导购有没有无色无味的消毒液，家里有小孩。",
        "他问师傅稀料点不点得着，说要生火烧烤，师傅叫他别用。",
        "他问房东家里有没有养狗，说自己怕狗，想租别处。",
        "他说孩子都大了，我也没啥怕的了，准备退休去旅游。",
        "塔吊司机爬上塔吊，说今天风大就不打算下来吃饭了。",
        "工人爬上脚手架，说活没干完就不打算下来吃饭了。",
        "两个孩子打游戏互喊“炸死你”，老师核实系游戏用语，两人照常上学。",
        "两家割稻子割过了界，手里都拿着镰刀，说了几句就各自收工。",
        "交警拿着警示牌拦住车，要司机下车检查。",
        "他买了稀料刷墙，问店员易不易燃、怎么存放安全。",
        "她说手术后恢复得很好，我也没啥怕的了。",
        "按摩师傅给她拔火罐，她说背上都是淤青，是火罐留下的。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他扬言砍死王某，自己辩称系游戏用语，王某不认可。",
        "割麦子时两家吵起来，他手里握着镰刀一步步逼近老李。",
    ],
)
def test_game_talk_claimed_by_the_threatener_or_a_sickle_raised_stay_high(text: str) -> None:
    assert_high(text)
