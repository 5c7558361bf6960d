"""Checking templates before use: every key known, every data path leading somewhere.

Problems are collected, not raised, so an office sees all of them at once, each saying
where it is (第3节（paragraph）：…) in Chinese.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mediation_app.documents import placeholders

CONDITION_KEYS = ("path", "equals", "empty")


@dataclass(frozen=True)
class Key:
    """An allowed key of a section or of a nested table, with its TOML types."""

    kinds: tuple[type, ...]
    required: bool = False


class Checker:
    """Collects problems (in Chinese) while walking a template, in the scope of its data."""

    def __init__(self, scope: Mapping[str, object], where: str, problems: list[str]) -> None:
        self.scope = scope
        self.where = where
        self.problems = problems

    def problem(self, message: str) -> None:
        self.problems.append(f"{self.where}：{message}")

    def at(self, where: str, **extra: object) -> Checker:
        return Checker({**self.scope, **extra}, f"{self.where}{where}", self.problems)

    def keys(self, spec: object, allowed: Mapping[str, Key]) -> bool:
        """Check a table's keys and value types; False if it cannot be used at all."""
        if not isinstance(spec, dict):
            self.problem("应为表（键 = 值）")
            return False
        usable = True
        for name, value in spec.items():
            key = allowed.get(name)
            if key is None:
                self.problem(f"未知的键“{name}”（可用：{'、'.join(allowed)}）")
            elif not isinstance(value, key.kinds) or (
                isinstance(value, bool) and bool not in key.kinds  # TOML true is no number
            ):
                self.problem(f"键“{name}”的值类型不对")
                usable = False
        for name, key in allowed.items():
            if key.required and name not in spec:
                self.problem(f"缺少键“{name}”")
                usable = False
        return usable

    def text(self, value: object, key: str) -> None:
        if not isinstance(value, str):
            self.problem(f"“{key}”应为文字")
            return
        for problem in placeholders.check(value, self.scope):
            self.problem(f"“{key}”：{problem}")

    def choice(self, value: object, key: str, options: Sequence[str]) -> None:
        if value not in options:
            self.problem(f"“{key}”应为 {'、'.join(options)} 之一")

    def each(self, path: object, key: str) -> Checker | None:
        """Check a path to a list; the checker for its items (item, n), or None."""
        if not isinstance(path, str):
            self.problem(f"“{key}”应为数据路径")
            return None
        try:
            pieces = placeholders.parse("{" + path + "}")
            target = pieces[0]
            if not isinstance(target, placeholders.Placeholder) or target.filter:
                raise placeholders.TemplateSyntaxError(f"“{path}”不是数据路径")
            tp = placeholders.path_type(target.path, self.scope)
        except placeholders.TemplateSyntaxError as exc:
            self.problem(f"“{key}”：{exc}")
            return None
        item = placeholders.element_type(tp)
        if item is None:
            self.problem(f"“{key}”：“{path}”不是列表")
            return None
        return self.at("", item=item, n=int)

    def condition(self, value: object, key: str = "when") -> None:
        if isinstance(value, str):
            self.data_path(value, key)
        elif isinstance(value, dict):
            for name in value:
                if name not in CONDITION_KEYS:
                    self.problem(f"“{key}”中未知的键“{name}”（可用：{'、'.join(CONDITION_KEYS)}）")
            if not isinstance(value.get("path"), str):
                self.problem(f"“{key}”缺少 path")
            else:
                self.data_path(value["path"], key)
            if "equals" in value and not isinstance(value["equals"], str):
                self.problem(f"“{key}”的 equals 应为文字")
            if "empty" in value and not isinstance(value["empty"], bool):
                self.problem(f"“{key}”的 empty 应为 true 或 false")
        else:
            self.problem(f"“{key}”应为数据路径或表")

    def data_path(self, path: str, key: str) -> None:
        for problem in placeholders.check("{" + path + "}", self.scope):
            self.problem(f"“{key}”：{problem}")
