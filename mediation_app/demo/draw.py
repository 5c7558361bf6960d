"""Random draws built on `Random.random()` alone.

`randint`, `choice` and `choices` cost about ten times a bare `random()` in CPython; at
a few hundred draws per case and a million cases that difference is minutes.
"""

from __future__ import annotations

from bisect import bisect
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

V = TypeVar("V")
Uniform = Callable[[], float]  # a bound Random.random


def between(r: Uniform, low: int, high: int) -> int:
    """An integer in [low, high], both included."""
    return low + int(r() * (high - low + 1))


def pick(r: Uniform, items: Sequence[V]) -> V:
    return items[int(r() * len(items))]


class Weighted(Generic[V]):
    """A weighted choice with the cumulative weights computed once."""

    def __init__(self, *items: tuple[V, float]) -> None:
        self.values = [value for value, _ in items]
        self.cum = list(accumulate(weight for _, weight in items))
        self.total = self.cum[-1]

    def pick(self, r: Uniform) -> V:
        return self.values[bisect(self.cum, r() * self.total)]
