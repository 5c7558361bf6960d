"""The office's own copy of the 民转刑 risk rules, kept in the store.

Like the document templates and the holiday calendar, the copy is the full TOML text (comments
kept) under one key of the settings table, so backups carry it and both database backends
treat it alike. Every assessment records the rules version it was computed with, so a changed
text must carry a new version: the history would otherwise name two different rule sets alike.
The common edits (colour scheme, labels, thresholds) are offered as operations that rewrite
only their lines and raise the version by themselves.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.domain import tomltext
from mediation_app.domain.tomltext import Problem, key_line, table_line
from mediation_app.errors import ValidationError
from mediation_app.risk.rules import Rules, RulesError, load_rules, rules_from_text
from mediation_app.services import audit, office
from mediation_app.services.actor import Actor
from mediation_app.storage.models import RiskAssessment

KEY = "risk_rules"
SOURCE = "本所风险规则"
MAX_TEXT = 400_000
MAX_VERSION = 40
"""The width of risk_assessment.rules_version."""
SCHEMES = {"three": ("high", "medium", "low"), "four": ("high", "orange", "medium", "low")}
DEFAULT_LABELS = {"three": {"high": "红", "medium": "黄", "low": "绿"},
                  "four": {"high": "红", "orange": "橙", "medium": "黄", "low": "蓝"}}
THRESHOLDS = ("medium_score", "high_score", "orange_score")

_NAME = re.compile(r"风险规则文件(?:中|缺少|的) ?([A-Za-z_][\w.\[\]]*)")
_INDEX = re.compile(r"^(?P<name>[\w.]+?)(?:\[(?P<i>\d+)\])?$")
_HEADER = re.compile(r"^\s*\[\[?\s*(?P<name>[\w.]+)\s*\]\]?")
_VALUE = r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|[^\s#]+'
_OFFICE_VERSION = re.compile(r"^(?P<base>.*)-office\.(?P<n>\d+)$")


def shipped_text() -> str:
    return files("resources").joinpath("risk/rules.toml").read_text(encoding="utf-8")


def stored_text(session: Session) -> str | None:
    own = office.stored_value(session, KEY)
    return own if isinstance(own, str) else None


def rules_for(session: Session) -> Rules:
    """The rules this store assesses with: the office copy if any, else the shipped file.

    Parsed rules are cached per text, so this costs one settings read per assessment.
    """
    own = stored_text(session)
    if own is None:
        return load_rules()
    return rules_from_text(own, SOURCE)


# --- checking --------------------------------------------------------------------------------
def _header_lines(lines: list[str], table: str, index: int | None) -> int | None:
    """1-based line of ``[table]`` (or of the ``index``-th ``[[table]]``, 0-based)."""
    if index is not None:
        return table_line("\n".join(lines), table, index + 1)
    for number, line in enumerate(lines, start=1):
        found = _HEADER.match(line)
        if found and found["name"] == table and not line.lstrip().startswith("[["):
            return number
    return None


def _key_in_table(lines: list[str], start: int | None, key: str) -> int | None:
    """Line of ``key = …`` in the table whose header is at ``start`` (None: top level)."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number in range((start or 0) + 1, len(lines) + 1):
        line = lines[number - 1]
        if _HEADER.match(line):
            return None
        if pattern.match(line):
            return number
    return None


def locate(text: str, name: str) -> int | None:
    """The line a dotted name of the loader's messages points at (``signals[3].patterns[2]``).

    The key's own line where it is written, else its table's header (a missing key).
    """
    parts = name.split(".")
    key = _INDEX.match(parts[-1])
    if key is None:
        return None
    lines = text.splitlines()
    if len(parts) == 1:
        return key_line(text, key["name"])
    table = _INDEX.match(".".join(parts[:-1]))
    if table is None:
        return None
    index = int(table["i"]) if table["i"] is not None else None
    start = _header_lines(lines, table["name"], index)
    if start is None and index is None:  # a table named in full: levels.labels.three
        return _header_lines(lines, name, None)
    return _key_in_table(lines, start, key["name"]) or start


def check_text(text: str) -> tuple[Rules | None, list[Problem]]:
    """The rules a text describes, or the problems stopping it, at their lines if known."""
    if len(text) > MAX_TEXT:
        return None, [Problem(f"风险规则过长（最多 {MAX_TEXT} 字）")]
    data, problems = tomltext.parse(text)
    if data is None:
        return None, problems
    try:
        rules = rules_from_text(text, SOURCE)
    except RulesError as exc:
        found = _NAME.search(str(exc))
        return None, [Problem(str(exc), locate(text, found.group(1)) if found else None)]
    if len(rules.version) > MAX_VERSION:
        return None, [Problem(f"version 最多 {MAX_VERSION} 个字符", key_line(text, "version"))]
    levels = rules.levels
    if levels.scheme == "four" and not levels.medium_score <= levels.orange_score <= (
            levels.high_score):
        return None, [Problem("levels.orange_score 应在 medium_score 与 high_score 之间",
                              locate(text, "levels.orange_score"))]
    return rules, []


def _valid(text: str) -> Rules:
    rules, problems = check_text(text)
    if rules is None:
        raise ValidationError("风险规则" + tomltext.summary(problems), "invalid risk rules",
                              field=KEY)
    return rules


# --- reading ---------------------------------------------------------------------------------
def levels_of(rules: Rules) -> dict[str, Any]:
    """What displays need: the scheme, its labels and the score splitting 橙 from 黄."""
    levels = rules.levels
    return {"version": rules.version, "scheme": levels.scheme, "labels": dict(levels.labels),
            "medium_score": levels.medium_score, "high_score": levels.high_score,
            "orange_score": levels.orange_score,
            "follow_up_days": {lv.value: a.follow_up_days for lv, a in rules.actions.items()}}


def describe(session: Session) -> dict[str, Any]:
    own = stored_text(session)
    rules = rules_for(session)
    return {"source": "office" if own is not None else "shipped",
            "text": own if own is not None else shipped_text(),
            "shipped_version": load_rules().version, **levels_of(rules)}


def recorded_versions(session: Session) -> set[str]:
    """Every rules version the assessment history names."""
    return set(session.scalars(select(RiskAssessment.rules_version).distinct()))


# --- writing ---------------------------------------------------------------------------------
def _summary(rules: Rules, text: str | None) -> dict[str, Any]:
    digest = hashlib.sha256((text or "").encode()).hexdigest()[:12] if text else "出厂规则"
    return {"version": rules.version, "scheme": rules.levels.scheme,
            "labels": dict(rules.levels.labels), "thresholds": {
                k: getattr(rules.levels, k) for k in THRESHOLDS}, "text": digest}


def save(session: Session, actor: Actor, text: str) -> dict[str, Any]:
    """Store the office copy; refused if invalid or if it changes the rules but not the version.

    A version the assessment history already names is refused as well: it stands for the
    rule set that produced those assessments.
    """
    office.require_admin(actor)
    if not isinstance(text, str):
        raise ValidationError("风险规则应为文字", "text expected", field=KEY)
    rules = _valid(text)
    own = stored_text(session)
    current_text = own if own is not None else shipped_text()
    if text == current_text:
        return describe(session)
    current = rules_for(session)
    if rules.version == current.version or rules.version in recorded_versions(session):
        raise ValidationError(
            f"规则内容已修改，但版本号 {rules.version} 已被使用过；请修改 version"
            f"（例如 {next_version(session, current.version)}）",
            "the version must change with the rules", field=KEY)
    office.store_value(session, KEY, text)
    audit.record(session, actor, "update", "risk_rules", None, changes={
        "before": _summary(current, own), "after": _summary(rules, text)})
    return describe(session)


def revert(session: Session, actor: Actor) -> dict[str, Any]:
    """Drop the office copy: the shipped rules apply to assessments from now on."""
    office.require_admin(actor)
    own = stored_text(session)
    if own is not None:
        before = rules_for(session)
        office.store_value(session, KEY, None)
        audit.record(session, actor, "revert", "risk_rules", None, changes={
            "before": _summary(before, own), "after": _summary(load_rules(), None)})
    return describe(session)


def next_version(session: Session, version: str) -> str:
    """``2026.2`` → ``2026.2-office.1``, ``2026.2-office.1`` → ``…-office.2``, past any
    number already recorded in the history (after a revert the count goes on)."""
    found = _OFFICE_VERSION.match(version)
    base = found["base"] if found else version
    used = [int(m["n"]) for v in recorded_versions(session) | {version}
            if (m := _OFFICE_VERSION.match(v)) and m["base"] == base]
    return f"{base}-office.{max(used, default=0) + 1}"


def set_value(text: str, table: str | None, key: str, value: Any) -> str:
    """``text`` with one key set (comment on its line kept); added if the key is missing."""
    lines = text.splitlines(keepends=True)
    plain = [line.rstrip("\r\n") for line in lines]
    start = _header_lines(plain, table, None) if table else None
    literal = json.dumps(value, ensure_ascii=False)
    if table and start is None:
        tail = "" if text.endswith("\n") or not text else "\n"
        return f"{text}{tail}\n[{table}]\n{key} = {literal}\n"
    number = _key_in_table(plain, start, key)
    if number is None:
        lines.insert(start or 0, f"{key} = {literal}\n")
        return "".join(lines)
    found = re.match(rf"^(\s*{re.escape(key)}\s*=\s*)({_VALUE})(.*)$", plain[number - 1])
    if found is None:
        raise ValidationError(f"第{number}行无法自动修改，请直接编辑规则文本",
                              "cannot rewrite the line", field=KEY)
    ending = lines[number - 1][len(plain[number - 1]):]
    lines[number - 1] = found[1] + literal + found[3] + ending
    return "".join(lines)


def _number(value: Any, label: str) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValidationError(f"{label}应为正数", "a positive number expected", field=KEY)
    return int(value) if float(value).is_integer() else float(value)


def edited_text(session: Session, *, scheme: str | None = None,
                labels: Mapping[str, str] | None = None,
                thresholds: Mapping[str, Any] | None = None) -> str:
    """The text in force with the friendly edits applied and the version raised."""
    rules = rules_for(session)
    own = stored_text(session)
    text = own if own is not None else shipped_text()
    if scheme is not None:
        if scheme not in SCHEMES:
            raise ValidationError("配色方案应为 three（红/黄/绿）或 four（红/橙/黄/蓝）",
                                  "scheme must be three or four", field="scheme")
        text = set_value(text, "levels", "scheme", scheme)
        if not re.search(rf"^\s*\[levels\.labels\.{scheme}\]", text, re.M):
            for level, label in DEFAULT_LABELS[scheme].items():
                text = set_value(text, f"levels.labels.{scheme}", level, label)
    in_force = scheme or rules.levels.scheme
    for level, label in (labels or {}).items():
        if level not in SCHEMES[in_force]:
            raise ValidationError(f"{in_force} 方案没有等级 {level}（可用："
                                  f"{'、'.join(SCHEMES[in_force])}）", "unknown level",
                                  field="labels")
        name = str(label).strip()
        if not name or len(name) > 10:
            raise ValidationError("等级名称应为 1 到 10 个字", "label length", field="labels")
        text = set_value(text, f"levels.labels.{in_force}", level, name)
    labels_of = {"medium_score": "中风险分数线", "high_score": "高风险分数线",
                 "orange_score": "橙色分数线"}
    for key, value in (thresholds or {}).items():
        if key not in THRESHOLDS:
            raise ValidationError(f"未知的分数线：{key}", "unknown threshold", field=key)
        text = set_value(text, "levels", key, _number(value, labels_of[key]))
    if text == (own if own is not None else shipped_text()):
        raise ValidationError("没有需要修改的内容", "nothing to change")
    return set_value(text, None, "version", next_version(session, rules.version))


def edit(session: Session, actor: Actor, **changes: Any) -> dict[str, Any]:
    """Apply the common edits (see ``edited_text``) and save under a raised version."""
    office.require_admin(actor)
    return save(session, actor, edited_text(session, **changes))
