"""Each agent's recent events in the relay's memory: one process serves a company from one
machine. Capped per agent by count and by age (the retention); lost when the process stops,
which is what ``--redis`` is for."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from agentdesk.relay.stored import (
    DEFAULT_MAX_EVENTS,
    DEFAULT_RETENTION,
    ONCE_SECONDS,
    START,
    StoredEvent,
    parse_id,
)


class MemoryStore:
    def __init__(
        self,
        *,
        retention: float = DEFAULT_RETENTION,
        max_events: int = DEFAULT_MAX_EVENTS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.retention = retention
        self.max_events = max_events
        self._clock = clock
        self._events: dict[str, deque[tuple[tuple[int, int], StoredEvent]]] = {}
        self._arrived: dict[str, asyncio.Event] = {}
        self._last = (0, 0)
        self._once: dict[str, tuple[str, float]] = {}  # key → (event id, forgotten at)
        self.duplicates = 0

    async def append(self, agent: str, data: dict[str, Any], *, once: str | None = None) -> str:
        now = self._clock()
        self._forget(now)
        if once is not None and once in self._once:
            self.duplicates += 1
            return self._once[once][0]
        now_ms = int(now * 1000)
        # Like Redis: a clock that steps back does not make an id smaller than the last one.
        key = (now_ms, 0) if now_ms > self._last[0] else (self._last[0], self._last[1] + 1)
        self._last = key
        event = StoredEvent(f"{key[0]}-{key[1]}", data)
        kept = self._events.setdefault(agent, deque(maxlen=self.max_events))
        kept.append((key, event))
        self._trim(agent)
        arrived = self._arrived.pop(agent, None)
        if arrived is not None:
            arrived.set()  # wakes every reader of this agent; the next wait gets a new Event
        if once is not None:
            self._once[once] = (event.id, now + ONCE_SECONDS)
        return event.id

    def _forget(self, now: float) -> None:
        # Keys are added in time order: the oldest are first in the dict.
        while self._once:
            key, (_id, until) = next(iter(self._once.items()))
            if until > now:
                break
            del self._once[key]

    async def last_id(self, agent: str) -> str:
        self._trim(agent)
        kept = self._events.get(agent)
        return kept[-1][1].id if kept else START

    async def read(self, agent: str, after: str, block: float) -> list[StoredEvent]:
        mark = parse_id(after) or (0, 0)
        found = self._after(agent, mark)
        if found or block <= 0:
            return found
        arrived = self._arrived.setdefault(agent, asyncio.Event())
        try:
            async with asyncio.timeout(block):
                await arrived.wait()
        except TimeoutError:
            return []
        return self._after(agent, mark)

    def _after(self, agent: str, mark: tuple[int, int]) -> list[StoredEvent]:
        self._trim(agent)
        kept = self._events.get(agent)
        if not kept or kept[-1][0] <= mark:
            return []
        return [event for key, event in kept if key > mark]

    def _trim(self, agent: str) -> None:
        kept = self._events.get(agent)
        if kept is None:
            return
        oldest = (self._clock() - self.retention) * 1000
        while kept and kept[0][0][0] < oldest:
            kept.popleft()
        if not kept:
            del self._events[agent]

    async def ready(self) -> bool:
        return True

    # One process is the only replica: it makes every shared poll and needs no copy of it.

    async def claim(self, name: str, seconds: float) -> bool:
        return True

    async def put_shared(self, name: str, data: dict[str, Any], keep: float) -> None:
        return None

    async def get_shared(self, name: str) -> dict[str, Any] | None:
        return None

    async def aclose(self) -> None:
        for arrived in self._arrived.values():
            arrived.set()
        self._arrived.clear()
