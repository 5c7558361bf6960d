"""Printing: the agreement and the whole case file of the long case, as the print action
does it (load, lay out, render, audit entry, commit)."""

from __future__ import annotations

from io import BytesIO

import pypdf

from benchmarks.data import Subject
from benchmarks.harness import Row, timed
from mediation_app.services import printing


def document_rows(subject: Subject, repeat: int) -> list[Row]:
    store, actor, case_id = subject.store, subject.actor, subject.meta["long_case_id"]
    rows = []
    for name, target, kind in (("agreement PDF", 150, "agreement"),
                               ("case file PDF (30 pages)", 1500, "file")):
        pdfs: list[bytes] = []

        def run(kind: str = kind, pdfs: list[bytes] = pdfs) -> None:
            with store.transaction() as session:
                pdfs.append(printing.render(session, actor, case_id, kind))

        samples = timed(run, repeat=repeat)  # the warm-up loads the fonts once per process
        pages = len(pypdf.PdfReader(BytesIO(pdfs[-1])).pages)
        rows.append(Row.of(name, target, samples,
                           note=f"{pages} pages, {len(pdfs[-1]) // 1024} KiB"))
    return rows
