"""Showing stored moments (UTC in the store) in the office's local time."""

from __future__ import annotations

import datetime as dt

OFFICE_TZ = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")
"""The zone the core reads session times in (``actions._LOCAL``); shown in the same zone so
a time typed as 09:00 reads back as 09:00. (Requested: expose it from the core.)"""


def local_time(value: str | None) -> str:
    """``2026-11-07T01:00:00+00:00`` → ``2026-11-07 09:00``; dates and junk pass through."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.astimezone(OFFICE_TZ).strftime("%Y-%m-%d %H:%M")
