"""The periodic report's figures for display: labels, formatted values, bars by dispute type.

The columns, their Chinese labels and every count come from ``mediation_app.exports``;
here they are only translated and formatted. A column label is a path of header cells
(``调解纠纷（件）·调解件数``); each cell is translated on its own, through the ``statistics``
context below or, for the core's vocabulary (dispute types, sources), through ``vocab``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy.orm import Session

from mediation_app.domain.enums import DisputeType
from mediation_app.exports import roles, statistics
from mediation_app.exports.columns import AMOUNT_KEY, BY_KEY, COLUMNS, RATE_KEY
from mediation_app.services.actor import Actor
from ui import vocab
from ui.charts import Bar
from ui.models.records import RecordColumn
from ui.timefmt import local_time

CONTEXT = "statistics"
SEPARATOR = "·"

# Header cells of the report form that are not core vocabulary (a test checks that every
# cell of ``columns.FORM`` is here or in ``vocab.core_strings()``).
CELLS = (
    QT_TRANSLATE_NOOP("statistics", "矛盾纠纷排查"), QT_TRANSLATE_NOOP("statistics", "排查次数"),
    QT_TRANSLATE_NOOP("statistics", "发现纠纷（件）"), QT_TRANSLATE_NOOP("statistics", "预防纠纷（件）"),
    QT_TRANSLATE_NOOP("statistics", "调解纠纷（件）"), QT_TRANSLATE_NOOP("statistics", "调解件数"),
    QT_TRANSLATE_NOOP("statistics", "成功率"), QT_TRANSLATE_NOOP("statistics", "纠纷来源（件）"),
    QT_TRANSLATE_NOOP("statistics", "依申请"), QT_TRANSLATE_NOOP("statistics", "委托移送"),
    QT_TRANSLATE_NOOP("statistics", "调解协议"), QT_TRANSLATE_NOOP("statistics", "书面（件）"),
    QT_TRANSLATE_NOOP("statistics", "口头（件）"), QT_TRANSLATE_NOOP("statistics", "涉及金额（万元）"),
    QT_TRANSLATE_NOOP("statistics", "履行与司法确认（件）"), QT_TRANSLATE_NOOP("statistics", "自动履行"),
    QT_TRANSLATE_NOOP("statistics", "申请确认"), QT_TRANSLATE_NOOP("statistics", "司法确认"),
    QT_TRANSLATE_NOOP("statistics", "当事人数"), QT_TRANSLATE_NOOP("statistics", "3人以上（件）"),
    QT_TRANSLATE_NOOP("statistics", "回访次数"), QT_TRANSLATE_NOOP("statistics", "调解"),
    QT_TRANSLATE_NOOP("statistics", "成功"), QT_TRANSLATE_NOOP("statistics", "件"),
    QT_TRANSLATE_NOOP("statistics", "人"),
    QT_TRANSLATE_NOOP("statistics", "防止民间纠纷引起自杀"),
    QT_TRANSLATE_NOOP("statistics", "防止民间纠纷转化为刑事案件"),
    QT_TRANSLATE_NOOP("statistics", "防止群体性上访"), QT_TRANSLATE_NOOP("statistics", "防止群体性械斗"),
    QT_TRANSLATE_NOOP("statistics", "委托移送来源（件）"),
    QT_TRANSLATE_NOOP("statistics", "人民调解委员会（个）"), QT_TRANSLATE_NOOP("statistics", "村"),
    QT_TRANSLATE_NOOP("statistics", "居"), QT_TRANSLATE_NOOP("statistics", "乡镇街道"),
    QT_TRANSLATE_NOOP("statistics", "企事业单位"), QT_TRANSLATE_NOOP("statistics", "行业性专业性"),
    QT_TRANSLATE_NOOP("statistics", "人民调解员（人）"), QT_TRANSLATE_NOOP("statistics", "合计"),
    QT_TRANSLATE_NOOP("statistics", "其中专职"),
)


def cell_text(cell: str) -> str:
    """One header cell in the interface language."""
    text = QCoreApplication.translate(CONTEXT, cell)
    return vocab.label(cell) if text == cell else text


def column_label(key: str) -> str:
    """A report column's full label (``Mediated (cases) · Mediated``), translated cell by cell."""
    column = BY_KEY.get(key)
    if column is None:
        return key
    return " · ".join(cell_text(cell) for cell in column.label.split(SEPARATOR))


def format_value(key: str, value: Any) -> str:
    """Counts as they are, the rate as a percentage, the amount in 万元 with two places."""
    if value is None:
        return "—"
    if key == RATE_KEY:
        return f"{float(value) * 100:.1f}%"
    if key == AMOUNT_KEY:
        return f"{Decimal(str(value)):.2f}"
    return str(value)


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


FIGURE_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("figures", "项目"), lambda r: column_label(r["key"]),
                 "figures"),
    RecordColumn(QT_TRANSLATE_NOOP("figures", "数值"),
                 lambda r: format_value(r["key"], r["value"]), "figures"),
)
ADJUSTMENT_COLUMNS = (
    RecordColumn(QT_TRANSLATE_NOOP("figures", "栏目"), lambda r: column_label(r["column"]),
                 "figures"),
    RecordColumn(QT_TRANSLATE_NOOP("figures", "调整数"), lambda r: f"{r['delta']:+d}", "figures"),
    RecordColumn(QT_TRANSLATE_NOOP("figures", "理由"), lambda r: r.get("reason"), "figures"),
    RecordColumn(QT_TRANSLATE_NOOP("figures", "录入人"), lambda r: r.get("entered_by"),
                 "figures"),
    RecordColumn(QT_TRANSLATE_NOOP("figures", "录入时间"),
                 lambda r: local_time(r.get("entered_at")), "figures"),
)


@dataclass(frozen=True)
class MonthFigures:
    """A month's report as plain data: every column by key, and the hand adjustments."""

    month: str
    flat: dict[str, Any]
    adjustments: list[dict[str, Any]]

    def records(self) -> list[dict[str, Any]]:
        """One record per column in the order of the paper form, for the figures table."""
        return [{"key": c.key, "value": self.flat.get(c.key)} for c in COLUMNS]

    def get(self, key: str) -> Any:
        return self.flat.get(key)


def may_see_figures(actor: Actor) -> bool:
    """The core's rule (``roles.STATISTICS``), asked so a page can leave the figures out."""
    return actor.role in roles.STATISTICS


def month_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def load_month(session: Session, actor: Actor, month: str) -> MonthFigures:
    """Runs on the worker: the figures of one ``YYYY-MM`` month (statisticians, admins)."""
    roles.require(actor, roles.STATISTICS, "查看统计", "statisticians and administrators")
    report = statistics.compute(session, *statistics.month_range(month))
    return MonthFigures(month, report.flat(), [a.to_dict() for a in report.adjustments])


def type_bars(flat: dict[str, Any], *, hide_zero: bool = False) -> list[Bar]:
    """A bar per national dispute type: mediated, of which succeeded."""
    bars = []
    for kind in DisputeType:
        mediated = int(flat.get(f"by_type.{kind.value}.mediated") or 0)
        succeeded = int(flat.get(f"by_type.{kind.value}.succeeded") or 0)
        if hide_zero and not mediated:
            continue
        text = translate("figures", "{0}（成功 {1}）").format(mediated, succeeded)
        bars.append(Bar(vocab.label(kind.value), mediated, succeeded, text))
    return bars


def bar_legend() -> tuple[str, str]:
    return translate("figures", "调解件数"), translate("figures", "其中调解成功")


HEADLINE = (
    ("mediated", QT_TRANSLATE_NOOP("figures", "调解件数")),
    ("succeeded", QT_TRANSLATE_NOOP("figures", "调解成功")),
    (RATE_KEY, QT_TRANSLATE_NOOP("figures", "成功率")),
    (AMOUNT_KEY, QT_TRANSLATE_NOOP("figures", "涉及金额（万元）")),
)


def headline(figures: MonthFigures) -> list[tuple[str, str, str]]:
    """The four figures a page shows first, as (key, caption, value) for ``charts.Tiles``."""
    return [(key, translate("figures", caption), format_value(key, figures.get(key))) for key, caption in HEADLINE]
