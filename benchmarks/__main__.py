"""python -m benchmarks: the issue's performance table, measured on this machine.

    python -m benchmarks [--cases N] [--repeat K] [--quick] [--pg URL] [--fresh]
                         [--only GROUP ...] [--out benchmarks/results.json]

Demo data is generated once per size and seed into benchmarks/data/ and reused (``--fresh``
makes it again). ``--quick`` is the CI smoke run: 20 000 cases, 3 repeats.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import keyring

from benchmarks import data, documents_benchmarks, export_benchmarks, gui_benchmarks, report
from benchmarks import store_benchmarks as sb
from benchmarks.data import Subject
from benchmarks.harness import Row
from mediation_app.storage.test_keyrings import MemoryKeyring

FULL_CASES, QUICK_CASES = 1_000_000, 20_000
FULL_REPEAT, QUICK_REPEAT = 5, 3
DEMO_TARGET_S_PER_MILLION = 300
EXPORT_STORE_CASES = 126_000  # one year at about 10 000 cases concluded a month
OFFICE_CASES = 3_000  # a small office's year: ~250 cases a month to report
GROUPS = ("gui", "list", "search", "case", "intake", "risk", "documents", "exports", "demo",
          "size")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cases", type=int, help=f"cases in the main store (default {FULL_CASES}, "
                   f"--quick {QUICK_CASES})")
    p.add_argument("--repeat", type=int, help=f"timed runs per row after a warm-up (default "
                   f"{FULL_REPEAT}, --quick {QUICK_REPEAT})")
    p.add_argument("--quick", action="store_true", help="CI smoke run: small store, few runs")
    p.add_argument("--seed", type=int, default=1, help="demo data seed (default 1)")
    p.add_argument("--pg", metavar="URL", help="also run the suite on this PostgreSQL database "
                   "(its public schema is replaced when it lacks the data)")
    p.add_argument("--pg-cases", type=int, help="cases in the PostgreSQL store (default: "
                   "--cases); an office server holds far fewer than a city's million")
    p.add_argument("--pg-only", action="store_true", help="with --pg: measure PostgreSQL only; "
                   "the SQLite rows in --out stay")
    p.add_argument("--fresh", action="store_true", help="generate the demo data again")
    p.add_argument("--only", nargs="+", choices=GROUPS, metavar="GROUP",
                   help=f"run only these groups ({', '.join(GROUPS)}); their rows replace "
                   "those of the same name in --out, the others stay")
    p.add_argument("--out", type=Path, default=Path(__file__).parent / "results.json")
    args = p.parse_args(argv)
    args.cases = args.cases or (QUICK_CASES if args.quick else FULL_CASES)
    args.repeat = args.repeat or (QUICK_REPEAT if args.quick else FULL_REPEAT)
    args.pg_cases = args.pg_cases or args.cases
    if args.pg_only and not args.pg:
        p.error("--pg-only needs --pg URL")
    return args


def log(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


class Suite:
    """Runs the groups asked for, each guarded: a missing piece becomes a "pending" row."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rows: list[Row] = []

    def save(self) -> None:
        """Written after every group, so a run cut short still leaves what it measured."""
        report.write(self.rows, self.args.out, keep=bool(self.args.only) or self.args.pg_only)

    def wants(self, group: str) -> bool:
        return not self.args.only or group in self.args.only

    def add(self, group: str, label: str, target: float | None,
            measure: Callable[[], list[Row]], backend: str = "sqlite") -> None:
        if not self.wants(group):
            return
        started = time.perf_counter()
        try:
            rows = measure()
        except Exception as exc:  # reported as pending, with the reason, never hidden
            traceback.print_exc()
            rows = [Row(label, target, pending=f"{type(exc).__name__}: {exc}"[:300])]
        for row in rows:
            row.backend = backend
            if backend != "sqlite":
                row.name = f"[{backend}] {row.name}"
            self.rows.append(row)
            log(f"  {row.name}: median {row.median and round(row.median, 1)}, worst "
                f"{row.worst and round(row.worst, 1)} {row.unit}"
                + (f", ratio {row.ratio:.2f}" if row.ratio else "")
                + (f" — pending: {row.pending}" if row.pending else ""))
        log(f"    ({time.perf_counter() - started:.0f} s)")
        self.save()


def store_groups(suite: Suite, subject: Subject, repeat: int, backend: str,
                 export_subject: Subject | None, offices: Subject | None) -> None:
    """The rows measured through the services, in the order of the issue's table."""
    r, b = repeat, backend
    suite.add("list", "case list", 100, lambda: sb.list_rows(subject, r), b)
    suite.add("search", "search", 50, lambda: sb.search_rows(subject, r), b)
    suite.add("case", "open a case with 10 sessions and its audit trail", 50,
              lambda: [sb.open_case_row(subject, r)], b)
    suite.add("intake", "intake save", 30, lambda: [sb.intake_row(subject, r)], b)
    suite.add("risk", "risk assessment of one case", 5, lambda: [sb.risk_row(subject, r)], b)
    suite.add("documents", "agreement PDF / case file", 150,
              lambda: documents_benchmarks.document_rows(subject, r), b)
    if export_subject is not None:
        suite.add("exports", "monthly export, 10 000 cases in the month", 2000,
                  lambda: [export_benchmarks.monthly_export_row(
                      export_subject, r, name="monthly export, 10 000 cases in the month",
                      target=2000)], b)
    if export_subject is not subject:  # reported only, and slow: one timed run
        suite.add("exports", "monthly export, main store", None,
                  lambda: [export_benchmarks.monthly_export_row(
                      subject, 1, name=f"monthly export on the {subject.cases}-case store",
                      target=None)], b)
    if offices is not None:
        suite.add("exports", "bureau merge of 100 offices", 5000,
                  lambda: [export_benchmarks.bureau_row(offices, r)], b)
    target = DEMO_TARGET_S_PER_MILLION * 1000 * subject.cases / FULL_CASES
    suite.add("demo", "demo-data", target, lambda: [demo_row(subject, target)], b)


def demo_row(subject: Subject, target: float) -> Row:
    """Generation is timed once, when the data is made; a reused store reports that run."""
    meta = subject.meta
    scaled = "" if subject.cases == FULL_CASES else f"; target scaled from 5 min per {FULL_CASES}"
    return Row(f"demo-data {subject.cases} cases", target, [meta["generate_seconds"] * 1000],
               note=f"generated {meta['generated_at']}, load average {meta['load_average']} "
                    f"on 2 cores{scaled}")


def gui_groups(suite: Suite, db: str, key: bytes | None, subject: Subject, repeat: int,
               backend: str) -> None:
    """Every GUI process shares one data directory, as the starts of one desk do."""
    if not suite.wants("gui"):
        return
    month, _n = export_benchmarks.month_near(subject, export_benchmarks.MONTH_CASES)
    with tempfile.TemporaryDirectory(prefix="bench-gui-") as data_dir:
        suite.add("gui", "cold start", 1500,
                  lambda: gui_benchmarks.start_rows(db, key, repeat, Path(data_dir)), backend)
        suite.add("gui", "GUI stall during search and export", 100,
                  lambda: gui_benchmarks.stall_rows(db, key, sb.THREE_CHARS, month, repeat,
                                                    Path(data_dir)), backend)


def run(args: argparse.Namespace) -> list[Row]:
    keyring.set_keyring(MemoryKeyring())  # export signing keys; no desktop keyring here
    suite = Suite(args)
    if not args.pg_only:
        sqlite_groups(suite, args)
    if args.pg:
        from benchmarks.pg_data import pg_subject

        with pg_subject(args.pg, args.pg_cases, args.seed, fresh=args.fresh,
                        extra=data.long_case, log=log) as pg:
            store_groups(suite, pg, args.repeat, "postgresql", pg, None)
            suite.add("size", "database size", None, lambda: [sb.size_row(pg)], "postgresql")
            gui_groups(suite, args.pg, None, pg, args.repeat, "postgresql")
    return suite.rows


def sqlite_groups(suite: Suite, args: argparse.Namespace) -> None:
    last_year = dt.date.today().year - 1
    main = data.prepare("main", args.cases, args.seed, fresh=args.fresh, extra=data.long_case,
                        log=log)
    offices = data.prepare("offices", OFFICE_CASES, args.seed, fresh=args.fresh,
                           year=last_year, log=log) if suite.wants("exports") else None
    separate_export = args.cases > 2 * EXPORT_STORE_CASES and suite.wants("exports")
    export_store = data.prepare("export", EXPORT_STORE_CASES, args.seed, fresh=args.fresh,
                                year=last_year, log=log) if separate_export else None
    with data.sqlite_subject(main) as subject:
        with _maybe(export_store) as export_subject, _maybe(offices) as offices_subject:
            store_groups(suite, subject, args.repeat, "sqlite", export_subject or subject,
                         offices_subject)
        suite.add("size", "database size", None, lambda: [sb.size_row(subject)])
        gui_groups(suite, str(main.path), main.key, subject, args.repeat, "sqlite")


def _maybe(store: data.BenchStore | None) -> AbstractContextManager[Subject | None]:
    """A subject for an optional store, or None."""
    return data.sqlite_subject(store) if store is not None else nullcontext(None)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    log(f"benchmarks: {args.cases} cases, {args.repeat} runs per row"
        + (f", PostgreSQL {args.pg}" if args.pg else ""))
    rows = run(args)
    print(report.table(rows))
    log(f"wrote {args.out} in {(time.perf_counter() - started) / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
