"""The benchmark harness runs end to end on a tiny store and yields well-formed rows.

No timing is asserted: this only keeps ``python -m benchmarks`` from rotting between the
occasional full runs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks import data, documents_benchmarks, export_benchmarks, gui_benchmarks, report
from benchmarks import store_benchmarks as sb
from benchmarks.__main__ import parse_args
from benchmarks.harness import Row

CASES = 300


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> data.BenchStore:
    return data.prepare("smoke", CASES, 1, extra=data.long_case, log=lambda _m: None,
                        data_dir=tmp_path_factory.mktemp("bench-data"))


@pytest.fixture
def subject(bench: data.BenchStore) -> Iterator[data.Subject]:
    with data.sqlite_subject(bench) as subject:
        yield subject


def well_formed(row: Row, *, baseline: bool = False) -> dict[str, Any]:
    out = row.to_json()
    unit = row.unit
    assert {"name", "backend", f"median_{unit}", f"worst_{unit}", f"target_{unit}",
            "pass"} <= out.keys()
    assert out[f"median_{unit}"] is not None and out[f"median_{unit}"] >= 0
    assert out[f"worst_{unit}"] >= out[f"median_{unit}"]
    assert out["pass"] in (True, False, None)
    assert "pending" not in out
    if baseline:
        assert out["ratio_to_raw"] > 0
    json.dumps(out)
    return out


def test_store_rows(subject: data.Subject) -> None:
    rows = [*sb.list_rows(subject, 1), *sb.search_rows(subject, 1),
            sb.open_case_row(subject, 1)]
    assert len(rows) == 9
    for row in rows:
        out = well_formed(row, baseline=True)
        assert ", 0 rows fetched" not in out["note"]
    for row in (sb.intake_row(subject, 1), sb.risk_row(subject, 1)):
        well_formed(row)
    size = well_formed(sb.size_row(subject))
    assert size["median_mb"] > 0 and size["target_mb"] is None


def test_document_rows(subject: data.Subject) -> None:
    agreement, case_file = documents_benchmarks.document_rows(subject, 1)
    well_formed(agreement)
    assert int(well_formed(case_file)["note"].split()[0]) >= 30  # pages


def test_export_rows(subject: data.Subject) -> None:
    month = export_benchmarks.monthly_export_row(subject, 1, name="monthly export", target=2000)
    well_formed(month)
    well_formed(export_benchmarks.bureau_row(subject, 1))


@pytest.mark.gui
def test_gui_rows(bench: data.BenchStore, tmp_path: Path) -> None:
    cold, memory = gui_benchmarks.start_rows(str(bench.path), bench.key, 1, tmp_path)
    assert well_formed(cold)["median_ms"] > 0
    assert well_formed(memory)["median_mb"] > 0
    with data.sqlite_subject(bench) as subject:
        month, _n = export_benchmarks.month_near(subject, 10_000)
    for row in gui_benchmarks.stall_rows(str(bench.path), bench.key, sb.THREE_CHARS, month, 1,
                                         tmp_path):
        well_formed(row)


def test_report(tmp_path: Path) -> None:
    rows = [Row("a", 10, [1.0, 3.0, 2.0], raw_samples=[1.0], max_ratio=2.0),
            Row("b", None, [5.0], unit="mb"), Row("c", 5, pending="not written yet")]
    assert rows[0].passed is True and rows[1].passed is None and rows[2].passed is None
    text = report.table(rows)
    assert "pending" in text and "2.00×" in text
    path = tmp_path / "results.json"
    report.write(rows, path)
    written = json.loads(path.read_text("utf-8"))
    assert [r["name"] for r in written] == ["a", "b", "c"]
    assert written[0]["median_ms"] == 2.0 and written[0]["ratio_to_raw"] == 2.0
    assert written[1]["median_mb"] == 5.0 and written[2]["pending"] == "not written yet"
    assert "| a | 2.0 ms |" in path.with_suffix(".md").read_text("utf-8")
    report.write([Row("b", None, [7.0], unit="mb"), Row("d", 1, [0.5])], path, keep=True)
    merged = json.loads(path.read_text("utf-8"))
    assert [(r["name"], r.get("median_mb")) for r in merged] == \
        [("a", None), ("b", 7.0), ("c", None), ("d", None)]
    assert merged[0]["ratio_to_raw"] == 2.0


def test_quick_defaults() -> None:
    args = parse_args(["--quick"])
    assert (args.cases, args.repeat) == (20_000, 3)
    assert parse_args(["--quick", "--cases", "500"]).cases == 500
