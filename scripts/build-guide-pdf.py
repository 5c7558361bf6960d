#!/usr/bin/env python3
"""Render docs/用户手册.md to docs/用户手册.pdf with the application's own document engine.

The guide is a small subset of Markdown: headings (#, ##, ###), paragraphs, ordered and
unordered lists with indented continuation lines, images on a line of their own, fenced
code blocks, and inline **bold** and `code`. Fonts, page design and page numbers are those
of the mediation documents (``mediation_app.documents``), so the PDF embeds the shipped
fonts and every character a name might use.

    scripts/build-guide-pdf.py                 write docs/用户手册.pdf
    scripts/build-guide-pdf.py --out x.pdf     write elsewhere
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Paragraph,
    Spacer,
)

from mediation_app.documents.engine import DocumentEngine
from mediation_app.documents.layout import FRAME_HEIGHT, FRAME_WIDTH, BoldParagraph, build_pdf

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "docs" / "用户手册.md"
BODY, LEADING = 11.5, 19
HEADINGS = {1: 20, 2: 15, 3: 13}
ACCENT = "#1d6a96"
CODE = "#5a5a5a"
SCREEN_WIDTH = 1280
"""Screenshots are scaled alike, a window's width to the text's, so dialogs look smaller."""

HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
IMAGE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)\s*$")
ITEM = re.compile(r"^(\s*)([-*]|\d+\.)\s+(.*)$")
INLINE = re.compile(r"\*\*(.+?)\*\*|`([^`]+)`")


@dataclass
class Block:
    """One unit of the guide: a heading, a paragraph, a list, an image or a code block."""

    kind: str
    text: str = ""
    level: int = 0
    items: list[str] | None = None
    ordered: bool = False
    path: str = ""


def join_lines(lines: list[str]) -> str:
    """Lines of one paragraph: Chinese joins without a space, Latin words with one."""
    out = ""
    for line in (raw.strip() for raw in lines):
        if out and line and out[-1].isascii() and line[0].isascii() and out[-1] != " ":
            out += " "
        out += line
    return out


def parse(text: str) -> Iterator[Block]:
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if line.startswith("```"):
            end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("```")),
                       len(lines))
            yield Block("code", "\n".join(lines[i + 1:end]))
            i = end + 1
            continue
        if match := HEADING.match(line):
            yield Block("heading", match[2].strip(), level=len(match[1]))
            i += 1
            continue
        if match := IMAGE.match(line.strip()):
            yield Block("image", match[1], path=match[2])
            i += 1
            continue
        if ITEM.match(line):
            items: list[list[str]] = []
            ordered = bool(re.match(r"\s*\d+\.", line))
            while i < len(lines) and lines[i].strip():
                if (match := ITEM.match(lines[i])) and not match[1]:
                    items.append([match[3]])
                elif items:
                    items[-1].append(lines[i])
                i += 1
            yield Block("list", items=[join_lines(item) for item in items], ordered=ordered)
            continue
        paragraph = []
        while i < len(lines) and lines[i].strip() and not HEADING.match(lines[i]) \
                and not ITEM.match(lines[i]) and not IMAGE.match(lines[i].strip()):
            paragraph.append(lines[i])
            i += 1
        yield Block("paragraph", join_lines(paragraph))


class GuideWriter:
    """Turns blocks into ReportLab flowables in the engine's fonts and styles."""

    def __init__(self, engine: DocumentEngine, base: Path) -> None:
        self.fonts = engine.fonts
        self.styles = engine.styles
        self.base = base

    def inline(self, text: str) -> str:
        """Paragraph markup: **bold** in the accent colour, `code` in grey (the Ming fonts
        have no bold face), everything else escaped with per-character font fallback."""
        out, last = [], 0
        for match in INLINE.finditer(text):
            out.append(self.fonts.markup(text[last:match.start()]))
            if match[1] is not None:
                out.append(f'<font color="{ACCENT}">{self.fonts.markup(match[1])}</font>')
            else:
                out.append(f'<font color="{CODE}">{self.fonts.markup(match[2])}</font>')
            last = match.end()
        out.append(self.fonts.markup(text[last:]))
        return "".join(out)

    def body(self) -> ParagraphStyle:
        return self.styles.get(BODY, "justify", leading=LEADING)

    def flowables(self, block: Block) -> list[Flowable]:
        if block.kind == "heading":
            size = HEADINGS[block.level]
            style = self.styles.get(size, "center" if block.level == 1 else "left",
                                    leading=size * 1.6)
            space = Spacer(1, 4 * mm if block.level > 1 else 0)
            return [space, BoldParagraph(self.fonts.markup(block.text), style)]
        if block.kind == "paragraph":
            return [Paragraph(self.inline(block.text), self.body()), Spacer(1, 2 * mm)]
        if block.kind == "code":
            style = self.styles.get(BODY - 1.5, "left", leading=LEADING - 3)
            return [Paragraph(f'<font color="{CODE}">{self.fonts.markup(block.text)}</font>',
                              style), Spacer(1, 2 * mm)]
        if block.kind == "list":
            items = [ListItem(Paragraph(self.inline(t), self.body())) for t in block.items or []]
            kind = "1" if block.ordered else "bullet"
            return [ListFlowable(items, bulletType=kind, start=None if block.ordered else "•",
                                 bulletFormat="%s." if block.ordered else None,
                                 bulletFontName=self.fonts.main, bulletFontSize=BODY,
                                 leftIndent=8 * mm), Spacer(1, 2 * mm)]
        if block.kind == "image":
            return self.image(block)
        raise ValueError(block.kind)

    def image(self, block: Block) -> list[Flowable]:
        path = (self.base / block.path).resolve()
        if not path.is_file():
            raise SystemExit(f"image not found: {path}")
        picture = Image(str(path))
        scale = min(FRAME_WIDTH / max(picture.imageWidth, SCREEN_WIDTH),
                    FRAME_HEIGHT * 0.6 / picture.imageHeight)
        picture.drawWidth = picture.imageWidth * scale
        picture.drawHeight = picture.imageHeight * scale
        caption = Paragraph(self.fonts.markup(block.text), self.styles.get(BODY - 1.5, "center"))
        return [KeepTogether([picture, caption]), Spacer(1, 3 * mm)]


def build(guide: Path, out: Path) -> int:
    """Write the PDF; returns its page count. The same guide gives the same bytes (no
    creation date or random document id), so an unchanged guide makes no diff."""
    rl_config.invariant = 1
    text = guide.read_text(encoding="utf-8")
    writer = GuideWriter(DocumentEngine(), guide.parent)
    story: list[Flowable] = []
    for block in parse(text):
        story += writer.flowables(block)
    title = next((b.text for b in parse(text) if b.kind == "heading"), guide.stem)
    result = build_pdf(story, writer.fonts, title=title, author="调解台")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(result.pdf)
    tmp.replace(out)
    return result.pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--guide", type=Path, default=GUIDE)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    out = args.out or args.guide.with_suffix(".pdf")
    pages = build(args.guide, out)
    sys.stdout.write(f"{out}: {pages} pages\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
