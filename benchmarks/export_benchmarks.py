"""The monthly export of an office and the bureau's merge of a hundred offices' exports.

A one-year store of a million cases has some 90 000 cases a month, so "10 000 cases in the
month" is measured on a store of one year at that rate; the same export is also measured
on the million-case store, where the statistics query reads the whole case table.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, text

from benchmarks.data import ADMIN, PASSWORD, Subject
from benchmarks.harness import Row, Timing, timed, warmed
from mediation_app.domain.enums import UserRole
from mediation_app.exports import signing
from mediation_app.exports.bureau import district_report, import_files, register_office
from mediation_app.exports.bureau_files import export_monthly, run_monthly_export
from mediation_app.services import auth, office
from mediation_app.storage import keys, migrate
from mediation_app.storage.engine import Store, open_sqlite
from mediation_app.storage.models import ImportedReport, Office

MONTH_CASES = 10_000
OFFICES = 100
# the statistics' own definition of the day a case was mediated (exports.statistics)
CONCLUDED_BY_DAY = """
    SELECT coalesce(a.agreed_on, c.failed_on, c.terminated_on) AS day, count(*)
    FROM "case" c LEFT JOIN agreement a ON a.case_id = c.id
    GROUP BY day
"""


def months(subject: Subject) -> dict[str, int]:
    """Cases concluded per month (approximately: a termination before any session counts)."""
    counts: Counter[str] = Counter()
    with subject.store.engine.connect() as conn:
        for day, n in conn.execute(text(CONCLUDED_BY_DAY)):
            if day is not None:
                counts[str(day)[:7]] += n
    return dict(counts)


def month_near(subject: Subject, wanted: int) -> tuple[str, int]:
    """The month whose number of concluded cases is closest to ``wanted``."""
    counts = months(subject)
    month = min(counts, key=lambda m: (abs(counts[m] - wanted), m))
    return month, counts[month]


def monthly_export_row(subject: Subject, repeat: int, *, name: str, target: float | None,
                       wanted: int = MONTH_CASES) -> Row:
    """The export as the user runs it: permission, signing key, files, audit, commit."""
    month, concluded = month_near(subject, wanted)
    store, actor = subject.store, subject.actor
    with tempfile.TemporaryDirectory(prefix="bench-export-") as out:
        def run() -> None:
            with store.transaction() as session:
                run_monthly_export(session, actor, month, Path(out))

        samples = timed(run, repeat=warmed(run, repeat), warmup=0)
    return Row.of(name, target, samples,
                  note=f"{month}: ~{concluded} cases concluded; store of {subject.cases} cases")


def bureau_row(offices: Subject, repeat: int) -> Row:
    """Import and verify 100 offices' signed exports, then write the district report.

    The exports are made first (untimed), one month of a small office signed with 100
    different keys; every timed run starts from a bureau with nothing imported.
    """
    month, concluded = month_near(offices, offices.cases // 12)
    work = Path(tempfile.mkdtemp(prefix="bench-bureau-"))
    try:
        folders, registrations = _office_exports(offices, month, work / "exports")
        bureau = _bureau_store(work / "bureau.db")
        try:
            with bureau.transaction() as session:
                admin = auth.authenticate(session, ADMIN, PASSWORD)
            with bureau.transaction() as session:
                actor = auth.create_user(session, admin, username="bureau",
                                         password=PASSWORD, role=UserRole.BUREAU)
            with bureau.transaction() as session:
                for code, name, key in registrations:
                    register_office(session, actor, code, name, key)

            def clear() -> None:
                with bureau.transaction() as session:
                    session.execute(delete(ImportedReport))

            def run() -> None:
                with bureau.transaction() as session:
                    results = import_files(session, actor, folders)
                    if not all(r.ok for r in results):
                        raise RuntimeError([r.message for r in results if not r.ok][:3])
                    district_report(session, month, work / "district.xlsx")

            timing = Timing()
            for i in range(repeat + 1):
                clear()
                if i == 0:
                    run()  # the warm-up
                else:
                    timing += timed(run, repeat=1, warmup=0)
        finally:
            bureau.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Row.of("bureau merge of 100 offices", 5000, timing,
                  note=f"import + verify + district report; {month}, ~{concluded} cases per office")


def _office_exports(offices: Subject, month: str, out: Path
                    ) -> tuple[list[Path], list[tuple[str, str, str]]]:
    folders, registrations = [], []
    with offices.store.transaction(write=False) as session:
        for i in range(1, OFFICES + 1):
            key = Ed25519PrivateKey.generate()
            the_office = Office(code=f"BENCH-{i:03d}", name=f"第{i}司法所",
                                committee_name=f"第{i}人民调解委员会", number_prefix=f"所{i}")
            paths = export_monthly(session, the_office, month, out, key)
            folders.append(paths[0].parent)
            registrations.append((the_office.code, the_office.name,
                                  signing.encode_public(key.public_key())))
    return folders, registrations


def _bureau_store(path: Path) -> Store:
    """A new, empty store for the district bureau (its own key, its own administrator)."""
    store = open_sqlite(path, keys.new_key(), create=True)
    migrate.upgrade(store)
    with store.transaction() as session:
        office.setup_office(session, office="城关区司法局", committee="城关区人民调解委员会",
                            prefix="区局", admin_username=ADMIN, admin_password=PASSWORD,
                            code="BUREAU-1")
    return store

