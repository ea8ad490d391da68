"""``agentdesk --demo``: the whole app against a simulated Daktela call centre, in-process."""

from __future__ import annotations

from agentdesk.backends.daktela import DaktelaBackend
from agentdesk.session import Session
from agentdesk.sim.daktela import DaktelaSimulator
from agentdesk.sim.scenario import DaktelaScenario


class DemoCallCentre:
    """A Daktela simulator with its call scenario, and a session logged in to it."""

    def __init__(self, *, scenario: bool = True) -> None:
        self.simulator = DaktelaSimulator()
        self.scenario = DaktelaScenario(self.simulator) if scenario else None
        self.session: Session | None = None

    async def start_session(self) -> Session:
        await self.simulator.start()
        if self.scenario is not None:
            self.scenario.start()
        backend = DaktelaBackend(
            base_url=self.simulator.url,
            login=self.simulator.login,
            secret=self.simulator.token,
            note_field="field_poznamka",  # the demo call script's note field
        )
        self.session = Session(backend)
        return self.session

    async def stop(self) -> None:
        if self.scenario is not None:
            await self.scenario.stop()
        await self.simulator.stop()
