"""A scripted day at the desk for the Daktela simulator: callers ring, wait, talk, hang up.

Usage (``--demo``, ``agentdesk sim daktela``)::

    async with DaktelaSimulator() as sim:
        scenario = DaktelaScenario(sim)
        scenario.start()
        ...
        await scenario.stop()   # optional: sim.stop() cancels it too

The loop runs until stopped: whenever the agent has been Idle for about ``gap`` seconds an
inbound call rings; unanswered after ``ring_timeout`` the caller gives up (abandoned); answered,
the caller hangs up after about ``talk_time`` unless the agent hung up first. With every call
one colleague moves on to another state, so that the Team view has something to follow. A seeded
``random.Random`` picks the order of callers and the jitter, so a run can be repeated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from agentdesk.sim.call_loop import CallLoop
from agentdesk.sim.daktela.simulator import DaktelaSimulator


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


class DaktelaScenario(CallLoop[DaktelaSimulator]):
    """Drives a :class:`DaktelaSimulator` through inbound calls until :meth:`stop`. The agent
    answers in the window (or not): the callers only ring, wait and hang up."""

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
        super().__init__(sim, gap=gap, ring_timeout=ring_timeout, talk_time=talk_time, seed=seed)
        self._callers = list(callers)
        self._random.shuffle(self._callers)

    def _free(self) -> bool:
        return self.sim.state == "Idle"

    async def _one_call(self) -> None:
        sim = self.sim
        sim.churn_colleagues()
        caller = self._callers[self._next % len(self._callers)]
        self._next += 1
        call_id = sim.ring(caller.clid, name=caller.clid_name, queue_id=caller.queue_id)
        await sim.wait_until(lambda: sim.call_state(call_id) != "Ringing", self.ring_timeout)
        if sim.call_state(call_id) == "Ringing":
            sim.abandon(call_id)
            return
        await sim.wait_until(lambda: sim.call_state(call_id) is None, self._jitter(self.talk_time))
        if sim.call_state(call_id) is not None:
            sim.customer_hangup()
