"""Measure the flag against labelled narratives (JSONL: id, type, narrative, optional label)."""

from __future__ import annotations

import json
from pathlib import Path

from mediation_app.domain.enums import DisputeType, RiskLevel
from mediation_app.risk.engine import assess
from mediation_app.risk.history import CaseFacts
from mediation_app.risk.rules import Rules, load_rules
from mediation_app.risk.text import TextField

LEVELS = [level.value for level in RiskLevel]


def _dispute_type(name: object) -> DisputeType | None:
    """Local sub-types that are not national categories (e.g. 债务借贷) stay unset."""
    if not isinstance(name, str):
        return None
    try:
        return DisputeType.parse(name)
    except ValueError:
        return None


def evaluate_file(path: Path, rules: Rules | None = None) -> dict:
    """Assess every line; lines with a label are scored (per-level P/R/F1, macro-F1).

    Returns {"n", "confusion", "per_level", "macro_f1", "predictions"}; confusion is
    {true_label: {predicted: count}} and n counts the scored lines only.
    """
    rules = rules or load_rules()
    confusion = {t: dict.fromkeys(LEVELS, 0) for t in LEVELS}
    predictions = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            narrative = row["narrative"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path} 第{number}行格式错误：{exc}") from exc
        label = row.get("label")
        if label is not None and label not in LEVELS:
            raise ValueError(f"{path} 第{number}行的 label 应为 high、medium 或 low：{label}")
        result = assess(
            [TextField("narrative", "案情", narrative)],
            facts=CaseFacts(dispute_type=_dispute_type(row.get("type"))),
            rules=rules,
        )
        predictions.append(
            {"id": row.get("id", str(number)), "level": result.level.value, "score": result.score}
        )
        if label is not None:
            confusion[label][result.level.value] += 1
    per_level = {}
    for level in LEVELS:
        true_positive = confusion[level][level]
        support = sum(confusion[level].values())
        predicted = sum(confusion[t][level] for t in LEVELS)
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_level[level] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    return {
        "n": sum(sum(row.values()) for row in confusion.values()),
        "confusion": confusion,
        "per_level": per_level,
        "macro_f1": sum(m["f1"] for m in per_level.values()) / len(LEVELS),
        "predictions": predictions,
    }
