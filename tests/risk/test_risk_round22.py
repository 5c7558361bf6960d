"""What rules 2026.33 read wrongly on the forty-seventh writer's holdout (telephone and voice
message transcripts): a fear the speaker only thought ("我以为要出人命了"), words explained as
being about a hen ("她说的是杀我爸养的那只老母鸡"), and 不让他出门 with a pastime after it read as
confinement. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high, live_codes, rules_only


@pytest.mark.parametrize(
    "text",
    [
        "半夜楼上哐哐响，我以为要出人命了，上去一看是在搬家具。",
        "她在电话里喊“非杀了他不可”，后来说的是杀家里那只大公鸡请客。",
    ],
)
def test_what_was_only_thought_or_explained_is_not_high(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "邻居说再这么吵下去，早晚要出人命。",
        "她在电话里喊“非杀了他不可”，说完就拿着菜刀出了门。",
    ],
)
def test_the_same_words_without_it_stay_high(text: str) -> None:
    assert_high(text)


def test_kept_from_a_pastime_is_no_confinement() -> None:
    assert "harassment" not in live_codes(rules_only("老伴盯着他，不让他出门打麻将。"))
    assert "harassment" in live_codes(rules_only("丈夫把门锁了，不让她出门。"))
    assert "harassment" in live_codes(rules_only("丈夫不让她出门上班，工资卡也收走了。"))
