"""Quick prints of what is on screen (a case overview, the list). Official documents are
produced by ``mediation_app.documents``, not here."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ui import vocab


def _t(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def print_html(parent: QWidget, title: str, body: str) -> bool:
    """Ask for a printer (or PDF) and print; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_t("打印"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setDefaultFont(parent.font())
    document.setHtml(f"<h2>{html.escape(title)}</h2>{body}")
    document.print_(printer)
    return True


def table_html(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if c is None else str(c))}</td>"
                                     for c in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>"


def case_html(case: dict[str, Any]) -> str:
    facts = [(_t("状态"), vocab.status_label(case["status"])),
             (_t("纠纷类型"), vocab.label(case.get("dispute_type"))),
             (_t("案件来源"), vocab.label(case.get("source"))),
             (_t("收案日期"), case.get("received_on")), (_t("受理日期"), case.get("accepted_on")),
             (_t("办理期限"), case.get("deadline")),
             (_t("调解员"), "、".join(m["name"] for m in case.get("mediators", []))),
             (_t("纠纷简要情况"), case.get("summary"))]
    parties = [(vocab.label(p.get("role")), p.get("name"), p.get("phone"))
               for p in case.get("parties", [])]
    return table_html((_t("项目"), _t("内容")), [f for f in facts if f[1]]) + "<br/>" + \
        table_html((_t("身份"), _t("姓名/名称"), _t("联系电话")), parties)
