"""Printing results: JSON for scripts, plain lines for people."""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set):
        return sorted(value)
    raise TypeError(type(value).__name__)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_default, indent=2)


def emit(value: Any, as_json: bool) -> None:
    if value is None:
        return
    if as_json or not isinstance(value, (dict, list)):
        text = to_json(value) if as_json else str(value)
    else:
        text = "\n".join(_human(value))
    sys.stdout.write(text + "\n")


def _human(value: Any, indent: str = "") -> list[str]:
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{indent}{key}:")
                lines.extend(_human(item, indent + "  "))
            else:
                lines.append(f"{indent}{key}: {_scalar(item)}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                sub = _human(item, indent + "  ")
                lines.append(f"{indent}- " + sub[0].lstrip() if sub else f"{indent}-")
                lines.extend(sub[1:])
            else:
                lines.append(f"{indent}- {_scalar(item)}")
    return lines


def _scalar(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "是" if value else "否"
    return json.loads(to_json(value)) if isinstance(value, (dt.date, Decimal)) else str(value)
