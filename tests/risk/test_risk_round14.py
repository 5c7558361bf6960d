"""Words rules 2026.19 and 2026.21 did not know on the twenty-sixth to twenty-eighth writers'
holdouts: a neck gripped in clinical words (颈部), a knife carried on the body (揣), crowds
counted with 号 (上百号人: many people, though a crowd that gathers stays medium without signs
of being organised), threats shouted in a party game a visit found, a finding introduced by
经了解. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high, live_codes, rules_only


@pytest.mark.parametrize(
    "text",
    [
        "妇联转来：男方醉酒后掐住女方颈部，颈部有明显指痕，女方已带孩子回娘家。",
        "为讨赌债，他揣了一把匕首在麻将馆门口守着对方。",
        "邻居报警称隔壁有人喊“我要杀了你”，民警上门发现两人正扭打在一起，一人额头流血。",
    ],
)
def test_the_words_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他掐着表算时间，颈部的旧伤是上个月自己摔的，已经好了。",
        "快递员揣着手机在门口等了半天，业主一直没开门。",
        "上百号人在广场上跳广场舞，音乐声太大，附近居民有意见。",
        "邻居报警称隔壁有人喊“我要杀了你”，民警上门发现是几个年轻人在玩剧本杀，已提醒其小声。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize("text", ["村里聚集了上百号人在镇政府门口。", "工地上三十多号人围着包工头要工钱。"])
def test_crowds_counted_with_hao_are_many_people(text: str) -> None:
    assert "many_people" in live_codes(rules_only(text))


def test_a_handful_counted_with_hao_is_not() -> None:
    assert "many_people" not in live_codes(rules_only("来了三号人，在门口吵了几句就走了。"))


def test_a_finding_after_jing_liaojie_refutes_the_report() -> None:
    assert_not_high("网格员日志：有人在群里说老王“拿刀砍了邻居”，经了解，老王是在自家院里剁排骨，并无冲突。")


@pytest.mark.parametrize(
    "text",
    [
        "有人在群里说老王拿刀砍了邻居，经了解，老王确实砍伤了邻居的胳膊，已被派出所带走。",
        "据了解，老王是在院里拿刀砍了邻居，邻居胳膊缝了六针。",
    ],
)
def test_a_confirming_finding_or_mere_hearsay_refutes_nothing(text: str) -> None:
    assert_high(text)
