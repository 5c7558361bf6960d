"""A thirty-page case file is one document with every page; how fast the agreement and the
case file render is measured by the benchmarks (``python -m benchmarks --only documents``),
not here."""

from __future__ import annotations

from io import BytesIO

import pypdf
from doc_samples import long_case

from mediation_app.documents import DocumentEngine


def test_a_long_case_makes_a_case_file_of_thirty_pages(engine: DocumentEngine) -> None:
    pdf = engine.render_case_file(long_case())
    assert len(pypdf.PdfReader(BytesIO(pdf)).pages) >= 30
