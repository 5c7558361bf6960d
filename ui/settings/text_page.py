"""What the settings pages over an office text (templates, holidays, risk rules) share.

Each write is one service call on the worker; the page shows what the core returns, so
what was saved is what is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session

from ui.context import AppContext
from ui.forms import show_failure


class OfficeTextPage(QWidget):
    """``changed`` after a write; subclasses set ``error``/``status`` and show a result."""

    changed = Signal()
    app: AppContext
    error: QLabel
    status: QLabel

    def _written(self, result: dict[str, Any]) -> None:
        raise NotImplementedError

    def _write(self, call: Callable[[Session], dict[str, Any]], done: str) -> None:
        """Run ``call`` as a write; ``done`` may name the saved version as ``{0}``."""
        self.error.hide()

        def written(result: dict[str, Any]) -> None:
            self._written(result)
            self.status.setText(done.format(result.get("version", "")))
            self.changed.emit()

        self.app.worker.run(call, write=True, on_done=written, on_error=self._failed,
                            owner=self)

    def _failed(self, exc: BaseException, details: str) -> None:
        show_failure(self, None, self.error, exc, details, self.app.dialogs)
