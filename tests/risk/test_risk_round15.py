"""What rules 2026.22 and 2026.23 did not read on the thirtieth and thirty-first writers'
holdouts: a rumour told as "有人在村里传，说…" (the claim after the comma is still the rumour's);
someone who went to the place to find out ("到店里了解", "赶到山上查看") as a check; a reporter
owning up to a mistake in a few more words ("承认是天黑看错了"); crops and fences as things a blade
is taken to. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from mediation_app.risk import Rules

from .conftest import assert_high, assert_not_high, live_codes, rules_only


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


def test_the_reporter_owning_up_to_a_mistake_refutes_the_report() -> None:
    assert_not_high("村民报称有人“提着刀在巷子里转”，民警核实后，报警人承认是夜里看错了，对方提的是一把雨伞。")


def test_a_reporter_who_denies_a_mistake_refutes_nothing() -> None:
    assert_high("村民报称有人提着刀在巷子里追人，报警人不承认是夜里看错了，坚称那人举刀追着他跑了两条巷子。")


@pytest.mark.parametrize("text", ["他酒后用柴刀砍了邻居家十几棵玉米泄愤。", "他用斧头劈烂了对方的竹子篱笆。"])
def test_a_blade_taken_to_crops_or_a_fence_is_no_weapon_against_a_person(text: str) -> None:
    assert_not_high(text)


def test_a_blade_taken_to_a_person_still_is() -> None:
    assert_high("他酒后用柴刀砍了邻居两刀泄愤，邻居左臂缝了八针。")


def test_a_blade_grabbed_and_waved_at_someone_is_high() -> None:
    assert_high("他抓起剔骨刀对着摊主比划。")


def test_a_blade_grabbed_for_the_kitchen_is_not() -> None:
    assert_not_high("她抓起菜刀切了半个西瓜给孩子吃。")


def test_no_need_to_live_is_despair() -> None:
    assert "despair" in live_codes(rules_only("房子拆了，我也不用活了。"))


def test_no_need_to_worry_is_not() -> None:
    assert "despair" not in live_codes(rules_only("孩子考上大学，我也不用再愁了。"))


def test_a_rumour_is_passed_on_not_publicised(rules: Rules) -> None:
    assert rules.cues.reported.search("有人在村里传，说他要去跳河") is not None
    assert rules.cues.reported.search("村里在宣传防火，说秋天山上要特别小心") is None


def test_going_to_find_out_is_a_check_last_year_is_not(rules: Rules) -> None:
    assert rules.cues.confirmed.search("民警到店里了解，情况属实") is not None
    assert rules.cues.confirmed.search("去年了解到此事属实") is None
