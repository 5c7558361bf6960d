"""The results as a table on the terminal, as ``results.json`` (a list of rows) and as a
Markdown table beside it (``results.md``, what the README quotes)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from benchmarks.harness import Row

VERDICT = {True: "pass", False: "MISS", None: "—"}


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "mb":
        return f"{value:,.0f} MB" if value >= 100 else f"{value:.1f} MB"
    if value >= 10_000:
        return f"{value / 1000:,.1f} s"
    return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"


def table(rows: list[Row]) -> str:
    header = ("what", "median", "worst", "target", "", "ratio to raw")
    lines = [header]
    for r in rows:
        verdict = "pending" if r.pending else VERDICT[r.passed]
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}×" + (
            f" (≤ {r.max_ratio:g}×)" if r.max_ratio is not None else "")
        target = "reported" if r.target is None else "< " + _figure(r.target, r.unit)
        lines.append((r.name, _figure(r.median, r.unit), _figure(r.worst, r.unit), target,
                      verdict, ratio))
    widths = [max(_width(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join("  ".join(_pad(cell, w) for cell, w in zip(line, widths, strict=True))
                     .rstrip() for line in lines)


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def markdown(rows: list[Row]) -> str:
    """The table for the README, with CPU time so a busy machine can be told apart."""
    lines = ["| what | median | worst | target | result | ratio to raw | CPU (median) |",
             "|---|---:|---:|---:|---|---:|---:|"]
    for r in rows:
        verdict = "pending" if r.pending else VERDICT[r.passed]
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}×"
        target = "reported" if r.target is None else "< " + _figure(r.target, r.unit)
        cpu = _figure(statistics.median(r.cpu_samples), "ms") if r.cpu_samples else ""
        lines.append(f"| {r.name} | {_figure(r.median, r.unit)} | {_figure(r.worst, r.unit)} "
                     f"| {target} | {verdict} | {ratio} | {cpu} |")
    return "\n".join(lines) + "\n"


def write(rows: list[Row], path: Path, *, keep: bool = False) -> None:
    """``path`` (JSON) and the Markdown table beside it.

    With ``keep`` (a run of some groups only), rows already in the file stay, and rows of
    this run replace theirs of the same name and backend.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    new = [r.to_json() for r in rows]
    if keep and path.exists():
        ours = {(r["backend"], r["name"]): r for r in new}
        old = json.loads(path.read_text("utf-8"))
        kept = [ours.pop((r.get("backend"), r["name"]), r) for r in old]
        new = kept + list(ours.values())
    path.write_text(json.dumps(new, ensure_ascii=False, indent=1) + "\n", "utf-8")
    path.with_suffix(".md").write_text(markdown([Row.from_json(r) for r in new]), "utf-8")
