"""Office-edited TOML text (templates, the holiday calendar): problems with line numbers.

An office edits these files in a plain text box, so every problem names the line to look at.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class Problem:
    """One problem, in Chinese; ``line`` is 1-based, None if it concerns the whole text."""

    message: str
    line: int | None = None

    def __str__(self) -> str:
        return f"第{self.line}行：{self.message}" if self.line else self.message

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "message": self.message}


def parse(text: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The parsed table, or None and the syntax error at its line."""
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        found = _AT.search(str(exc))
        detail = _AT.sub("", str(exc)).strip()
        if found is None:
            detail = detail.replace("(at end of document)", "").strip()
            return None, [Problem(f"文本在结尾处不完整（{detail}）",
                                  max(len(text.splitlines()), 1))]
        return None, [Problem(f"第{found.group(2)}列不是有效的 TOML（{detail}）",
                              int(found.group(1)))]


def table_line(text: str, name: str, index: int) -> int | None:
    """Line of the ``index``-th (1-based) ``[[name]]`` header."""
    header = re.compile(rf"^\s*\[\[\s*{re.escape(name)}\s*\]\]")
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if header.match(line):
            seen += 1
            if seen == index:
                return number
    return None


def key_line(text: str, key: str) -> int | None:
    """Line of the first top-level ``key = …`` (before any table header)."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("["):
            return None
        if pattern.match(line):
            return number
    return None


def summary(problems: list[Problem]) -> str:
    """All problems as one message: the first line counts them."""
    listed = "\n".join(f"· {p}" for p in problems)
    return f"有 {len(problems)} 处错误，未保存：\n{listed}"
