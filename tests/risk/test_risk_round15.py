"""Rumours the rules 2026.22 did not read on the thirty-first writer's holdout: a rumour told
as "有人在村里传，说…" (the claim after the comma is still the rumour's), and someone who went
to the place to find out ("到店里了解", "去他家查看") as a check. Each with a twin on the other
side. Every sentence here is new.

Both sides are asserted on the rules alone: the similarity model is tuned separately, and
short texts depend on the rules.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high


@pytest.mark.parametrize(
    "text",
    [
        "网格员记录：外头都在传，说老周欠了账要去跳河。我上门见到老周本人，原来他只是去水库钓鱼，账已还上。",
        "有人反映，说修车铺的阿伯要喝农药，我打电话问了，其实他只是跟人讲价讲得大声了些。",
        "有人反映茶园里“有人要放火烧山”，村干部赶到山上查看，是几户人家在山脚熏腊肉，烟大了些，已提醒注意防火。",
    ],
)
def test_a_rumour_a_visit_found_false_is_not_high(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "网格员记录：外头都在传，说老周欠了账要去跳河。我上门见到老周本人，他说活着没意思，已把存折交给了女儿。",
        "有人反映，说修车铺的阿伯要喝农药，我打电话问了，他说再不还钱就死在对方门口。",
        "有人反映茶园里“有人要放火烧山”，村干部赶到山上查看，是承包户扬言谁敢来摘茶就点火烧了茶园。",
    ],
)
def test_a_rumour_a_visit_found_true_stays_high(text: str) -> None:
    assert_high(text)
