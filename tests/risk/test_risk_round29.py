"""What rules 2026.41 read wrongly on the fifty-eighth to sixtieth writers' holdouts (a county
justice office in western Sichuan working through interpreters; a university legal clinic; a
coal town's labour-dispute committee): a grave promised, someone told to fetch the body, a
bequest before the phone goes off, "nothing left to hold on to" with the wage card posted home,
a child's school known, fresh cuts on a wrist, a gun fetched from home, "见一回打一回", and old
words dated by the sentence after the quote; and (2026.43) a fruit knife taken out to peel an
apple. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "他对欠钱的老板说，过了年这条沟就是你的坟。",
        "他说媳妇敢回娘家，就叫她爹妈来收尸。",
        "他说要拿绳子勒死那个医生。",
        "她在电话里说存款留给女儿，随后关了机。",
        "他说活着没什么好留恋的，把银行卡寄回了老家。",
        "她手腕上有几道新的割痕，说这样下去不如一了百了。",
        "他回家取了菜刀，要去找包工头。",
        "“再来我就砍死你。”这是他两年前的话，这几天他又天天在门口转。",
    ],
)
def test_graves_bodies_bequests_wrist_cuts_and_a_fetched_knife_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "老人说这片山以后就是我的坟地，不许开矿。",
        "他说要勒死那个念头，再也不赌了。",
        "老人把存款留给女儿，立了遗嘱，还在公证处录了像。",
        "他手腕上有一道旧疤，是小时候烫的。",
        "他回家取了钥匙，去给包工头开门。",
        "她从抽屉里拿出水果刀，削了个苹果给老人。",
        "他去店里取了订做的菜刀，准备开饭馆用。",
        "“谁再往我田里排污水，我就跟他拼了。”这是老陈两年前的话，排污管早拆除了，两家现在搭伙种地。",
        "王某说上个月丢了个钱包，见一回骂一回自己粗心。",
    ],
)
def test_ones_own_grave_a_habit_a_will_an_old_scar_and_old_settled_words_are_not_high(
        text: str) -> None:
    assert_not_high(text)

