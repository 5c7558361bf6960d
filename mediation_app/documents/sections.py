"""The section types every template is composed of, each with its checks and its layout.

A template is a list of sections (``type = "paragraph"`` etc.); this module is the only
place that turns sections into ReportLab flowables, so all documents share one look and
one set of layout rules (page flow, kept-together signature blocks, repeated headers).

Keys every section accepts: ``when`` (print only if a datum is present or equals a
value), ``keep_with_next`` (never separate this section's last line from the next
section) and ``space_before`` (in body lines).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import ClassVar

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mediation_app.documents.checking import Checker, Key
from mediation_app.documents.context import RenderContext
from mediation_app.documents.layout import (
    ALIGNMENTS,
    BODY_LEADING,
    BODY_SIZE,
    CELL_SIZE,
    FRAME_WIDTH,
    TITLE_SIZE,
    BoldParagraph,
)

NUMBER = (int, float)
GRID_LINE = 0.75
CELL_PADDING = 5


COMMON_KEYS: dict[str, Key] = {
    "type": Key((str,), True),
    "when": Key((str, dict)),
    "keep_with_next": Key((bool,)),
    "space_before": Key(NUMBER),
}


class Section:
    """A section type: the keys it takes, what to check beyond their types, and its layout."""

    keeps_with_previous: ClassVar[bool] = False
    unbreakable: ClassVar[bool] = False
    keys: ClassVar[dict[str, Key]] = {}
    texts: ClassVar[tuple[str, ...]] = ()
    choices: ClassVar[dict[str, tuple[str, ...]]] = {}

    def check(self, spec: dict, checker: Checker) -> None:
        for key in self.texts:
            if key in spec:
                checker.text(spec[key], key)
        for key, options in self.choices.items():
            if key in spec:
                checker.choice(spec[key], key, options)

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        raise NotImplementedError


class Heading(Section):
    """A centred bold title (22 pt) or other display line; half a line of space after."""

    keys: ClassVar = {
        "text": Key((str,), True),
        "size": Key(NUMBER),
        "align": Key((str,)),
        "bold": Key((bool,)),
    }
    texts = ("text",)
    choices: ClassVar = {"align": tuple(ALIGNMENTS)}

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        size = spec.get("size", TITLE_SIZE)
        style = ctx.styles.get(size, spec.get("align", "center"), leading=round(size * 1.5, 1))
        markup = ctx.fonts.markup(ctx.text(spec["text"]))
        kind = BoldParagraph if spec.get("bold", True) else Paragraph
        return [kind(markup, style), Spacer(0, BODY_LEADING / 2)]


class Line(Section):
    """One unindented line such as 编号：… (right) or a date; wraps if it must."""

    keys: ClassVar = {"text": Key((str,), True), "size": Key(NUMBER), "align": Key((str,))}
    texts = ("text",)
    choices: ClassVar = {"align": tuple(ALIGNMENTS)}

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        style = ctx.styles.get(spec.get("size", BODY_SIZE), spec.get("align", "left"))
        return [ctx.paragraph(ctx.text(spec["text"]), style)]


class Para(Section):
    """Body text, first line indented two characters; each line of the data a paragraph.

    Instead of ``text``, ``parts`` lists labelled pieces joined by ``separator`` of which
    only the filled ones print (履行方式：…；履行期限：…).
    """

    keys: ClassVar = {
        "text": Key((str,)),
        "parts": Key((list,)),
        "separator": Key((str,)),
        "label": Key((str,)),
        "indent": Key((bool,)),
        "align": Key((str,)),
    }
    texts = ("text", "label", "separator")
    choices: ClassVar = {"align": tuple(ALIGNMENTS)}

    def check(self, spec: dict, checker: Checker) -> None:
        super().check(spec, checker)
        if ("text" in spec) == ("parts" in spec):
            checker.problem("必须且只能给出 text 或 parts 之一")
        elif "parts" in spec:
            _check_fields(spec["parts"], "parts", checker)

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        style = ctx.styles.get(BODY_SIZE, spec.get("align", "justify"), spec.get("indent", True))
        if "parts" in spec:
            text = _joined(spec["parts"], spec.get("separator", "；"), ctx)
        else:
            text = ctx.text(spec["text"])
        lines = [line for line in text.split("\n") if line.strip()] or [""]
        lines[0] = ctx.text(spec.get("label", "")) + lines[0]
        return [ctx.paragraph(line, style) for line in lines]


class NumberedList(Section):
    """Numbered items, from a data list (``for_each``) or fixed in the template (``items``)."""

    keys: ClassVar = {
        "for_each": Key((str,)),
        "items": Key((list,)),
        "item": Key((str,)),
        "number": Key((str,)),
        "label": Key((str,)),
        "empty": Key((str,)),
    }
    texts = ("label", "empty")

    def check(self, spec: dict, checker: Checker) -> None:
        super().check(spec, checker)
        if ("for_each" in spec) == ("items" in spec):
            checker.problem("必须且只能给出 for_each 或 items 之一")
            return
        if "for_each" in spec:
            inner = checker.each(spec["for_each"], "for_each")
        else:
            inner = checker.at("", n=int)
        if inner is None:
            return
        for i, item in enumerate(spec.get("items", []), start=1):
            inner.text(item, f"items 第{i}项")
        if "for_each" in spec:
            inner.text(spec.get("item", "{item}"), "item")
        inner.text(spec.get("number", "{n}. "), "number")

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        style = ctx.styles.get(indent=True)
        out = [ctx.paragraph(ctx.text(spec["label"]), style)] if "label" in spec else []
        if "for_each" in spec:
            entries = [(inner, spec.get("item", "{item}")) for inner in ctx.each(spec["for_each"])]
        else:
            entries = [
                (dataclasses.replace(ctx, roots={**ctx.roots, "n": n}), text)
                for n, text in enumerate(spec["items"], start=1)
            ]
        for inner, text in entries:
            number = inner.text(spec.get("number", "{n}. "))
            out.append(inner.paragraph(number + inner.text(text), style))
        if not entries and "empty" in spec:
            out.append(ctx.paragraph(ctx.text(spec["empty"]), style))
        return out


FIELD_KEYS: dict[str, Key] = {
    "label": Key((str,), True),
    "value": Key((str,), True),
    "when": Key((str, dict)),
}


def _field(spec: object) -> dict:
    """A field written as ["label", "value"] or as {label, value, when}."""
    if isinstance(spec, list) and len(spec) == 2:
        return {"label": spec[0], "value": spec[1]}
    return spec if isinstance(spec, dict) else {}


def _check_fields(fields: object, key: str, checker: Checker) -> None:
    if not isinstance(fields, list):
        checker.problem(f"“{key}”应为列表")
        return
    for i, raw in enumerate(fields, start=1):
        sub = checker.at(f"{key} 第{i}项")
        field = _field(raw)
        if sub.keys(field, FIELD_KEYS):
            sub.text(field["label"], "label")
            sub.text(field["value"], "value")
            if "when" in field:
                sub.condition(field["when"])


def _joined(fields: list, separator: str, ctx: RenderContext) -> str:
    """The filled fields as 标签：值 joined by the separator; empty ones left out."""
    parts = []
    for field in map(_field, fields):
        value, filled = ctx.fill(field["value"])
        if filled and ctx.holds(field.get("when")):
            label = ctx.text(field["label"])
            parts.append(f"{label}：{value}" if label else value)
    return separator.join(parts)


_PARTY_HEAD = "{item.role}：{item.name}"


class Parties(Section):
    """One paragraph per party (or agent): 申请人：张三，性别：男，…; empty fields are left
    out. Legal persons use ``legal_fields`` when given."""

    keys: ClassVar = {
        "for_each": Key((str,), True),
        "head": Key((str,)),
        "fields": Key((list,), True),
        "legal_fields": Key((list,)),
        "separator": Key((str,)),
    }
    texts = ("separator",)

    def check(self, spec: dict, checker: Checker) -> None:
        super().check(spec, checker)
        inner = checker.each(spec["for_each"], "for_each")
        if inner is None:
            return
        inner.text(spec.get("head", _PARTY_HEAD), "head")
        _check_fields(spec["fields"], "fields", inner)
        if "legal_fields" in spec:
            _check_fields(spec["legal_fields"], "legal_fields", inner)

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        style = ctx.styles.get(indent=True)
        separator = spec.get("separator", "，")
        out = []
        for inner in ctx.each(spec["for_each"]):
            legal = getattr(inner.roots["item"], "is_legal", False) and "legal_fields" in spec
            details = _joined(spec["legal_fields" if legal else "fields"], separator, inner)
            head = inner.text(spec.get("head", _PARTY_HEAD))
            out.append(inner.paragraph(separator.join(p for p in (head, details) if p), style))
        return out


CELL_KEYS: dict[str, Key] = {
    "label": Key((str,), True),
    "value": Key((str,), True),
    "lines": Key(NUMBER),
    "when": Key((str, dict)),
}


def _table(ctx: RenderContext, rows: list[list[object]], widths: Sequence[float],
           commands: list[tuple], *, header_rows: int = 0,
           heights: Sequence[float | None] | None = None) -> Table:
    style = [
        # Tables set a font for every cell even when it holds paragraphs; without this
        # ReportLab names an unembedded Helvetica in the PDF.
        ("FONT", (0, 0), (-1, -1), ctx.fonts.main, CELL_SIZE),
        # Top alignment: ReportLab cannot split a row with middle-aligned cells, and a
        # long summary must be able to run on over the next page.
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING + 1),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        *commands,
    ]
    # splitInRow lets a single tall cell (a long summary) continue on the next page.
    return Table(rows, colWidths=list(widths), rowHeights=heights, style=TableStyle(style),
                 repeatRows=header_rows, splitInRow=2 * BODY_LEADING, hAlign="CENTER")


class Fields(Section):
    """A form grid of label/value cells, one or two pairs a row (a pair with an empty
    label is a full-width cell); or, with ``style = "lines"``, labelled lines with the
    value underlined (as on a file cover).

    Each row is a table of its own, stacked so the rules meet: ReportLab loses a column
    span when it splits a row across pages, and a long summary must be able to.
    """

    keys: ClassVar = {
        "rows": Key((list,), True),
        "style": Key((str,)),
        "size": Key(NUMBER),
        "label_width": Key(NUMBER),
    }
    choices: ClassVar = {"style": ("grid", "lines")}

    def check(self, spec: dict, checker: Checker) -> None:
        super().check(spec, checker)
        most = 1 if spec.get("style") == "lines" else 2
        for r, row in enumerate(spec["rows"], start=1):
            if not isinstance(row, list) or not 1 <= len(row) <= most:
                checker.problem(f"rows 第{r}行应为含 1 至 {most} 个格的列表")
                continue
            for c, raw in enumerate(row, start=1):
                sub = checker.at(f"rows 第{r}行第{c}格")
                cell = _field(raw)
                if sub.keys(cell, CELL_KEYS):
                    sub.text(cell["label"], "label")
                    sub.text(cell["value"], "value")
                    if "when" in cell:
                        sub.condition(cell["when"])

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        lines = spec.get("style") == "lines"
        size = spec.get("size", BODY_SIZE if lines else CELL_SIZE)
        label_width = spec.get("label_width", 5) * size + 2 * CELL_PADDING
        label_style = ctx.styles.get(size, "left" if lines else "center")
        value_style = ctx.styles.get(size, "left")
        if lines:
            commands: list[tuple] = [("LINEBELOW", (-1, 0), (-1, 0), GRID_LINE, "black"),
                                     ("TOPPADDING", (0, 0), (-1, -1), size)]
        else:
            commands = [("GRID", (0, 0), (-1, -1), GRID_LINE, "black")]
        out: list[Flowable] = []
        for raw in spec["rows"]:
            row = [cell for cell in map(_field, raw) if ctx.holds(cell.get("when"))]
            if not row:
                continue
            line: list[list[Flowable]] = []
            for cell in row:
                if cell["label"] or lines:
                    line.append([ctx.paragraph(ctx.text(cell["label"]), label_style)])
                line.append([ctx.paragraph(ctx.text(cell["value"]), value_style)])
            widths = _row_widths(len(line), label_width)
            wanted = max((c.get("lines", 0) for c in row), default=0)
            height = _room(line, widths, wanted * value_style.leading) if wanted else None
            out.append(_table(ctx, [line], widths, commands, heights=[height]))
        return out


def _row_widths(cells: int, label_width: float) -> list[float]:
    """Widths for a value alone, a label and its value, or two label/value pairs."""
    if cells == 1:
        return [FRAME_WIDTH]
    if cells == 2:
        return [label_width, FRAME_WIDTH - label_width]
    value_width = (FRAME_WIDTH - 2 * label_width) / 2
    return [label_width, value_width, label_width, value_width]


def _room(line: list[list[Flowable]], widths: list[float], wanted: float) -> float:
    """Row height leaving at least ``wanted`` points to write in, more if the text needs it."""
    natural = max(cell[0].wrap(width - 2 * CELL_PADDING, 1e6)[1] for cell, width in zip(line, widths, strict=True))
    return max(natural, wanted) + 2 * CELL_PADDING


COLUMN_KEYS: dict[str, Key] = {
    "header": Key((str,), True),
    "value": Key((str,), True),
    "width": Key(NUMBER),
    "align": Key((str,)),
}


class ListTable(Section):
    """A table with a header row and one row per item of a list; the header repeats on
    every page the table runs onto."""

    keys: ClassVar = {
        "for_each": Key((str,), True),
        "columns": Key((list,), True),
        "size": Key(NUMBER),
        "empty": Key((str,)),
    }
    texts = ("empty",)

    def check(self, spec: dict, checker: Checker) -> None:
        super().check(spec, checker)
        inner = checker.each(spec["for_each"], "for_each")
        for i, column in enumerate(spec["columns"], start=1):
            sub = checker.at(f"columns 第{i}列")
            if sub.keys(column, COLUMN_KEYS):
                sub.text(column["header"], "header")
                if "align" in column:
                    sub.choice(column["align"], "align", tuple(ALIGNMENTS))
                if inner is not None:
                    inner.at(f"columns 第{i}列").text(column["value"], "value")

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        size = spec.get("size", CELL_SIZE)
        columns = spec["columns"]
        total = sum(c.get("width", 1) for c in columns)
        widths = [FRAME_WIDTH * c.get("width", 1) / total for c in columns]
        head = ctx.styles.get(size, "center")
        data: list[list[object]] = [[[ctx.paragraph(ctx.text(c["header"]), head)] for c in columns]]
        for inner in ctx.each(spec["for_each"]):
            data.append([[inner.paragraph(inner.text(c["value"]), ctx.styles.get(size, c.get("align", "center")))]
                         for c in columns])
        commands: list[tuple] = [("GRID", (0, 0), (-1, -1), GRID_LINE, "black")]
        if len(data) == 1 and "empty" in spec:
            data.append([[ctx.paragraph(ctx.text(spec["empty"]), head)]] + [""] * (len(columns) - 1))
            commands.append(("SPAN", (0, 1), (-1, 1)))
        return [_table(ctx, data, widths, commands, header_rows=1)]


SIGNER_KEYS: dict[str, Key] = {
    "title": Key((str,)),
    "text": Key((str,), True),
    "for_each": Key((str,)),
    "columns": Key((int,)),
    "when": Key((str, dict)),
}
SIGNING_ROOM = BODY_LEADING / 2
"""Blank space below each row of printed names; people sign beside and below their name."""


class Signatures(Section):
    """Signature groups (a title such as 当事人（签名盖章或按指印）： over a grid of names),
    then the committee's seal line and the date at the right.

    A signer entry with a ``title`` starts a group; one without joins the group above,
    so mediators and recorder can share a grid. Groups use three columns unless the
    first entry says otherwise: ten parties, mediators and recorder then fit on the page
    of the last term. The block never breaks and is kept on the page of whatever
    precedes it, so it never stands alone on a page; with ``keep_with_next`` on the
    sections before it, an agreement's last term and its signatures share a page.
    """

    keeps_with_previous = True
    unbreakable = True
    keys: ClassVar = {
        "signers": Key((list,), True),
        "seal": Key((str,)),
        "date": Key((str,)),
    }
    texts = ("seal", "date")

    def check(self, spec: dict, checker: Checker) -> None:
        super().check(spec, checker)
        for i, signer in enumerate(spec["signers"], start=1):
            sub = checker.at(f"signers 第{i}项")
            if not sub.keys(signer, SIGNER_KEYS):
                continue
            if "when" in signer:
                sub.condition(signer["when"])
            if not 1 <= signer.get("columns", 3) <= 4:
                sub.problem("columns 应为 1 至 4")
            sub.text(signer.get("title", ""), "title")
            inner = sub.each(signer["for_each"], "for_each") if "for_each" in signer else sub
            if inner is not None:
                inner.text(signer["text"], "text")

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        style = ctx.styles.get(BODY_SIZE, "left")
        groups: list[tuple[dict, list[Flowable]]] = []
        for signer in spec["signers"]:
            if "title" in signer or not groups:
                groups.append((signer, []))
            if ctx.holds(signer.get("when")):
                inners = ctx.each(signer["for_each"]) if "for_each" in signer else [ctx]
                groups[-1][1].extend(inner.paragraph(inner.text(signer["text"]), style) for inner in inners)
        block: list[Flowable] = [Spacer(0, BODY_LEADING / 2)]
        for first, cells in groups:
            if not cells:
                continue
            if first.get("title"):
                block.append(ctx.paragraph(ctx.text(first["title"]), style))
            columns = first.get("columns", 3)
            rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
            rows[-1] += [""] * (columns - len(rows[-1]))
            commands = [
                ("FONT", (0, 0), (-1, -1), ctx.fonts.main, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), BODY_SIZE / 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), SIGNING_ROOM),
            ]
            block.append(Table(rows, colWidths=[FRAME_WIDTH / columns] * columns,
                               style=TableStyle(commands), hAlign="LEFT"))
        right = ctx.styles.get(BODY_SIZE, "right")
        if "seal" in spec:
            block.append(ctx.paragraph(ctx.text(spec["seal"]) + "\u3000" * 2, right))
        if "date" in spec:
            when = ctx.text(spec["date"]) or "年\u3000\u3000月\u3000\u3000日"
            block.append(ctx.paragraph(when + "\u3000" * 2, right))
        return block


class Space(Section):
    """Vertical space, in body lines."""

    keys: ClassVar = {"lines": Key(NUMBER)}

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        return [Spacer(0, spec.get("lines", 1) * BODY_LEADING)]


class NewPage(Section):
    """Start a new page."""

    def build(self, spec: dict, ctx: RenderContext) -> list[Flowable]:
        return [PageBreak()]


SECTION_TYPES: dict[str, Section] = {
    "heading": Heading(),
    "line": Line(),
    "paragraph": Para(),
    "list": NumberedList(),
    "parties": Parties(),
    "fields": Fields(),
    "table": ListTable(),
    "signatures": Signatures(),
    "spacer": Space(),
    "page_break": NewPage(),
}


def check_section(spec: object, checker: Checker) -> None:
    """All problems of one section, reported through the checker."""
    kind = spec.get("type") if isinstance(spec, dict) else None
    section = SECTION_TYPES.get(kind) if isinstance(kind, str) else None
    if section is None:
        if isinstance(spec, dict):
            checker.problem(f"未知的节类型“{kind}”（可用：{'、'.join(SECTION_TYPES)}）")
        else:
            checker.problem("应为表（键 = 值）")
        return
    if checker.keys(spec, {**COMMON_KEYS, **section.keys}):
        if "when" in spec:
            checker.condition(spec["when"])
        section.check(spec, checker)


def compose(sections: Sequence[dict], ctx: RenderContext) -> list[Flowable]:
    """Flowables of all sections, honouring when, space_before and keep_with_next.

    Work in groups of flowables that must share a page, wrapped in one KeepTogether only
    at the end: ReportLab measures a nested KeepTogether as infinitely tall, which would
    make the outer one give up and split.
    """
    groups: list[list[Flowable]] = []
    carry: list[Flowable] = []
    for spec in sections:
        if not ctx.holds(spec.get("when")):
            continue
        section = SECTION_TYPES[spec["type"]]
        flows = section.build(spec, ctx)
        pieces = [flows] if section.unbreakable and flows else [[f] for f in flows]
        if spec.get("space_before"):
            pieces.insert(0, [Spacer(0, spec["space_before"] * BODY_LEADING)])
        if section.keeps_with_previous and not carry:
            groups, taken = _split(groups, at_start=False)
            carry = _flat(taken)
        if carry:
            head, pieces = _split(pieces, at_start=True)
            carry += _flat(head)
            if not pieces and spec.get("keep_with_next"):
                continue
            groups.append(carry)
            carry = []
        if spec.get("keep_with_next"):
            pieces, tail = _split(pieces, at_start=False)
            carry = _flat(tail)
        groups += pieces
    if carry:
        groups.append(carry)
    return [group[0] if len(group) == 1 else KeepTogether(group) for group in groups]


def _flat(pieces: list[list[Flowable]]) -> list[Flowable]:
    return [flowable for piece in pieces for flowable in piece]


def _split(pieces: list[list[Flowable]], *, at_start: bool) -> tuple[list, list]:
    """Cut after the first (or before the last) piece with something visible in it;
    spacers next to it go with it."""
    visible = [i for i, piece in enumerate(pieces) if any(not isinstance(f, Spacer) for f in piece)]
    if not visible:
        return (pieces, []) if at_start else ([], pieces)
    cut = visible[0] + 1 if at_start else visible[-1]
    return pieces[:cut], pieces[cut:]
