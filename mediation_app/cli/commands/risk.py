"""risk commands: assess text, show a case's flag and history, override, evaluate, rules."""

from __future__ import annotations

import argparse

from mediation_app.cli.lazy import Handlers

impl = Handlers("mediation_app.cli.handlers.risk")
rules_impl = Handlers("mediation_app.cli.handlers.risk_rules")


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
    _register_rules(risk)


def _register_rules(risk: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """risk rules: the office's copy of the rules file, its common edits, re-assessment."""
    r = risk.add_parser("rules", help="风险规则（本所可修改）").add_subparsers(
        dest="rules_cmd", required=True)
    show = r.add_parser("show", help="显示现用规则的版本、配色方案、等级名称和分数线")
    show.add_argument("--text", action="store_true", help="同时输出规则全文")
    show.set_defaults(handler=rules_impl.cmd_rules_show)
    check = r.add_parser("check", help="检查规则文件（不保存）")
    check.add_argument("file")
    check.set_defaults(handler=rules_impl.cmd_rules_check)
    save = r.add_parser("save", help="检查并保存为本所规则（管理员；内容变化须提高 version）")
    save.add_argument("file")
    save.set_defaults(handler=rules_impl.cmd_rules_save)
    r.add_parser("revert", help="删除本所规则，恢复随程序提供的规则").set_defaults(
        handler=rules_impl.cmd_rules_revert)
    edit = r.add_parser("set", help="修改配色方案、等级名称或分数线（版本号自动提高）")
    edit.add_argument("--scheme", choices=["three", "four"],
                      help="three：红/黄/绿；four：红/橙/黄/蓝")
    edit.add_argument("--label", action="append", metavar="LEVEL=NAME",
                      help="等级名称，如 high=红；LEVEL 为 high、orange、medium、low；可重复")
    edit.add_argument("--medium", type=float, help="中风险分数线")
    edit.add_argument("--high", type=float, help="高风险分数线")
    edit.add_argument("--orange", type=float, help="四色方案中橙色的分数线")
    edit.set_defaults(handler=rules_impl.cmd_rules_set)
    r.add_parser("reassess", help="按现用规则重新研判全部在办案件（管理员）").set_defaults(
        handler=rules_impl.cmd_rules_reassess)
