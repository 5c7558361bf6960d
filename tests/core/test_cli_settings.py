"""office, setting, template and holidays commands: JSON out, refusals with exit code 1."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_cli import Cli, cli  # noqa: F401  (fixture)


def test_settings_commands(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    shown = cli.ok("office", "set", "--phone", "0371-6543210", "--address", "城关路1号")
    assert shown["phone"] == "0371-6543210" and shown["name"] == "城关司法所"
    refused = cli.run("office", "set", "--phone", "123")
    assert refused.returncode == 1 and "联系电话" in refused.stderr

    assert cli.ok("setting", "set", "deadline_days", "45") == {"deadline_days": 45}
    zero = cli.run("setting", "set", "deadline_days", "0")
    assert zero.returncode == 1 and "调解期限应在 1 到 365 之间" in zero.stderr
    assert cli.ok("setting", "list")["deadline_days"] == 45

    listed = {t["name"]: t["source"] for t in cli.ok("template", "list")}
    assert listed["agreement"] == "shipped"
    text = cli.ok("template", "copy", "agreement")["text"]
    broken = tmp_path / "broken.toml"
    broken.write_text(text.replace('type = "heading"', 'type = "headline"'), "utf-8")
    checked = cli.run("template", "check", str(broken))
    assert checked.returncode == 1 and "第11行" in checked.stderr
    assert cli.run("template", "save", "agreement", str(broken)).returncode == 1
    pdf = tmp_path / "preview.pdf"
    assert cli.ok("template", "preview", "agreement", "--out", str(pdf))["bytes"] > 1000
    assert pdf.read_bytes().startswith(b"%PDF")
    assert cli.ok("template", "revert", "agreement")["source"] == "shipped"

    own = tmp_path / "holidays.toml"
    own.write_text('[[holidays]]\nname = "本地节日"\nfrom = 2026-03-20\nto = 2026-03-20\n',
                   "utf-8")
    assert cli.ok("holidays", "import", str(own))["holidays"][0]["name"] == "本地节日"
    reset = cli.ok("holidays", "reset")
    assert reset["source"] == "shipped" and len(reset["holidays"]) == 7
