"""What every window needs after sign-in, passed explicitly instead of held in globals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from mediation_app.paths import AppPaths
from mediation_app.services.actor import Actor

if TYPE_CHECKING:  # SQLAlchemy is imported on the worker while the sign-in dialog shows
    from mediation_app.storage.engine import Store
    from ui.dialogs import DialogService
    from ui.worker import Worker

SETTINGS_VERSION = 1


def open_settings(paths: AppPaths) -> QSettings:
    """Window layout and last filters, in an INI file inside the data directory."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    if settings.value("version", 0, int) != SETTINGS_VERSION:
        settings.clear()  # layouts of another version are not worth migrating
        settings.setValue("version", SETTINGS_VERSION)
    return settings


@dataclass
class Opened:
    """What the application continues with after first run or sign-in."""

    store: Store
    actor: Actor
    office_name: str


@dataclass
class AppContext:
    paths: AppPaths
    store: Store
    actor: Actor
    worker: Worker
    dialogs: DialogService
    settings: QSettings
    office_name: str = ""
    today: Callable[[], dt.date] = field(default=dt.date.today)

    @property
    def store_label(self) -> str:
        """Where the data is, without a password that a URL might carry."""
        if self.paths.db_path is not None:
            return str(self.paths.db_path)
        url = self.paths.db_url
        if "@" in url and "://" in url:
            scheme, rest = url.split("://", 1)
            return f"{scheme}://{rest.split('@', 1)[1]}"
        return url
