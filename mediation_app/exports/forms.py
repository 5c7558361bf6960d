"""The report as the paper form: one generic .xlsx writer for the office and the district.

The form is a stack of tables (the blocks of columns.FORM), each with merged group
headers over its columns, one row per reporting unit and a total row, printed A4
landscape and fitted to the page width.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from mediation_app.exports.columns import AMOUNT_KEY, FORM, RATE_KEY, Block, Node

FONT = "宋体"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
MISSING_FILL = PatternFill("solid", fgColor="FFE0E0")
HEADER_FILL = PatternFill("solid", fgColor="EEEEEE")
FORMATS = {RATE_KEY: "0.0%", AMOUNT_KEY: "0.00"}
LABEL_WIDTH, VALUE_WIDTH = 24, 7.5
FORM_WIDTH = 1 + max(sum(n.width for n in b.nodes) for b in FORM)
NOT_REPORTED = "未报送"


@dataclass(frozen=True)
class Row:
    """One reporting unit; ``figures`` None means it has not reported."""

    label: str
    figures: Mapping[str, Any] | None


@cache
def _font(bold: bool = False, size: int = 10) -> Font:
    """Shared font objects: building a Font per cell costs more than writing the cell."""
    return Font(name=FONT, bold=bold, size=size)


def put(ws: Worksheet, row: int, col: int, value: Any, *, bold: bool = False,
        align: Alignment = CENTRE, span: tuple[int, int] = (1, 1), box: bool = True,
        size: int = 10) -> None:
    """Write one cell, merged over ``span`` (rows, columns), framed if ``box``."""
    rows, cols = span
    if rows > 1 or cols > 1:
        ws.merge_cells(start_row=row, start_column=col, end_row=row + rows - 1,
                       end_column=col + cols - 1)
    cell = ws.cell(row, col, value)
    cell.font, cell.alignment = _font(bold, size), align
    if box:
        for r in range(row, row + rows):
            for c in range(col, col + cols):
                ws.cell(r, c).border = BOX


def _headers(ws: Worksheet, nodes: Sequence[Node], row: int, col: int, depth: int) -> int:
    """Header cells of ``nodes`` from ``row`` down to the block's last header row."""
    for node in nodes:
        if node.children:
            put(ws, row, col, node.label, bold=True, span=(1, node.width))
            _headers(ws, node.children, row + 1, col, depth - 1)
        else:
            put(ws, row, col, node.label, bold=True, span=(depth, 1))
        ws.cell(row, col).fill = HEADER_FILL
        col += node.width
    return col


def _leaf_keys(nodes: Sequence[Node]) -> list[str]:
    return [k for n in nodes for k in ([n.key] if n.key else _leaf_keys(n.children))]


def block_keys(block: Block) -> list[str]:
    """The figure keys of a block's columns, left to right."""
    return _leaf_keys(block.nodes)


def _figure_row(ws: Worksheet, row: int, keys: Sequence[str], unit: Row, bold: bool) -> None:
    put(ws, row, 1, unit.label, bold=bold, align=LEFT)
    for col, key in enumerate(keys, start=2):
        value = None if unit.figures is None else unit.figures[key]
        put(ws, row, col, value, bold=bold)
        if key in FORMATS:
            ws.cell(row, col).number_format = FORMATS[key]
        if unit.figures is None:
            ws.cell(row, col).fill = MISSING_FILL
    if unit.figures is None:
        ws.cell(row, 1).fill = MISSING_FILL


def write_form(ws: Worksheet, *, title: str, info: Sequence[str], label_header: str,
               rows: Sequence[Row], total: Mapping[str, Any]) -> int:
    """The form's tables; returns the next free row for what follows (adjustments, footer)."""
    ws.title = "统计表"
    ws.column_dimensions["A"].width = LABEL_WIDTH
    for col in range(2, FORM_WIDTH + 1):
        ws.column_dimensions[get_column_letter(col)].width = VALUE_WIDTH
    put(ws, 1, 1, title, bold=True, size=16, span=(1, FORM_WIDTH), box=False)
    ws.row_dimensions[1].height = 30
    put(ws, 2, 1, "　　".join(info), align=LEFT, span=(1, FORM_WIDTH), box=False)
    row = 3
    for block in FORM:
        depth = max(n.depth for n in block.nodes)
        put(ws, row, 1, block.title, bold=True, align=LEFT, span=(1, FORM_WIDTH), box=False)
        put(ws, row + 1, 1, label_header, bold=True, span=(depth, 1))
        ws.cell(row + 1, 1).fill = HEADER_FILL
        _headers(ws, block.nodes, row + 1, 2, depth)
        for r in range(row + 1, row + 1 + depth):
            ws.row_dimensions[r].height = 30
        row += 1 + depth
        keys = block_keys(block)
        for unit in rows:
            _figure_row(ws, row, keys, unit, bold=False)
            row += 1
        _figure_row(ws, row, keys, Row("合计", total), bold=True)
        row += 2
    _print_setup(ws)
    return row


def write_table(ws: Worksheet, row: int, title: str, columns: Sequence[tuple[str, int]],
                rows: Sequence[Sequence[Any]]) -> int:
    """A plain titled table whose columns span several form columns; returns the next row."""
    put(ws, row, 1, title, bold=True, align=LEFT, span=(1, FORM_WIDTH), box=False)
    col = 1
    for header, span in columns:
        put(ws, row + 1, col, header, bold=True, span=(1, span))
        ws.cell(row + 1, col).fill = HEADER_FILL
        col += span
    row += 2
    for values in rows:
        col = 1
        for value, (_header, span) in zip(values, columns, strict=True):
            put(ws, row, col, value, align=LEFT, span=(1, span))
            col += span
        row += 1
    return row + 1


def write_lines(ws: Worksheet, row: int, lines: Sequence[str]) -> int:
    for line in lines:
        put(ws, row, 1, line, align=LEFT, span=(1, FORM_WIDTH), box=False)
        row += 1
    return row


def write_list(ws: Worksheet, title: str, columns: Sequence[tuple[str, float]],
               rows: Sequence[Sequence[Any]]) -> None:
    """A plain list sheet: header row, one row per item, no merged cells (fast for many)."""
    ws.title = title
    for col, (header, width) in enumerate(columns, start=1):
        put(ws, 1, col, header, bold=True)
        ws.cell(1, col).fill = HEADER_FILL
        ws.column_dimensions[get_column_letter(col)].width = width
    for values in rows:
        ws.append(list(values))
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    _print_setup(ws)


def _print_setup(ws: Worksheet) -> None:
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
