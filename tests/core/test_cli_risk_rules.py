"""risk rules commands: show, check, save, set, revert and reassess with JSON out."""

from __future__ import annotations

from pathlib import Path

from mediation_app.risk import load_rules
from tests.conftest import intake_data
from tests.core.test_cli import Cli, cli  # noqa: F401  (fixture)

SHIPPED = load_rules().version


def test_risk_rules_commands(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    cli.ok("case", "add", cli.file("case.json", intake_data()))
    shown = cli.ok("risk", "rules", "show")
    assert shown["source"] == "shipped" and "text" not in shown
    text = cli.ok("risk", "rules", "show", "--text")["text"]

    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace("high_score = 16", "high_score = 3", 1), "utf-8")
    checked = cli.run("risk", "rules", "check", str(broken))
    line = text.splitlines().index("medium_score = 4") + 1  # the message names medium_score
    assert checked.returncode == 1 and f"第{line}行" in checked.stderr
    assert cli.run("risk", "rules", "save", str(broken)).returncode == 1

    same_version = tmp_path / "same.toml"
    same_version.write_text(text.replace("high_score = 16", "high_score = 18", 1), "utf-8")
    refused = cli.run("risk", "rules", "save", str(same_version))
    assert refused.returncode == 1 and "version" in refused.stderr

    edited = cli.ok("risk", "rules", "set", "--scheme", "four", "--label", "orange=橙色",
                    "--orange", "10")
    assert edited["version"] == f"{SHIPPED}-office.1" and edited["labels"]["orange"] == "橙色"
    usage = cli.run("risk", "rules", "set", "--label", "orange")
    assert usage.returncode == 1 and "等级=名称" in usage.stderr

    done = cli.ok("risk", "rules", "reassess")
    assert done["reassessed"] == 1 and done["rules_version"] == edited["version"]
    history = cli.ok("risk", "case", "1")["history"]
    assert [h["rules_version"] for h in history] == [SHIPPED, edited["version"]]

    assert cli.ok("risk", "rules", "revert")["version"] == SHIPPED
