"""A scripted day for the PBX simulator: clients call the agent's department, the agent
answers on their phone (the API has no "answer"), they talk, the client hangs up and rates.

Usage (``agentdesk sim megapbx``, and the demo)::

    async with MegaPbxSimulator(webhook_url=...) as sim:
        scenario = MegaPbxScenario(sim)
        scenario.start()
        ...

Whenever the agent takes calls (DND off, no call) for about ``gap`` seconds a call rings;
most are answered after about ``answer_after`` seconds and end after about ``talk_time``, the
rest are given up after ``ring_timeout``. Around each one a colleague's call rings and is
cancelled (events the receiver must ignore), and the first round posts one command with a
wrong ``crm_token`` (which it must refuse). The commands alternate JSON and form bodies. A
seeded ``random.Random`` makes runs repeatable.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any, Final

from agentdesk.sim.megapbx import MegaPbxSimulator
from agentdesk.sim.megapbx_data import CLIENTS

ANSWERED_SHARE: Final = 0.8
COLLEAGUE: Final = "petrov"
WRONG_TOKEN: Final = "not-the-crm-token"


class MegaPbxScenario:
    """Drives a :class:`MegaPbxSimulator` through inbound calls until :meth:`stop`."""

    def __init__(
        self,
        sim: MegaPbxSimulator,
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
        """Begin in the running event loop; the simulator must be started."""
        if self._task is None or self._task.done():
            self._task = self.sim.run_alongside(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def _run(self) -> None:
        first = True
        while True:
            await self.sim.wait_until(lambda: self.sim.ready)
            await asyncio.sleep(self._jitter(self.gap))
            if first:
                self._forged_command()
                first = False
            if self.sim.ready:
                await self._one_call()

    def _forged_command(self) -> None:
        """What a stranger who found the receiver might post: refused for its token."""
        self.sim.post(
            {"cmd": "event", "type": "INCOMING", "phone": "79990000000", "user": "ivanova"},
            token=WRONG_TOKEN,
        )

    async def _one_call(self) -> None:
        sim = self.sim
        client = CLIENTS[self._next % len(CLIENTS)]
        self._next += 1
        colleague = sim.ring(CLIENTS[(self._next + 2) % len(CLIENTS)], user=COLLEAGUE)
        callid = sim.ring(client)
        sim.hang_up(colleague)
        if self._random.random() >= ANSWERED_SHARE:
            await sim.wait_until(lambda: sim.call_state(callid) is None, self.ring_timeout)
            if sim.call_state(callid) == "ringing":
                sim.hang_up(callid)
            return
        await sim.wait_until(
            lambda: sim.call_state(callid) is None, self._jitter(self.answer_after)
        )
        if sim.call_state(callid) != "ringing":
            return
        sim.pick_up(callid)
        await sim.wait_until(lambda: sim.call_state(callid) is None, self._jitter(self.talk_time))
        if sim.call_state(callid) is not None:
            sim.hang_up(callid, rating=self._random.choice((None, 4, 5)))

    def _jitter(self, seconds: float) -> float:
        return seconds * self._random.uniform(0.75, 1.25)
