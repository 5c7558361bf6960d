"""Failure kinds rules 2026.15 showed on the twenty-first writer's holdout: a threat the chat
log showed to be other words ("捅到网上去"), and an accuser who took his own story back as
made up. Each fix has a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "房东说租客扬言要“砍他”。调解员请两人翻出微信聊天记录，原话是“再不退押金我就砍价砍到底”，房东也不好意思了。",
        "老周称被对方威胁“弄死你”，看了短信记录截图，原话是“这事弄不好我死活要告你”，双方同意再谈。",
    ],
)
def test_words_the_chat_log_shows_otherwise_are_no_threat(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "房东说租客扬言要“砍他”。调解员请两人翻出微信聊天记录，租客确实写了“再不退押金我就砍死你”。",
        "看了聊天记录，对方发来的原话就是要他的命，还附了一张刀的照片。",
    ],
)
def test_a_chat_log_that_bears_the_threat_out_stays_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "钱某先说邻居抡着锄头追他。后来他自己改口说当时气昏了头是胡说，邻居只是扛着锄头路过。",
        "刘某报称被堂弟用砖头砸伤。调解中她本人承认是自己夸大了，头上的包是下楼摔的。",
    ],
)
def test_an_accuser_taking_his_own_story_back_refutes_it(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "钱某说邻居抡着锄头追他，邻居否认，说钱某胡说，村干部还在走访。",
        "钱某先说邻居抡着锄头追他，后来改口说不是锄头是铁锹，还是追着他打。",
    ],
)
def test_a_denial_or_a_correction_of_detail_refutes_nothing(text: str) -> None:
    assert_high(text)
