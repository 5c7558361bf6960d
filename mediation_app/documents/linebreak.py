"""Chinese line-breaking rules that ReportLab's CJK wrapping lacks.

ReportLab lets no character of ALL_CANNOT_START begin a line (it hangs in the margin
instead), but its list lacks most full-width Chinese punctuation, so ：and ，could start
a line; both of its line breakers (one-font paragraphs in textsplit, mixed fonts in
paragraph) keep their own copy of the list. Nor does it keep an opening bracket from
ending a line (人民币伍万元整（ | ¥50,000.00）), and it hangs only one closing mark, so a
second one (”》) still starts the next line: the one-font breaker is wrapped so that such a
line breaks earlier.

These are process-wide changes to ReportLab; they only ever make Chinese text wrap more
correctly, for every user of ReportLab in the application.
"""

from __future__ import annotations

from itertools import pairwise

from reportlab.lib import textsplit
from reportlab.platypus import paragraph

NO_LINE_START = "，：；！？）》〉」』】”’…％·"
NO_LINE_END = "（《〈「『【“‘"
_CLOSING = frozenset(NO_LINE_START)  # a set, so that the empty string is not in it

_reportlab_split = textsplit.dumbSplit


def _split_keeping_brackets(word: str, widths: list[float], max_widths: object) -> list:
    """ReportLab's split, redone with a shorter line wherever a break falls badly.

    Each pass narrows the first badly broken line by its last character (ReportLab may hang
    a closing mark back on, so the limit only ever shrinks). Where no good break exists
    (a line of opening quotes and nothing else) the passes stop at a line of one character,
    and, should that never come, after 32 passes per character (a line holds fewer) with
    ReportLab's own split.
    """
    wanted = list(max_widths) if isinstance(max_widths, list | tuple) else [max_widths]
    limits = list(wanted)
    width_of = dict(zip(word, widths, strict=False))
    original = lines = _reportlab_split(word, widths, limits)
    for _ in range(32 * len(word) + 16):
        n = _bad_break(lines)
        if n is None:
            break
        limits += [limits[-1]] * (n + 2 - len(limits))
        text = lines[n][1]
        shorter = sum(width_of.get(c, 0.0) for c in text[:-1]) + 0.01
        limits[n] = min(shorter, limits[n] - width_of.get(text[-1], 0.0))
        lines = _reportlab_split(word, widths, limits)
    else:
        return original
    for n, line in enumerate(lines):  # free space as measured against the real width
        line[0] += wanted[min(n, len(wanted) - 1)] - limits[min(n, len(limits) - 1)]
    return lines


def _bad_break(lines: list) -> int | None:
    """The first line that ends in an opening bracket or is followed by a closing mark."""
    for n, ((_, text), (_, after)) in enumerate(pairwise(lines)):
        if len(text) > 1 and (text[-1] in NO_LINE_END or after[:1] in _CLOSING):
            return n
    return None


def install() -> None:
    """Apply the rules to ReportLab; calling it again changes nothing."""
    for module in (textsplit, paragraph):
        module.ALL_CANNOT_START += "".join(c for c in NO_LINE_START if c not in module.ALL_CANNOT_START)
    textsplit.dumbSplit = _split_keeping_brackets
