"""Shared pieces of the Daktela backend tests."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import Event, StatusChanged
from agentdesk.sim.daktela.simulator import DaktelaSimulator


def backend_for(sim: DaktelaSimulator, **kwargs: object) -> DaktelaBackend:
    options: dict[str, object] = {"base_url": sim.url, "login": sim.login, "secret": sim.token}
    options.update(kwargs)
    return DaktelaBackend(**options)  # type: ignore[arg-type]


class EventTap:
    """Runs a backend's watch() in a task and hands its events to the test in order."""

    def __init__(self, events: AsyncIterator[Event]) -> None:
        self.queue: asyncio.Queue[Event] = asyncio.Queue()
        self._events = events
        self.task = asyncio.get_running_loop().create_task(self._pump())

    async def _pump(self) -> None:
        async for event in self._events:
            self.queue.put_nowait(event)

    async def next(self, timeout: float = 2.0) -> Event:
        return await asyncio.wait_for(self.queue.get(), timeout)

    async def next_status(self, timeout: float = 2.0) -> StatusChanged:
        while True:
            event = await self.next(timeout)
            if isinstance(event, StatusChanged):
                return event

    def pending(self) -> list[Event]:
        items = []
        while not self.queue.empty():
            items.append(self.queue.get_nowait())
        return items

    async def close(self) -> None:
        self.task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.task
