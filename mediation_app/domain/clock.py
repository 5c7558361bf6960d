"""The office's local time: China Standard Time (UTC+8, no daylight saving).

Timestamps are stored in UTC; dates people type and see are local.
"""

from __future__ import annotations

import datetime as dt

LOCAL_TZ = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")


def local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(LOCAL_TZ).date()
