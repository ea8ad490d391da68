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

from agentdesk.sim.call_loop import CallLoop
from agentdesk.sim.ucontact.data import CUSTOMERS, INBOUND, SALES_IN
from agentdesk.sim.ucontact.simulator import UContactSimulator


class UContactScenario(CallLoop[UContactSimulator]):
    """Drives a :class:`UContactSimulator` through inbound calls until :meth:`stop`."""

    GAP = 8.0

    def _free(self) -> bool:
        return self.sim.free

    async def _one_call(self) -> None:
        sim = self.sim
        phone = CUSTOMERS[self._next % len(CUSTOMERS)]
        campaign = INBOUND if self._next % 3 else SALES_IN
        self._next += 1
        guid = sim.ring(phone, campaign=campaign)
        if not self._answers():
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
