"""The start-up path imports none of the heavy libraries that only later pages need, and the
sign-in dialog shows before the store's libraries are imported (the worker imports them
while it opens the store)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LATER = ("alembic", "reportlab", "pypdf", "openpyxl", "ui.dashboard", "ui.bureau_view",
         "ui.case_window", "ui.export_dialog", "ui.settings_dialog", "ui.intake_wizard",
         "mediation_app.documents.engine")

AFTER_SIGN_IN_SHOWS = ("sqlalchemy", "sqlcipher3", "keyring", "argon2",
                       "mediation_app.storage.models", "mediation_app.services.office_rules",
                       "ui.main_window", "ui.first_run", "ui.idle_lock")


def imported_of(modules: tuple[str, ...], imports: str) -> str:
    """Which of ``modules`` a fresh interpreter holds after ``import {imports}``."""
    code = (f"import sys, {imports}\n"
            f"print(sorted(m for m in {modules!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, cwd=Path(__file__).resolve().parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_gui_starts_without_later_pages_and_libraries() -> None:
    assert imported_of(LATER, "ui.app, ui.main_window") == "[]"


def test_the_sign_in_shows_before_the_store_libraries_are_imported() -> None:
    assert imported_of(AFTER_SIGN_IN_SHOWS, "ui.app, ui.sign_in") == "[]"
