"""Shipped fonts: licensed, embedded, and a glyph for every character or a clear error."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from doc_pdf import pdffonts, pdftotext, plumber_pages, pypdf_pages, squeeze
from doc_samples import RARE_NAMES, sample_case

from mediation_app.documents import DocParty, DocumentEngine, DocumentError, fonts
from mediation_app.documents.engine import SHIPPED_FONTS
from mediation_app.documents.fonts import FontChain, FontSpec, read_manifest

NOT_IN_ANY_SHIPPED_FONT = "\U00030000"  # 𰀀, CJK Extension G
ONLY_IN_HANAMIN_B = "\U0002a6d6"  # last character of CJK Extension B
HANAMIN_B = Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf")


def test_every_shipped_font_has_its_licence_and_the_total_stays_small() -> None:
    manifest = tomllib.loads((SHIPPED_FONTS / "fonts.toml").read_text(encoding="utf-8"))
    files = [SHIPPED_FONTS / entry["file"] for entry in manifest["font"]]
    assert [f.name for f in files] == ["uming.ttc", "wqy-microhei.ttc", "HanaMinA.ttf"]
    licences = {f.name: f for f in SHIPPED_FONTS.glob("LICENSE-*.txt")}
    assert set(licences) == {"LICENSE-uming.txt", "LICENSE-wqy-microhei.txt", "LICENSE-hanazono.txt"}
    assert "ARPHIC PUBLIC LICENSE" in licences["LICENSE-uming.txt"].read_text(encoding="utf-8")
    assert "Apache" in licences["LICENSE-wqy-microhei.txt"].read_text(encoding="utf-8")
    assert "Open Font License" in licences["LICENSE-hanazono.txt"].read_text(encoding="utf-8")
    assert sum(f.stat().st_size for f in SHIPPED_FONTS.iterdir()) < 60 * 1024 * 1024


def test_main_font_is_the_ming_face(engine: DocumentEngine) -> None:
    pdf = engine.render("agreement", sample_case())
    names = {row["name"].split("+", 1)[1] for row in pdffonts(pdf)}
    assert names == {"UMingCN-0"}


@pytest.mark.parametrize("kind", ["agreement", "file"])
def test_all_fonts_are_embedded_subsets_with_unicode_maps(engine: DocumentEngine, kind: str) -> None:
    rows = pdffonts(engine.render(kind, sample_case()))
    assert rows
    for row in rows:
        assert (row["emb"], row["sub"], row["uni"]) == ("yes", "yes", "yes"), row


def test_rare_name_characters_come_out_as_themselves(engine: DocumentEngine) -> None:
    people = tuple(DocParty(name) for name in RARE_NAMES)
    case = replace(sample_case(), parties=people)
    pdf = engine.render("agreement", case)
    for text in (pdftotext(pdf), "".join(pypdf_pages(pdf)), "".join(plumber_pages(pdf))):
        flat = squeeze(text)
        for name in RARE_NAMES:
            assert name in flat
    fonts = {row["name"].split("+", 1)[1] for row in pdffonts(pdf)}
    assert "HanaMinA" in fonts  # 𠮷 (Extension B) comes from the fallback
    assert all(row["emb"] == "yes" for row in pdffonts(pdf))


def test_a_character_no_font_has_stops_generation_naming_it(engine: DocumentEngine) -> None:
    case = replace(sample_case(), parties=(DocParty(f"王{NOT_IN_ANY_SHIPPED_FONT}"), DocParty("李四")))
    with pytest.raises(DocumentError) as caught:
        engine.render("agreement", case)
    message = str(caught.value)
    assert NOT_IN_ANY_SHIPPED_FONT in message
    assert "U+30000" in message
    assert "字形" in message


def test_invisible_format_characters_are_not_errors(engine: DocumentEngine) -> None:
    chain = engine.fonts
    assert "".join(run for _, run in chain.runs("王\u200b堃\ufe00")) == "王堃"


@pytest.mark.skipif(not HANAMIN_B.is_file(), reason="HanaMinB is not installed")
def test_an_office_can_add_a_fallback_font(tmp_path: Path) -> None:
    (tmp_path / "fonts.toml").write_text(f'[[font]]\nfile = "{HANAMIN_B}"\n', encoding="utf-8")
    case = replace(sample_case(), parties=(DocParty(f"王{ONLY_IN_HANAMIN_B}"), DocParty("李四")))
    with pytest.raises(DocumentError):
        DocumentEngine().render("agreement", case)
    pdf = DocumentEngine(font_dirs=[tmp_path]).render("agreement", case)
    assert f"王{ONLY_IN_HANAMIN_B}" in squeeze(pdftotext(pdf))


def test_fonts_are_loaded_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parsing a CJK font takes seconds: a second engine must reuse the registered ones."""
    DocumentEngine()
    registered: list[object] = []
    monkeypatch.setattr(fonts.pdfmetrics, "registerFont", registered.append)
    chain = FontChain(read_manifest(SHIPPED_FONTS))
    chain.font_for("𠮷")
    assert registered == []


def test_missing_font_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="找不到字体文件"):
        FontChain([FontSpec(tmp_path / "none.ttf")])
