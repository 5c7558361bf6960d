"""Fonts for documents: a main Ming (Song) face plus fallbacks, chosen per character.

ReportLab embeds TrueType outlines only, as subsets. No single free font covers every
character a name may use, so each character is drawn with the first font of the chain
that has a glyph for it; a character no font has stops generation with a clear error
instead of printing a box or vanishing.

Fonts are listed, in fallback order, in a ``fonts.toml`` manifest beside the font files.
Parsing a 20 MB collection takes about 0.1-0.2 s, so each file is loaded once per process,
and fallbacks only when a character first needs them.
"""

from __future__ import annotations

import threading
import tomllib
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from mediation_app.documents.errors import DocumentError

MANIFEST = "fonts.toml"


class _EmbeddedFont(TTFont):
    """A TTFont whose text layer also round-trips characters beyond the BMP.

    ReportLab writes each ToUnicode entry as ``<%04X>``, which truncates U+20BB7 (𠮷) to
    five hex digits that readers cut to U+20BB. PDF wants UTF-16BE there, so subsets
    holding such characters get their CMap rewritten with surrogate pairs.
    """

    def addObjects(self, doc: object) -> None:
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if max(subset, default=0) <= 0xFFFF:
                continue
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            base_name = base.decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base_name]  # type: ignore[attr-defined]
            stream.content = _to_unicode_cmap(base_name, subset)


def _to_unicode_cmap(name: str, subset: Sequence[int]) -> str:
    entries = [f"<{i:02X}> <{chr(u).encode('utf-16-be').hex().upper()}>" for i, u in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@dataclass(frozen=True)
class FontSpec:
    """One font of the chain: a .ttf, or a face of a .ttc collection."""

    path: Path
    subfont: int = 0


@dataclass(frozen=True)
class _Loaded:
    name: str
    codepoints: frozenset[int]


_lock = threading.Lock()
_loaded: dict[FontSpec, _Loaded] = {}


def _load(spec: FontSpec) -> _Loaded:
    """Register a font with ReportLab once per process."""
    with _lock:
        found = _loaded.get(spec)
        if found is None:
            if not spec.path.is_file():
                raise DocumentError(f"找不到字体文件：{spec.path}")
            name = f"DocFont{len(_loaded) + 1}"
            font = _EmbeddedFont(name, str(spec.path), subfontIndex=spec.subfont)
            pdfmetrics.registerFont(font)
            found = _Loaded(name, frozenset(font.face.charToGlyph))
            _loaded[spec] = found
        return found


def read_manifest(directory: Path) -> list[FontSpec]:
    """The fonts a directory's fonts.toml lists, in order; none if it has no manifest."""
    manifest = directory / MANIFEST
    if not manifest.is_file():
        return []
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DocumentError(f"字体清单 {manifest} 无法读取：{exc}") from exc
    specs = []
    for i, entry in enumerate(data.get("font", []), start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise DocumentError(f"字体清单 {manifest} 第{i}项缺少 file")
        specs.append(FontSpec(directory / entry["file"], int(entry.get("subfont", 0))))
    return specs


def _invisible(ch: str) -> bool:
    """Format characters (zero-width space, variation selectors) have no glyph to draw."""
    code = ord(ch)
    return (
        unicodedata.category(ch) in ("Cf", "Cc")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
    )


class FontChain:
    """Fonts in fallback order; the first is the main font of every style."""

    def __init__(self, specs: Sequence[FontSpec]) -> None:
        if not specs:
            raise DocumentError("没有可用的字体：请检查 resources/fonts/fonts.toml")
        self._specs = tuple(specs)
        self._fonts: list[_Loaded] = [_load(self._specs[0])]
        self._choice: dict[str, str] = {}
        self._searching = threading.Lock()

    @property
    def main(self) -> str:
        """ReportLab name of the main font."""
        return self._fonts[0].name

    def font_for(self, ch: str) -> str:
        """The first font with a glyph for ``ch``; DocumentError naming it if none has one."""
        name = self._choice.get(ch)
        if name is None:
            with self._searching:
                name = self._choice[ch] = self._search(ch)
        return name

    def _search(self, ch: str) -> str:
        code = ord(ch)
        for i, spec in enumerate(self._specs):
            if i == len(self._fonts):
                self._fonts.append(_load(spec))
            if code in self._fonts[i].codepoints:
                return self._fonts[i].name
        raise DocumentError(
            f"字符“{ch}”（U+{code:04X}）在可用的字体中都没有字形，无法生成文书。"
            "请改用常用字，或在字体目录中加入包含该字的字体。"
        )

    def runs(self, text: str) -> Iterator[tuple[str, str]]:
        """Split text into (font name, run) pieces; invisible format characters are dropped."""
        font = ""
        run: list[str] = []
        for ch in text.replace("\t", " "):
            if ch != "\n" and _invisible(ch):
                continue
            chosen = self.main if ch == "\n" else self.font_for(ch)
            if chosen != font and run:
                yield font, "".join(run)
                run = []
            font = chosen
            run.append(ch)
        if run:
            yield font, "".join(run)

    def markup(self, text: str) -> str:
        """Paragraph markup for plain text: escaped, fallback runs wrapped in <font>, newlines as <br/>."""
        parts = []
        for font, run in self.runs(text):
            piece = escape(run).replace("\n", "<br/>")
            parts.append(piece if font == self.main else f'<font name="{font}">{piece}</font>')
        return "".join(parts)
