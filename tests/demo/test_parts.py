"""The generator's building blocks, without a store."""

from __future__ import annotations

import datetime as dt
import random

from mediation_app.demo.generator import daily_counts
from mediation_app.demo.names import IdNumbers
from mediation_app.domain import idcard


def test_cached_id_numbers_equal_idcard_make() -> None:
    ids, rng = IdNumbers(), random.Random(5)
    for _ in range(3000):
        birth = dt.date.fromordinal(rng.randint(700_000, 739_000))
        area, seq = rng.choice(("110105", "450103", "650102")), rng.randrange(1000)
        assert ids.make(area, birth, seq) == idcard.make(area, birth, seq)


def test_daily_counts_add_up_and_favour_weekdays() -> None:
    counts = dict(daily_counts(10_000, dt.date(2026, 3, 2), dt.date(2026, 3, 29)))
    assert sum(counts.values()) == 10_000
    monday, sunday = counts[dt.date(2026, 3, 2)], counts[dt.date(2026, 3, 8)]
    assert monday > 2 * sunday > 0
    assert dict(daily_counts(3, dt.date(2026, 1, 1), dt.date(2026, 1, 1))) == {
        dt.date(2026, 1, 1): 3}
