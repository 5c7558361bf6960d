"""Mediation documents as PDF: the standard MOJ forms and the whole case file (卷宗).

The engine prints plain data (``data.py``) through templates (TOML files in
``resources/templates``) with embedded CJK fonts; nothing here touches the database or Qt.

The names below are loaded on first use: the engine brings in ReportLab and pypdf (about a
second of imports), which a light submodule such as ``amounts`` must not pay for, nor the
desktop app's start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_HOMES = {
    "amounts": ("amount_in_figures", "amount_in_words", "amount_text"),
    "data": ("AttachmentCategory", "DocAgent", "DocAgreement", "DocAttachment", "DocCase",
             "DocConfirmation", "DocFollowUp", "DocParticipant", "DocParty", "DocPerformance",
             "DocSession", "DocStatement", "DocTerm"),
    "engine": ("KINDS", "DocumentEngine", "write_pdf_atomically"),
    "errors": ("DocumentError",),
    "templates": ("validate_template",),
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> Any:
    """Load the submodule that defines ``name`` when it is first asked for (PEP 562)."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
