"""``--self-test``: proves a build works end to end on a throwaway store.

It uses an in-memory keyring, so it never touches the user's keyring or data: create a
store, register and mediate a case, print the agreement, export a month and verify it.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path
from typing import Any

import keyring

from mediation_app.exports.bureau_files import run_monthly_export
from mediation_app.exports.package import verify_export
from mediation_app.paths import AppPaths
from mediation_app.services import auth, office, printing
from mediation_app.services.cases import actions, intake
from mediation_app.storage import opening
from mediation_app.storage.test_keyrings import MemoryKeyring

PASSWORD = "Self-test-2026"


def _case(today: dt.date) -> dict[str, Any]:
    day = (today - dt.timedelta(days=3)).isoformat()
    return {
        "dispute_type": "邻里纠纷", "source": "当事人申请", "received_on": day,
        "summary": "自检：两户邻居因排水沟堵塞发生争执。",
        "parties": [{"role": "申请人", "name": "张自检", "id_number": "11010519491231002X"},
                    {"role": "被申请人", "name": "李自检", "phone": "13800138000"}],
    }


def run() -> int:
    """Returns 0 when every step worked; prints one line per step."""
    keyring.set_keyring(MemoryKeyring())
    today = dt.date.today()
    day = (today - dt.timedelta(days=2)).isoformat()
    with tempfile.TemporaryDirectory(prefix="mediation-selftest-") as tmp:
        root = Path(tmp)
        paths = AppPaths(data_dir=root, db_url=str(root / "selftest.db"))
        store = opening.create(paths).store
        try:
            with store.transaction() as session:
                office.setup_office(session, office="自检司法所", committee="自检人民调解委员会",
                                    prefix="自检", admin_username="admin",
                                    admin_password=PASSWORD)
                actor = auth.authenticate(session, "admin", PASSWORD)
                office.add_staff(session, actor, {"name": "王调解", "role": "调解员"})
                case = intake.register(session, actor, _case(today))
                steps = [("accept", {"date": day, "mediators": ["王调解"], "rights_notice_on": day}),
                         ("session", {"date": day, "place": "调解室", "record": "双方同意协商。"}),
                         ("agree", {"kind": "书面", "date": day, "terms": ["互相谅解。"]})]
                for action, data in steps:
                    actions.act(session, actor, case.id, action, data)
                pdf = printing.render(session, actor, case.id, "agreement")
            _say("store, case and lifecycle", True)
            _say(f"agreement PDF ({len(pdf)} bytes)", pdf.startswith(b"%PDF-"))
            with store.transaction() as session:
                result = run_monthly_export(session, actor, today.strftime("%Y-%m"),
                                            root / "export", today=today)
            verified = verify_export(Path(result["folder"]))
            _say(f"monthly export ({len(result['files'])} files, verified)", verified.ok)
            return 0 if pdf.startswith(b"%PDF-") and verified.ok else 1
        finally:
            store.dispose()


def _say(step: str, ok: bool) -> None:
    sys.stdout.write(f"self-test {'ok' if ok else 'FAILED'}: {step}\n")
