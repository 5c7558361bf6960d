"""Results kept per text: a case is re-assessed on every change, and most of its texts have not
changed since the last time (the session records, the follow-up notes), nor do the stock
phrases many cases share.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    """Values per (owner, key), where the owner (the rules, the model) is a frozen dataclass
    holding dicts, so it cannot be hashed: it is told apart by identity, and kept with its
    values so that its id cannot be reused while they are. Emptied when full: a working set
    is a few hundred texts."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._entries: dict[tuple[int, Hashable], tuple[object, V]] = {}

    def get(self, owner: object, key: Hashable, make: Callable[[], V]) -> V:
        entry = self._entries.get((id(owner), key))
        if entry is not None and entry[0] is owner:
            return entry[1]
        value = make()
        if len(self._entries) >= self.limit:
            self._entries.clear()
        self._entries[(id(owner), key)] = (owner, value)
        return value
