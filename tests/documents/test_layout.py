"""House style (A4, margins, sizes, page numbers) and Chinese line breaking."""

from __future__ import annotations

from collections import Counter
from io import BytesIO
from itertools import pairwise

import pdfplumber
from doc_samples import sample_case
from hypothesis import example, given, settings
from hypothesis import strategies as st
from reportlab.lib import textsplit
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from mediation_app.documents import DocumentEngine, linebreak
from mediation_app.documents.layout import FRAME_WIDTH

A4_POINTS = (595.28, 841.89)


def test_a4_margins_sizes_and_footer(engine: DocumentEngine) -> None:
    pdf = engine.render("agreement", sample_case())
    with pdfplumber.open(BytesIO(pdf)) as document:
        page = document.pages[0]
        assert (round(page.width, 2), round(page.height, 2)) == A4_POINTS
        chars = [c for c in page.chars if c["text"].strip()]
        title = [c for c in chars if round(c["size"]) == 22]
        assert "".join(c["text"] for c in title) == "人民调解协议书"
        assert abs((title[0]["x0"] + title[-1]["x1"]) / 2 - (28 * mm + FRAME_WIDTH / 2)) < 1
        assert min(c["top"] for c in chars) >= 37 * mm - 1
        assert min(c["x0"] for c in chars) >= 28 * mm - 0.5
        assert max(c["x1"] for c in chars) <= page.width - 26 * mm + 16  # a hanging stop at most
        body = [c for c in chars if round(c["size"]) == 16]
        tops = sorted({round(c["top"], 1) for c in body})
        gaps = Counter(round(b - a) for a, b in pairwise(tops))
        assert gaps.most_common(1)[0][0] == 28
        footer = [c for c in chars if c["top"] > page.height - 35 * mm]
        assert "".join(c["text"] for c in footer).replace(" ", "") == "—1—"
        assert abs((footer[0]["x0"] + footer[-1]["x1"]) / 2 - page.width / 2) < 1
        assert all(round(c["size"]) == 14 for c in footer)


TEXT = st.text(alphabet="调解协议人民委员会甲乙丙丁金额（《“，：；。！？）》”、¥0123456789", min_size=1,
               max_size=200)


@settings(max_examples=300, deadline=None)
@given(TEXT)
# a second closing mark after one ReportLab hangs in the margin
@example("00000000“““““““““““““““““““““”》0")
def test_no_closing_punctuation_starts_and_no_opening_bracket_ends_a_line(text: str) -> None:
    style = DocumentEngine().styles.get(indent=True)
    paragraph = Paragraph(text, style)
    paragraph.wrap(FRAME_WIDTH, 10_000)
    lines = ["".join(words) for _, words in paragraph.blPara.lines]
    for before, after in pairwise(lines):
        if len(after) > 1:
            assert after[0] not in linebreak.NO_LINE_START, lines
        if len(before) > 1:
            assert before[-1] not in linebreak.NO_LINE_END, lines
    assert "".join(lines) == text.replace(" ", "")


def test_install_is_idempotent() -> None:
    before = textsplit.ALL_CANNOT_START
    linebreak.install()
    assert before == textsplit.ALL_CANNOT_START
