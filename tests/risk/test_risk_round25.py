"""What rules 2026.37 read wrongly on the fifty-second writer's holdout (the mediation room of a
police station in the urban villages of Guangzhou and Dongguan): a plasterer's trowel read as a
blade, a debt paid off in full not read as settling an old threat, "把人砸烂", and a man setting
his own clothes alight. Each with a twin on the other side. Every sentence here is new.
"""

from __future__ import annotations

import pytest

from mediation_app.domain.enums import RiskLevel

from .conftest import assert_high, assert_not_high, live_codes, rules_only


@pytest.mark.parametrize(
    "text",
    [
        "他站在门口骂了半天，说今天非把人砸残不可。",
        "讨薪不成，他在工地门口用打火机点着了自己的衣服，被工友扑灭。",
    ],
)
def test_battering_someone_and_setting_oneself_alight_are_high(text: str) -> None:
    assert_high(text)


@pytest.mark.parametrize(
    "text",
    [
        "他站在门口骂了半天，说今天非把这堆旧柜子砸烂不可。",
        "讨薪不成，他在工地门口用打火机点着了一支烟，蹲着不说话。",
    ],
)
def test_battering_furniture_and_lighting_a_cigarette_are_not_high(text: str) -> None:
    assert_not_high(text)


def test_a_trowel_is_no_blade_a_kitchen_knife_is() -> None:
    assert "weapon" not in live_codes(rules_only("他手里拎着一把瓦刀，冲包工头喊着要工钱。"))
    assert "weapon" in live_codes(rules_only("他手里拎着一把菜刀，冲包工头喊着要工钱。"))


def test_an_old_threat_counts_less_once_the_debt_is_paid_off() -> None:
    paid = "三个月前他说不给钱就跟他拼命。之后老板分两次付清，无遗留问题。"
    owed = "三个月前他说不给钱就跟他拼命。老板至今分文未付。"
    assert rules_only(paid).level is RiskLevel.LOW
    assert rules_only(owed).level is RiskLevel.MEDIUM
