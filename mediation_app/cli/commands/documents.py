"""print and attach commands: the standard documents as PDF, and files into a case."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mediation_app.cli.context import CliApp
from mediation_app.documents import KINDS, write_pdf_atomically
from mediation_app.errors import ValidationError
from mediation_app.services import attachments, printing


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("print", help="打印文书为 PDF: " + ", ".join(KINDS))
    p.add_argument("kind", choices=KINDS)
    p.add_argument("case_id", type=int)
    p.add_argument("--out", required=True, help="输出 PDF 文件")
    p.add_argument("--session", type=int, help="调解记录：第几次调解")
    p.add_argument("--follow-up", type=int, help="回访记录：第几次回访")
    p.add_argument("--id-numbers", action="store_true", help="打印当事人身份证号")
    p.set_defaults(handler=cmd_print)
    a = sub.add_parser("attach", help="为案件添加附件（PDF/PNG/JPEG）")
    a.add_argument("case_id", type=int)
    a.add_argument("file")
    a.add_argument("--category", required=True, choices=attachments.CATEGORIES)
    a.add_argument("--title")
    a.add_argument("--party-id", type=int, help="作为该当事人的身份证明")
    a.set_defaults(handler=cmd_attach)


def cmd_print(app: CliApp) -> dict[str, Any]:
    a = app.args
    actor = app.actor
    with app.store.transaction() as session:
        pdf = printing.render(session, actor, a.case_id, a.kind, session_index=a.session,
                              follow_up_index=a.follow_up, print_id_numbers=a.id_numbers)
    out = Path(a.out)
    try:
        write_pdf_atomically(pdf, out)
    except OSError as exc:
        raise ValidationError(f"无法写入 {out}：{exc.strerror}", "cannot write the file") from exc
    return {"ok": True, "kind": a.kind, "out": str(out), "bytes": len(pdf)}


def cmd_attach(app: CliApp) -> dict[str, Any]:
    a = app.args
    path = Path(a.file)
    if not path.is_file():
        raise ValidationError(f"找不到文件：{path}", "no such file")
    with path.open("rb") as fh:
        content = fh.read(200 * 1024 * 1024 + 1)
    actor = app.actor
    with app.store.transaction() as session:
        return attachments.add(session, actor, a.case_id, filename=path.name, content=content,
                               category=a.category, title=a.title, party_id=a.party_id)
