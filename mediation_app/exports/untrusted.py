"""Reading files that came from elsewhere: bounded, strict, and refused with a reason.

Everything here raises :class:`Refused` (a Chinese message and an English gloss) and
nothing else, so one bad file never stops an import of many.
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from mediation_app.errors import AppError

SAFE_NAME = re.compile(r"^[\w\-][\w.\-]{0,119}$")
MAX_DEPTH = 12
MAX_NAME_BYTES = 200  # file systems allow 255 bytes; CJK names take three a character
T = TypeVar("T")


class Refused(AppError):
    """An imported file that is not accepted; the message says exactly why."""


def refuse(message: str, english: str) -> NoReturn:
    raise Refused(message, english)


def is_safe_name(name: object) -> bool:
    """A plain file name: no directories, no '..', no hidden files, no odd characters."""
    return (isinstance(name, str) and bool(SAFE_NAME.match(name)) and ".." not in name
            and len(name.encode()) <= MAX_NAME_BYTES)


def read_bounded(path: Path, limit: int, what: str) -> bytes:
    """A regular file (not a link) of at most ``limit`` bytes."""
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
            refuse(f"{what}不是普通文件（不接受链接或目录）：{path.name}",
                   f"{path.name} is not a regular file")
        if info.st_size > limit:
            refuse(f"{what}过大（{info.st_size} 字节，上限 {limit} 字节）：{path.name}",
                   f"{path.name} is larger than {limit} bytes")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        refuse(f"缺少{what}：{path.name}", f"{path.name} is missing")
    except OSError as exc:
        refuse(f"无法读取{what} {path.name}：{exc.strerror or exc}", f"cannot read {path.name}")
    if len(data) > limit:
        refuse(f"{what}过大：{path.name}", f"{path.name} grew beyond the limit")
    return data


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise ValueError("duplicate key")
    return out


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def _depth(value: Any) -> int:
    """How deeply containers nest (a flat list is 1), walking containers only."""
    deepest, stack = 0, [(value, 1)] if isinstance(value, (dict, list)) else []
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        children = item.values() if isinstance(item, dict) else item
        stack.extend((c, level + 1) for c in children if isinstance(c, (dict, list)))
    return deepest


def parse_json(data: bytes, name: str) -> Any:
    """Strict UTF-8 JSON: no duplicate keys, no NaN/Infinity, nesting at most MAX_DEPTH."""
    try:
        value = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates,
                           parse_constant=_no_constant)
    except UnicodeDecodeError:
        refuse(f"{name} 不是 UTF-8 编码的文本", f"{name} is not UTF-8")
    except RecursionError:
        refuse(f"{name} 嵌套过深", f"{name} is nested too deeply")
    except ValueError as exc:  # JSONDecodeError, duplicate keys, huge integers
        refuse(f"{name} 不是有效的 JSON：{exc}", f"{name} is not valid JSON")
    if _depth(value) > MAX_DEPTH:
        refuse(f"{name} 嵌套过深（最多 {MAX_DEPTH} 层）", f"{name} is nested too deeply")
    return value


class Reader:
    """Typed access to a parsed document; every failure names the field and the file."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, problem: str, english: str) -> NoReturn:
        refuse(f"{self.name} 中 {where} {problem}", f"{self.name}: {where} {english}")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(where, "应为对象", "must be an object")
        return value

    def items(self, value: Any, where: str, max_items: int) -> list[Any]:
        if not isinstance(value, list):
            self.fail(where, "应为列表", "must be a list")
        if len(value) > max_items:
            self.fail(where, f"条目过多（最多 {max_items}）", "has too many items")
        return value

    def text(self, value: Any, where: str, *, max_len: int = 200,
             pattern: re.Pattern[str] | None = None, optional: bool = False) -> str:
        if value is None and optional:
            return ""
        if not isinstance(value, str) or len(value) > max_len:
            self.fail(where, f"应为不超过 {max_len} 字的文字", "must be short text")
        if pattern is not None and not pattern.match(value):
            self.fail(where, "格式不正确", "is malformed")
        return value

    def integer(self, value: Any, where: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.fail(where, f"应为 {low} 到 {high} 之间的整数", "must be a bounded integer")
        return value

    def convert(self, value: Any, where: str, parse: Callable[[Any], T]) -> T:
        try:
            return parse(value)
        except (TypeError, ValueError, ArithmeticError):
            self.fail(where, "格式不正确", "is malformed")
