"""The rules file: the shipped one loads, and a malformed one is refused in Chinese."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

import pytest

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk import Rules, RulesError, load_rules
from mediation_app.risk.rules import parse_rules

SHIPPED = files("resources").joinpath("risk/rules.toml")


def shipped_data() -> dict:
    return tomllib.loads(SHIPPED.read_text(encoding="utf-8"))


def test_shipped_rules_load_and_are_cached(rules: Rules) -> None:
    assert rules.version
    assert load_rules() is rules
    assert rules.levels.labels == {"high": "红", "medium": "黄", "low": "绿"}
    assert 0 < rules.levels.medium_score < rules.levels.high_score


def test_actions_per_level(rules: Rules) -> None:
    assert set(rules.actions) == set(RiskLevel)
    high, medium, low = (
        rules.actions[level] for level in (RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)
    )
    assert high.police_report and high.owner_required
    assert high.follow_up_days < medium.follow_up_days < low.follow_up_days


def test_explicit_path_loads(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        SHIPPED.read_text(encoding="utf-8").replace('version = "', 'version = "office-'),
        encoding="utf-8",
    )
    assert load_rules(path).version.startswith("office-")


def edited(change) -> dict:
    data = shipped_data()
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda d: d.pop("version"), "version"),
        (lambda d: d.update(version=3), "version"),
        (lambda d: d["levels"].pop("high_score"), "levels.high_score"),
        (lambda d: d["levels"].update(medium_score=20), "levels.medium_score"),
        (lambda d: d["levels"].update(scheme="five"), "levels.scheme"),
        (lambda d: d["levels"]["labels"]["three"].pop("medium"), "levels.labels.three.medium"),
        (lambda d: d["actions"].pop("medium"), "actions.medium"),
        (lambda d: d["actions"]["high"].update(police_report="yes"), "actions.high.police_report"),
        (lambda d: d["modifiers"].update(denial=2), "modifiers.denial"),
        (lambda d: d["factors"][0].update(weight="12"), "factors[0].weight"),
        (lambda d: d["factors"][0].update(weight=True), "factors[0].weight"),
        (lambda d: d["factors"][1].update(code=d["factors"][0]["code"]), "factors[1].code"),
        (lambda d: d["factors"][0].update(kind="text"), "factors[0].kind"),
        (lambda d: d["factors"][5].update(floor="amber"), "factors[5].floor"),
        (lambda d: d["signals"][0].update(factor="nothing"), "signals[0].factor"),
        (lambda d: d["signals"][0]["patterns"].append("(unclosed"), "signals[0].patterns["),
        (lambda d: d["signals"][0]["patterns"].append("{@nowhere}"), "{@nowhere}"),
        (lambda d: d["signals"][0].update(at_least=3), "signals[0]"),
        (lambda d: d["cues"]["negation"].append("[unclosed"), "cues.negation["),
        (lambda d: d["cues"].pop("masks"), "cues.masks"),
        (lambda d: d["cues"].pop("animal"), "cues.animal"),
        (lambda d: d["modifiers"].pop("animal_window"), "modifiers.animal_window"),
        (lambda d: d["signals"][0].update(animal_sensitive="yes"), "signals[0].animal_sensitive"),
        (lambda d: d["signals"][0].update(animal_sensitive=True), "signals[0].animal_sensitive"),
        (lambda d: d["cues"].update(accident_types=["车祸纠纷"]), "cues.accident_types[0]"),
        (lambda d: d["history"][0].update(fact="moon_phase"), "history[0].fact"),
        (
            lambda d: d["levels"]["combos"][0]["all_of"].append(["nothing"]),
            "levels.combos[0].all_of",
        ),
        (lambda d: d["levels"]["combos"][1].update(level="low"), "levels.combos[1].level"),
        (
            lambda d: d["levels"]["combos"][0].update(include_past="yes"),
            "levels.combos[0].include_past",
        ),
    ],
)
def test_malformed_rules_name_the_bad_key(change, key: str) -> None:
    with pytest.raises(RulesError) as error:
        parse_rules(edited(change))
    message = str(error.value)
    assert key in message
    assert "风险规则文件" in message


def test_unreadable_files_are_rules_errors(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="无法读取"):
        load_rules(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text('version = "1"\n[levels\n', encoding="utf-8")
    with pytest.raises(RulesError, match="格式错误"):
        load_rules(broken)
    assert issubclass(RulesError, ValueError)


def test_an_office_copy_made_before_the_deliberate_cues_still_loads() -> None:
    """cues.deliberate came in 2026.3: an older office copy loads and matches nothing there."""
    data = shipped_data()
    del data["cues"]["deliberate"]
    older = parse_rules(data)
    assert older.cues.deliberate.search("下车用锁砸车窗后殴打司机") is None
    assert load_rules().cues.deliberate.search("下车用锁砸车窗后殴打司机") is not None
