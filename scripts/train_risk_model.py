"""Train the 民转刑 similarity model and write resources/risk/model.json (developer tool).

Needs scikit-learn, which is not an application dependency: run it with
`make train-risk-model`, which installs the pinned version into build/train-venv.

    python scripts/train_risk_model.py                    # train on the sets, write the file
    python scripts/train_risk_model.py --cross-validate   # leave-one-set-out table

A new holdout set is added to SETS only after it was measured once with the finished
engine, on text nothing was trained or tuned on.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mediation_app.domain.enums import DisputeType  # noqa: E402
from mediation_app.risk import CaseFacts, TextField, assess, load_rules  # noqa: E402
from mediation_app.risk.evaluation import LEVELS, _dispute_type  # noqa: E402
from mediation_app.risk.model import model_from_data  # noqa: E402
from mediation_app.risk.rules import ModelPolicy, Rules  # noqa: E402
from mediation_app.risk.text import BLANK, calmed_text, field_evidence  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = (
    "dev", "extra", "blind", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
    "holdout6", "holdout7", "holdout8", "holdout9", "notes", "records", "voices", "papers",
    "talk", "county", "pairs", "short", "holdout10", "holdout11", "holdout12", "holdout13",
    "holdout14", "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20",
    "holdout21", "holdout22", "holdout23", "holdout24", "holdout25", "holdout26",
    "holdout27", "holdout28", "holdout29", "holdout30", "holdout31", "holdout32", "holdout33",
    "holdout34", "holdout35", "holdout36", "holdout37", "holdout38", "holdout39",
    "holdout40", "holdout41", "holdout42", "holdout43", "holdout44", "holdout45", "holdout46",
    "holdout47", "holdout48", "holdout49", "holdout50", "holdout51", "holdout52", "holdout53",
    "holdout54", "holdout55", "holdout56", "holdout57", "holdout58", "holdout59",
    "holdout60", "holdout61", "holdout62", "holdout63", "holdout64", "holdout65", "holdout66",
    "holdout67", "holdout68", "holdout69", "holdout70", "holdout71", "holdout72", "holdout73",
    "holdout74", "holdout75", "holdout76", "holdout77", "holdout78", "holdout79", "holdout80",
)  # fmt: skip
# the sets no rule was tuned on: only there does the cross-validation show what the
# combination of rules and model does on new text
UNTUNED: tuple[str, ...] = (
    "holdout11", "holdout14", "holdout16", "holdout39", "holdout40", "holdout46",
    "holdout56", "holdout57",
)
OUTPUT = ROOT / "resources" / "risk" / "model.json"
NGRAMS = (1, 3)
MIN_DF = 2
C = 5.0
SAMPLES = 8
DIGITS = 5


@dataclasses.dataclass(frozen=True)
class Row:
    set: str
    id: str
    text: str  # what the model reads: negated, refuted and settled hits blanked
    label: str
    rules_level: str
    field: TextField
    kind: DisputeType | None


def read_sets(rules: Rules) -> list[Row]:
    """Every labelled line with its model input and the level the rules alone give it."""
    alone = dataclasses.replace(rules, model=ModelPolicy())
    rows = []
    for name in SETS:
        for line in (DATA / f"risk_{name}_set.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            field = TextField("narrative", "案情", item["narrative"])
            kind = _dispute_type(item.get("type"))
            ((_, found),) = field_evidence([field], rules, kind)
            level = assess([field], facts=CaseFacts(dispute_type=kind), rules=alone).level.value
            rows.append(
                Row(
                    name,
                    item["id"],
                    calmed_text(field.text, found),
                    item["label"],
                    level,
                    field,
                    kind,
                )
            )
    return rows


def fit(texts: list[str], labels: list[str]) -> tuple[TfidfVectorizer, LogisticRegression]:
    """TF-IDF of character 1-3-grams seen in two texts or more, none crossing a blank."""
    counted = CountVectorizer(analyzer="char", ngram_range=NGRAMS, min_df=MIN_DF).fit(texts)
    vocabulary = sorted(g for g in counted.vocabulary_ if BLANK not in g)
    vectorizer = TfidfVectorizer(
        analyzer="char", ngram_range=NGRAMS, sublinear_tf=True, vocabulary=vocabulary
    ).fit(texts)
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
    model.fit(vectorizer.transform(texts), labels)
    return vectorizer, model


def probabilities(vectorizer, model, texts: list[str]) -> list[dict[str, float]]:
    rows = model.predict_proba(vectorizer.transform(texts))
    return [dict(zip(model.classes_, map(float, row), strict=True)) for row in rows]


def scores(pairs: list[tuple[str, str]]) -> dict:
    """Recall and precision of high, macro-F1, and the two worst mistakes."""
    f1s, high = [], {}
    for level in LEVELS:
        tp = sum(1 for t, p in pairs if t == p == level)
        predicted = sum(1 for _, p in pairs if p == level)
        support = sum(1 for t, _ in pairs if t == level)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        if level == "high":
            high = {"recall": recall, "precision": precision}
    return {
        **high,
        "macro_f1": sum(f1s) / len(f1s),
        "low_high": sum(1 for t, p in pairs if t == "low" and p == "high"),
        "high_low": sum(1 for t, p in pairs if t == "high" and p == "low"),
    }


def cross_validate(rows: list[Row], rules: Rules) -> None:
    """Leave one set out: the model never sees the set it is scored on (the rules have,
    except the UNTUNED ones); the engine itself combines them with the shipped [model] policy.
    """
    tables: dict[str, dict[str, dict]] = {
        "rules alone": {},
        "model alone (argmax)": {},
        "rules + model (shipped policy)": {},
    }
    for name in SETS:
        train = [r for r in rows if r.set != name]
        test = [r for r in rows if r.set == name]
        vectorizer, model = fit([r.text for r in train], [r.label for r in train])
        reader = model_from_data(_data(vectorizer, model, train))
        probs = probabilities(vectorizer, model, [r.text for r in test])
        both = [
            assess(
                [r.field], facts=CaseFacts(dispute_type=r.kind), rules=rules, model=reader
            ).level.value
            for r in test
        ]
        tables["rules alone"][name] = scores([(r.label, r.rules_level) for r in test])
        tables["model alone (argmax)"][name] = scores(
            [(r.label, max(p, key=p.get)) for r, p in zip(test, probs, strict=True)]
        )
        tables["rules + model (shipped policy)"][name] = scores(
            [(r.label, level) for r, level in zip(test, both, strict=True)]
        )
    for title, sets in tables.items():
        print(f"\n{title}\n| set | n | high R | high P | macro-F1 | low→high | high→low |")
        print("| --- | --- | --- | --- | --- | --- | --- |")
        for name, s in sets.items():
            mark = " (rules untuned)" if name in UNTUNED else ""
            print(
                f"| {name}{mark} | {sum(1 for r in rows if r.set == name)} | {s['recall']:.2f} "
                f"| {s['precision']:.2f} | {s['macro_f1']:.2f} | {s['low_high']} | {s['high_low']} |"
            )


def _round(value: float) -> float:
    return float(f"{value:.{DIGITS}g}")


def train(rows: list[Row]) -> dict:
    """Fit on every row, round the parameters, and keep sklearn's answers for a few texts.

    The samples are computed with the rounded parameters, so the pure-Python reader can be
    checked against them exactly.
    """
    texts, labels = [r.text for r in rows], [r.label for r in rows]
    vectorizer, model = fit(texts, labels)
    before = model.predict_proba(vectorizer.transform(texts))
    vectorizer.idf_ = np.array([_round(v) for v in vectorizer.idf_])
    model.coef_ = np.vectorize(_round)(model.coef_)
    model.intercept_ = np.vectorize(_round)(model.intercept_)
    after = model.predict_proba(vectorizer.transform(texts))
    print(f"rounding moved probabilities by at most {np.abs(after - before).max():.2e}")
    return _data(vectorizer, model, rows)


def _data(vectorizer: TfidfVectorizer, model: LogisticRegression, rows: list[Row]) -> dict:
    """What model.json holds: parameters, training sets and a few texts with sklearn's answers."""
    picks = [rows[i].text for i in range(0, len(rows), len(rows) // SAMPLES)][:SAMPLES]
    picks.append("他说要弄死对方，  还拿着菜刀。\n\n双方没有□□。ＡＢＣ")
    classes = [str(c) for c in model.classes_]
    terms = {
        gram: [_round(vectorizer.idf_[i]), *(float(model.coef_[k][i]) for k in range(len(classes)))]
        for gram, i in sorted(vectorizer.vocabulary_.items())
    }
    return {
        "version": "2026.8",
        "format": "terms: n-gram -> [idf, coefficient per class]; TF-IDF with 1 + ln(tf), "
        "L2 norm; P = softmax(intercepts + coefficients · x)",
        "trainer": f"scikit-learn {sklearn.__version__}: TfidfVectorizer(analyzer='char', "
        f"ngram_range={NGRAMS}, sublinear_tf=True, min_df={MIN_DF}, no n-gram with {BLANK}) + "
        f"LogisticRegression(C={C}, class_weight='balanced', max_iter=3000)",
        "training_sets": {
            f"tests/data/risk_{name}_set.jsonl": hashlib.sha256(
                (DATA / f"risk_{name}_set.jsonl").read_bytes()
            ).hexdigest()
            for name in SETS
        },
        "ngram_range": list(NGRAMS),
        "classes": classes,
        "intercepts": [float(v) for v in model.intercept_],
        "samples": [
            {"text": text, "probabilities": probs}
            for text, probs in zip(picks, probabilities(vectorizer, model, picks), strict=True)
        ],
        "terms": terms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cross-validate",
        action="store_true",
        help="print the leave-one-set-out table instead of writing the model",
    )
    args = parser.parse_args()
    rules = load_rules()
    rows = read_sets(rules)
    if args.cross_validate:
        cross_validate(rows, rules)
        return
    data = train(rows)
    OUTPUT.write_text(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(data['terms'])} n-grams")


if __name__ == "__main__":
    main()
