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
the ``ringing``/``answered``/``ended`` webhook. With several simulated agents (``agents``)
the calls go to each free one in turn. A seeded ``random.Random`` makes runs repeatable.
"""

from __future__ import annotations

from typing import Final

from agentdesk.sim.call_loop import CallLoop
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator

DEMO_CALLERS: Final = (
    ("380501234567", "1"),
    ("380671112233", "2"),
    ("380997776655", "1"),
    ("380931234000", "1"),
    ("380445556677", "2"),
    ("79161234567", "2"),
)


class OkiTokiScenario(CallLoop[OkiTokiSimulator]):
    """Drives an :class:`OkiTokiSimulator` through inbound calls until :meth:`stop`."""

    def _free(self) -> bool:
        return any(self.sim.takes_calls(agent.id) for agent in self.sim.agents)

    async def _one_call(self) -> None:
        sim = self.sim
        phone, queue_id = DEMO_CALLERS[self._next % len(DEMO_CALLERS)]
        self._next += 1
        free = [a.id for a in sim.agents if sim.takes_calls(a.id)]
        user_id = free[self._next % len(free)]
        session_id = sim.ring(phone, queue_id=queue_id, user_id=user_id)
        if not self._answers():
            await sim.wait_until(lambda: sim.call_state(session_id) is None, self.ring_timeout)
            if sim.call_state(session_id) == "ringing":
                sim.abandon(user_id)
            return
        await sim.wait_until(
            lambda: sim.call_state(session_id) is None, self._jitter(self.answer_after)
        )
        if sim.call_state(session_id) != "ringing":
            return
        sim.pick_up(user_id)
        await sim.wait_until(
            lambda: sim.call_state(session_id) is None, self._jitter(self.talk_time)
        )
        if sim.call_state(session_id) is not None:
            sim.customer_hangup(user_id)
