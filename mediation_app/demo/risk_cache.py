"""The risk engine's verdict, computed once per narrative instead of once per case.

Cases told with the same story, the same risk sentence, the same first-session result and
a crowd of the same size differ only in names, amounts and places, which carry no risk
signal (amounts are written with thousands separators, which the engine does not read
as sums; crowds in words, 二十余名, which it does); so the engine runs on the first such
case and its verdict is reused, with each quoted passage re-located in the case's own
text (a longer name moves it); a case whose text lacks a quoted passage is judged anew.
The engine sees the summary, requests and first session record, and of the case record
only the type and failed sessions: the amount, number of people and age of a case are
left to the first real re-assessment.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any, cast

from mediation_app.domain.enums import DisputeType, RiskLevel
from mediation_app.risk import CaseFacts, assess
from mediation_app.services.risk_flag import texts_of
from mediation_app.storage.models import Case

Path = tuple[Any, ...]  # attribute, or attribute, index, key: where a text lives in a case


@dataclass(frozen=True)
class Anchor:
    """A reason quoting case text: where that text lives and which occurrence it quotes."""

    reason: int
    path: Path
    quote: str
    before: int  # occurrences of the quote earlier in the same text


@dataclass(frozen=True)
class Verdict:
    level: RiskLevel
    score: float
    rules_version: str
    reasons: list[dict[str, Any]]
    anchors: tuple[Anchor, ...]
    # the reasons per placing of the anchored quotes: one list object per distinct content,
    # so the writer converts each to JSON once
    placed: dict[tuple[int, ...], list[dict[str, Any]]] = field(default_factory=dict,
                                                                 compare=False)


class RiskCache:
    def __init__(self) -> None:
        self._verdicts: dict[Hashable, list[Verdict]] = {}
        self.runs = 0

    def assess(self, key: Hashable, case: Any, dispute_type: DisputeType, failed_sessions: int
               ) -> tuple[Verdict, list[dict[str, Any]]]:
        """The verdict for the case's narrative, and its reasons quoting the case's own text.

        A narrative may have several verdicts (told of 申请人 or of 甲方, say): the first
        whose quotes all occur in this case's text is used, else the engine judges the case
        and its verdict joins the narrative's. `case` has the attributes `texts_of` reads
        (summary, requests, received_on, and lists `sessions` and `follow_ups` of mappings
        that also read as attributes).
        """
        verdicts = self._verdicts.setdefault(key, [])
        for verdict in verdicts:
            starts = _starts(verdict, case)
            if starts is not None:
                return verdict, _placed(verdict, starts)
        self.runs += 1
        verdict = _run(case, dispute_type, failed_sessions)
        verdicts.append(verdict)
        return verdict, verdict.reasons


def _starts(verdict: Verdict, case: Any) -> tuple[int, ...] | None:
    """Where each anchored quote starts in the case's text; None if one is missing."""
    starts = []
    for anchor in verdict.anchors:
        reason = verdict.reasons[anchor.reason]
        text = _follow(case, anchor.path)
        if text[reason["start"]:reason["end"]] == anchor.quote:
            starts.append(reason["start"])
            continue
        start = _nth(text, anchor.quote, anchor.before)
        if start is None:
            return None
        starts.append(start)
    return tuple(starts)


def _placed(verdict: Verdict, starts: tuple[int, ...]) -> list[dict[str, Any]]:
    """The verdict's reasons with the anchored quotes at `starts`, made once per placing."""
    reasons = verdict.placed.get(starts)
    if reasons is None:
        reasons = list(verdict.reasons)
        for anchor, start in zip(verdict.anchors, starts, strict=True):
            reason = reasons[anchor.reason]
            if reason["start"] != start:
                reasons[anchor.reason] = {**reason, "start": start,
                                          "end": start + len(anchor.quote)}
        verdict.placed[starts] = reasons
    return reasons


def _run(case: Any, dispute_type: DisputeType, failed_sessions: int) -> Verdict:
    fields = texts_of(cast(Case, case))
    result = assess(fields, {}, CaseFacts(dispute_type=dispute_type,
                                          failed_sessions=failed_sessions))
    texts = {f.field: f.text for f in fields}
    reasons = [r.to_dict() for r in result.reasons]
    anchors = tuple(
        Anchor(i, _locate(case, texts[r["field"]]), r["quote"],
               texts[r["field"]].count(r["quote"], 0, r["start"]))
        for i, r in enumerate(reasons)
        if r["quote"] and r["field"] in texts and r["start"] is not None
    )
    verdict = Verdict(result.level, result.score, result.rules_version, reasons, anchors)
    verdict.placed[tuple(reasons[a.reason]["start"] for a in anchors)] = reasons
    return verdict


def _locate(case: Any, text: str) -> Path:
    """Where in the case the engine's text came from: found by identity, not by field name."""
    for name, value in vars(case).items():
        if value is text:
            return (name,)
        if isinstance(value, list):
            for index, item in enumerate(value):
                for key, part in item.items():
                    if part is text:
                        return (name, index, key)
    raise LookupError("the risk engine quoted a text the case does not hold")


def _follow(case: Any, path: Path) -> str:
    value = getattr(case, path[0])
    return value if len(path) == 1 else value[path[1]][path[2]]


def _nth(text: str, quote: str, before: int) -> int | None:
    """Where the quote occurs after `before` earlier occurrences; None if the text lacks it."""
    at = text.find(quote)
    for _ in range(before):
        if at < 0:
            break
        at = text.find(quote, at + len(quote))
    return None if at < 0 else at
