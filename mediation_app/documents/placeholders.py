"""Template text with data: ``编号：{agreement.number}``, ``一式{case.copies|qty}份``.

A placeholder is a dotted path from a root (``case``, ``agreement``, ``item``, ...) and an
optional filter after ``|``. Values print in the forms Chinese documents use: dates as
2026年3月5日, amounts as 人民币伍万元整（¥50,000.00）, booleans as 是/否, sequences joined
with 、. ``{{`` and ``}}`` are literal braces.

Paths are checked against the dataclass type hints before anything is rendered, so a
misspelt field in an office's template is reported when the template is loaded, not as a
silently blank line on a signed agreement.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache

from mediation_app.documents.amounts import amount_in_figures, amount_in_words, amount_text
from mediation_app.documents.numerals import chinese_numeral, chinese_quantity

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_PATH = re.compile(r"[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*")


@dataclasses.dataclass(frozen=True)
class Placeholder:
    path: tuple[str, ...]
    filter: str = ""


Piece = str | Placeholder


class TemplateSyntaxError(ValueError):
    """Malformed placeholder text; the message is Chinese."""


@cache
def parse(text: str) -> tuple[Piece, ...]:
    """Split template text into literal strings and placeholders."""
    pieces: list[Piece] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        if match.start() > pos:
            pieces.append(text[pos : match.start()])
        token = match.group(0)
        if token in ("{{", "}}"):
            pieces.append(token[0])
        elif match.group(1) is None:
            raise TemplateSyntaxError(f"“{text}”中有不成对的花括号")
        else:
            path, _, name = match.group(1).strip().partition("|")
            path = path.strip()
            if not _PATH.fullmatch(path):
                raise TemplateSyntaxError(f"“{{{match.group(1)}}}”不是有效的数据路径")
            pieces.append(Placeholder(tuple(path.split(".")), name.strip()))
        pos = match.end()
    if pos < len(text):
        pieces.append(text[pos:])
    return tuple(pieces)


def resolve(path: Sequence[str], roots: Mapping[str, object]) -> object:
    """Follow a dotted path; a missing link (no agreement, no recorder) gives None."""
    value = roots.get(path[0])
    for name in path[1:]:
        if value is None:
            return None
        value = getattr(value, name)
    return value


def _format_date(value: object) -> str:
    if isinstance(value, datetime):
        return f"{value.year}年{value.month}月{value.day}日{value.hour}时{value.minute:02d}分"
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    return display(value)


def display(value: object) -> str:
    """The default printed form of a value."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return amount_text(value)
    if isinstance(value, date):
        return _format_date(value)
    if isinstance(value, tuple | list):
        return "、".join(s for s in map(display, value) if s)
    return str(value)


def _only_date(value: object) -> str:
    return _format_date(value.date() if isinstance(value, datetime) else value)


def _time(value: object) -> str:
    return f"{value.hour}时{value.minute:02d}分" if isinstance(value, datetime) else display(value)


def _dotted(value: object) -> str:
    return f"{value.year}.{value.month:02d}.{value.day:02d}" if isinstance(value, date) else display(value)


def _numbered(value: object) -> str:
    items = [display(v) for v in value] if isinstance(value, tuple | list) else [display(value)]
    return "\n".join(f"{i}. {text}" for i, text in enumerate(items, start=1) if text)


def _number(convert: Callable[[int], str]) -> Callable[[object], str]:
    return lambda value: convert(value) if isinstance(value, int) else display(value)


def _money(convert: Callable[[Decimal], str]) -> Callable[[object], str]:
    return lambda value: convert(value) if isinstance(value, Decimal) else display(value)


FILTERS: dict[str, Callable[[object], str]] = {
    "date": _only_date,
    "time": _time,
    "dotted": _dotted,
    "cn": _number(chinese_numeral),
    "qty": _number(chinese_quantity),
    "words": _money(amount_in_words),
    "figures": _money(amount_in_figures),
    "count": lambda value: str(len(value)) if isinstance(value, tuple | list) else "0",
    "lines": lambda value: "\n".join(map(display, value)) if isinstance(value, tuple | list) else display(value),
    "numbered": _numbered,
}
"""Named filters; besides these, ``{x|公开/不公开}`` picks a word by truthiness."""


def apply_filter(value: object, name: str) -> str:
    if not name:
        return display(value)
    if "/" in name:
        yes, _, no = name.partition("/")
        return "" if value is None else (yes if value else no)
    return FILTERS[name](value)


def render(text: str, roots: Mapping[str, object]) -> tuple[str, bool]:
    """The text with data filled in, and whether any placeholder gave something."""
    out: list[str] = []
    filled = False
    for piece in parse(text):
        if isinstance(piece, str):
            out.append(piece)
        else:
            value = apply_filter(resolve(piece.path, roots), piece.filter)
            filled = filled or bool(value)
            out.append(value)
    return "".join(out), filled


# --- static checks -----------------------------------------------------------------


def _strip_optional(tp: object) -> object:
    if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0] if len(args) == 1 else tp
    return tp


def element_type(tp: object) -> object | None:
    """The item type of a tuple[X, ...] / list[X] / Sequence[X], else None."""
    tp = _strip_optional(tp)
    origin = typing.get_origin(tp)
    if origin in (tuple, list, Sequence) or (
        isinstance(origin, type) and issubclass(origin, Sequence) and origin is not str
    ):
        args = typing.get_args(tp)
        return args[0] if args else object
    return None


@cache
def _attributes(cls: type) -> dict[str, object]:
    """Field and property types of a data class, from its annotations."""
    found: dict[str, object] = {}
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        found.update({f.name: hints[f.name] for f in dataclasses.fields(cls)})
    for name, member in vars(cls).items():
        if isinstance(member, property) and member.fget is not None:
            found[name] = typing.get_type_hints(member.fget).get("return", object)
    return found


def path_type(path: Sequence[str], scope: Mapping[str, object]) -> object:
    """The type a path leads to; TemplateSyntaxError (Chinese) if it leads nowhere."""
    if path[0] not in scope:
        known = "、".join(sorted(scope))
        raise TemplateSyntaxError(f"未知的数据根“{path[0]}”（可用：{known}）")
    tp = scope[path[0]]
    for depth, name in enumerate(path[1:], start=1):
        cls = _strip_optional(tp)
        attributes = _attributes(cls) if isinstance(cls, type) else {}
        if name not in attributes:
            raise TemplateSyntaxError(f"“{'.'.join(path[: depth + 1])}”不存在")
        tp = attributes[name]
    return tp


def check(text: str, scope: Mapping[str, object]) -> list[str]:
    """Problems with a template text in the given scope (root name → type)."""
    try:
        pieces = parse(text)
    except TemplateSyntaxError as exc:
        return [str(exc)]
    problems = []
    for piece in pieces:
        if isinstance(piece, str):
            continue
        try:
            path_type(piece.path, scope)
        except TemplateSyntaxError as exc:
            problems.append(str(exc))
        if piece.filter and "/" not in piece.filter and piece.filter not in FILTERS:
            problems.append(f"未知的过滤器“{piece.filter}”（可用：{'、'.join(FILTERS)}）")
    return problems
