"""The office's own copies of the document templates, kept in the store.

Each copy is the full TOML text under the settings key ``template:<name>``, so it travels
with backups and works the same on SQLite and PostgreSQL; printing puts the copies in front
of the shipped templates (``resources/templates``). Only shipped names can be copied: an
office adjusts the standard documents, it does not invent new kinds.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mediation_app.documents.engine import SHIPPED_TEMPLATES
from mediation_app.documents.templates import validate_template
from mediation_app.domain import tomltext
from mediation_app.domain.tomltext import Problem, key_line, table_line
from mediation_app.errors import NotFoundError, ValidationError
from mediation_app.services import audit, office
from mediation_app.services.actor import Actor
from mediation_app.storage.models import Setting

PREFIX = "template:"
MAX_TEXT = 200_000
FRIENDLY_TYPES = ("heading", "line", "paragraph")
"""Sections whose fixed wording (no placeholders) is offered as a plain field."""

_SECTION = re.compile(r"^第(\d+)节")
_ENTRY = re.compile(r"entries 第(\d+)项")
_QUOTED_KEY = re.compile(r"“([a-z_]+)”")
_STRING = r'(?P<quoted>"(?P<inner>(?:[^"\\]|\\.)*)")'
_KEY_LINE = re.compile(rf"^\s*(?P<key>text|title)\s*=\s*{_STRING}\s*(#.*)?$")
_ITEM_LINE = re.compile(rf"^\s*{_STRING}\s*,?\s*(#.*)?$")
"""One-line TOML strings an office edits as plain fields: ``text = "…"`` and list items."""


def shipped_names() -> list[str]:
    return sorted(p.stem for p in SHIPPED_TEMPLATES.glob("*.toml"))


def _known(name: str) -> str:
    if name not in shipped_names():
        raise NotFoundError(f"没有名为“{name}”的文书模板（可用：{'、'.join(shipped_names())}）",
                            "no such template")
    return name


def shipped_text(name: str) -> str:
    return (SHIPPED_TEMPLATES / f"{_known(name)}.toml").read_text(encoding="utf-8")


def overrides(session: Session) -> dict[str, str]:
    """name → text of every office copy: what printing uses before the shipped templates."""
    rows = session.scalars(select(Setting).where(Setting.key.startswith(PREFIX)))
    return {row.key.removeprefix(PREFIX): row.value for row in rows
            if isinstance(row.value, str)}


def _line_of(text: str, problem: str) -> int | None:
    if found := _SECTION.match(problem):
        return table_line(text, "sections", int(found.group(1)))
    if found := _ENTRY.search(problem):
        return table_line(text, "entries", int(found.group(1)))
    if "requires" in problem:
        return key_line(text, "requires")
    if found := _QUOTED_KEY.search(problem):
        return key_line(text, found.group(1))
    return None


def check(text: str) -> list[Problem]:
    """Every problem of a template text, each at its line where it can be placed."""
    if len(text) > MAX_TEXT:
        return [Problem(f"模板过长（最多 {MAX_TEXT} 字）")]
    data, problems = tomltext.parse(text)
    if data is None:
        return problems
    return [Problem(p, _line_of(text, p)) for p in validate_template(data)]


def list_templates(session: Session) -> list[dict[str, Any]]:
    own = overrides(session)
    out = []
    for name in shipped_names():
        text = own.get(name) or shipped_text(name)
        try:
            title = str(tomllib.loads(text).get("title", ""))
        except tomllib.TOMLDecodeError:
            title = ""
        out.append({"name": name, "title": title,
                    "source": "office" if name in own else "shipped"})
    return out


def get(session: Session, name: str) -> dict[str, Any]:
    """The text in force for ``name``, where it comes from and its plain-text fields."""
    own = overrides(session).get(_known(name))
    text = own if own is not None else shipped_text(name)
    return {"name": name, "source": "office" if own is not None else "shipped", "text": text,
            "fields": fields(text)}


def _literal(quoted_inner: str) -> str | None:
    """The value of a one-line TOML basic string (its text between the quotes)."""
    try:
        return str(tomllib.loads(f'v = "{quoted_inner}"')["v"])
    except tomllib.TOMLDecodeError:
        return None


def _section_lines(lines: list[str], start: int) -> range:
    """Line numbers of a ``[[sections]]`` table's body (up to the next table header)."""
    end = start
    while end < len(lines) and not lines[end].lstrip().startswith("[["):
        end += 1
    return range(start + 1, end + 1)


def _plain(value: object) -> bool:
    return isinstance(value, str) and "{" not in value


def fields(text: str) -> list[dict[str, Any]]:
    """The fixed wording an office most often changes: title, headings, lines, clauses, and
    the fixed items of lists (the rights and duties of the 告知书).

    Each is a one-line TOML string without placeholders, identified by its line number;
    ``set_fields`` writes them back without touching the rest of the text.
    """
    data, problems = tomltext.parse(text)
    if data is None or problems:
        return []
    lines = text.splitlines()
    out: list[dict[str, Any]] = []
    title_line = key_line(text, "title")
    if _plain(data.get("title")) and title_line:
        found = _KEY_LINE.match(lines[title_line - 1])
        if found and _literal(found["inner"]) == data["title"]:
            out.append({"line": title_line, "section": 0, "type": "title",
                        "value": data["title"]})
    for i, section in enumerate(data.get("sections", []), start=1):
        start = table_line(text, "sections", i)
        if not isinstance(section, dict) or start is None:
            continue
        body = _section_lines(lines, start)
        if section.get("type") in FRIENDLY_TYPES and _plain(section.get("text")):
            for number in body:
                found = _KEY_LINE.match(lines[number - 1])
                if found and found["key"] == "text" and _literal(
                        found["inner"]) == section["text"]:
                    out.append({"line": number, "section": i, "type": section["type"],
                                "value": section["text"]})
        if section.get("type") == "list" and isinstance(section.get("items"), list):
            matches = {n: _ITEM_LINE.match(lines[n - 1]) for n in body}
            items = [n for n, found in matches.items() if found]
            values = [_literal(found["inner"]) for found in matches.values() if found]
            if values == section["items"]:
                out += [{"line": n, "section": i, "type": "item", "value": v}
                        for n, v in zip(items, values, strict=True) if _plain(v)]
    return out


def set_fields(text: str, values: dict[int, str]) -> str:
    """``text`` with the fields at the given lines replaced (values as TOML strings)."""
    lines = text.splitlines(keepends=True)
    for number, value in values.items():
        line = lines[number - 1].rstrip("\r\n") if 0 < number <= len(lines) else ""
        found = _KEY_LINE.match(line) or _ITEM_LINE.match(line)
        if found is None:
            raise ValidationError(f"第{number}行不是可直接修改的文字", "not a plain text line")
        quoted = json.dumps(value, ensure_ascii=False)
        lines[number - 1] = (line[:found.start("quoted")] + quoted + line[found.end("quoted"):]
                             + lines[number - 1][len(line):])
    return "".join(lines)


def _fingerprint(text: str | None) -> str:
    return "出厂模板" if text is None else "本所模板 " + hashlib.sha256(
        text.encode()).hexdigest()[:12]


def save(session: Session, actor: Actor, name: str, text: str) -> dict[str, Any]:
    """Store the office copy of ``name``; an invalid text is refused, every problem listed."""
    office.require_admin(actor)
    _known(name)
    if not isinstance(text, str):
        raise ValidationError("模板应为文字", "text expected", field="text")
    problems = check(text)
    if problems:
        raise ValidationError("模板" + tomltext.summary(problems), "invalid template",
                              field="text")
    key = PREFIX + name
    before = office.stored_value(session, key)
    office.store_value(session, key, text)
    audit.record(session, actor, "update", "template", None, changes={
        "template": name, "before": _fingerprint(before), "after": _fingerprint(text)})
    return get(session, name)


def copy_shipped(session: Session, actor: Actor, name: str) -> dict[str, Any]:
    """Start an office copy from the shipped template (refused if one exists)."""
    if name in overrides(session):
        raise ValidationError(f"本所已有“{name}”模板的副本", "an office copy exists")
    return save(session, actor, name, shipped_text(name))


def revert(session: Session, actor: Actor, name: str) -> dict[str, Any]:
    """Drop the office copy: the shipped template prints again."""
    office.require_admin(actor)
    key = PREFIX + _known(name)
    before = office.stored_value(session, key)
    if before is not None:
        office.store_value(session, key, None)
        audit.record(session, actor, "revert", "template", None, changes={
            "template": name, "before": _fingerprint(before), "after": _fingerprint(None)})
    return get(session, name)
