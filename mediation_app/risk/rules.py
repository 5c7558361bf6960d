"""The office-editable rules of the 民转刑 flag: loading, validation and compiled patterns.

Everything an office may want to recalibrate (weights, thresholds, lexicons, labels,
actions) lives in a TOML file; this module turns it into frozen objects with every regular
expression compiled once, and rejects a malformed file with a Chinese message that names
the offending key, so the person who edited it can find the mistake.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any

from mediation_app.domain.enums import DisputeType, RiskLevel

KINDS = ("bool", "count")
# How far back an animal named before an injury word is looked for (see cues.animal).
ANIMAL_SCOPES = ("clause", "sentence")
FACTS = (
    "failed_sessions",
    "days_open",
    "overdue",
    "repeat_cases_12m",
    "agreement_breached",
    "agreement_performed",
    "new_incident",
    "police_calls_90d",
    "persons_involved",
    "amount",
)
CUE_LISTS = (
    "negation",
    "post_negation",
    "conditional",
    "refusal",
    "denial",
    "contrast",
    "accident",
    "past",
    "resolution",
    "refuted",
    "question",
    "masks",
    "animal",
)
# Lists added after offices may have saved a copy of the rules: missing, they match nothing,
# so an office copy keeps the behaviour of the version it was made from.
OPTIONAL_CUE_LISTS = (
    "deliberate", "refuted_acts", "refuted_words", "reported", "play", "seen_false",
    "confirmed", "dated_quote", "jest_after", "hypothesis", "recent",
)  # fmt: skip
_NEVER = re.compile("(?!)")
_FRAGMENT = re.compile(r"\{@(\w+)\}")


class RulesError(ValueError):
    """The rules file is missing, unreadable or malformed; the message is for the office."""


@dataclass(frozen=True)
class Factor:
    """One thing that raises (or, with a negative weight, lowers) the risk."""

    code: str
    label: str
    weight: float
    kind: str
    red_line: bool
    floor: RiskLevel | None
    checklist: bool
    time_limited: bool
    max_count: int
    floor_at: int
    # Words, not acts (threats, despair): a check finding no act was done leaves them
    # standing, and only words taken back or shown harmless refute them.
    spoken: bool = False

    @property
    def protective(self) -> bool:
        return self.weight < 0


@dataclass(frozen=True)
class Signal:
    """Patterns that find evidence for a factor in free text, with optional overrides."""

    factor: Factor
    label: str
    weight: float
    red_line: bool
    floor: RiskLevel | None
    at_least: float | None
    unit: float
    accident_sensitive: bool
    animal_scope: str | None
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class HistoryStep:
    """A case-history fact reaching a threshold counts as evidence for a factor."""

    fact: str
    at_least: float
    factor: Factor
    weight: float
    floor: RiskLevel | None
    note: str


@dataclass(frozen=True)
class Combo:
    """Factors that together set a level (each group needs one present factor).

    Only current evidence counts unless `include_past`: then past evidence that was not
    settled or refuted counts too, for patterns where an earlier act is the warning sign
    (a partner who strangled her last month and now stalks her).
    """

    label: str
    all_of: tuple[tuple[str, ...], ...]
    level: RiskLevel
    include_past: bool = False


@dataclass(frozen=True)
class LevelAction:
    """What the office must do for a case at this level; read by the case services."""

    follow_up_days: int
    police_report: bool
    owner_required: bool
    second_person_to_downgrade: bool
    note: str


@dataclass(frozen=True)
class Levels:
    medium_score: float
    high_score: float
    orange_score: float
    scheme: str
    labels: Mapping[str, str]
    combos: tuple[Combo, ...]
    # Factors one of which must count for the score alone to give high; None: any score.
    high_needs: frozenset[str] | None = None


@dataclass(frozen=True)
class Modifiers:
    denial: float
    past: float
    past_resolved: float
    refuted: float
    stale: float
    stale_after_days: int
    protective_cap: float
    negation_window: int
    post_negation_window: int
    animal_window: int


@dataclass(frozen=True)
class Cues:
    """Context patterns used to qualify text hits (see the rules file for each list)."""

    negation: re.Pattern[str]
    post_negation: re.Pattern[str]
    conditional: re.Pattern[str]
    refusal: re.Pattern[str]
    denial: re.Pattern[str]
    contrast: re.Pattern[str]
    accident: re.Pattern[str]
    deliberate: re.Pattern[str]
    past: re.Pattern[str]
    recent: re.Pattern[str]
    dated_quote: re.Pattern[str]
    resolution: re.Pattern[str]
    refuted: re.Pattern[str]
    refuted_acts: re.Pattern[str]
    refuted_words: re.Pattern[str]
    reported: re.Pattern[str]
    play: re.Pattern[str]
    jest_after: re.Pattern[str]
    hypothesis: re.Pattern[str]
    seen_false: re.Pattern[str]
    confirmed: re.Pattern[str]
    question: re.Pattern[str]
    masks: re.Pattern[str]
    animal: re.Pattern[str]
    accident_types: frozenset[DisputeType]


@dataclass(frozen=True)
class ModelPolicy:
    """When the similarity model may raise the rules' level, or doubt a high from text alone.

    A threshold left out never acts. Office copies without a [model] table keep the
    behaviour of the version they came from: the model stays off.
    """

    enabled: bool = False
    high_at: float | None = None  # P(high) at or above this raises the level to high
    medium_at: float | None = None  # P(medium) + P(high) at or above this: medium
    # only where the rules found a risk factor: the model may judge how serious a known
    # factor is, but an everyday sentence with none is not made medium by its wording
    medium_needs_factor: bool = False
    # a text this short gives a character model little to go on: it is raised only to
    # high, and only at short_high_at
    short_text: int = 0
    short_high_at: float | None = None
    # P(low) at or above this makes a high that only the text gave medium, in a text of at
    # least doubt_text characters: a short note that reports a check ("经核实，他手里拿的是
    # 一把砍刀") reads like the refuted ones to a character model
    doubt_at: float | None = None
    doubt_text: int = 0
    # where the rules found no risk factor, the wording alone makes a text high only at this
    # P(high); from high_at up to it, medium: strong words said in a harmless sense ("我跟你
    # 拼到底", "拆了就跟要我的命一样") read high to a character model
    bare_high_at: float | None = None


@dataclass(frozen=True)
class Rules:
    version: str
    factors: Mapping[str, Factor]
    signals: tuple[Signal, ...]
    history: tuple[HistoryStep, ...]
    levels: Levels
    actions: Mapping[RiskLevel, LevelAction]
    modifiers: Modifiers
    cues: Cues
    source: str
    model: ModelPolicy = ModelPolicy()

    def label_for(self, level: RiskLevel, score: float) -> str:
        """The colour shown to the user; the four-colour scheme splits medium at orange_score."""
        labels = self.levels.labels
        if self.levels.scheme == "four" and level is RiskLevel.MEDIUM:
            return labels["orange" if score >= self.levels.orange_score else "medium"]
        return labels[level.value]


def load_rules(path: Path | None = None) -> Rules:
    """Load and validate a rules file (default: the shipped one); cached per path."""
    return _load(str(path) if path is not None else None)


@cache
def _load(path: str | None) -> Rules:
    source = path if path is not None else "resources/risk/rules.toml"
    try:
        # Resolved on first use, not at import, so importing the package never fails.
        resource = (
            Path(path) if path is not None else files("resources").joinpath("risk/rules.toml")
        )
        raw = resource.read_bytes().decode("utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise RulesError(f"无法读取风险规则文件 {source}：{exc}") from exc
    except UnicodeDecodeError as exc:
        raise RulesError(f"风险规则文件 {source} 不是 UTF-8 编码") from exc
    return rules_from_text(raw, source)


@lru_cache(maxsize=8)
def rules_from_text(text: str, source: str) -> Rules:
    """Rules from a TOML text (an office's stored copy); cached so each text compiles once.

    Assessment runs on every case change: compiling hundreds of patterns each time would
    cost far more than the assessment itself.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"风险规则文件 {source} 格式错误：{exc}") from exc
    return parse_rules(data, source)


def parse_rules(data: Mapping[str, Any], source: str = "<内存>") -> Rules:
    """Build Rules from already-parsed TOML data; raise RulesError naming the bad key."""
    version = _get(data, "version", str, "")
    if not version.strip():
        raise RulesError("风险规则文件的 version 不能为空")
    fragments = _fragments(_get(data, "lexicons", dict, ""), "lexicons")
    factors = _factors(_get(data, "factors", list, ""))
    return Rules(
        version=version,
        factors=MappingProxyType(factors),
        signals=_signals(_get(data, "signals", list, ""), factors, fragments),
        history=_history(_get(data, "history", list, ""), factors),
        levels=_levels(_get(data, "levels", dict, ""), factors),
        actions=MappingProxyType(_actions(_get(data, "actions", dict, ""))),
        modifiers=_modifiers(_get(data, "modifiers", dict, "")),
        cues=_cues(_get(data, "cues", dict, ""), fragments),
        source=source,
        model=_model(_get(data, "model", dict, "", None)),
    )


def _get(
    table: Mapping[str, Any],
    key: str,
    kind: type | tuple[type, ...],
    where: str,
    default: Any = ...,
) -> Any:
    """Read a key of the expected TOML type; bool is not accepted where a number is due."""
    name = f"{where}.{key}" if where else key
    if key not in table:
        if default is ...:
            raise RulesError(f"风险规则文件缺少 {name}")
        return default
    value = table[key]
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        raise RulesError(f"风险规则文件中 {name} 的类型不对")
    if not isinstance(value, kinds):
        raise RulesError(f"风险规则文件中 {name} 的类型不对")
    return value


def _number(table: Mapping[str, Any], key: str, where: str, default: Any = ...) -> float:
    return float(_get(table, key, (int, float), where, default))


def _level(value: Any, name: str) -> RiskLevel | None:
    if value is None:
        return None
    try:
        level = RiskLevel(value)
    except ValueError:
        raise RulesError(f"风险规则文件中 {name} 应为 low、medium 或 high") from None
    return None if level is RiskLevel.LOW else level


def _fragments(table: Mapping[str, Any], where: str) -> dict[str, str]:
    """Expand fragments that refer to earlier fragments, in file order."""
    fragments: dict[str, str] = {}
    for key, value in table.items():
        if not isinstance(value, str):
            raise RulesError(f"风险规则文件中 {where}.{key} 应为字符串")
        fragments[key] = _expand(value, fragments, f"{where}.{key}")
    return fragments


def _expand(pattern: str, fragments: Mapping[str, str], name: str) -> str:
    def substitute(match: re.Match[str]) -> str:
        if match.group(1) not in fragments:
            raise RulesError(f"风险规则文件中 {name} 引用了未定义的词表 {{@{match.group(1)}}}")
        return fragments[match.group(1)]

    return _FRAGMENT.sub(substitute, pattern)


def _compile(pattern: Any, fragments: Mapping[str, str], name: str) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern:
        raise RulesError(f"风险规则文件中 {name} 应为非空字符串")
    try:
        return re.compile(_expand(pattern, fragments, name))
    except re.error as exc:
        raise RulesError(f"风险规则文件中 {name} 不是有效的正则表达式：{exc}") from exc


def _alternation(
    patterns: Sequence[Any], fragments: Mapping[str, str], name: str
) -> re.Pattern[str]:
    """One pattern matching any of the list.

    Compiled once as a whole: a Chinese character class costs about a millisecond to
    compile, and a thousand patterns compiled twice made loading the rules take a second.
    Only when the whole does not compile is each part compiled, to name the faulty one.
    """
    if not isinstance(patterns, list) or not patterns:
        raise RulesError(f"风险规则文件中 {name} 应为非空列表")
    parts = []
    for i, p in enumerate(patterns):
        if not isinstance(p, str) or not p:
            raise RulesError(f"风险规则文件中 {name}[{i}] 应为非空字符串")
        parts.append(_expand(p, fragments, f"{name}[{i}]"))
    try:
        return re.compile("|".join(f"(?:{p})" for p in parts))
    except re.error as exc:
        for i, p in enumerate(patterns):
            _compile(p, fragments, f"{name}[{i}]")
        raise RulesError(f"风险规则文件中 {name} 合在一起不是有效的正则表达式：{exc}") from exc


def _factors(rows: list[Any]) -> dict[str, Factor]:
    factors: dict[str, Factor] = {}
    for i, row in enumerate(rows):
        where = f"factors[{i}]"
        if not isinstance(row, dict):
            raise RulesError(f"风险规则文件中 {where} 应为表")
        code = _get(row, "code", str, where)
        if code in factors:
            raise RulesError(f"风险规则文件中 {where}.code 重复：{code}")
        kind = _get(row, "kind", str, where, "bool")
        if kind not in KINDS:
            raise RulesError(f"风险规则文件中 {where}.kind 应为 bool 或 count")
        factors[code] = Factor(
            code=code,
            label=_get(row, "label", str, where),
            weight=_number(row, "weight", where),
            kind=kind,
            red_line=_get(row, "red_line", bool, where, False),
            floor=_level(_get(row, "floor", str, where, None), f"{where}.floor"),
            checklist=_get(row, "checklist", bool, where, False),
            time_limited=_get(row, "time_limited", bool, where, False),
            max_count=_get(row, "max_count", int, where, 1),
            floor_at=_get(row, "floor_at", int, where, 1),
            spoken=_get(row, "spoken", bool, where, False),
        )
    if not factors:
        raise RulesError("风险规则文件中 factors 不能为空")
    return factors


def _factor_ref(row: Mapping[str, Any], factors: Mapping[str, Factor], where: str) -> Factor:
    code = _get(row, "factor", str, where)
    if code not in factors:
        raise RulesError(f"风险规则文件中 {where}.factor 引用了未定义的因素：{code}")
    return factors[code]


def _signals(
    rows: list[Any], factors: Mapping[str, Factor], fragments: Mapping[str, str]
) -> tuple[Signal, ...]:
    signals = []
    for i, row in enumerate(rows):
        where = f"signals[{i}]"
        if not isinstance(row, dict):
            raise RulesError(f"风险规则文件中 {where} 应为表")
        factor = _factor_ref(row, factors, where)
        at_least = _get(row, "at_least", (int, float), where, None)
        patterns = _get(row, "patterns", list, where)
        if not patterns:
            raise RulesError(f"风险规则文件中 {where}.patterns 不能为空")
        if at_least is None:
            # One pass over the text per signal instead of one per pattern.
            compiled: tuple[re.Pattern[str], ...] = (
                _alternation(patterns, fragments, f"{where}.patterns"),
            )
        else:
            compiled = tuple(
                _compile(p, fragments, f"{where}.patterns[{j}]") for j, p in enumerate(patterns)
            )
        if at_least is not None and any("n" not in p.groupindex for p in compiled):
            raise RulesError(
                f"风险规则文件中 {where} 设置了 at_least，但其 patterns 缺少数字组 {{@num}}"
            )
        floor = _get(row, "floor", str, where, None)
        signals.append(
            Signal(
                factor=factor,
                label=_get(row, "label", str, where, factor.label),
                weight=_number(row, "weight", where, factor.weight),
                red_line=_get(row, "red_line", bool, where, factor.red_line),
                floor=factor.floor if floor is None else _level(floor, f"{where}.floor"),
                at_least=None if at_least is None else float(at_least),
                unit=_number(row, "unit", where, 1),
                accident_sensitive=_get(row, "accident_sensitive", bool, where, False),
                animal_scope=_animal_scope(row, where),
                patterns=compiled,
            )
        )
    return tuple(signals)


def _animal_scope(row: Mapping[str, Any], where: str) -> str | None:
    scope = _get(row, "animal_sensitive", str, where, None)
    if scope is not None and scope not in ANIMAL_SCOPES:
        raise RulesError(f"风险规则文件中 {where}.animal_sensitive 应为 clause 或 sentence")
    return scope


def _history(rows: list[Any], factors: Mapping[str, Factor]) -> tuple[HistoryStep, ...]:
    steps = []
    for i, row in enumerate(rows):
        where = f"history[{i}]"
        if not isinstance(row, dict):
            raise RulesError(f"风险规则文件中 {where} 应为表")
        fact = _get(row, "fact", str, where)
        if fact not in FACTS:
            raise RulesError(f"风险规则文件中 {where}.fact 不是已知的案件事实：{fact}")
        factor = _factor_ref(row, factors, where)
        floor = _get(row, "floor", str, where, None)
        steps.append(
            HistoryStep(
                fact=fact,
                at_least=_number(row, "at_least", where),
                factor=factor,
                weight=_number(row, "weight", where, factor.weight),
                floor=_level(floor, f"{where}.floor") if floor is not None else None,
                note=_get(row, "note", str, where, factor.label),
            )
        )
    return tuple(steps)


def _levels(table: Mapping[str, Any], factors: Mapping[str, Factor]) -> Levels:
    medium = _number(table, "medium_score", "levels")
    high = _number(table, "high_score", "levels")
    if not 0 < medium < high:
        raise RulesError("风险规则文件中 levels.medium_score 应大于 0 且小于 levels.high_score")
    scheme = _get(table, "scheme", str, "levels")
    labels_table = _get(table, "labels", dict, "levels")
    if scheme not in labels_table:
        raise RulesError(f"风险规则文件中 levels.scheme 为 {scheme}，但缺少 levels.labels.{scheme}")
    needed = ("high", "orange", "medium", "low") if scheme == "four" else ("high", "medium", "low")
    labels = _get(labels_table, scheme, dict, "levels.labels")
    for key in needed:
        _get(labels, key, str, f"levels.labels.{scheme}")
    combos = []
    for i, row in enumerate(_get(table, "combos", list, "levels", [])):
        where = f"levels.combos[{i}]"
        groups = _get(row, "all_of", list, where)
        for group in groups:
            for code in group if isinstance(group, list) else [group]:
                if code not in factors:
                    raise RulesError(f"风险规则文件中 {where}.all_of 引用了未定义的因素：{code}")
        level = _level(_get(row, "level", str, where, "high"), f"{where}.level")
        if level is None:
            raise RulesError(f"风险规则文件中 {where}.level 应为 medium 或 high")
        combos.append(
            Combo(
                _get(row, "label", str, where),
                tuple(tuple(g) for g in groups),
                level,
                _get(row, "include_past", bool, where, False),
            )
        )
    needs = _get(table, "high_needs", list, "levels", None)
    for code in needs or ():
        if code not in factors:
            raise RulesError(f"风险规则文件中 levels.high_needs 引用了未定义的因素：{code}")
    return Levels(
        medium_score=medium,
        high_score=high,
        orange_score=_number(table, "orange_score", "levels", high),
        scheme=scheme,
        labels=MappingProxyType({key: labels[key] for key in needed}),
        combos=tuple(combos),
        high_needs=None if needs is None else frozenset(needs),
    )


def _actions(table: Mapping[str, Any]) -> dict[RiskLevel, LevelAction]:
    actions = {}
    for level in RiskLevel:
        where = f"actions.{level.value}"
        row = _get(table, level.value, dict, "actions")
        actions[level] = LevelAction(
            follow_up_days=_get(row, "follow_up_days", int, where),
            police_report=_get(row, "police_report", bool, where),
            owner_required=_get(row, "owner_required", bool, where),
            second_person_to_downgrade=_get(row, "second_person_to_downgrade", bool, where, False),
            note=_get(row, "note", str, where, ""),
        )
    return actions


def _modifiers(table: Mapping[str, Any]) -> Modifiers:
    def factor(key: str) -> float:
        value = _number(table, key, "modifiers")
        if not 0 <= value <= 1:
            raise RulesError(f"风险规则文件中 modifiers.{key} 应在 0 与 1 之间")
        return value

    return Modifiers(
        denial=factor("denial"),
        past=factor("past"),
        past_resolved=factor("past_resolved"),
        refuted=factor("refuted"),
        stale=factor("stale"),
        stale_after_days=_get(table, "stale_after_days", int, "modifiers"),
        protective_cap=_number(table, "protective_cap", "modifiers"),
        negation_window=_get(table, "negation_window", int, "modifiers"),
        post_negation_window=_get(table, "post_negation_window", int, "modifiers"),
        animal_window=_get(table, "animal_window", int, "modifiers"),
    )


def _cues(table: Mapping[str, Any], fragments: Mapping[str, str]) -> Cues:
    compiled = {
        key: _alternation(_get(table, key, list, "cues"), fragments, f"cues.{key}")
        for key in CUE_LISTS
    }
    for key in OPTIONAL_CUE_LISTS:
        patterns = _get(table, key, list, "cues", None)
        compiled[key] = (
            _NEVER if patterns is None else _alternation(patterns, fragments, f"cues.{key}")
        )
    types = set()
    for i, name in enumerate(_get(table, "accident_types", list, "cues", [])):
        try:
            types.add(DisputeType.parse(name))
        except (ValueError, AttributeError):
            raise RulesError(
                f"风险规则文件中 cues.accident_types[{i}] 不是已知的纠纷类型：{name}"
            ) from None
    return Cues(**compiled, accident_types=frozenset(types))


def _model(table: Mapping[str, Any] | None) -> ModelPolicy:
    if table is None:
        return ModelPolicy()

    def probability(key: str) -> float | None:
        value = _get(table, key, (int, float), "model", None)
        if value is not None and not 0 < value <= 1:
            raise RulesError(f"风险规则文件中 model.{key} 应大于 0 且不大于 1")
        return value

    def length(key: str) -> int:
        value = _get(table, key, int, "model", 0)
        if value < 0:
            raise RulesError(f"风险规则文件中 model.{key} 不能为负数")
        return value

    return ModelPolicy(
        enabled=_get(table, "enabled", bool, "model"),
        high_at=probability("high_at"),
        medium_at=probability("medium_at"),
        medium_needs_factor=_get(table, "medium_needs_factor", bool, "model", False),
        short_text=length("short_text"),
        short_high_at=probability("short_high_at"),
        doubt_at=probability("doubt_at"),
        doubt_text=length("doubt_text"),
        bare_high_at=probability("bare_high_at"),
    )
