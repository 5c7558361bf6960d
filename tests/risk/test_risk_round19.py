"""What rules 2026.30 missed on the fortieth and forty-first writers' holdouts (Heilongjiang and
Jilin; Chaoshan and the Hakka hills of eastern Guangdong): 耗子药 as a poison, someone locked
in a place for nights without 在, a pickaxe handle as a farm tool and a crowd counted in 口人, a
person pushed into water, a river or bridge named after 跳, a fire set at someone's shed,
Cantonese particles (缝咗八针, 冇动手, 关喺仓库) read as the Mandarin the rules are written in,
a bleeding heart as a figure of speech, a threat owned up to as 犯浑. Each with a twin on the
other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from .conftest import assert_high, assert_not_high, live_codes, rules_only


@pytest.mark.parametrize(
    "text",
    [
        "他说鱼塘再被人放水，就往对方水井里撒耗子药。",
        "债主把他锁仓库里三宿，饭都不给。",
        "两家四十来口人拿着镐把在地头对峙，互相叫骂。",
        "为了一垄地，他把邻居推进了河里，人捞上来已经没了呼吸。",
        "她在电话里说活不下去了，明天就去跳长江。",
        "半夜有人在老周家的柴房放火，柴房烧塌了。",
        "食客用酒樽爆咗老板个头，缝咗六针。",
        "债主将欠债人关喺仓库两日，手机收走。",
    ],
)
def test_the_words_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "粮仓老鼠太多，他去镇上买了包耗子药。",
        "他把存折锁抽屉里三天，忘了放哪把钥匙。",
        "两家四十来口人在祠堂吃了顿饭，商量一起修路。",
        "他把旧轮胎推进了河里，被村干部批评教育。",
        "她说周末去跳广场舞，就在江边。",
        "秋收后他在田里放火烧秸秆，被村干部劝阻。",
        "佢话冇打过人，只系嗌咗几句。",
        "这一单你砍价砍得我心都在滴血。",
        "那天喝多了说要弄死你，那是我犯浑，你别往心里去。",
    ],
)
def test_their_twins_are_not_high(text: str) -> None:
    assert_not_high(text)


def test_a_crowd_counted_in_mouths_is_many_people() -> None:
    assert "many_people" in live_codes(rules_only("两家三十来口人聚在村口。"))
    assert "many_people" not in live_codes(rules_only("他家五口人挤在两间房里。"))
