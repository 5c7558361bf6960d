"""Independent readers for checking generated PDFs: poppler's tools, pypdf, pdfplumber."""

from __future__ import annotations

import re
import subprocess
from io import BytesIO
from pathlib import Path

import pdfplumber
import pypdf

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "documents"


def _poppler(tool: str, pdf: bytes, *args: str) -> str:
    result = subprocess.run([tool, *args, "-", "-"] if tool == "pdftotext" else [tool, *args, "-"],
                            input=pdf, capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def pdftotext(pdf: bytes, *, layout: bool = False) -> str:
    """All text as poppler reads it, pages separated by form feeds."""
    return _poppler("pdftotext", pdf, "-enc", "UTF-8", *(["-layout"] if layout else []))


def poppler_pages(pdf: bytes) -> list[str]:
    return pdftotext(pdf).split("\f")[:-1]


def pdffonts(pdf: bytes) -> list[dict[str, str]]:
    """Rows of `pdffonts`: name, type, and the emb/sub/uni columns."""
    lines = _poppler("pdffonts", pdf).splitlines()[2:]
    rows = []
    for line in lines:
        parts = line.split()
        # name, type (may contain spaces), encoding, emb, sub, uni, object id, generation
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def pypdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(BytesIO(pdf)).pages]


def plumber_pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(BytesIO(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


def squeeze(text: str) -> str:
    """Text without whitespace, so that wrapped lines compare as one string."""
    return re.sub(r"\s+", "", text)


def in_order(text: str, expected: list[str]) -> list[str]:
    """The expected strings not found in order in the (squeezed) text; empty if all are."""
    flat = squeeze(text)
    missing = []
    position = 0
    for item in expected:
        found = flat.find(squeeze(item), position)
        if found < 0:
            missing.append(item)
        else:
            position = found + len(squeeze(item))
    return missing


def footer_number(page_text: str) -> int | None:
    """The page number printed as "— n —" on a page, if any."""
    match = re.search(r"—\s*(\d+)\s*—", page_text)
    return int(match.group(1)) if match else None


def save_first_page_png(pdf: bytes, name: str) -> Path:
    """Render page 1 at 60 dpi into tests/artifacts/documents for people to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    stem = ARTIFACTS / name
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", "-", str(stem)],
                   input=pdf, check=True, capture_output=True)
    return stem.with_suffix(".png")


def table_cells(pdf: bytes) -> list[str]:
    """Text of every ruled table cell, row by row and page by page, whitespace removed."""
    cells = []
    with pdfplumber.open(BytesIO(pdf)) as document:
        for page in document.pages:
            for table in page.extract_tables():
                cells += [squeeze(cell) for row in table for cell in row if cell is not None]
    return cells


def form_problems(pdf: bytes, pairs: list[tuple[str, str]]) -> list[str]:
    """Label/value pairs of a form that are not in adjacent cells in this order."""
    cells = [cell for cell in table_cells(pdf) if cell]
    problems = []
    position = 0
    for label, value in pairs:
        try:
            at = cells.index(squeeze(label), position)
        except ValueError:
            problems.append(f"no cell {label!r} after cell {position}")
            continue
        following = cells[at + 1] if at + 1 < len(cells) else ""
        if squeeze(value) not in following:
            problems.append(f"{label!r} is followed by {following!r}, not {value!r}")
        position = at + 1
    return problems
