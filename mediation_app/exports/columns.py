"""The columns of the bureau's periodic report, defined once as the paper form's header tree.

The same tree drives the figures' keys (``by_type.邻里纠纷.mediated``), their Chinese
labels, which columns may be adjusted by hand, the office's monthly .xlsx and the
district's summary, so a column added here appears everywhere at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from mediation_app.domain.enums import DisputeType, PreventionKind, Source

SOURCE_GROUPS: tuple[str, ...] = ("主动调解", "依申请", "委托移送")
REFERRAL_SOURCES: tuple[Source, ...] = tuple(s for s in Source if s.is_referral)
# the kinds Committee.kind takes; anything else is counted as 其他
COMMITTEE_KINDS: tuple[str, ...] = ("村", "居", "乡镇街道", "企事业单位", "行业性专业性", "其他")
PREVENTION_LABELS: dict[PreventionKind, str] = {
    PreventionKind.SUICIDE: "防止民间纠纷引起自杀",
    PreventionKind.CRIMINAL: "防止民间纠纷转化为刑事案件",
    PreventionKind.GROUP_PETITION: "防止群体性上访",
    PreventionKind.GROUP_FIGHT: "防止群体性械斗",
}
RATE_KEY = "success_rate"
AMOUNT_KEY = "amount_wan"
THOUSANDTH = Decimal("0.001")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Node:
    """A header cell: a leaf carries a figure's key, a group carries children."""

    label: str
    key: str | None = None
    children: tuple[Node, ...] = ()

    @property
    def depth(self) -> int:
        return 1 + max((c.depth for c in self.children), default=0)

    @property
    def width(self) -> int:
        return sum(c.width for c in self.children) if self.children else 1


@dataclass(frozen=True)
class Block:
    """One table of the form; the form is printed as a stack of blocks to fit A4."""

    title: str
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Column:
    key: str
    label: str

    @property
    def adjustable(self) -> bool:
        """Counts may be adjusted; the rate is derived and amounts are not whole numbers."""
        return self.key not in (RATE_KEY, AMOUNT_KEY)


def leaf(label: str, key: str) -> Node:
    return Node(label, key=key)


def group(label: str, *children: Node) -> Node:
    return Node(label, children=children)


def _type_group(t: DisputeType) -> Node:
    key = f"by_type.{t.value}"
    return group(t.value, leaf("调解", f"{key}.mediated"), leaf("成功", f"{key}.succeeded"))


_TYPES = tuple(DisputeType)
FORM: tuple[Block, ...] = (
    Block("一、矛盾纠纷排查与调解概况", (
        group("矛盾纠纷排查", leaf("排查次数", "sweeps"), leaf("发现纠纷（件）", "sweep_found"),
              leaf("预防纠纷（件）", "sweep_prevented")),
        group("调解纠纷（件）", leaf("调解件数", "mediated"), leaf("调解成功", "succeeded"),
              leaf("成功率", RATE_KEY), leaf("调解不成", "failed"), leaf("终止调解", "terminated")),
        group("纠纷来源（件）", *(leaf(g, f"by_source.{g}") for g in SOURCE_GROUPS)),
        group("调解协议", leaf("书面（件）", "written"), leaf("口头（件）", "oral"),
              leaf("涉及金额（万元）", AMOUNT_KEY)),
        group("履行与司法确认（件）", leaf("自动履行", "performed"),
              leaf("申请确认", "confirmation_applied"), leaf("司法确认", "confirmed")),
        group("当事人", leaf("当事人数", "parties"), leaf("3人以上（件）", "cases_3plus_parties")),
        leaf("回访次数", "follow_ups"),
    )),
    Block("二、调解纠纷分类（件）", tuple(_type_group(t) for t in _TYPES[:8])),
    Block("二、调解纠纷分类（件，续）", tuple(_type_group(t) for t in _TYPES[8:])),
    Block("三、预防效果与委托移送来源", (
        *(group(label, leaf("件", f"prevented.{k.value}.cases"),
                leaf("人", f"prevented.{k.value}.persons"))
          for k, label in PREVENTION_LABELS.items()),
        group("委托移送来源（件）",
              *(leaf(s.value, f"by_source_detail.{s.value}") for s in REFERRAL_SOURCES)),
    )),
    Block("四、调解组织与队伍", (
        group("人民调解委员会（个）",
              *(leaf(k, f"committees.{k}") for k in COMMITTEE_KINDS)),
        group("人民调解员（人）", leaf("合计", "mediators"),
              leaf("其中专职", "mediators_full_time")),
    )),
)


def leaves(nodes: Iterable[Node], path: tuple[str, ...] = ()) -> Iterator[tuple[Node, str]]:
    """Leaf nodes in form order, each with its full label (group·…·leaf)."""
    for node in nodes:
        here = (*path, node.label)
        if node.children:
            yield from leaves(node.children, here)
        else:
            yield node, "·".join(here)


COLUMNS: tuple[Column, ...] = tuple(
    Column(node.key, label) for block in FORM for node, label in leaves(block.nodes)
    if node.key is not None
)
BY_KEY: dict[str, Column] = {c.key: c for c in COLUMNS}
COUNT_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS if c.adjustable)


def find_column(text: str) -> Column | None:
    """A column by its key or its full Chinese label."""
    text = text.strip()
    return BY_KEY.get(text) or next((c for c in COLUMNS if c.label == text), None)


def success_rate(succeeded: int, mediated: int) -> float | None:
    """Succeeded / mediated to three places (half up); None when nothing was mediated."""
    if mediated <= 0:
        return None
    return float((Decimal(succeeded) / Decimal(mediated)).quantize(THOUSANDTH, ROUND_HALF_UP))


def figures(counts: Mapping[str, int], amount_wan: Decimal) -> dict[str, Any]:
    """Every column in form order: the counts, the amount and the rate derived from them."""
    values: dict[str, Any] = {**counts, AMOUNT_KEY: amount_wan.quantize(CENT, ROUND_HALF_UP),
                              RATE_KEY: success_rate(counts["succeeded"], counts["mediated"])}
    return {c.key: values[c.key] for c in COLUMNS}


def combine(flats: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Add up several offices' flat figures; the rate is recomputed from the sums."""
    counts = dict.fromkeys(COUNT_KEYS, 0)
    amount = Decimal(0)
    for flat in flats:
        for key in COUNT_KEYS:
            counts[key] += int(flat[key])
        amount += Decimal(str(flat[AMOUNT_KEY]))
    return figures(counts, amount)


def nest(flat: Mapping[str, object]) -> dict[str, object]:
    """``{"by_type.邻里纠纷.mediated": 3}`` → ``{"by_type": {"邻里纠纷": {"mediated": 3}}}``."""
    out: dict[str, object] = {}
    for key, value in flat.items():
        *parents, last = key.split(".")
        here = out
        for part in parents:
            here = here.setdefault(part, {})  # type: ignore[assignment]
        here[last] = value
    return out


def lookup(nested: Mapping[str, object], key: str) -> object:
    """The value at a dotted key of nested figures; KeyError if any level is missing."""
    here: object = nested
    for part in key.split("."):
        if not isinstance(here, Mapping):
            raise KeyError(key)
        here = here[part]
    return here
