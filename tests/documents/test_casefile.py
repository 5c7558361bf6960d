"""The whole case file (卷宗): order, 卷内目录 page numbers, attachments, 封底."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO
from pathlib import Path

import pypdf
import pytest
from doc_pdf import (
    footer_number,
    in_order,
    pdffonts,
    poppler_pages,
    save_first_page_png,
    squeeze,
    table_cells,
)
from doc_samples import sample_case
from PIL import Image
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfgen.canvas import Canvas

from mediation_app.documents import (
    AttachmentCategory,
    DocAttachment,
    DocCase,
    DocumentEngine,
    DocumentError,
)
from mediation_app.domain.enums import AgreementKind, Source

FIRST_PAGE_TEXT = {
    "人民调解申请书": "人民调解申请书",
    "人民调解受理登记表": "人民调解受理登记表",
    "当事人权利义务告知书": "当事人权利义务告知书",
    "人民调解记录（第一次）": "（第一次调解）",
    "人民调解记录（第二次）": "（第二次调解）",
    "人民调解协议书": "人民调解协议书",
    "口头协议登记表": "口头协议登记表",
    "回访记录（第一次）": "人民调解回访记录",
    "结案报告表": "人民调解结案报告表",
}


def pdf_attachment(engine: DocumentEngine, marker: str, pages: int, size: tuple[float, float] = A4) -> bytes:
    """A PDF whose pages say "<marker>第n页", in the engine's embedded font."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=size, initialFontName=engine.fonts.main)
    for page in range(1, pages + 1):
        canvas.setFont(engine.fonts.main, 24)
        canvas.drawString(72, size[1] - 144, f"{marker}第{page}页")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def image_bytes(fmt: str, size: tuple[int, int], orientation: int = 1) -> bytes:
    image = Image.new("RGB", size, "white")
    image.paste((200, 30, 30), (0, 0, size[0] // 2, size[1] // 3))
    out = BytesIO()
    if fmt == "JPEG" and orientation != 1:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, format=fmt, exif=exif)
    else:
        image.save(out, format=fmt)
    return out.getvalue()


@pytest.fixture
def case_with_attachments(engine: DocumentEngine, tmp_path: Path) -> DocCase:
    identity = tmp_path / "身份证.png"
    identity.write_bytes(image_bytes("PNG", (1600, 1000)))
    confirmation = tmp_path / "裁定书.pdf"
    confirmation.write_bytes(pdf_attachment(engine, "司法确认裁定书", 1, landscape(letter)))
    attachments = (
        DocAttachment("收条", AttachmentCategory.RECEIPT, data=pdf_attachment(engine, "收条", 2)),
        DocAttachment("现场照片", AttachmentCategory.EVIDENCE, data=image_bytes("JPEG", (1200, 900))),
        DocAttachment("申请人身份证复印件", AttachmentCategory.IDENTITY, path=identity),
        DocAttachment("司法确认裁定书", AttachmentCategory.CONFIRMATION, path=confirmation),
    )
    return replace(sample_case(), attachments=attachments)


def toc_rows(pdf: bytes) -> list[tuple[str, str, int, int]]:
    """(title, date, first page, page count) of every 卷内目录 line, read from the table."""
    reader = pypdf.PdfReader(BytesIO(pdf))
    writer = pypdf.PdfWriter()
    writer.add_page(reader.pages[1])
    buffer = BytesIO()
    writer.write(buffer)
    cells = table_cells(buffer.getvalue())
    header = cells.index("备注")
    body = cells[header + 1 :]
    rows = [body[i : i + 6] for i in range(0, len(body), 6)]
    return [(title, date, int(page), int(pages)) for _, title, date, page, pages, _ in rows]


def test_case_file_order_toc_and_page_numbers(engine: DocumentEngine, case_with_attachments: DocCase) -> None:
    pdf = engine.render_case_file(case_with_attachments)
    save_first_page_png(pdf, "file-cover")
    pages = poppler_pages(pdf)
    reader = pypdf.PdfReader(BytesIO(pdf))
    rows = toc_rows(pdf)
    assert [title for title, *_ in rows] == [
        "人民调解申请书", "人民调解受理登记表", "当事人权利义务告知书", "申请人身份证复印件", "现场照片",
        "人民调解记录（第一次）", "人民调解记录（第二次）", "人民调解协议书", "收条", "回访记录（第一次）",
        "司法确认裁定书", "结案报告表",
    ]
    assert rows[0][1] == "2026.03.02" and rows[7][1] == "2026.03.12"

    numbered = {footer_number(text): index for index, text in enumerate(pages) if footer_number(text)}
    assert footer_number(pages[0]) is None and footer_number(pages[1]) is None  # cover, 卷内目录
    assert footer_number(pages[-1]) is None  # 封底
    assert sorted(numbered) == list(range(1, len(pages) - 2))
    for (title, _, first, count), following in zip(rows, [*rows[1:], None], strict=True):
        index = numbered[first]
        text = squeeze(pages[index])
        if title in FIRST_PAGE_TEXT:
            assert FIRST_PAGE_TEXT[title] in text, title
        if following is not None:
            assert following[2] == first + count, title  # the next one starts right after
        if title in ("收条", "司法确认裁定书"):
            for page in range(count):
                assert f"{title}第{page + 1}页" in squeeze(pages[index + page])
        if title in ("申请人身份证复印件", "现场照片"):
            assert count == 1
            assert reader.pages[index].images, title
            assert squeeze(pages[index]) == f"—{first}—"

    back = squeeze(pages[-1])
    assert f"本卷共有文件材料{len(rows)}件，共{len(pages) - 3}页。" in back
    assert all(row["emb"] == "yes" for row in pdffonts(pdf))


def test_pdf_attachment_pages_are_scaled_into_a4(engine: DocumentEngine, case_with_attachments: DocCase) -> None:
    pdf = engine.render_case_file(case_with_attachments)
    reader = pypdf.PdfReader(BytesIO(pdf))
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == {
        (round(A4[0]), round(A4[1]))
    }


def test_oral_agreements_and_own_initiative_cases(engine: DocumentEngine) -> None:
    case = sample_case()
    oral = replace(case, source=Source.OWN_INITIATIVE,
                   agreement=replace(case.agreement, kind=AgreementKind.ORAL))
    titles = [title for title, *_ in toc_rows(engine.render_case_file(oral))]
    assert "口头协议登记表" in titles
    assert "人民调解协议书" not in titles
    assert "人民调解申请书" not in titles
    failed = replace(case, agreement=None, follow_ups=())
    titles = [title for title, *_ in toc_rows(engine.render_case_file(failed))]
    assert "人民调解协议书" not in titles and "口头协议登记表" not in titles
    assert titles[-1] == "结案报告表"


def test_cover_kind_matches_the_file(engine: DocumentEngine, case_with_attachments: DocCase) -> None:
    cover = engine.render("cover", case_with_attachments)
    assert len(poppler_pages(cover)) == 2
    assert toc_rows(cover) == toc_rows(engine.render_case_file(case_with_attachments))


def test_camera_rotation_is_applied(engine: DocumentEngine) -> None:
    rotated = DocAttachment("竖拍照片", AttachmentCategory.EVIDENCE,
                            data=image_bytes("JPEG", (400, 200), orientation=6))
    pdf = engine.render_case_file(replace(sample_case(), attachments=(rotated,)))
    reader = pypdf.PdfReader(BytesIO(pdf))
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1
    assert images[0].image.size == (200, 400)


@pytest.mark.parametrize(
    ("attachment", "message"),
    [
        (DocAttachment("收条", path=Path("/nonexistent/收条.pdf")), "无法读取附件“收条”"),
        (DocAttachment("录音", data=b"ID3\x03\x00 not an image"), "附件“录音”不是 PDF、PNG 或 JPEG 文件"),
        (DocAttachment("坏文件", data=b"%PDF-1.4 broken"), "附件“坏文件”不是可读的 PDF"),
        (DocAttachment("动图", data=b"GIF89a" + bytes(20)), "附件“动图”不是 PDF、PNG 或 JPEG 文件"),
    ],
)
def test_bad_attachments_are_clear_errors(engine: DocumentEngine, attachment: DocAttachment,
                                          message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        engine.render_case_file(replace(sample_case(), attachments=(attachment,)))


def test_encrypted_pdf_attachment_is_refused(engine: DocumentEngine) -> None:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(BytesIO(pdf_attachment(engine, "密件", 1))))
    writer.encrypt("secret")
    buffer = BytesIO()
    writer.write(buffer)
    locked = DocAttachment("密件", data=buffer.getvalue())
    with pytest.raises(DocumentError, match="加密"):
        engine.render_case_file(replace(sample_case(), attachments=(locked,)))


def test_an_attachment_needs_a_path_or_data() -> None:
    with pytest.raises(ValueError, match="文件路径或内容"):
        DocAttachment("空")
    with pytest.raises(ValueError, match="文件路径或内容"):
        DocAttachment("两者", path=Path("a.pdf"), data=b"%PDF")


def test_the_file_text_follows_the_standard_order(engine: DocumentEngine) -> None:
    text = "".join(poppler_pages(engine.render("file", sample_case())))
    assert in_order(text, ["人民调解卷宗", "卷内目录", "人民调解申请书", "人民调解受理登记表",
                           "当事人权利义务告知书", "（第一次调解）", "（第二次调解）", "人民调解协议书",
                           "人民调解回访记录", "人民调解结案报告表", "卷内备考表"]) == []
