"""Hand timing of the two heavy paths: ``python -m tests.exports.timing``.

A monthly export with 10,000 cases concluded in the month (target < 2 s) and a bureau
merge of 100 offices — import of 100 signed folders plus the district report (< 5 s).
Not a test: timings depend on the machine, so nothing here asserts them.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import keyring
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mediation_app.domain.enums import UserRole
from mediation_app.exports import signing
from mediation_app.exports.bureau import district_report, import_files, register_office
from mediation_app.exports.bureau_files import export_monthly
from mediation_app.exports.statistics import month_range
from mediation_app.paths import AppPaths
from mediation_app.services import auth, office
from mediation_app.storage import opening
from mediation_app.storage.models import Office
from mediation_app.storage.test_keyrings import MemoryKeyring
from tests.exports.generate import insert_cases

T = TypeVar("T")
MONTH = "2025-03"


def timed(label: str, work: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = work()
    print(f"{label}: {time.perf_counter() - start:.2f} s")
    return result


def main() -> None:
    keyring.set_keyring(MemoryKeyring())
    root = Path(tempfile.mkdtemp(prefix="exports-timing-"))
    store = opening.create(AppPaths(data_dir=root, db_url=str(root / "m.db"))).store
    with store.transaction() as session:
        the_office, admin = office.setup_office(
            session, office="城关司法所", committee="城关镇人民调解委员会", prefix="城关",
            admin_username="admin", admin_password="Adm1n-pass", code="OFFICE-0")
        insert_cases(session, the_office.id, *month_range(MONTH), concluded=10_000, failed=130)
        bureau = auth.create_user(session, admin, username="bureau", password="Bureau-2025",
                                  role=UserRole.BUREAU)
    key = Ed25519PrivateKey.generate()
    with store.transaction(write=False) as session:
        the_office = office.the_office(session)
        timed("monthly export, 10,000 cases", lambda: export_monthly(
            session, the_office, MONTH, root / "big", key))

    # 100 offices, each exporting a month of 300 cases (the same cases, other names and keys)
    with store.transaction() as session:
        insert_cases(session, office.the_office(session).id, *month_range("2025-04"),
                     concluded=300, failed=5)
    folders = []
    with store.transaction() as session:
        for n in range(1, 101):
            own = Ed25519PrivateKey.generate()
            unit = Office(code=f"OFFICE-{n:03d}", name=f"第{n}司法所", committee_name="x",
                          number_prefix="x")
            register_office(session, bureau, unit.code, unit.name,
                            signing.encode_public(own.public_key()))
            folders.append(export_monthly(session, unit, "2025-04", root / "offices", own)[0])
    started = time.perf_counter()
    with store.transaction() as session:
        results = timed("bureau import, 100 offices", lambda: import_files(session, bureau,
                                                                            folders))
    assert all(r.ok for r in results)
    with store.transaction(write=False) as session:
        timed("district report, 100 offices", lambda: district_report(
            session, "2025-04", root / "district.xlsx"))
    print(f"bureau merge total: {time.perf_counter() - started:.2f} s  ({dt.date.today()})")
    store.dispose()


if __name__ == "__main__":
    main()
