"""risk commands: assess text, show a case's flag and history, override, evaluate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from mediation_app.cli.context import CliApp
from mediation_app.cli.handlers.cases import read_json
from mediation_app.errors import ValidationError
from mediation_app.risk import TextField, assess, evaluate_file
from mediation_app.services import risk_cases
from mediation_app.services.cases import views


def cmd_assess(app: CliApp) -> dict[str, Any]:
    checklist = read_json(app.args.checklist) if app.args.checklist else {}
    if not isinstance(checklist, dict):
        raise ValidationError("风险排查表应为 JSON 对象", "checklist must be an object")
    try:
        result = assess([TextField("text", "文字", app.args.text)], checklist)
    except ValueError as exc:
        raise ValidationError(f"风险排查表：{exc}", "invalid checklist") from exc
    return result.to_dict()


def cmd_case(app: CliApp) -> dict[str, Any]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        return risk_cases.history(session, app.args.id)


def cmd_override(app: CliApp) -> dict[str, Any]:
    data = read_json(app.args.file)
    actor = app.actor
    with app.store.transaction() as session:
        case = risk_cases.override(session, actor, app.args.id, data)
        return views.risk_dict(case)


def cmd_owner(app: CliApp) -> dict[str, Any]:
    actor = app.actor
    with app.store.transaction() as session:
        case = risk_cases.set_owner(session, actor, app.args.id, app.args.name)
        return views.risk_dict(case)


def cmd_tasks(app: CliApp) -> list[dict[str, Any]]:
    _ = app.actor
    with app.store.transaction(write=False) as session:
        return risk_cases.due_tasks(session, dt.date.today())


def cmd_evaluate(app: CliApp) -> dict[str, Any]:
    path = Path(app.args.file)
    if not path.is_file():
        raise ValidationError(f"找不到文件：{path}", "no such file")
    try:
        return evaluate_file(path)
    except ValueError as exc:
        raise ValidationError(f"评估数据格式错误：{exc}", "malformed evaluation file") from exc
