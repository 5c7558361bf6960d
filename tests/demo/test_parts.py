"""The generator's building blocks, without a store."""

from __future__ import annotations

import datetime as dt
import random

from mediation_app.demo.generator import BATCH_CASES, LAST_CASES, batch_size, daily_counts
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


def test_batches_shrink_towards_the_end_of_a_load() -> None:
    sizes, left = [], 100_000
    while left:
        sizes.append(min(batch_size(left), left))
        left -= sizes[-1]
    assert sum(sizes) == 100_000
    assert sizes[:19] == [BATCH_CASES] * 19
    assert sizes[-2] == LAST_CASES and sizes[-1] <= LAST_CASES
    assert sizes == sorted(sizes, reverse=True)
