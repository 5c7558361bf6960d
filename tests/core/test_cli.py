"""The command line as scripts use it: separate processes, JSON out, Chinese errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import days_ago, intake_data

PASSWORD = "Adm1n-pass"


class Cli:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.env = {
            **os.environ,
            "MEDIATION_DATA_DIR": str(tmp_path / "data"),
            "PYTHON_KEYRING_BACKEND": "mediation_app.storage.test_keyrings.InsecureFileKeyring",
            "MEDIATION_TEST_KEYRING_FILE": str(tmp_path / "keys.json"),
            "MEDIATION_USER": "admin",
            "MEDIATION_PASSWORD": PASSWORD,
        }
        self.env.pop("MEDIATION_DB", None)

    def run(self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mediation_app", "--json", *args], input=stdin,
            capture_output=True, text=True, env={**self.env, **(env or {})}, timeout=120,
        )

    def ok(self, *args: str, stdin: str | None = None) -> Any:
        result = self.run(*args, stdin=stdin)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def file(self, name: str, data: Any) -> str:
        path = self.tmp / name
        path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        return str(path)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    c = Cli(tmp_path)
    out = c.ok("init", "--office", "城关司法所", "--committee", "城关镇人民调解委员会",
               "--prefix", "城关", "--admin", "admin")
    assert len(out["recovery_key"].replace("-", "")) >= 52
    return c


def test_init_check_and_case_walk(cli: Cli) -> None:
    check = cli.ok("db", "check")
    assert check["ok"] and check["encrypted"] and check["schema_version"] == check["schema_head"]
    assert check["path"].endswith("mediation.db")
    staff = cli.ok("staff", "add", "--name", "王调解", "--role", "调解员", "--phone",
                   "13800138000", "--trained-on", days_ago(100))
    assert (staff["phone"], staff["trained_on"]) == ("13800138000", days_ago(100))
    case = cli.ok("case", "add", cli.file("intake.json", intake_data()))
    assert case["number"] == f"（{days_ago(20)[:4]}）城关人调字第1号"
    cid = str(case["id"])
    accepted = cli.ok("case", "act", cid, "accept", cli.file(
        "a.json", {"date": days_ago(19), "mediators": ["王调解"], "rights_notice_on": days_ago(19)}))
    assert accepted["status"] == "accepted"
    got = cli.ok("case", "get", cid, "--audit")
    assert [e["action"] for e in got["audit"]] == ["register", "accept"]
    assert got["risk"]["level"] in ("low", "medium", "high")
    listing = cli.ok("case", "list", "--status", "accepted")
    assert listing["total"] == 1 and listing["cases"][0]["id"] == case["id"]
    assert cli.ok("search", "排水沟")["total"] == 1
    assert cli.ok("search", "张三")["total"] == 1
    assert cli.ok("search", "110105194912310038")["total"] == 1
    assert cli.ok("audit", "verify")["ok"] is True


def test_errors_are_one_line_chinese_without_traceback(cli: Cli) -> None:
    bad = cli.run("case", "add", cli.file("bad.json", intake_data(amount="-5")))
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "涉及金额" in bad.stderr
    assert "Traceback" not in bad.stderr
    forbidden = cli.run("case", "act", "1", "agree", cli.file("x.json", {}))
    assert forbidden.returncode == 1 and "Traceback" not in forbidden.stderr
    wrong_pw = cli.run("case", "list", env={"MEDIATION_PASSWORD": "nope"})
    assert wrong_pw.returncode == 1 and "密码" in wrong_pw.stderr
    garbage = cli.run("case", "add", "-", stdin="{not json")
    assert garbage.returncode == 1 and "JSON" in garbage.stderr
    usage = cli.run("case", "frobnicate")
    assert usage.returncode == 2 and "用法" in usage.stderr


def test_forbidden_action_names_state_and_allowed(cli: Cli) -> None:
    case = cli.ok("case", "add", cli.file("intake.json", intake_data()))
    result = cli.run("case", "act", str(case["id"]), "close", cli.file("c.json",
                                                                      {"date": days_ago(1)}))
    assert result.returncode == 1
    assert "已登记" in result.stderr and "accept" in result.stderr


def test_no_display_message(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "mediation_app"], capture_output=True,
                            text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
