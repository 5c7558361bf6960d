"""What rules 2026.29 missed on the thirty-eighth and thirty-ninth writers' holdouts (Yunnan and
Guizhou mountain villages; the small-factory towns of southern Jiangsu and Zhejiang): a report
of a blade sharpened that a visit found to be a butcher's work ("是寨子里的杀猪匠"), a report
whose content follows 反映 after a comma, a blade named as a tool of the trade ("磨刀是干活用"),
visits of care read as harassment ("天天去送饭"), a water tower climbed to demand wages, poison
named and then 喝了算了, a chimney to be set alight with the people in it. Each with a twin on
the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from mediation_app.risk import Rules

from .conftest import assert_high, assert_not_high, live_codes, rules_only


@pytest.mark.parametrize(
    "text",
    [
        "邻居反映，老罗家院子里天天磨刀，怕要出事。网格员上门核实：老罗是镇上的屠户，年前帮人宰猪。",
        "他磨刀是干活用的，一到冬月就帮全村杀年猪。",
        "有人打电话反映：老杨天天在家磨砍刀。民警上门一看，老杨是村里的篾匠，正在破竹子编背篓。",
    ],
)
def test_a_trade_explains_the_blade(text: str) -> None:
    assert_not_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "邻居反映，老罗这几天天天磨刀，嘴里念叨要找姓田的算总账。",
        "他磨了一下午的刀，说明天就去砍了姓田的。",
    ],
)
def test_a_blade_sharpened_against_someone_stays_high(text: str) -> None:
    assert_high(text)


def test_what_was_reported_after_a_comma_is_the_report(rules: Rules) -> None:
    claim = rules.cues.reported.search("有村民反映，老罗家天天在磨刀")
    assert claim is not None and "磨刀" in claim.group()
    assert "磨刀" not in rules.cues.reported.search("他以为，老罗家天天在磨刀").group()


def test_daily_visits_of_care_are_no_harassment() -> None:
    assert "harassment" not in live_codes(rules_only("父亲住院后，小儿子天天去送饭，大哥一次没来。"))
    assert "harassment" not in live_codes(rules_only("村里安排专人每天上门看望独居的老人。"))


def test_daily_visits_to_sit_in_are() -> None:
    assert "harassment" in live_codes(rules_only("他放话说拿不到钱就天天去厂长家门口坐着。"))


@pytest.mark.parametrize(
    "text",
    [
        "讨薪的三个工人爬上了村里的水塔，喊着不结工钱就不下来。",
        "他上个月刚买了两瓶百草枯，今天跟人说“房子没了，我也喝了算了”。",
        "隔壁嫌烧烤摊油烟大，骂道：“再熏我，我就把你这摊子连人一起点了！”",
    ],
)
def test_the_words_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "检修工人按计划爬上水塔清洗水箱，下午就下来了。",
        "这瓶米酒是自家酿的，他说今天高兴，一口喝了算了。",
        "他说这堆烂木头留着也没用，就把它点了烤火。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)
