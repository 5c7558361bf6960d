"""The document engine: one template-driven path from a DocCase to PDF bytes."""

from __future__ import annotations

import copy
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.platypus import Flowable

from mediation_app.documents import casefile
from mediation_app.documents.context import RenderContext
from mediation_app.documents.data import DocCase, FileFacts, RenderOptions
from mediation_app.documents.errors import DocumentError
from mediation_app.documents.fonts import FontChain, read_manifest
from mediation_app.documents.layout import Styles, build_pdf
from mediation_app.documents.sections import compose
from mediation_app.documents.templates import SCOPES, Template, TemplateLibrary

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SHIPPED_TEMPLATES = RESOURCES / "templates"
SHIPPED_FONTS = RESOURCES / "fonts"

KINDS = (
    "agreement",
    "application",
    "register",
    "rights-notice",
    "session-record",
    "oral-agreement",
    "follow-up",
    "closing-report",
    "cover",
    "file",
)
"""Document kinds render() accepts. "cover" prints the file cover with its 卷内目录;
"file" is the whole 卷宗 (same as render_case_file)."""

_ITEM_NAMES = {"session": "调解记录", "follow_up": "回访记录"}


class DocumentEngine:
    """Renders the standard mediation documents of a case from templates.

    ``template_dirs`` are searched in order before the shipped templates, so an office
    directory overrides single documents. ``font_dirs`` add fallback fonts (each with its
    own fonts.toml) after the shipped ones, e.g. HanaMinB for all of CJK Extension B.
    """

    def __init__(self, template_dirs: Sequence[Path] | None = None,
                 font_dirs: Sequence[Path] | None = None) -> None:
        directories = [Path(d) for d in template_dirs or ()]
        if not any(d.resolve() == SHIPPED_TEMPLATES for d in directories):
            directories.append(SHIPPED_TEMPLATES)
        self.templates = TemplateLibrary(directories)
        specs = read_manifest(SHIPPED_FONTS)
        for directory in font_dirs or ():
            specs += read_manifest(Path(directory))
        self.fonts = FontChain(specs)
        self.styles = Styles(self.fonts)

    def with_templates(self, overrides: Mapping[str, str]) -> DocumentEngine:
        """The same engine (fonts loaded once) with an office's template texts in front."""
        if not overrides:
            return self
        other = copy.copy(self)
        other.templates = TemplateLibrary(self.templates.directories, overrides)
        return other

    def render(self, kind: str, case: DocCase, *, session_index: int | None = None,
               follow_up_index: int | None = None, print_id_numbers: bool = False) -> bytes:
        """PDF bytes of one document; session/follow-up forms print the one with that index."""
        options = RenderOptions(print_id_numbers=print_id_numbers)
        if kind not in KINDS:
            raise DocumentError(f"未知的文书种类“{kind}”（可用：{'、'.join(KINDS)}）")
        if kind == "file":
            return casefile.assemble(self, case, options)
        if kind == "cover":
            return casefile.assemble(self, case, options, cover_only=True)
        template = self.templates.get(kind)
        roots = self.roots(case, options)
        if template.per:
            index = session_index if template.per == "session" else follow_up_index
            roots[template.per] = self.select(case, template.per, index)
        story = self.story(template, roots)
        title = self.context(roots).text(template.title)
        return build_pdf(story, self.fonts, title=title, author=case.committee_name).pdf

    def render_case_file(self, case: DocCase, *, print_id_numbers: bool = False) -> bytes:
        """The whole 卷宗 as one PDF: cover, 卷内目录, documents and attachments, 封底."""
        return casefile.assemble(self, case, RenderOptions(print_id_numbers=print_id_numbers))

    # --- shared with casefile ------------------------------------------------------

    def roots(self, case: DocCase, options: RenderOptions,
              file: FileFacts | None = None) -> dict[str, object]:
        return {"case": case, "agreement": case.agreement, "options": options,
                "file": file or FileFacts()}

    def context(self, roots: Mapping[str, object]) -> RenderContext:
        return RenderContext(roots, self.fonts, self.styles)

    @staticmethod
    def select(case: DocCase, per: str, index: int | None) -> object:
        """The session or follow-up a per-item form prints; the only one if index is None."""
        items = getattr(case, SCOPES[per][0])
        name = _ITEM_NAMES[per]
        if index is None:
            if len(items) == 1:
                return items[0]
            if not items:
                raise DocumentError(f"本案还没有{name}，无法生成该文书。")
            raise DocumentError(f"本案有{len(items)}份{name}，请指定打印第几次。")
        for item in items:
            if item.index == index:
                return item
        raise DocumentError(f"本案没有第{index}次的{name}。")

    def unmet(self, template: Template, roots: Mapping[str, object]) -> str | None:
        """The message of the first requirement the data does not meet, if any."""
        ctx = self.context(roots)
        for requirement in template.data.get("requires", []):
            if not ctx.holds(requirement):
                return str(requirement["message"])
        return None

    def story(self, template: Template, roots: Mapping[str, object]) -> list[Flowable]:
        """The flowables of a document; DocumentError if the case lacks a required datum."""
        message = self.unmet(template, roots)
        if message:
            raise DocumentError(message)
        return compose(template.data["sections"], self.context(roots))


def write_pdf_atomically(data: bytes, out: Path) -> None:
    """Write a PDF so that ``out`` is either the old file or the complete new one.

    A crash or a full disk mid-write must never leave a truncated agreement behind.
    """
    out = Path(out)
    fd, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
