"""risk commands: assess text, show a case's flag and history, override, evaluate."""

from __future__ import annotations

import argparse

from mediation_app.cli.lazy import Handlers

impl = Handlers("mediation_app.cli.handlers.risk")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    risk = sub.add_parser("risk", help="民转刑风险研判 (risk flag)").add_subparsers(
        dest="risk_cmd", required=True)
    a = risk.add_parser("assess", help="研判一段文字（不读写数据库）")
    a.add_argument("--text", required=True)
    a.add_argument("--checklist", help="风险排查表 JSON 文件")
    a.set_defaults(handler=impl.cmd_assess)
    c = risk.add_parser("case", help="案件的风险等级与历史")
    c.add_argument("id", type=int)
    c.set_defaults(handler=impl.cmd_case)
    o = risk.add_parser("override", help="人工调整风险等级（JSON: level, reason_code, reason, "
                        "second_person）")
    o.add_argument("id", type=int)
    o.add_argument("file")
    o.set_defaults(handler=impl.cmd_override)
    w = risk.add_parser("owner", help="指定风险责任人")
    w.add_argument("id", type=int)
    w.add_argument("--name", required=True)
    w.set_defaults(handler=impl.cmd_owner)
    risk.add_parser("tasks", help="风险处置待办").set_defaults(handler=impl.cmd_tasks)
    e = risk.add_parser("evaluate", help="在标注数据上评估（混淆矩阵、精确率、召回率、macro-F1）")
    e.add_argument("file")
    e.set_defaults(handler=impl.cmd_evaluate)
