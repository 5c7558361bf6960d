"""Failure kinds rules 2026.10 showed on the county set and the fourteenth writer's holdout:
a rumour that a visit or call found false; a knife at someone's trade; jokes and the lines
of a sketch; old words settled by a good life since; an office organising people to take
shelter. On the high side: a blow aimed at someone, and a punch, before a wound in a traffic
or medical case; arson on a condition; self-harm from a height without 跳. Each fix has a
twin on the other side. Every sentence here is new.

The low side is asserted on the rules alone: the similarity model is tuned
separately, on the labelled sets.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from mediation_app.domain.enums import DisputeType, RiskLevel
from mediation_app.risk import load_rules
from mediation_app.risk.rules import parse_rules

from .conftest import assert_high, assert_low, assert_not_high, assess_text, rules_only


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "小区群里有人说三号楼的老刘“上吊了”，社区干部打电话过去，发现他只是在女儿家住了两天，"
            "手机没电。",
            "self_harm",
        ),
        ("听说对门老太太“喝药了”，网格员上门，见她原来是在熬中药，屋里一股药味。", "self_harm"),
        ("邻居来反映隔壁小伙“天天在家磨刀”，民警上门一问，他是在饭店当厨师，下班晚。", "weapon"),
    ],
)
def test_a_rumour_a_visit_or_call_found_false_is_ruled_out(text: str, code: str) -> None:
    """Ruled out, not only weakened: the model may then not bring the red line back."""
    result = rules_only(text)
    assert result.level is RiskLevel.LOW, result.reasons
    assert any(r.code == code and r.ruled_out for r in result.reasons)
    assert assess_text(text).level is not RiskLevel.HIGH


@pytest.mark.parametrize(
    "text",
    [
        # the visit found the claim true, or found nothing harmless
        "听说他喝药了，邻居上门一看，原来是真的，人已经口吐白沫，赶紧送医洗胃。",
        "邻居来反映隔壁小伙“天天在家磨刀”，民警上门一问，他说磨快了要去找前妻算账。",
        "有人说老刘“上吊了”，社区干部打电话过去，没人接。",
    ],
)
def test_a_visit_that_did_not_find_the_rumour_false_refutes_nothing(text: str) -> None:
    assert_high(text)


def test_medicine_time_is_no_poison() -> None:
    assert_not_high("奶奶该喝药了，护工端来一碗中药。")


def test_the_lines_of_a_sketch_are_not_a_threat() -> None:
    assert_low(
        "村里文艺队排话剧，剧本里写着“我毒死你这个负心汉”，有人拍了发到网上说要出人命，"
        "村委会已出面澄清。"
    )
    # the same words shouted at a neighbour after the rehearsal
    assert_high("排完话剧回家，他冲着邻居喊“我毒死你这个负心汉”。")


def test_teasing_words_in_quotes_are_a_joke() -> None:
    assert_low("小伙子做饭把锅烧干了，室友笑他“你想把房子点了啊”，大家哈哈一乐。")
    # a cold smirk is no joke, and "笑笑说" only tells how it was said
    assert_high("室友冷笑：“你再动我东西，我就把你房子点了。”")
    assert_high("问她以后怎么办，她只笑笑说“没啥盼头了”，又把存折交给了侄女。")


def test_arson_on_a_condition_is_a_threat() -> None:
    assert_high("村民围在厂门口，有人喊“再不停产就把他仓库点了”。")
    assert_not_high("天黑了，他说再不回来就把灯点了等他。")


def test_old_words_settled_by_a_good_life_since() -> None:
    assert_low(
        "回访：前年两口子闹离婚时男方说过“大不了一块儿死”，如今两人在镇上开了家面馆，"
        "女方说日子好着呢。"
    )
    assert_high(
        "回访：前年两口子闹离婚时男方说过“大不了一块儿死”，女方说他最近又天天喝酒，"
        "还说要去她娘家找她。"
    )


def test_an_office_organising_shelter_is_no_mobilisation() -> None:
    result = rules_only("水库泄洪前，村委会组织下游四十多户村民到学校暂避，大家都很配合。")
    assert result.level is RiskLevel.LOW, result.reasons
    assert_high("四十多户村民组织起来到水库管理处讨说法，还包了车。")


def test_a_blow_aimed_at_someone_before_a_wound_in_a_traffic_case() -> None:
    assert_high(
        "两车剐蹭后，电动车主摘下头盔朝出租车司机脸上连砸几下，司机眉骨处缝了五针。",
        DisputeType.TRAFFIC,
    )
    # the helmet knocked in the fall: an accident
    assert_not_high(
        "两车剐蹭后，电动车主摔倒，头盔磕在出租车门上，眉骨处缝了五针。", DisputeType.TRAFFIC
    )


def test_a_punch_that_broke_a_bone_in_a_medical_case() -> None:
    assert_high("家属嫌护士扎针疼，一拳打在护士下巴上，护士下颌骨骨折。", DisputeType.MEDICAL)
    # a punch that hurt nobody is a scuffle (medium), not a red line
    result = rules_only("家属嫌护士扎针疼，一拳打在护士肩上，护士没有受伤。", DisputeType.MEDICAL)
    assert result.level is RiskLevel.MEDIUM, result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "拆迁款不给，我就站在这烟囱上不下去了。",
        "老板再不给工钱，我就从你们公司楼顶下去。",
        "今天不给说法，我抱着孩子从阳台一起下去。",
        "钱不到账我不下来，要下也是脑袋朝下。",
    ],
)
def test_self_harm_from_a_height_without_jump(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "电工在铁塔上不下来吃饭，让徒弟把盒饭吊上去。",
        "我从楼顶下去，把晾的被子收了。",
    ],
)
def test_a_height_without_a_condition_is_no_threat(text: str) -> None:
    assert_low(text)


def test_an_office_copy_without_seen_false_still_loads() -> None:
    """seen_false came in 2026.11: older copies load, and it matches nothing there."""
    data = tomllib.loads(files("resources").joinpath("risk/rules.toml").read_text("utf-8"))
    del data["cues"]["seen_false"]
    older = parse_rules(data)
    text = "有人说他上吊了，打电话过去，发现他只是在睡觉。"
    assert older.cues.seen_false.search(text) is None
    assert load_rules().cues.seen_false.search(text) is not None
