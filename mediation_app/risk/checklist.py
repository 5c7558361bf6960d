"""The structured checklist a mediator fills in; its items come from the rules file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mediation_app.risk.reasons import CHECKLIST, Evidence
from mediation_app.risk.rules import Rules, load_rules


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    label: str
    kind: str  # "bool" | "count"
    weight: float  # per unit for "count" items
    red_line: bool


def checklist_items(rules: Rules | None = None) -> list[ChecklistItem]:
    """The items in the order of the rules file, for forms and exports."""
    rules = rules or load_rules()
    return [
        ChecklistItem(f.code, f.label, f.kind, f.weight, f.red_line)
        for f in rules.factors.values()
        if f.checklist
    ]


def checklist_evidence(answers: Mapping[str, bool | int], rules: Rules) -> list[Evidence]:
    """Evidence for the ticked items; unknown codes and wrongly typed answers are errors."""
    found = []
    for code, value in answers.items():
        factor = rules.factors.get(code)
        if factor is None or not factor.checklist:
            raise ValueError(f"未知的风险核查项代码：{code}")
        if factor.kind == "bool":
            if not isinstance(value, bool):
                raise ValueError(f"风险核查项 {code}（{factor.label}）只能填“是”或“否”")
            if value:
                found.append(
                    Evidence(
                        factor,
                        factor.label,
                        factor.weight,
                        CHECKLIST,
                        factor.red_line,
                        factor.floor,
                        notes=("核查表勾选",),
                    )
                )
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"风险核查项 {code}（{factor.label}）应填不小于0的整数")
        if value:
            found.append(
                Evidence(
                    factor,
                    factor.label,
                    factor.weight * min(value, factor.max_count),
                    CHECKLIST,
                    factor.red_line,
                    factor.floor if value >= factor.floor_at else None,
                    notes=(f"核查表填报{value}次",),
                )
            )
    return found
