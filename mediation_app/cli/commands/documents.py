"""print and attach commands: the standard documents as PDF, and files into a case."""

from __future__ import annotations

import argparse

from mediation_app.cli.lazy import Choices, Handlers

impl = Handlers("mediation_app.cli.handlers.documents")
KINDS = Choices("mediation_app.documents.engine", "KINDS")
CATEGORIES = Choices("mediation_app.services.attachments", "CATEGORIES")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("print", help="打印文书为 PDF（种类见 print --help）")
    p.add_argument("kind", choices=KINDS, metavar="kind", help="文书种类：%(choices)s")
    p.add_argument("case_id", type=int)
    p.add_argument("--out", required=True, help="输出 PDF 文件")
    p.add_argument("--session", type=int, help="调解记录：第几次调解")
    p.add_argument("--follow-up", type=int, help="回访记录：第几次回访")
    p.add_argument("--id-numbers", action="store_true", help="打印当事人身份证号")
    p.set_defaults(handler=impl.cmd_print)
    a = sub.add_parser("attach", help="为案件添加附件（PDF/PNG/JPEG）")
    a.add_argument("case_id", type=int)
    a.add_argument("file")
    a.add_argument("--category", required=True, choices=CATEGORIES, metavar="CATEGORY",
                   help="附件类别：%(choices)s")
    a.add_argument("--title")
    a.add_argument("--party-id", type=int, help="作为该当事人的身份证明")
    a.set_defaults(handler=impl.cmd_attach)
