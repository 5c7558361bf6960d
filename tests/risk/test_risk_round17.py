"""What rules 2026.26 missed on the thirty-fourth writer's holdout (the coal country of Shanxi
and northern Shaanxi): a strangling told from the mark on the neck ("脖子上一圈紫印子，说是男人
拿电线勒的"), poison threatened with 药 as a verb ("我就药他的人"), petrol said to be ready
after the fact ("汽油都备好了"). Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "她颈部有一道红痕，说是丈夫用皮带勒出来的。",
        "鱼塘的鱼死了一片，他说：“你毒我的鱼，我就药你全家。”",
        "群里有人组织三十多户去堵开发商的售楼处，说汽油已经备好了。",
    ],
)
def test_the_words_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "她颈部有一道红痕，是新买的项链链子勒的，已经换了。",
        "他家的鸭子吃了我的秧苗，我就药他家的鸭子。",
        "汽油和鞭炮都没备，业主们只是约好一起去售楼处问进度。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
