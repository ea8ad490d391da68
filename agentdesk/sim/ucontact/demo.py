"""``agentdesk --demo --vendor ucontact``: the uContact simulator, its call scenario, and a
session signed in to it as the simulated agent, with the profile options an administrator
would write (breaks, the disposition tree, the extra data, the recording tag)."""

from __future__ import annotations

from agentdesk.backends.ucontact.backend import UContactBackend
from agentdesk.session import Session
from agentdesk.sim.ucontact.scenario import UContactScenario
from agentdesk.sim.ucontact.simulator import UContactSimulator


class DemoCallCentre:
    """A uContact simulator with its scenario, and a session on it (``start_session``)."""

    def __init__(self, *, scenario: bool = True) -> None:
        self.simulator = UContactSimulator()
        self.scenario = UContactScenario(self.simulator) if scenario else None
        self.session: Session | None = None

    async def start_session(self) -> Session:
        await self.simulator.start()
        if self.scenario is not None:
            self.scenario.start()
        options = self.simulator.backend_kwargs()
        options["data_fields"] = "d1:Número de pedido"
        options["tag_title"] = "Etiqueta de la grabación"
        self.session = Session(UContactBackend(**options))
        return self.session

    async def stop(self) -> None:
        if self.scenario is not None:
            await self.scenario.stop()
        await self.simulator.stop()
