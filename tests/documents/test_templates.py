"""Templates are data: shipped ones are valid, mistakes are reported, offices override."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest
from doc_pdf import pdftotext, squeeze
from doc_samples import sample_case

from mediation_app.documents import KINDS, DocumentEngine, DocumentError, validate_template
from mediation_app.documents.engine import SHIPPED_TEMPLATES
from mediation_app.documents.templates import validate_text

SHIPPED = sorted(SHIPPED_TEMPLATES.glob("*.toml"))


def test_every_kind_has_a_shipped_template() -> None:
    names = {path.stem for path in SHIPPED}
    assert set(KINDS) - {"file"} <= names | {"cover"}
    assert {"file", "cover", "toc", "back-cover"} <= names


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_templates_are_valid(path: Path) -> None:
    assert validate_template(path) == []


def agreement() -> dict:
    return tomllib.loads((SHIPPED_TEMPLATES / "agreement.toml").read_text(encoding="utf-8"))


def problems_with(change: dict) -> list[str]:
    data = agreement()
    data.update(change)
    return validate_template(data)


@pytest.mark.parametrize(
    ("sections", "expected"),
    [
        ([{"type": "paragraf", "text": "x"}], "未知的节类型“paragraf”"),
        ([{"type": "paragraph", "text": "x", "colour": "red"}], "未知的键“colour”"),
        ([{"type": "paragraph"}], "必须且只能给出 text 或 parts 之一"),
        ([{"type": "heading"}], "缺少键“text”"),
        ([{"type": "heading", "text": 3}], "键“text”的值类型不对"),
        ([{"type": "line", "text": "{case.nmae}"}], "“case.nmae”不存在"),
        ([{"type": "line", "text": "{cse.name}"}], "未知的数据根“cse”"),
        ([{"type": "line", "text": "{agreement.amount|shout}"}], "未知的过滤器“shout”"),
        ([{"type": "line", "text": "编号：{agreement.number"}], "不成对的花括号"),
        ([{"type": "line", "text": "{item.name}"}], "未知的数据根“item”"),
        ([{"type": "line", "text": "x", "align": "middle"}], "“align”应为"),
        ([{"type": "list", "for_each": "case.committee_name"}], "不是列表"),
        ([{"type": "list", "for_each": "case.parties", "item": "{item.phon}"}], "“item.phon”不存在"),
        ([{"type": "parties", "for_each": "case.parties", "fields": [["电话", "{item.mobile}"]]}],
         "“item.mobile”不存在"),
        ([{"type": "fields", "rows": [[["a", "1"], ["b", "2"], ["c", "3"]]]}], "含 1 至 2 个格"),
        ([{"type": "table", "for_each": "case.parties", "columns": [{"header": "姓名"}]}],
         "缺少键“value”"),
        ([{"type": "signatures", "signers": [{"text": "{item.name}"}]}], "未知的数据根“item”"),
        ([{"type": "paragraph", "text": "x", "when": {"path": "case.x"}}], "“case.x”不存在"),
        ([], "sections 不能为空"),
    ],
)
def test_mistakes_are_reported_in_chinese(sections: list, expected: str) -> None:
    problems = problems_with({"sections": sections})
    assert any(expected in p for p in problems), problems


def test_a_problem_says_which_section() -> None:
    data = agreement()
    data["sections"][3]["text"] = "{agreement.factz}"
    problems = validate_template(data)
    assert problems == ["第4节（parties）：未知的键“text”（可用：type、when、keep_with_next、space_before、"
                        "for_each、head、fields、legal_fields、separator）"]


def test_top_level_mistakes() -> None:
    assert any("缺少键“title”" in p for p in validate_template({"sections": [{"type": "spacer"}]}))
    assert any("requires" in p for p in problems_with({"requires": [{"path": "agreement"}]}))
    assert any("per" in p for p in problems_with({"per": "party"}))


def test_file_template_mistakes() -> None:
    problems = validate_template({
        "cover": "cover", "toc": "toc", "back_cover": "back-cover",
        "entries": [{"attachments": "照片"}, {"document": "agreement", "attachments": "证据材料"},
                    {"document": "session-record", "title": "{session.idx}"}],
    })
    assert any("attachments" in p and "应为" in p for p in problems)
    assert any("必须且只能给出 document 或 attachments 之一" in p for p in problems)
    assert any("“session.idx”不存在" in p for p in problems)


def test_broken_files_are_reported(tmp_path: Path) -> None:
    broken = tmp_path / "agreement.toml"
    broken.write_text('title = "x"\n[[sections]\n', encoding="utf-8")
    assert "TOML" in validate_template(broken)[0]
    assert "无法读取" in validate_template(tmp_path / "missing.toml")[0]


def test_an_office_overrides_one_document_and_inherits_the_rest(tmp_path: Path) -> None:
    text = (SHIPPED_TEMPLATES / "agreement.toml").read_text(encoding="utf-8")
    text = text.replace('[[sections]]\ntype = "heading"\ntext = "人民调解协议书"',
                        '[[sections]]\ntype = "heading"\nsize = 16\ntext = "幸福区司法局监制"\n\n'
                        '[[sections]]\ntype = "heading"\ntext = "人民调解协议书"')
    text = text.replace("本协议自各方当事人签名", "本协议经双方确认，自各方当事人签名")
    (tmp_path / "agreement.toml").write_text(text, encoding="utf-8")
    engine = DocumentEngine(template_dirs=[tmp_path, SHIPPED_TEMPLATES])
    flat = squeeze(pdftotext(engine.render("agreement", sample_case())))
    assert flat.startswith("幸福区司法局监制人民调解协议书")
    assert "本协议经双方确认，自各方当事人签名" in flat
    register = squeeze(pdftotext(engine.render("register", sample_case())))
    assert register.startswith("人民调解受理登记表")


def test_the_shipped_directory_is_always_searched_last(tmp_path: Path) -> None:
    engine = DocumentEngine(template_dirs=[tmp_path])
    assert engine.templates.directories == (tmp_path, SHIPPED_TEMPLATES)


def test_an_invalid_office_template_is_refused_with_its_problems(tmp_path: Path) -> None:
    shutil.copy(SHIPPED_TEMPLATES / "register.toml", tmp_path / "register.toml")
    path = tmp_path / "register.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("{case.summary}", "{case.sumary}"),
                    encoding="utf-8")
    engine = DocumentEngine(template_dirs=[tmp_path])
    with pytest.raises(DocumentError) as caught:
        engine.render("register", sample_case())
    assert "case.sumary" in str(caught.value)
    assert str(path) in str(caught.value)


def test_template_texts_come_before_every_directory(engine: DocumentEngine,
                                                    tmp_path: Path) -> None:
    text = (SHIPPED_TEMPLATES / "agreement.toml").read_text(encoding="utf-8").replace(
        'text = "人民调解协议书"', 'text = "幸福村人民调解协议书"', 1)
    (tmp_path / "agreement.toml").write_text("title = 1", encoding="utf-8")  # never read
    office = DocumentEngine(template_dirs=[tmp_path]).with_templates({"agreement": text})
    assert squeeze(pdftotext(office.render("agreement", sample_case()))).startswith(
        "幸福村人民调解协议书")
    assert engine.with_templates({}) is engine
    shared = engine.with_templates({"agreement": text})
    assert shared.fonts is engine.fonts and engine.templates.overrides == {}
    broken = engine.with_templates({"register": text.replace("{agreement.facts}", "{x.y}")})
    with pytest.raises(DocumentError) as caught:
        broken.render("register", sample_case())
    assert "本所模板/register.toml" in str(caught.value) and "“x”" in str(caught.value)


def test_validate_text_reports_syntax_and_content() -> None:
    assert "TOML" in validate_text('title = "x"\n[[sections]\n')[0]
    assert validate_text('title = "x"\nsections = []\n') == ["模板：sections 不能为空"]
