"""Bugs go to a crash log and a minimal dialog, never to a traceback on screen."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from mediation_app import __version__

ShowCrash = Callable[[Path | None], None]


def write_log(log_dir: Path | None, details: str) -> Path | None:
    """Write one crash log; returns None when even that fails (the disk may be the problem)."""
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = log_dir / f"crash-{stamp}-{os.getpid()}.log"
        header = (f"mediation-desk {__version__}  python {platform.python_version()}  "
                  f"{platform.platform()}\n{dt.datetime.now().isoformat()}\n\n")
        path.write_text(header + details, "utf-8")
        return path
    except OSError:
        return None


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


class CrashHandler:
    """``sys.excepthook`` for the GUI: log the bug, tell the user briefly, keep running."""

    def __init__(self, log_dir: Path | None, show: ShowCrash) -> None:
        self.log_dir = log_dir
        self.show = show
        self._previous = sys.excepthook
        self._inside = False

    def install(self) -> None:
        sys.excepthook = self

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, exc, tb))
        path = write_log(self.log_dir, details)
        sys.stderr.write(f"内部错误，详情见 {path} (internal error, see the log)\n")
        if self._inside:  # a crash while showing the crash dialog: do not loop
            return
        self._inside = True
        try:
            self.show(path)
        finally:
            self._inside = False
