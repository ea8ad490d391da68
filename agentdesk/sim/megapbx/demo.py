"""``agentdesk --demo --vendor megapbx``: the PBX simulator posting its commands to the
backend's receiver (on a free port), and a session on that backend.

The demo's own small contacts list answers the PBX's ``contact`` command and names callers
on the card, as the agent's local contacts would.
"""

# Cyrillic names are the point of the demo's contacts: RUF001 would flag their letters.
# ruff: noqa: RUF001

from __future__ import annotations

from pathlib import Path
from typing import Final

from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.session import Session
from agentdesk.sim.megapbx.scenario import MegaPbxScenario
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.store.contacts import Contact, ContactDirectory

DEMO_CONTACTS: Final = (
    Contact("Сергей Кузнецов", ("+79101234567",), "ООО «Рога и копыта»"),
    Contact("Ольга Смирнова", ("+79161112233",), "ИП Смирнова"),
    Contact("Дмитрий Волков", ("+79037776655",)),
    Contact("Айгерим Садыкова", ("+77012345678",), "ТОО «Шанырак»"),
)


class DemoCallCentre:
    """A PBX simulator with its call scenario, and a session logged in to it."""

    def __init__(self, *, scenario: bool = True) -> None:
        self.simulator = MegaPbxSimulator()
        self.scenario = MegaPbxScenario(self.simulator) if scenario else None
        # Never saved: the path only names where it would go.
        self.contacts = ContactDirectory(Path("megapbx-demo-contacts.json"), DEMO_CONTACTS)
        self.backend: MegaPbxBackend | None = None
        self.session: Session | None = None

    async def start_session(self) -> Session:
        await self.simulator.start()
        sim = self.simulator
        self.backend = MegaPbxBackend(
            base_url=sim.url,
            login=sim.agent.login,
            api_key=sim.api_key,
            crm_token=sim.crm_token,
            listen_port=0,
            history_poll_seconds=30,
            contacts=self.contacts.lookup,
        )
        sim.webhook_url = await self.backend.start_receiver()
        if self.scenario is not None:
            self.scenario.start()
        self.session = Session(self.backend)
        return self.session

    async def stop(self) -> None:
        if self.scenario is not None:
            await self.scenario.stop()
        await self.simulator.stop()
