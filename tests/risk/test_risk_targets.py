"""A threat to kill names its target by role as often as by pronoun: 店主, 房东, 老板, 村长."""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import RiskLevel

from .conftest import assess_text, live_codes


@pytest.mark.parametrize(("threat", "calm"), [
    ("他在电话里说要杀了房东。", "他在电话里说没想过要杀了房东，只想把押金要回来。"),
    ("工人们说迟早把包工头弄死。", "工人们说从没想过把包工头怎么样，只要工钱。"),
    ("他扬言要了村长的命。", "他说这事要了他半条命，跑了十几趟村委会。"),
    ("前夫留言：我宰了你那个新老板。", "前夫留言：祝你和新老板合作顺利。"),
])
def test_a_threat_to_kill_a_named_role_is_a_red_line(threat: str, calm: str) -> None:
    found = assess_text(threat)
    assert found.level == RiskLevel.HIGH.value and "threat_kill" in live_codes(found), threat
    assert "threat_kill" not in live_codes(assess_text(calm)), calm


@pytest.mark.parametrize("harmless", ["老板把价钱杀了一半。", "店主说累死了，今天卖了三百单。",
                                      "他说杀了一头猪请全村吃饭。"])
def test_everyday_words_stay_harmless(harmless: str) -> None:
    assert "threat_kill" not in live_codes(assess_text(harmless)), harmless
