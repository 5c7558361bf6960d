"""The start-up path imports none of the heavy libraries that only later pages need."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

LATER = ("alembic", "reportlab", "pypdf", "openpyxl", "ui.dashboard", "ui.bureau_view",
         "ui.case_window", "ui.export_dialog", "ui.settings_dialog", "ui.intake_wizard",
         "mediation_app.documents.engine")


def test_the_gui_starts_without_later_pages_and_libraries() -> None:
    code = ("import sys, ui.app, ui.main_window\n"
            f"print(sorted(m for m in {LATER!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, cwd=Path(__file__).resolve().parents[2],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
