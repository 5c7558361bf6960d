"""Speed: an agreement in under 150 ms, a thirty-page case file in under 1.5 s.

Measured as the CPU time of this process (best of several runs after a warm-up), so that
other work on a shared test machine does not make the result flaky.
"""

from __future__ import annotations

import time
from io import BytesIO

import pypdf
from doc_samples import long_case, sample_case

from mediation_app.documents import DocumentEngine


def best_time(action, runs: int) -> float:
    action()
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def test_agreement_under_150_ms(engine: DocumentEngine) -> None:
    case = sample_case()
    assert best_time(lambda: engine.render("agreement", case), runs=5) < 0.150


def test_thirty_page_case_file_under_one_and_a_half_seconds(engine: DocumentEngine) -> None:
    case = long_case()
    pdf = engine.render_case_file(case)
    assert len(pypdf.PdfReader(BytesIO(pdf)).pages) >= 30
    assert best_time(lambda: engine.render_case_file(case), runs=2) < 1.5
