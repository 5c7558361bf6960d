"""The generator's building blocks, without a store."""

from __future__ import annotations

import datetime as dt
import random

from mediation_app.demo.generator import BATCH_CASES, EDGE_CASES, batch_size, daily_counts
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


def test_batches_grow_at_the_start_of_a_load_and_shrink_at_its_end() -> None:
    sizes: list[int] = []
    while sum(sizes) < 100_000:
        sizes.append(min(batch_size(sum(sizes), 100_000 - sum(sizes)), 100_000 - sum(sizes)))
    assert sum(sizes) == 100_000
    assert sizes[:5] == [EDGE_CASES, EDGE_CASES, 2 * EDGE_CASES, 4 * EDGE_CASES, 8 * EDGE_CASES]
    assert sizes[-2] == EDGE_CASES and sizes[-1] <= EDGE_CASES
    big = sizes.index(BATCH_CASES)
    assert set(sizes[big:-5]) == {BATCH_CASES}
    assert sizes[-5:] == sorted(sizes[-5:], reverse=True)
