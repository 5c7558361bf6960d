"""Log files in the data directory, with personal data masked before it is written.

Logs leave the encrypted store: they are copied for support, attached to e-mails, kept
after a case is closed. So ID numbers, phone numbers and the names the application knows
are masked in the message, its arguments and any traceback, on the handler itself (a
filter on a logger would miss records propagated from child loggers).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from logging.handlers import RotatingFileHandler

from mediation_app.domain.idcard import mask as mask_id
from mediation_app.paths import AppPaths

LOG_FILE = "mediation.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_ID_NUMBER = re.compile(r"(?<!\d)(?:\d{17}[\dXx]|\d{15})(?![\dXx])")
_MOBILE = re.compile(r"(?<!\d)((?:\+?86[-\s]?)?1[3-9]\d)[-\s]?\d{4}[-\s]?(\d{4})(?!\d)")
_LANDLINE = re.compile(r"(?<!\d)(0\d{2,3})-\d{3,4}(\d{4})(?!\d)")


class PersonalDataMask(logging.Filter):
    """Masks ID numbers, mobile and landline numbers, and known names (best effort)."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        super().__init__()
        self._names: set[str] = set()
        self._name_pattern: re.Pattern[str] | None = None
        self.add_names(names)

    def add_names(self, names: Iterable[str]) -> None:
        """Names to mask from now on; single characters are skipped (too many false hits)."""
        self._names |= {n.strip() for n in names if len(n.strip()) >= 2}
        if self._names:
            longest_first = sorted(self._names, key=len, reverse=True)
            self._name_pattern = re.compile("|".join(map(re.escape, longest_first)))

    def mask(self, text: str) -> str:
        text = _ID_NUMBER.sub(lambda m: mask_id(m.group()) or "", text)
        text = _MOBILE.sub(r"\1****\2", text)
        text = _LANDLINE.sub(r"\1-****\2", text)
        if self._name_pattern is not None:
            text = self._name_pattern.sub(lambda m: m.group()[0] + "*" * (len(m.group()) - 1),
                                          text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.mask(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        return True


class MaskedLogFile(RotatingFileHandler):
    """``mediation.log`` in the log directory, rotated at 2 MB, five old files kept."""

    def __init__(self, paths: AppPaths, names: Iterable[str] = ()) -> None:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        super().__init__(paths.log_dir / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                         encoding="utf-8")
        self.masker = PersonalDataMask(names)
        self.addFilter(self.masker)
        self.setFormatter(logging.Formatter(FORMAT))


def setup_logging(paths: AppPaths, names: Iterable[str] = (),
                  level: int = logging.INFO) -> MaskedLogFile:
    """Log to the data directory from now on; calling it again replaces the earlier file."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, MaskedLogFile)]:
        root.removeHandler(old)
        old.close()
    handler = MaskedLogFile(paths, names)
    root.addHandler(handler)
    root.setLevel(level)
    return handler
