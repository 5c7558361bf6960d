"""The export, stats, sweep, adjust and bureau commands, run through the real entry point."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mediation_app.cli import main as cli_main
from mediation_app.cli.commands import exports
from mediation_app.cli.output import to_json
from mediation_app.domain.enums import UserRole
from mediation_app.exports.statistics import compute
from mediation_app.paths import AppPaths
from mediation_app.services import auth
from mediation_app.services.actor import Actor
from mediation_app.storage.engine import Store
from tests.conftest import ADMIN_PASSWORD
from tests.exports.conftest import MARCH

PASSWORD = "Passw0rd-x"
Run = Callable[..., tuple[int, Any, str]]


@pytest.fixture
def run(paths: AppPaths, store: Store, admin: Actor, office_data: dict[str, int],
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``run(user, *args)`` → (exit code, parsed JSON output or None, stderr)."""
    if exports not in cli_main.COMMAND_GROUPS:
        monkeypatch.setattr(cli_main, "COMMAND_GROUPS", (*cli_main.COMMAND_GROUPS, exports))
    with store.transaction() as session:
        for name, role in (("tongji", UserRole.STATISTICIAN), ("tiaojie", UserRole.MEDIATOR),
                           ("sifaju", UserRole.BUREAU)):
            auth.create_user(session, admin, username=name, password=PASSWORD, role=role)

    def call(user: str, *args: str) -> tuple[int, Any, str]:
        monkeypatch.setenv("MEDIATION_USER", user)
        monkeypatch.setenv("MEDIATION_PASSWORD", ADMIN_PASSWORD if user == "admin" else PASSWORD)
        code = cli_main.main(["--json", "--data-dir", str(paths.data_dir), "--db", paths.db_url,
                              *args])
        out, err = capsys.readouterr()
        return code, json.loads(out) if out.strip() else None, err

    return call


def test_stats_match_compute(run: Run, store: Store) -> None:
    with store.transaction(write=False) as session:
        expected = json.loads(to_json(compute(session, *MARCH).to_dict()))
    assert run("tongji", "stats", "--month", "2025-03")[:2] == (0, expected)
    assert run("admin", "stats", "--from", "2025-03-01", "--to", "2025-03-31")[1] == expected
    code, _out, err = run("tongji", "stats", "--from", "2025-03-01")
    assert code == 1 and "--month" in err
    code, _out, err = run("tiaojie", "stats", "--month", "2025-03")
    assert code == 1 and "只有统计员、管理员可以查看统计" in err


def test_sweeps_and_adjustments(run: Run, tmp_path: Path) -> None:
    sweep = tmp_path / "sweep.json"
    sweep.write_text(json.dumps({"swept_on": "2025-03-09", "area": "城南社区", "swept_by": "李调解",
                                 "disputes_found": 2, "disputes_prevented": 2}), "utf-8")
    code, added, _err = run("tiaojie", "sweep", "add", str(sweep))
    assert code == 0 and added["area"] == "城南社区"
    code, listed, _err = run("tongji", "sweep", "list", "--from", "2025-03-09", "--to",
                             "2025-03-09")
    assert [s["id"] for s in listed] == [added["id"]]
    code, done, _err = run("tongji", "adjust", "--month", "2025-03", "--column", "follow_ups",
                           "--delta", "-1", "--reason", "重复登记的回访")
    assert code == 0 and (done["before"], done["after"]) == (3, 2)
    assert run("tongji", "stats", "--month", "2025-03")[1]["follow_ups"] == 2
    code, _out, err = run("tongji", "adjust", "--month", "2025-03", "--column", "success_rate",
                          "--delta", "1", "--reason", "x")
    assert code == 1 and "无法调整的栏目" in err


def test_export_verify_and_bureau_round_trip(run: Run, tmp_path: Path) -> None:
    code, done, _err = run("tongji", "export", "monthly", "--month", "2025-03", "--out",
                           str(tmp_path / "out"))
    assert code == 0 and done["files"][-1] == "manifest.json"
    folder = Path(done["folder"])
    code, checked, _err = run("admin", "export", "verify", str(folder / done["files"][0]))
    assert code == 0 and checked["ok"] and checked["office_code"] == "OFFICE-1"
    key = run("tongji", "export", "public-key")[1]
    assert key["office_code"] == "OFFICE-1" and len(key["public_key"]) == 44

    code, registered, _err = run("sifaju", "bureau", "register", "--code", "OFFICE-1",
                                 "--name", "城关司法所", "--key", key["public_key"])
    assert code == 0 and registered["fingerprint"] == key["fingerprint"]
    code, results, _err = run("sifaju", "bureau", "import", str(folder))
    assert code == 0 and results[0]["status"] == "imported"
    code, summary, _err = run("sifaju", "bureau", "report", "--month", "2025-03", "--out",
                              str(tmp_path / "district.xlsx"))
    assert code == 0 and summary["reported"] == 1 and (tmp_path / "district.xlsx").is_file()
    assert run("tongji", "bureau", "import", str(folder))[0] == 1
    assert run("sifaju", "export", "monthly", "--month", "2025-03", "--out", str(tmp_path))[0] == 1

    data = folder / done["files"][1]
    data.write_bytes(data.read_bytes().replace(b'"mediated":4', b'"mediated":5', 1))
    code, checked, err = run("admin", "export", "verify", str(folder))
    assert code == 1 and not checked["ok"] and data.name in err
    code, results, err = run("sifaju", "bureau", "import", str(folder))
    assert code == 1 and results[0]["status"] == "refused" and "1 份报送被拒绝" in err
