"""print and attach commands: the standard documents as PDF, and files into a case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mediation_app.cli.context import CliApp
from mediation_app.documents import write_pdf_atomically
from mediation_app.errors import ValidationError
from mediation_app.services import attachments, printing


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
