"""A character n-gram model of the labelled narratives: a second opinion beside the rules.

The rules only see what their lexicons name; writers keep finding new words for the same
danger. The model was trained offline (``scripts/train_risk_model.py``, scikit-learn's
TfidfVectorizer with character n-grams and LogisticRegression); here the same TF-IDF and
softmax are recomputed in plain Python, so the app needs no numerical library and every
n-gram's share of the result can be pointed at in the text.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from mediation_app.risk.memo import Memo

# sklearn's char analyzer collapses runs of white space before cutting n-grams
_WHITE_SPACES = re.compile(r"\s\s+")
# n-grams considered when pointing at the text: the strongest few explain the result
TOP_TERMS = 12
# the same texts are read again on every re-assessment of a case (see ``memo``)
_READINGS: Memo[Reading] = Memo(4096)


class ModelError(ValueError):
    """model.json is missing or malformed; the message is for the office."""


@dataclass(frozen=True)
class Span:
    """A stretch of the original text whose n-grams pushed towards a level."""

    quote: str
    start: int
    end: int
    weight: float


@dataclass(frozen=True)
class Model:
    version: str
    classes: tuple[str, ...]
    ngram_range: tuple[int, int]
    terms: Mapping[str, tuple[float, ...]]  # n-gram -> (idf, one coefficient per class)
    intercepts: tuple[float, ...]

    def read(self, text: str) -> Reading:
        """Probabilities per class of one text, with what is needed to explain them."""
        return _READINGS.get(self, text, lambda: self._read(text))

    def _read(self, text: str) -> Reading:
        prepared, where = _prepare(text)
        terms = self.terms
        counts = Counter(filter(terms.__contains__, _grams(prepared, self.ngram_range)))
        rows = [((1 + math.log(c)) * terms[g][0], terms[g]) for g, c in counts.items()]
        norm = math.sqrt(sum(v * v for v, _ in rows)) or 1.0
        features = {g: v / norm for g, (v, _) in zip(counts, rows, strict=True)}
        sums = [0.0] * len(self.intercepts)
        for v, row in rows:
            for k in range(len(sums)):
                sums[k] += v * row[k + 1]
        logits = [b + total / norm for b, total in zip(self.intercepts, sums, strict=True)]
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        probabilities = {c: e / total for c, e in zip(self.classes, exp, strict=True)}
        return Reading(self, text, prepared, where, features, probabilities)


def _grams(prepared: str, ngram_range: tuple[int, int]) -> list[str]:
    low, high = ngram_range
    return [prepared[i : i + n] for n in range(low, high + 1) for i in range(len(prepared) - n + 1)]


@dataclass(frozen=True)
class Reading:
    """The model's view of one text: probabilities and the n-grams found, with positions."""

    model: Model
    text: str
    prepared: str  # lower case, white-space runs as one space, as the vectoriser saw it
    where: list[int]  # index in the prepared text -> index in the original text
    features: Mapping[str, float]
    probabilities: Mapping[str, float]

    def spans(self, level: str, against: str = "low", limit: int = 3) -> tuple[Span, ...]:
        """The stretches of text that pushed most towards `level` rather than `against`.

        The strongest n-grams are marked at each occurrence (sharing their contribution),
        overlapping marks are merged into spans of the original text.
        """
        k = self.model.classes.index(level) + 1
        j = self.model.classes.index(against) + 1
        contribution = {
            g: v * (self.model.terms[g][k] - self.model.terms[g][j])
            for g, v in self.features.items()
        }
        strongest = sorted(
            (g for g in contribution if contribution[g] > 0), key=lambda g: -contribution[g]
        )[:TOP_TERMS]
        positions = {g: _occurrences(self.prepared, g) for g in strongest}
        marks = sorted(
            (p, p + len(g), contribution[g] / len(positions[g]))
            for g in strongest
            for p in positions[g]
        )
        merged: list[list[float]] = []
        for start, end, share in marks:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
                merged[-1][2] += share
            else:
                merged.append([start, end, share])
        best = sorted(merged, key=lambda m: -m[2])[:limit]
        spans = []
        for start, end, weight in sorted(best):
            begin, finish = self.where[int(start)], self.where[int(end) - 1] + 1
            spans.append(Span(self.text[begin:finish], begin, finish, round(weight, 4)))
        return tuple(spans)


def _occurrences(text: str, gram: str) -> list[int]:
    """Every start of gram in text, overlapping ones included, as the n-grams were cut."""
    found, i = [], text.find(gram)
    while i >= 0:
        found.append(i)
        i = text.find(gram, i + 1)
    return found


def _prepare(text: str) -> tuple[str, list[int]]:
    """sklearn's preprocessing (lower case, white-space runs as one space), with positions.

    A character whose lower case is longer (İ) keeps only its first character, so that
    positions stay true; no Chinese text is affected.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower()[0] for c in text)
    pieces, where, last = [], [], 0
    for match in _WHITE_SPACES.finditer(lowered):
        pieces += [lowered[last : match.start()], " "]
        where += [*range(last, match.start()), match.start()]
        last = match.end()
    pieces.append(lowered[last:])
    where += range(last, len(lowered))
    return "".join(pieces), where


def load_model(path: Path | None = None) -> Model:
    """The shipped model (or another file), read once: it is large and never changes."""
    return _load(str(path) if path is not None else None)


@cache
def _load(path: str | None) -> Model:
    source = path or "resources/risk/model.json"
    try:
        resource = Path(path) if path else files("resources").joinpath("risk/model.json")
        return model_from_data(json.loads(resource.read_bytes().decode("utf-8")))
    except (OSError, ModuleNotFoundError, ValueError) as exc:
        raise ModelError(f"无法读取风险模型文件 {source}：{exc}") from exc


def model_from_data(data: Mapping) -> Model:
    """A model from the decoded JSON (the trainer also builds one per fold from its data)."""
    try:
        classes = tuple(data["classes"])
        terms = {g: tuple(map(float, row)) for g, row in data["terms"].items()}
        low, high = data["ngram_range"]
        model = Model(
            str(data["version"]),
            classes,
            (int(low), int(high)),
            terms,
            tuple(map(float, data["intercepts"])),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"风险模型数据有误：{exc!r}") from exc
    if any(len(row) != len(classes) + 1 for row in terms.values()) or len(model.intercepts) != len(
        classes
    ):
        raise ModelError("风险模型的系数个数与类别数不符")
    return model
