"""The case file (卷宗) as one PDF: cover, 卷内目录, materials in file order, 封底.

The materials (documents and attachments) are laid out as one numbered document, so
page numbers run on across them; where each starts is recorded while laying out. The
cover, the 卷内目录 citing those pages and the 封底 are then laid out as a second, small
document, and pypdf puts the two together: one layout pass over the bulk of the file
instead of two. Scanned images get a page each; each page of a PDF attachment gets a
blank numbered page onto which pypdf scales the original.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING

from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.errors import PdfReadError
from reportlab.platypus import Flowable, Image, PageBreak

from mediation_app.documents.data import DocAttachment, DocCase, FileFacts, RenderOptions, TocEntry
from mediation_app.documents.errors import DocumentError
from mediation_app.documents.layout import (
    BOTTOM,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    LEFT,
    BuildResult,
    Marker,
    build_pdf,
)
from mediation_app.documents.placeholders import apply_filter
from mediation_app.documents.templates import FILE_TEMPLATE, SCOPES

if TYPE_CHECKING:
    from mediation_app.documents.engine import DocumentEngine

_EXIF_ORIENTATION = 0x0112


@dataclass
class _Material:
    """One line of the 卷内目录 and the flowables that print it."""

    title: str
    date: str
    note: str
    flowables: Callable[[], list[Flowable]]
    pdf_pages: list[PageObject] | None = None


def assemble(engine: DocumentEngine, case: DocCase, options: RenderOptions,
             cover_only: bool = False) -> bytes:
    """The whole file, or (``cover_only``) just its cover and 卷内目录."""
    plan = engine.templates.get(FILE_TEMPLATE).data
    materials = _materials(engine, case, options, plan["entries"])
    if not materials:
        raise DocumentError("卷宗模板没有为本案列出任何材料，无法生成卷宗。")
    body_story: list[Flowable] = []
    for i, material in enumerate(materials):
        body_story += [PageBreak()] if i else []
        body_story += [Marker("start", i), *material.flowables()]
    body = build_pdf(body_story, engine.fonts, title=case.title, author=case.committee_name)
    roots = engine.roots(case, options, _facts(body, materials))
    frame = engine.story(engine.templates.get(plan["cover"]), roots)
    frame += [PageBreak(), *engine.story(engine.templates.get(plan["toc"]), roots)]
    if not cover_only:
        frame += [PageBreak(), Marker("back"), *engine.story(engine.templates.get(plan["back_cover"]), roots)]
    outside = build_pdf(frame, engine.fonts, title=case.title, author=case.committee_name, numbered=False)
    return outside.pdf if cover_only else _bind(outside, body, materials, case)


def _materials(engine: DocumentEngine, case: DocCase, options: RenderOptions,
               entries: list[dict]) -> list[_Material]:
    found: list[_Material] = []
    base = engine.roots(case, options)
    for entry in entries:
        if not engine.context(base).holds(entry.get("when")):
            continue
        if "attachments" in entry:
            found += [_attachment(a) for a in case.attachments if a.category == entry["attachments"]]
            continue
        template = engine.templates.get(entry["document"])
        if template.per:
            bindings = [{**base, template.per: item} for item in getattr(case, SCOPES[template.per][0])]
        else:
            bindings = [base]
        for roots in bindings:
            if engine.unmet(template, roots):
                continue
            ctx = engine.context(roots)
            found.append(_Material(
                title=ctx.text(entry.get("title", template.title)),
                date=ctx.text(entry.get("date", "")),
                note="",
                flowables=lambda t=template, r=roots: engine.story(t, r),
            ))
    return found


def _facts(body: BuildResult, materials: list[_Material]) -> FileFacts:
    """Where each material starts and how many pages it has."""
    starts = [page for kind, _, page in body.marks if kind == "start"] + [body.pages + 1]
    toc = tuple(
        TocEntry(m.title, m.date, starts[i], starts[i + 1] - starts[i], m.note)
        for i, m in enumerate(materials)
    )
    return FileFacts(toc=toc, page_count=body.pages if materials else 0,
                     document_count=len(materials))


def _bind(outside: BuildResult, body: BuildResult, materials: list[_Material], case: DocCase) -> bytes:
    """Cover and 卷内目录, then the materials with PDF attachments merged in, then 封底."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(body.pdf)))
    starts = [page for kind, _, page in body.marks if kind == "start"]
    for start, material in zip(starts, materials, strict=True):
        for offset, source in enumerate(material.pdf_pages or ()):
            _scale_into(writer.pages[start - 1 + offset], source)
    frame_pages = PdfReader(BytesIO(outside.pdf)).pages
    back = next(page for kind, _, page in outside.marks if kind == "back") - 1
    for index, page in enumerate(frame_pages[:back]):
        writer.insert_page(page, index)
    for page in frame_pages[back:]:
        writer.add_page(page)
    writer.add_metadata({"/Title": case.title, "/Author": case.committee_name, "/Creator": "调解台"})
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


# --- attachments -----------------------------------------------------------------------


def _content(attachment: DocAttachment) -> bytes:
    if attachment.data is not None:
        return attachment.data
    assert attachment.path is not None
    try:
        return attachment.path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"无法读取附件“{attachment.title}”的文件 {attachment.path}：{exc.strerror}") from exc


def _attachment(attachment: DocAttachment) -> _Material:
    data = _content(attachment)
    note = attachment.note
    date = apply_filter(attachment.date, "dotted")
    if b"%PDF" in data[:1024] or attachment.media_type == "application/pdf":
        pages = _pdf_pages(attachment, data)
        return _Material(attachment.title, date, note, lambda: _placeholders(len(pages)), pages)
    image = _image(attachment, data)
    return _Material(attachment.title, date, note, lambda: [_fitted(image)])


def _pdf_pages(attachment: DocAttachment, data: bytes) -> list[PageObject]:
    """The attachment's pages, owned by a writer so that they may be transformed."""
    try:
        reader = PdfReader(BytesIO(data))
        encrypted = reader.is_encrypted and not reader.decrypt("")
        pages = [] if encrypted else list(PdfWriter(clone_from=reader).pages)
    except (PdfReadError, ValueError, OSError) as exc:
        raise DocumentError(f"附件“{attachment.title}”不是可读的 PDF 文件：{exc}") from exc
    if encrypted:
        raise DocumentError(f"附件“{attachment.title}”是加密的 PDF，无法并入卷宗。")
    if not pages:
        raise DocumentError(f"附件“{attachment.title}”是空的 PDF。")
    return pages


def _image(attachment: DocAttachment, data: bytes) -> bytes:
    """The image, turned upright if the camera only recorded its orientation in EXIF."""
    try:
        with PILImage.open(BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise DocumentError(f"附件“{attachment.title}”不是 PDF、PNG 或 JPEG 文件。")
            if image.getexif().get(_EXIF_ORIENTATION, 1) == 1:
                return data
            upright = ImageOps.exif_transpose(image)
            out = BytesIO()
            upright.save(out, format=image.format, quality=90)
            return out.getvalue()
    except (UnidentifiedImageError, OSError) as exc:
        raise DocumentError(f"附件“{attachment.title}”不是 PDF、PNG 或 JPEG 文件。") from exc


def _fitted(data: bytes) -> Image:
    """An image flowable as large as fits the text block, never enlarged."""
    picture = Image(BytesIO(data))
    scale = min(1.0, FRAME_WIDTH / picture.imageWidth, FRAME_HEIGHT / picture.imageHeight)
    picture.drawWidth = picture.imageWidth * scale
    picture.drawHeight = picture.imageHeight * scale
    return picture


def _placeholders(pages: int) -> list[Flowable]:
    """One blank numbered page per page of a PDF attachment, marked for merging."""
    story: list[Flowable] = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        story.append(Marker("pdf-page", page))
    return story


def _scale_into(target: PageObject, source: PageObject) -> None:
    """Draw an attachment page onto its placeholder, centred and scaled into the text block."""
    source.transfer_rotation_to_content()
    box = source.cropbox
    width, height = float(box.width), float(box.height)
    scale = min(FRAME_WIDTH / width, FRAME_HEIGHT / height)
    x = LEFT + (FRAME_WIDTH - width * scale) / 2
    y = BOTTOM + (FRAME_HEIGHT - height * scale) / 2
    ctm = Transformation().translate(-float(box.left), -float(box.bottom)).scale(scale).translate(x, y)
    target.merge_transformed_page(source, ctm)
