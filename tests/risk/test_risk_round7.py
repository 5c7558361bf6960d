"""Failure kinds rules 2026.8 showed on the low side of the three unseen writers' sets and the
fifth holdout: a report that a check found false when the check is named before the report,
or found something else going on; a tool at its work; a threat taken back in front of
others; shouting in a game. And the gap 2026.8 left open: a check finding that nobody moved
a hand refuted a spoken threat too. Each fix has a twin that must stay high. Every sentence
here is new.

The low side is asserted on the rules alone: the similarity model is tuned
separately, on the labelled sets.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files

import pytest

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk import load_rules
from mediation_app.risk.rules import parse_rules

from .conftest import assert_high, assert_not_high, rules_only


def test_a_check_finding_no_blow_leaves_a_spoken_threat_standing() -> None:
    assert_high("老钱在微信语音里说要捅死他。派出所民警上门核实，两人这几天都没有动手。")
    assert_high("扬言要砍死老周。经核实，双方没有动手。")
    # the same finding still refutes a reported act
    assert_not_high("邻居报警说老钱拿着棍子去了小吴家。民警上门核实，两人没有任何肢体接触。")


def test_words_taken_back_leave_a_weapon_standing() -> None:
    assert_not_high(
        "前年为争水扬言要“放火烧了他家”的刘某，当着乡调解员的面收回了这句狠话，两家今年合修了水渠。"
    )
    assert_high("刘某拎着一桶汽油在对方门口转了半夜，第二天当着调解员的面收回了狠话。")
    assert_high("刘某当着乡调解员的面收回了狠话，可当晚就拎着一桶汽油去了对方家门口。")


def test_only_words_agreed_to_be_said_in_anger_are_taken_back() -> None:
    assert_not_high("老三嚷着“这破车早该一把火烧了”，大家哄笑，他自己也说是气话。")
    # the speaker alone calling it 气话 is what anyone who meant it would say too
    assert_high("他在电话里说“今晚就放火烧了你家的店”，事后他称是气话。")


@pytest.mark.parametrize(
    ("refuted", "confirmed"),
    [
        # the report lies between the check and what the check found
        (
            "派出所核实：报称“被人推下楼梯摔断了腿”，查明是本人下楼时踩空，与他人无关。",
            "民警核实：有人报称赵某“提着砍刀堵门”，查实确有此事，砍刀已被收缴，与物业无关。",
        ),
        # the check found something else going on
        (
            "有住户报称楼上有人哭喊“救命，要打死人了”，民警到场核实，是电视剧开着大声音。",
            "有住户报称楼上有人哭喊“救命，要打死人了”，民警到场核实，是男主人酒后用皮带"
            "抽打妻子，妻子手臂多处淤青。",
        ),
        # what was in the hand was a tool at its work
        (
            "有人打电话说超市门口有人拿刀比划，民警调看监控，原来是理货员拿着美工刀拆快递箱。",
            "有人打电话说超市门口有人拿刀比划，民警调看监控，原来是一名醉汉拿着水果刀朝路人挥舞。",
        ),
        (
            "报称对方司机下车时拎着撬棍。交警调取记录仪核实，对方是拿撬棍准备换备胎，"
            "双方没有接触。",
            "报称对方司机下车时拎着撬棍。交警调取记录仪核实，对方是拿撬棍砸了报警人的车窗。",
        ),
        # a register noting the report proved false
        (
            "物业登记本注明：举报其持刀伤人一事不实。",
            "物业登记本注明：举报其持刀伤人一事属实，伤者已住院。",
        ),
        # the injury came from a fall, in the records and in the claimant's own words
        (
            "申请人称被邻居推倒摔伤了手腕。调解员调取了社区医院的病历，伤因写的是“自行滑倒”，"
            "申请人后来也承认：“她没推我。”",
            "申请人称被邻居推倒摔伤了手腕，调取的监控显示邻居确实把她推倒在地，手腕骨折。",
        ),
    ],
)
def test_a_report_a_check_found_false_is_no_red_line(refuted: str, confirmed: str) -> None:
    assert_not_high(refuted)
    assert_high(confirmed)


@pytest.mark.parametrize(
    ("play", "real"),
    [
        (
            "室友半夜戴着耳机打游戏，一直喊“砍死他，快上！”，吵得我睡不着。",
            "他打完游戏，冲到对门吼“明天弄死你”。",
        ),
        (
            "他学着电影里的台词冲队友喊“弄死你”，大家笑成一片。",
            "他背了一晚上台词，第二天在村口对老李说“我弄死你”。",
        ),
        (
            "邻居报警说对门有人喊“捅死你”，民警到场发现是父子俩在玩手机游戏，喊的是游戏里的话。",
            "民警到场发现父子俩刚才在玩手机游戏，输了之后父亲拿起菜刀追着儿子砍。",
        ),
        (
            "网吧里两个学生打游戏时一直喊“砍死他”，网管过去提醒后小声了。",
            "游戏里喊完“弄死他”，他真的提着棍子下楼去找对方了。",
        ),
    ],
)
def test_shouting_in_a_game_or_a_film_quote_is_no_threat(play: str, real: str) -> None:
    assert_not_high(play)
    assert_high(real)


def test_an_old_settled_case_in_a_follow_up_is_no_red_line() -> None:
    assert_not_high(
        "2019年本所曾受理该户家暴纠纷，当时丈夫殴打妻子致肋骨骨折；两人早已离婚，"
        "女方说“那都是老黄历了”。"
    )
    assert_high("本所上周受理该户家暴纠纷，丈夫殴打妻子致肋骨骨折，女方已回娘家。")


def test_a_group_action_is_not_refuted_by_no_scuffle() -> None:
    """Police keeping order at a blockade saw no fight: the crowd is still there."""
    result = rules_only(
        "两个村一百多人今天上午堵住了国道，带头的说明天包车去市里，派出所已到场维持秩序，"
        "未发生肢体冲突。"
    )
    assert result.level is RiskLevel.HIGH


def test_any_before_an_act_is_a_negation() -> None:
    result = rules_only("民警到场后，双方没有再发生任何肢体冲突。")
    assert result.level is RiskLevel.LOW
    assert any(r.code == "scuffle" and r.ruled_out for r in result.reasons)


def test_an_office_copy_without_the_new_cue_lists_still_loads() -> None:
    """refuted_acts, refuted_words, reported and play came in 2026.9: older copies load."""
    data = tomllib.loads(files("resources").joinpath("risk/rules.toml").read_text("utf-8"))
    for key in ("refuted_acts", "refuted_words", "reported", "play"):
        del data["cues"][key]
    older = parse_rules(data)
    assert older.cues.play.search("打游戏一直喊") is None
    assert load_rules().cues.play.search("打游戏一直喊") is not None


@pytest.mark.parametrize(
    "text",
    [
        "有人举报他在网上扬言要杀了村长，民警核实，是他本人所发。",
        "有人举报他在网上扬言要杀了村长，民警核实，是他喝醉后发的。",
        "报称他拿刀堵门，民警核实，是真的。",
        # a report further into the check is part of what the check found
        "经核实，张某持刀追砍李某，李某称被砍伤，与王某无关。",
    ],
)
def test_a_check_that_confirms_the_report_refutes_nothing(text: str) -> None:
    assert_high(text)
