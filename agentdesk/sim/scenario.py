"""A scripted day at the desk for the Daktela simulator: callers ring, wait, talk, hang up.

Usage (``--demo``, ``agentdesk sim daktela``)::

    async with DaktelaSimulator() as sim:
        scenario = DaktelaScenario(sim)
        scenario.start()
        ...
        await scenario.stop()   # optional: sim.stop() cancels it too

The loop runs until stopped: whenever the agent has been Idle for about ``gap`` seconds an
inbound call rings; unanswered after ``ring_timeout`` the caller gives up (abandoned); answered,
the caller hangs up after about ``talk_time`` unless the agent hung up first. A seeded
``random.Random`` picks the order of callers and the jitter, so a run can be repeated.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass
from typing import Any, Final

from agentdesk.sim.daktela import DaktelaSimulator


@dataclass(frozen=True)
class Caller:
    """A caller as Daktela shows them: ``clid`` as the PBX writes it, ``clid_name`` or None."""

    clid: str
    clid_name: str | None
    queue_id: str  # "1" Support, "3" Sales in the simulator's queues


DEMO_CALLERS: Final = (
    Caller("601234567", "Petr Svoboda", "1"),
    Caller("00420777123456", "Jana Dvořáková", "3"),
    Caller("222333444", None, "1"),
    Caller("00420603987654", "Tomáš Černý", "1"),
    Caller("731555010", None, "3"),
    Caller("00420608112233", "Marie Procházková", "3"),
    Caller("605440321", "Lukáš Novotný", "1"),
)


class DaktelaScenario:
    """Drives a :class:`DaktelaSimulator` through inbound calls until :meth:`stop`."""

    def __init__(
        self,
        sim: DaktelaSimulator,
        *,
        gap: float = 6.0,
        ring_timeout: float = 12.0,
        talk_time: float = 20.0,
        seed: int = 2026,
        callers: tuple[Caller, ...] = DEMO_CALLERS,
    ) -> None:
        self.sim = sim
        self.gap = gap
        self.ring_timeout = ring_timeout
        self.talk_time = talk_time
        self._random = random.Random(seed)
        self._callers = list(callers)
        self._random.shuffle(self._callers)
        self._next = 0
        self._task: asyncio.Task[Any] | None = None

    def start(self) -> None:
        """Begin the loop in the running event loop; the simulator must be started."""
        if self._task is None or self._task.done():
            self._task = self.sim.run_alongside(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _run(self) -> None:
        while True:
            await self.sim.wait_until(lambda: self.sim.state == "Idle")
            await asyncio.sleep(self._jitter(self.gap))
            if self.sim.state == "Idle":
                await self._one_call(self._next_caller())

    async def _one_call(self, caller: Caller) -> None:
        sim = self.sim
        call_id = sim.ring(caller.clid, name=caller.clid_name, queue_id=caller.queue_id)
        await sim.wait_until(lambda: sim.call_state(call_id) != "Ringing", self.ring_timeout)
        if sim.call_state(call_id) == "Ringing":
            sim.abandon(call_id)
            return
        await sim.wait_until(lambda: sim.call_state(call_id) is None, self._jitter(self.talk_time))
        if sim.call_state(call_id) is not None:
            sim.customer_hangup()

    def _next_caller(self) -> Caller:
        caller = self._callers[self._next % len(self._callers)]
        self._next += 1
        return caller

    def _jitter(self, seconds: float) -> float:
        return seconds * self._random.uniform(0.75, 1.25)
