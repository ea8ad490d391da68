"""A mapping that keeps only its newest entries.

Backends remember things per call or per number (a call's date for its recording, a caller's
name, the campaign a call was placed in) for as long as the agent may still ask about that
call. A shift adds entries all day, so every such memory is a :class:`Recent`: bounded, the
entry written last kept longest. Reading does not reorder, so iterating while reading is safe.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, MutableMapping
from typing import Final, TypeVar

K = TypeVar("K")
V = TypeVar("V")

KEPT: Final = 5000
"""Entries kept unless told: more calls than an agent handles in a week, and about 1 MB."""


class Recent(MutableMapping[K, V]):
    def __init__(self, limit: int = KEPT) -> None:
        if limit < 1:
            raise ValueError(f"a Recent keeps at least one entry, not {limit}")
        self.limit = limit
        self._items: OrderedDict[K, V] = OrderedDict()

    def __getitem__(self, key: K) -> V:
        return self._items[key]

    def __setitem__(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.limit:
            self._items.popitem(last=False)

    def __delitem__(self, key: K) -> None:
        del self._items[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Recent({len(self._items)}/{self.limit})"
