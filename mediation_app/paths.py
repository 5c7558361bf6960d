"""Where the application keeps its data, in one place.

Order of precedence: command-line option, environment variable, platform default.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "mediation-desk"
DB_FILENAME = "mediation.db"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    db_url: str

    @property
    def db_path(self) -> Path | None:
        """The SQLite file, or None when the store is a server."""
        if "://" in self.db_url:
            return None
        return Path(self.db_url)

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "ui-settings.ini"


def portable_dir() -> Path | None:
    """A frozen build with a file named ``portable`` beside it keeps its data there."""
    if not getattr(sys, "frozen", False):
        return None
    home = Path(sys.executable).resolve().parent
    return home / "data" if (home / "portable").exists() else None


def resolve(data_dir: str | os.PathLike[str] | None = None, db: str | None = None) -> AppPaths:
    """Paths from options, then MEDIATION_DATA_DIR / MEDIATION_DB, then platform defaults."""
    base = (data_dir or os.environ.get("MEDIATION_DATA_DIR") or portable_dir()
            or platformdirs.user_data_dir(APP_NAME))
    base_path = Path(base).expanduser().resolve()
    chosen = db or os.environ.get("MEDIATION_DB")
    if chosen is None:
        url = str(base_path / DB_FILENAME)
    elif "://" in chosen:
        url = chosen
    else:
        url = str(Path(chosen).expanduser().resolve())
    return AppPaths(data_dir=base_path, db_url=url)
