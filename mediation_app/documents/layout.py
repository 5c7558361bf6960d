"""Page and type design (house style after GB/T 9704) and the PDF build itself.

A4; margins top 37 mm, left 28 mm, right 26 mm, bottom 35 mm; body 16 pt (三号) on a
28 pt line, which gives the customary 22 lines of 28 characters; titles 22 pt (二号);
page numbers "— 1 —" in 14 pt (四号), centred 7 mm below the text block.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from mediation_app.documents import linebreak
from mediation_app.documents.fonts import FontChain

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP, LEFT, RIGHT, BOTTOM = 37 * mm, 28 * mm, 26 * mm, 35 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM
BODY_SIZE = 16
BODY_LEADING = 28
TITLE_SIZE = 22
CELL_SIZE = 14
FOOTER_SIZE = 14
FOOTER_BASELINE = BOTTOM - 7 * mm - FOOTER_SIZE

linebreak.install()

ALIGNMENTS = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


class Styles:
    """Paragraph styles in the main font of a font chain, made on demand and reused."""

    def __init__(self, fonts: FontChain) -> None:
        self.fonts = fonts
        self._made: dict[tuple[float, str, bool, float | None], ParagraphStyle] = {}

    def get(self, size: float = BODY_SIZE, align: str = "justify", indent: bool = False,
            leading: float | None = None) -> ParagraphStyle:
        """A style; leading defaults to the body's 1.75 for 16 pt and 1.5 for other sizes."""
        key = (size, align, indent, leading)
        style = self._made.get(key)
        if style is None:
            if leading is None:
                leading = BODY_LEADING if size == BODY_SIZE else round(size * 1.5, 1)
            style = self._made[key] = ParagraphStyle(
                f"s{size}-{align}-{indent}-{leading}",
                fontName=self.fonts.main,
                fontSize=size,
                leading=leading,
                alignment=ALIGNMENTS[align],
                firstLineIndent=2 * size if indent else 0,
                wordWrap="CJK",
            )
        return style


class BoldParagraph(Paragraph):
    """A paragraph drawn with fill and stroke, imitating the bold 小标宋 of titles.

    The free Ming fonts have no bold face; stroking the outlines with a hairline thickens
    them the way a bold Song would, and the text layer stays ordinary text.
    """

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.saveState()
        canvas.setLineWidth(self.style.fontSize / 40)
        canvas.addLiteral("2 Tr")
        super().drawOn(canvas, x, y, _sW)
        canvas.restoreState()


class Marker(Flowable):
    """An invisible flowable that records on which page something landed."""

    def __init__(self, kind: str, key: object = None) -> None:
        super().__init__()
        self.kind = kind
        self.key = key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        """Nothing to draw: the document notices the marker in afterFlowable."""


@dataclass
class BuildResult:
    pdf: bytes
    pages: int
    marks: list[tuple[str, object, int]] = field(default_factory=list)


class _Document(BaseDocTemplate):
    """One frame per A4 page, page numbers in the footer, markers noted as they land."""

    def __init__(self, buffer: BytesIO, fonts: FontChain, numbered: bool, **meta: str) -> None:
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=RIGHT,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            initialFontName=fonts.main,
            initialFontSize=BODY_SIZE,
            initialLeading=BODY_LEADING,
            creator="调解台",
            **meta,
        )
        self._font = fonts.main
        self.numbered = numbered
        self.marks: list[tuple[str, object, int]] = []
        frame = Frame(LEFT, BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, 0, 0, 0, 0, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._footer)])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Marker):
            self.marks.append((flowable.kind, flowable.key, self.page))

    def _footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if not self.numbered:
            return
        canvas.saveState()
        canvas.setFont(self._font, FOOTER_SIZE)
        canvas.drawCentredString(PAGE_WIDTH / 2, FOOTER_BASELINE, f"— {self.page} —")
        canvas.restoreState()


def build_pdf(story: Sequence[Flowable], fonts: FontChain, *, title: str, author: str = "",
              numbered: bool = True) -> BuildResult:
    """Lay out a story, its pages numbered from 1 unless ``numbered`` is false."""
    buffer = BytesIO()
    doc = _Document(buffer, fonts, numbered, title=title, author=author)
    doc.build(list(story))
    return BuildResult(buffer.getvalue(), doc.page, doc.marks)
