"""What a section sees while it is laid out: the data roots and the means to print them."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from mediation_app.documents import placeholders
from mediation_app.documents.fonts import FontChain
from mediation_app.documents.layout import Styles


@dataclass(frozen=True)
class RenderContext:
    """The data visible to a section (roots such as case, item) and the means to print it."""

    roots: Mapping[str, object]
    fonts: FontChain
    styles: Styles

    def fill(self, text: str) -> tuple[str, bool]:
        return placeholders.render(text, self.roots)

    def text(self, text: str) -> str:
        return placeholders.render(text, self.roots)[0]

    def paragraph(self, plain: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(self.fonts.markup(plain), style)

    def items(self, path: str) -> Sequence[object]:
        value = placeholders.resolve(path.split("."), self.roots)
        return value if isinstance(value, tuple | list) else ()

    def each(self, path: str) -> list[RenderContext]:
        """One context per item of a list, with ``item`` and its number ``n`` (from 1)."""
        return [
            dataclasses.replace(self, roots={**self.roots, "item": item, "n": n})
            for n, item in enumerate(self.items(path), start=1)
        ]

    def holds(self, condition: object) -> bool:
        """Evaluate a ``when``: a path that must be non-empty, or {path, equals|empty}."""
        if condition is None:
            return True
        if isinstance(condition, str):
            return bool(placeholders.resolve(condition.split("."), self.roots))
        assert isinstance(condition, dict)
        value = placeholders.resolve(condition["path"].split("."), self.roots)
        if "equals" in condition:
            return placeholders.display(value) == condition["equals"]
        if "empty" in condition:
            return (not value) == condition["empty"]
        return bool(value)
