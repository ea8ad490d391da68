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
wrong ``crm_token`` (which it must refuse). With several simulated agents (``agents``) the
calls go to each free one in turn. The commands alternate JSON and form bodies. A
seeded ``random.Random`` makes runs repeatable.
"""

from __future__ import annotations

from typing import Final

from agentdesk.sim.call_loop import CallLoop
from agentdesk.sim.megapbx.data import CLIENTS
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator

COLLEAGUE: Final = "petrov"
WRONG_TOKEN: Final = "not-the-crm-token"


class MegaPbxScenario(CallLoop[MegaPbxSimulator]):
    """Drives a :class:`MegaPbxSimulator` through inbound calls until :meth:`stop`."""

    def _free(self) -> bool:
        return any(self.sim.takes_calls(agent) for agent in self.sim.agents)

    def _before_calls(self) -> None:
        self._forged_command()

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
        free = [a for a in sim.agents if sim.takes_calls(a)]
        agent = free[self._next % len(free)]
        colleague = sim.ring(CLIENTS[(self._next + 2) % len(CLIENTS)], user=COLLEAGUE)
        callid = sim.ring(client, user=agent.login)
        sim.hang_up(colleague)
        if not self._answers():
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
