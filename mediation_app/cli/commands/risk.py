"""risk commands: assess text, show a case's flag and history, override, evaluate."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from mediation_app.cli.commands.cases import read_json
from mediation_app.cli.context import CliApp
from mediation_app.errors import ValidationError
from mediation_app.risk import TextField, assess, evaluate_file
from mediation_app.services import risk_cases
from mediation_app.services.cases import views


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    risk = sub.add_parser("risk", help="民转刑风险研判 (risk flag)").add_subparsers(
        dest="risk_cmd", required=True)
    a = risk.add_parser("assess", help="研判一段文字（不读写数据库）")
    a.add_argument("--text", required=True)
    a.add_argument("--checklist", help="风险排查表 JSON 文件")
    a.set_defaults(handler=cmd_assess)
    c = risk.add_parser("case", help="案件的风险等级与历史")
    c.add_argument("id", type=int)
    c.set_defaults(handler=cmd_case)
    o = risk.add_parser("override", help="人工调整风险等级（JSON: level, reason_code, reason, "
                        "second_person）")
    o.add_argument("id", type=int)
    o.add_argument("file")
    o.set_defaults(handler=cmd_override)
    w = risk.add_parser("owner", help="指定风险责任人")
    w.add_argument("id", type=int)
    w.add_argument("--name", required=True)
    w.set_defaults(handler=cmd_owner)
    risk.add_parser("tasks", help="风险处置待办").set_defaults(handler=cmd_tasks)
    e = risk.add_parser("evaluate", help="在标注数据上评估（混淆矩阵、精确率、召回率、macro-F1）")
    e.add_argument("file")
    e.set_defaults(handler=cmd_evaluate)


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
