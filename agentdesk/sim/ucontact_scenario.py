"""A scripted day for the uContact simulator: customers call the inbound campaign, the agent
answers in uContact's own phone (the API has no "answer"), they talk, the customer hangs up.

Usage (``agentdesk sim ucontact``, and the demo)::

    async with UContactSimulator() as sim:
        scenario = UContactScenario(sim)
        scenario.start()
        ...

Whenever the agent is signed in, on no break and free for about ``gap`` seconds a call rings;
most are answered after about ``answer_after`` seconds, the rest are given up after
``ring_timeout``; answered ones end after about ``talk_time`` and join ``Cdr/getrecords`` with
their recording. The API shows none of it live (it documents no per-agent feed): the agent
sees these calls in the history and the queue figures. A seeded ``random.Random`` makes runs
repeatable.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any, Final

from agentdesk.sim.ucontact import UContactSimulator
from agentdesk.sim.ucontact_data import CUSTOMERS, INBOUND, SALES_IN

ANSWERED_SHARE: Final = 0.8


class UContactScenario:
    """Drives a :class:`UContactSimulator` through inbound calls until :meth:`stop`."""

    def __init__(
        self,
        sim: UContactSimulator,
        *,
        gap: float = 8.0,
        answer_after: float = 3.0,
        ring_timeout: float = 12.0,
        talk_time: float = 20.0,
        seed: int = 2026,
    ) -> None:
        self.sim = sim
        self.gap = gap
        self.answer_after = answer_after
        self.ring_timeout = ring_timeout
        self.talk_time = talk_time
        self._random = random.Random(seed)
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
            await self.sim.wait_until(lambda: self.sim.free)
            await asyncio.sleep(self._jitter(self.gap))
            if self.sim.free:
                await self._one_call()

    async def _one_call(self) -> None:
        sim = self.sim
        phone = CUSTOMERS[self._next % len(CUSTOMERS)]
        campaign = INBOUND if self._next % 3 else SALES_IN
        self._next += 1
        guid = sim.ring(phone, campaign=campaign)
        if self._random.random() >= ANSWERED_SHARE:
            await sim.wait_until(lambda: sim.call_state(guid) != "ringing", self.ring_timeout)
            if sim.call_state(guid) in ("ringing", "waiting"):
                sim.customer_hangup(guid)
            return
        await sim.wait_until(lambda: sim.call_state(guid) is None, self._jitter(self.answer_after))
        if sim.call_state(guid) != "ringing":
            return
        sim.pick_up()
        await sim.wait_until(lambda: sim.call_state(guid) is None, self._jitter(self.talk_time))
        if sim.call_state(guid) is not None:
            sim.customer_hangup(guid)

    def _jitter(self, seconds: float) -> float:
        return seconds * self._random.uniform(0.75, 1.25)
