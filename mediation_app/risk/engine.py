"""Combine checklist, text and case-history evidence into a level, a score and its reasons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mediation_app.domain.enums import RiskLevel
from mediation_app.risk.checklist import checklist_evidence
from mediation_app.risk.history import CaseFacts, history_evidence
from mediation_app.risk.model import Model, Reading, Span, load_model
from mediation_app.risk.reasons import MODEL, TEXT, Evidence, Reason
from mediation_app.risk.rules import Combo, ModelPolicy, Rules, load_rules
from mediation_app.risk.text import TextField, calmed_text, field_evidence


@dataclass(frozen=True)
class Assessment:
    """A suggested level with its score and every reason, stamped with the rules version."""

    level: RiskLevel
    score: float
    reasons: tuple[Reason, ...]
    rules_version: str
    display_label: str

    def to_dict(self) -> dict:
        return {
            "level": self.level.value,
            "score": self.score,
            "label": self.display_label,
            "rules_version": self.rules_version,
            "reasons": [r.to_dict() for r in self.reasons],
        }


def assess(
    texts: Sequence[TextField] = (),
    checklist: Mapping[str, bool | int] | None = None,
    facts: CaseFacts | None = None,
    rules: Rules | None = None,
    model: Model | None = None,
) -> Assessment:
    """Suggest a level; the mediator decides, and may override it with a reason.

    `model` replaces the shipped similarity model (the trainer scores its folds with it).
    """
    rules = rules or load_rules()
    facts = facts or CaseFacts()
    fields = field_evidence(texts, rules, facts.dispute_type)
    evidence = [
        *checklist_evidence(checklist or {}, rules),
        *history_evidence(facts, rules),
        *(e for _, found in fields for e in found),
    ]
    reasons = _reasons(evidence, rules)
    score = round(max(0.0, sum(r.weight for r in reasons)), 1)
    live = [e for e in evidence if not e.ruled_out]
    level = _level(live, score, rules)
    if rules.model.enabled and fields:
        firm = level is RiskLevel.HIGH and _without_text(live, reasons, rules) is RiskLevel.HIGH
        level, reasons = _second_opinion(fields, level, reasons, rules, model, firm)
    return Assessment(level, score, reasons, rules.version, rules.label_for(level, score))


def _without_text(live: list[Evidence], reasons: tuple[Reason, ...], rules: Rules) -> RiskLevel:
    """The level the checklist and the case history give on their own."""
    score = round(max(0.0, sum(r.weight for r in reasons if r.source != TEXT)), 1)
    return _level([e for e in live if e.source != TEXT], score, rules)


def _second_opinion(
    fields: list[tuple[TextField, list[Evidence]]],
    level: RiskLevel,
    reasons: tuple[Reason, ...],
    rules: Rules,
    model: Model | None,
    firm: bool,
) -> tuple[RiskLevel, tuple[Reason, ...]]:
    """Let the model raise a level the rules set too low, or doubt a high the text alone gave.

    A red line the rules found negated or refuted ("没有拿刀") is not brought back by the
    model, which cannot read a negation it was not shown: such a case is raised to medium
    at most, and so is a text in which the rules read a check that found a claim false,
    whatever the claim ("民警调查是邻居孩子拿水枪滋了他"). An injury the rules put down to
    an accident or an animal does not hold the model back: that says nothing of the other
    dangers it may read (farewell words after a death in hospital). A short accident note
    in which the rules found nothing ("老人被车撞倒，腿骨折。") is not raised either: whether
    an injury was done to someone is the rules' to judge, and a few words give the model
    nothing else.

    A high that only the wording of the text gave (not `firm`: the checklist and the case
    history alone would not) becomes medium where even the riskiest text reads like the
    labelled low cases: words of danger in a story that refutes or defuses them in a way
    the rules do not know ("保卫科核实是削苹果的小刀"). It stays medium, not low, with
    the doubt among the reasons, so the mediator looks at it.
    """
    policy = rules.model
    if level is RiskLevel.HIGH and (firm or policy.doubt_at is None):
        return level, reasons
    model = model or load_model()
    readings = [(field, model.read(calmed_text(field.text, found))) for field, found in fields]
    field, reading = max(readings, key=lambda r: _risk_order(r[1].probabilities))
    if level is RiskLevel.HIGH:
        if _doubted(fields, field, reading, rules):
            return RiskLevel.MEDIUM, _with_model_reason(reasons, _doubt_reason(field, reading))
        return level, reasons
    factor = any(r.weight > 0 and not r.ruled_out for r in reasons)
    negated = _negated_red_line(fields, rules) or _refuting(fields, rules)
    short = len(field.text) < policy.short_text
    accident = short and not factor and _accidental(field.text, rules)
    raised = model_level(
        reading.probabilities, policy, factor, short, high=not (negated or accident)
    )
    if raised.rank <= level.rank:
        return level, reasons
    return raised, _with_model_reason(reasons, _model_reason(field, reading, raised))


def _doubted(
    fields: list[tuple[TextField, list[Evidence]]], field: TextField, reading: Reading, rules: Rules
) -> bool:
    """Whether the model reads the riskiest text as low, it is long enough to go on, and no
    check in any text found the danger real."""
    policy = rules.model
    return (
        policy.doubt_at is not None
        and reading.probabilities["low"] >= policy.doubt_at
        and len(field.text) >= policy.doubt_text
        and not any(rules.cues.confirmed.search(f.text) for f, _ in fields)
    )


def _negated_red_line(fields: list[tuple[TextField, list[Evidence]]], rules: Rules) -> bool:
    """A red-line hit the rules ruled out by a negation or a check, not by circumstance."""
    return any(
        e.ruled_out and not e.circumstantial and _red_line(e.factor.code, rules)
        for _, found in fields
        for e in found
    )


def _refuting(fields: list[tuple[TextField, list[Evidence]]], rules: Rules) -> bool:
    """Whether any text reports a claim checked and found false, or taken back."""
    cues = rules.cues
    refutations = (cues.refuted, cues.refuted_acts, cues.refuted_words, cues.seen_false)
    return any(cue.search(field.text) for field, _ in fields for cue in refutations)


def _red_line(code: str, rules: Rules) -> bool:
    factor = rules.factors.get(code)
    return factor is not None and factor.red_line


def _accidental(text: str, rules: Rules) -> bool:
    """Words of an accident (撞倒, 术后, 工伤…) and none of a deliberate act."""
    cues = rules.cues
    return cues.accident.search(text) is not None and cues.deliberate.search(text) is None


def _risk_order(probabilities: dict[str, float]) -> tuple[float, float]:
    return probabilities["high"], probabilities["high"] + probabilities["medium"]


def model_level(
    probabilities: dict[str, float],
    policy: ModelPolicy,
    factor: bool = True,
    short: bool = False,
    high: bool = True,
) -> RiskLevel:
    """The level the model asks for: high at P(high) ≥ high_at, medium at P(≥ medium).

    `factor` says whether the rules found any risk factor (without one, high needs
    bare_high_at and below it the model asks for medium), `short` whether the text is
    shorter than the policy's short_text (it is then raised only to high, at
    short_high_at), `high` whether it may ask for high at all.
    """
    p_high, at_least_medium = _risk_order(probabilities)
    high_at = policy.short_high_at if short else policy.high_at
    if high and high_at is not None and p_high >= high_at:
        bare = not (short or factor) and policy.bare_high_at is not None
        if bare and p_high < policy.bare_high_at:
            return RiskLevel.MEDIUM
        return RiskLevel.HIGH
    if (
        not short
        and policy.medium_at is not None
        and at_least_medium >= policy.medium_at
        and (factor or not policy.medium_needs_factor)
    ):
        return RiskLevel.MEDIUM
    return RiskLevel.LOW


def _model_reason(field: TextField, reading: Reading, level: RiskLevel) -> Reason:
    """Why the model raised the level: the stretches of text most like the labelled cases.

    It adds nothing to the score, which stays the sum of the rules' reasons.
    """
    name = "高" if level is RiskLevel.HIGH else "中"
    probability = (
        reading.probabilities["high"]
        if level is RiskLevel.HIGH
        else _risk_order(reading.probabilities)[1]
    )
    return _similarity(
        "similarity", f"与已标注的{name}风险案情相似", field, reading.spans(level.value),
        f"文字模型估计为{name}风险的概率 {probability:.2f}",
    )


def _doubt_reason(field: TextField, reading: Reading) -> Reason:
    """Why a high became medium: the stretches of text most like the labelled low cases."""
    return _similarity(
        "similarity_low", "与已标注的低风险案情相似：仅凭文字的高风险降为中", field,
        reading.spans("low", against="high"),
        f"文字模型估计为低风险的概率 {reading.probabilities['low']:.2f}，"
        "文中的危险字眼可能已被否认、核实排除或另有所指，请调解员核实",
    )


def _similarity(
    code: str, label: str, field: TextField, spans: tuple[Span, ...], estimate: str
) -> Reason:
    where = "、".join(f"“{s.quote}”（第 {s.start + 1} 字起）" for s in spans)
    first = spans[0] if spans else None
    return Reason(
        code=code,
        label=label,
        weight=0.0,
        source=MODEL,
        field=field.field,
        field_label=field.label,
        quote=first.quote if first else None,
        start=first.start if first else None,
        end=first.end if first else None,
        note=f"{estimate}；相似处：{where or '无'}",
    )


def _with_model_reason(reasons: tuple[Reason, ...], reason: Reason) -> tuple[Reason, ...]:
    """After the reasons that add to the score, before those that add nothing."""
    cut = next((i for i, r in enumerate(reasons) if r.ruled_out or r.weight <= 0), len(reasons))
    return (*reasons[:cut], reason, *reasons[cut:])


def _reasons(evidence: list[Evidence], rules: Rules) -> tuple[Reason, ...]:
    """One counted piece of evidence per factor (the strongest); the rest are shown at 0.

    Counting each factor once keeps long records, which repeat the same fact in several
    places, from outscoring short ones. Protective evidence is capped in total.
    """
    counted: dict[str, Evidence] = {}
    for item in evidence:
        if item.ruled_out:
            continue
        best = counted.get(item.factor.code)
        if best is None or abs(item.weight) > abs(best.weight):
            counted[item.factor.code] = item
    combo_notes = _combo_notes(_combos(evidence, rules))
    relief = rules.modifiers.protective_cap
    reasons = []
    for item in evidence:
        if item.ruled_out:
            reasons.append(item.reason(0))
        elif counted[item.factor.code] is not item:
            reasons.append(item.reason(0, "同一因素已按更强的证据计分"))
        elif item.weight < 0:
            weight = -min(-item.weight, relief) or 0.0  # never show -0.0
            relief += weight
            extra = () if weight == item.weight else ("保护性因素已达减分上限",)
            reasons.append(item.reason(weight, *extra))
        else:
            reasons.append(item.reason(item.weight, *combo_notes.get(item.factor.code, ())))
    return tuple(
        sorted(reasons, key=lambda r: (r.ruled_out, not r.red_line, r.weight <= 0, -abs(r.weight)))
    )


def _combos(evidence: list[Evidence], rules: Rules) -> list[Combo]:
    """Combinations fully present in current evidence (or unsettled past evidence, if allowed)."""
    live = [e for e in evidence if not e.ruled_out and not e.settled and e.weight > 0]
    current = {e.factor.code for e in live if not e.dated}
    with_past = {e.factor.code for e in live}
    return [
        c
        for c in rules.levels.combos
        if all((with_past if c.include_past else current).intersection(g) for g in c.all_of)
    ]


def _combo_notes(combos: list[Combo]) -> dict[str, tuple[str, ...]]:
    notes: dict[str, tuple[str, ...]] = {}
    for combo in combos:
        for group in combo.all_of:
            for code in group:
                notes[code] = (*notes.get(code, ()), f"风险组合：{combo.label}")
    return notes


def _level(live: list[Evidence], score: float, rules: Rules) -> RiskLevel:
    """Red lines force high; combinations and floors keep protective facts from hiding risk."""
    if any(e.red_line for e in live) or _score_is_high(live, score, rules):
        return RiskLevel.HIGH
    minimum = [e.floor for e in live if e.floor is not None]
    minimum += [c.level for c in _combos(live, rules)]
    if score >= rules.levels.medium_score:
        minimum.append(RiskLevel.MEDIUM)
    return max(minimum, key=lambda level: level.rank, default=RiskLevel.LOW)


def _score_is_high(live: list[Evidence], score: float, rules: Rules) -> bool:
    """The score alone gives high only with one of `levels.high_needs` among the evidence.

    Ordinary factors (money, failed sessions, a refusal) add up to a hard case, not a
    dangerous one; office copies without the key keep the old behaviour.
    """
    needs = rules.levels.high_needs
    if score < rules.levels.high_score:
        return False
    return needs is None or any(e.factor.code in needs and e.weight > 0 for e in live)
