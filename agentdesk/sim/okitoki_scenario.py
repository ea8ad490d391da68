"""A scripted day for the Oki-Toki simulator: clients call, the agent answers in Oki-Toki's
own softphone (the API has no "answer"), they talk, the client hangs up.

Usage (``agentdesk sim okitoki``, and the demo)::

    async with OkiTokiSimulator() as sim:
        scenario = OkiTokiScenario(sim)
        scenario.start()
        ...

Whenever the agent is Ready and free for about ``gap`` seconds a call rings; most are answered
after about ``answer_after`` seconds, the rest are given up after ``ring_timeout``; answered
ones end after about ``talk_time``. With ``webhook_url`` set, each step reaches the receiver as
the ``ringing``/``answered``/``ended`` webhook. A seeded ``random.Random`` makes runs repeatable.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any, Final

from agentdesk.sim.okitoki import OkiTokiSimulator

DEMO_CALLERS: Final = (
    ("380501234567", "1"),
    ("380671112233", "2"),
    ("380997776655", "1"),
    ("380931234000", "1"),
    ("380445556677", "2"),
    ("79161234567", "2"),
)
ANSWERED_SHARE: Final = 0.8


class OkiTokiScenario:
    """Drives an :class:`OkiTokiSimulator` through inbound calls until :meth:`stop`."""

    def __init__(
        self,
        sim: OkiTokiSimulator,
        *,
        gap: float = 6.0,
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
            await self.sim.wait_until(lambda: self.sim.ready)
            await asyncio.sleep(self._jitter(self.gap))
            if self.sim.ready:
                await self._one_call()

    async def _one_call(self) -> None:
        sim = self.sim
        phone, queue_id = DEMO_CALLERS[self._next % len(DEMO_CALLERS)]
        self._next += 1
        session_id = sim.ring(phone, queue_id=queue_id)
        if self._random.random() >= ANSWERED_SHARE:
            await sim.wait_until(lambda: sim.call_state(session_id) is None, self.ring_timeout)
            if sim.call_state(session_id) == "ringing":
                sim.abandon()
            return
        await sim.wait_until(
            lambda: sim.call_state(session_id) is None, self._jitter(self.answer_after)
        )
        if sim.call_state(session_id) != "ringing":
            return
        sim.pick_up()
        await sim.wait_until(
            lambda: sim.call_state(session_id) is None, self._jitter(self.talk_time)
        )
        if sim.call_state(session_id) is not None:
            sim.customer_hangup()

    def _jitter(self, seconds: float) -> float:
        return seconds * self._random.uniform(0.75, 1.25)
