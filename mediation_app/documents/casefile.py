"""The case file (卷宗) as one PDF: cover, 卷内目录, materials in file order, 封底.

Everything ReportLab can lay out goes into one story, so page numbers run on across
documents and the 卷内目录 can cite them. The story is laid out twice: the first pass
finds where each material starts, the second prints those pages in the 卷内目录 (whose
size does not depend on the numbers). Scanned images get a page each; each page of a
PDF attachment gets a blank numbered page, onto which pypdf then scales the original.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import TYPE_CHECKING

from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter, Transformation
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

MAX_PASSES = 3
_EXIF_ORIENTATION = 0x0112


@dataclass
class _Material:
    """One line of the 卷内目录 and the flowables that print it."""

    title: str
    date: str
    note: str
    flowables: Callable[[], list[Flowable]]
    pdf: PdfReader | None = None


def assemble(engine: DocumentEngine, case: DocCase, options: RenderOptions,
             cover_only: bool = False) -> bytes:
    """The whole file, or (``cover_only``) just its cover and 卷内目录."""
    plan = engine.templates.get(FILE_TEMPLATE).data
    materials = _materials(engine, case, options, plan["entries"])

    def layout(facts: FileFacts, only_cover: bool = False) -> BuildResult:
        story = _story(engine, case, options, plan, materials, facts, only_cover)
        return build_pdf(story, engine.fonts, title=case.title, author=case.committee_name,
                         numbered=False)

    result = layout(FileFacts(document_count=len(materials)))
    facts = _facts(result, materials)
    if cover_only:
        return layout(facts, only_cover=True).pdf
    for _ in range(MAX_PASSES):
        result = layout(facts)
        found = _facts(result, materials)
        if found == facts:
            break
        facts = found
    if any(m.pdf for m in materials):
        return _merge_pdf_pages(result, materials)
    return result.pdf


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


def _story(engine: DocumentEngine, case: DocCase, options: RenderOptions, plan: dict,
           materials: list[_Material], facts: FileFacts, cover_only: bool) -> list[Flowable]:
    roots = engine.roots(case, options, facts)
    story = engine.story(engine.templates.get(plan["cover"]), roots)
    story += [PageBreak(), *engine.story(engine.templates.get(plan["toc"]), roots)]
    if cover_only:
        return story
    story += [PageBreak(), Marker("numbering-on")]
    for i, material in enumerate(materials):
        if i:
            story.append(PageBreak())
        story += [Marker("start", i), *material.flowables()]
    story += [PageBreak(), Marker("numbering-off")]
    story += engine.story(engine.templates.get(plan["back_cover"]), roots)
    return story


def _facts(result: BuildResult, materials: list[_Material]) -> FileFacts:
    """Where each material starts, counted from the first numbered page."""
    starts = {key: page for kind, key, page in result.marks if kind == "start"}
    first = starts.get(0, result.pages)
    ends = [starts.get(i + 1) for i in range(len(materials))]
    last = next((page for kind, _, page in result.marks if kind == "numbering-off"), result.pages + 1)
    toc = []
    for i, material in enumerate(materials):
        start = starts[i]
        end = ends[i] if ends[i] is not None else last
        toc.append(TocEntry(material.title, material.date, start - first + 1, end - start, material.note))
    return FileFacts(toc=tuple(toc), page_count=last - first, document_count=len(materials))


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
    if data.startswith(b"%PDF") or attachment.media_type == "application/pdf":
        reader = _pdf_reader(attachment, data)
        pages = len(reader.pages)
        return _Material(attachment.title, date, note, lambda: _placeholders(pages), reader)
    image = _image(attachment, data)
    return _Material(attachment.title, date, note, lambda: [_fitted(image)])


def _pdf_reader(attachment: DocAttachment, data: bytes) -> PdfReader:
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"附件“{attachment.title}”是加密的 PDF，无法并入卷宗。")
        if not reader.pages:
            raise DocumentError(f"附件“{attachment.title}”是空的 PDF。")
    except (PdfReadError, ValueError, OSError) as exc:
        if isinstance(exc, DocumentError):
            raise
        raise DocumentError(f"附件“{attachment.title}”不是可读的 PDF 文件：{exc}") from exc
    return reader


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


def _merge_pdf_pages(result: BuildResult, materials: list[_Material]) -> bytes:
    """Scale each attachment page into the text block of its placeholder page."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(result.pdf)))
    starts = {key: page for kind, key, page in result.marks if kind == "start"}
    for i, material in enumerate(materials):
        if material.pdf is None:
            continue
        for offset, source in enumerate(material.pdf.pages):
            source.transfer_rotation_to_content()
            box = source.cropbox
            width, height = float(box.width), float(box.height)
            scale = min(FRAME_WIDTH / width, FRAME_HEIGHT / height)
            x = LEFT + (FRAME_WIDTH - width * scale) / 2
            y = BOTTOM + (FRAME_HEIGHT - height * scale) / 2
            ctm = (Transformation().translate(-float(box.left), -float(box.bottom))
                   .scale(scale).translate(x, y))
            writer.pages[starts[i] - 1 + offset].merge_transformed_page(source, ctm)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
