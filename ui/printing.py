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

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for



def print_html(parent: QWidget, title: str, body: str) -> bool:
    """Ask for a printer (or PDF) and print; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("printing", "打印"))
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
    mediators = "、".join(m["name"] for m in case.get("mediators", []))
    facts = [(translate("printing", "状态"), vocab.status_label(case["status"])),
             (translate("printing", "纠纷类型"), vocab.label(case.get("dispute_type"))),
             (translate("printing", "案件来源"), vocab.label(case.get("source"))),
             (translate("printing", "收案日期"), case.get("received_on")),
             (translate("printing", "受理日期"), case.get("accepted_on")),
             (translate("printing", "办理期限"), case.get("deadline")),
             (translate("printing", "调解员"), mediators),
             (translate("printing", "纠纷简要情况"), case.get("summary"))]
    parties = [(vocab.label(p.get("role")), p.get("name"), p.get("phone"))
               for p in case.get("parties", [])]
    fact_table = table_html((translate("printing", "项目"), translate("printing", "内容")),
                            [f for f in facts if f[1]])
    party_table = table_html((translate("printing", "身份"), translate("printing", "姓名/名称"),
                              translate("printing", "联系电话")), parties)
    return f"{fact_table}<br/>{party_table}"
