"""Chinese line-breaking rules that ReportLab's CJK wrapping lacks.

ReportLab lets no character of ALL_CANNOT_START begin a line (it hangs in the margin
instead), but its list lacks most full-width Chinese punctuation, so ：and ，could start
a line; both of its line breakers (one-font paragraphs in textsplit, mixed fonts in
paragraph) keep their own copy of the list. Nor does it keep an opening bracket from
ending a line (人民币伍万元整（ | ¥50,000.00）): the one-font breaker is wrapped so that
such a line breaks one character earlier.

These are process-wide changes to ReportLab; they only ever make Chinese text wrap more
correctly, for every user of ReportLab in the application.
"""

from __future__ import annotations

from reportlab.lib import textsplit
from reportlab.platypus import paragraph

NO_LINE_START = "，：；！？）》〉」』】”’…％·"
NO_LINE_END = "（《〈「『【“‘"

_reportlab_split = textsplit.dumbSplit


def _split_keeping_brackets(word: str, widths: list[float], max_widths: object) -> list:
    """ReportLab's split, redone with a shorter line wherever a line ends in a bracket."""
    wanted = list(max_widths) if isinstance(max_widths, list | tuple) else [max_widths]
    limits = list(wanted)
    lines = _reportlab_split(word, widths, limits)
    while (n := _line_ending_in_bracket(lines)) is not None:
        limits += [limits[-1]] * (n + 2 - len(limits))
        limits[n] -= lines[n][0] + 0.01  # now the bracket no longer fits on line n
        lines = _reportlab_split(word, widths, limits)
    for n, line in enumerate(lines):  # free space as measured against the real width
        line[0] += wanted[min(n, len(wanted) - 1)] - limits[min(n, len(limits) - 1)]
    return lines


def _line_ending_in_bracket(lines: list) -> int | None:
    return next((n for n, (_, text) in enumerate(lines[:-1])
                 if len(text) > 1 and text[-1] in NO_LINE_END), None)


def install() -> None:
    """Apply the rules to ReportLab; calling it again changes nothing."""
    for module in (textsplit, paragraph):
        module.ALL_CANNOT_START += "".join(c for c in NO_LINE_START if c not in module.ALL_CANNOT_START)
    textsplit.dumbSplit = _split_keeping_brackets
