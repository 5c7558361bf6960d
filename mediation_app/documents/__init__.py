"""Mediation documents as PDF: the standard MOJ forms and the whole case file (卷宗).

The engine prints plain data (``data.py``) through templates (TOML files in
``resources/templates``) with embedded CJK fonts; nothing here touches the database or Qt.
"""

from mediation_app.documents.amounts import amount_in_figures, amount_in_words, amount_text
from mediation_app.documents.data import (
    AttachmentCategory,
    DocAgent,
    DocAgreement,
    DocAttachment,
    DocCase,
    DocConfirmation,
    DocFollowUp,
    DocParticipant,
    DocParty,
    DocPerformance,
    DocSession,
    DocStatement,
    DocTerm,
)
from mediation_app.documents.engine import KINDS, DocumentEngine, write_pdf_atomically
from mediation_app.documents.errors import DocumentError
from mediation_app.documents.templates import validate_template

__all__ = [
    "KINDS",
    "AttachmentCategory",
    "DocAgent",
    "DocAgreement",
    "DocAttachment",
    "DocCase",
    "DocConfirmation",
    "DocFollowUp",
    "DocParticipant",
    "DocParty",
    "DocPerformance",
    "DocSession",
    "DocStatement",
    "DocTerm",
    "DocumentEngine",
    "DocumentError",
    "amount_in_figures",
    "amount_in_words",
    "amount_text",
    "validate_template",
    "write_pdf_atomically",
]
