"""``agentdesk --demo``: the whole app against a simulated call centre, in-process.

Daktela by default; ``--vendor okitoki`` runs the Oki-Toki simulator, whose call events reach
the backend through its webhook receiver as they would from Oki-Toki's servers.
"""

from __future__ import annotations

import asyncio
import importlib
from typing import Protocol

from agentdesk.session import Session
from agentdesk.store.outbox import Outbox

# The simulators and the backends are imported where they are made: the simulators bring
# aiohttp (about 0.25 s of imports), which then comes after the window's first paint.

DEMO_TITLES = {
    "daktela": "AgentDesk — demo",
    "okitoki": "AgentDesk — demo (Oki-Toki)",
    "ucontact": "AgentDesk — demo (uContact)",
    "megapbx": "AgentDesk — demo (MegaFon Virtual PBX)",
}


class DemoCallCentre:
    """A Daktela simulator with its call scenario, and a session logged in to it."""

    def __init__(self, *, scenario: bool = True) -> None:
        from agentdesk.sim.daktela.scenario import DaktelaScenario
        from agentdesk.sim.daktela.simulator import DaktelaSimulator

        self.simulator = DaktelaSimulator()
        self.scenario = DaktelaScenario(self.simulator) if scenario else None
        self.session: Session | None = None

    async def start_session(self) -> Session:
        from agentdesk.backends.daktela.backend import DaktelaBackend

        await self.simulator.start()
        if self.scenario is not None:
            self.scenario.start()
        backend = DaktelaBackend(
            base_url=self.simulator.url,
            login=self.simulator.login,
            secret=self.simulator.token,
            note_field="field_poznamka",  # the demo call script's note field
        )
        self.session = Session(
            backend, outbox=await asyncio.to_thread(Outbox), profile_key="demo-daktela"
        )
        return self.session

    async def stop(self) -> None:
        if self.scenario is not None:
            await self.scenario.stop()
        await self.simulator.stop()


class OkiTokiDemoCallCentre:
    """An Oki-Toki simulator posting its webhooks to the backend's receiver."""

    def __init__(self, *, scenario: bool = True) -> None:
        from agentdesk.sim.okitoki.scenario import OkiTokiScenario
        from agentdesk.sim.okitoki.simulator import OkiTokiSimulator

        self.simulator = OkiTokiSimulator()
        self.scenario = OkiTokiScenario(self.simulator) if scenario else None
        self.session: Session | None = None

    async def start_session(self) -> Session:
        from agentdesk.backends.okitoki.backend import OkiTokiBackend

        await self.simulator.start()
        options = self.simulator.backend_kwargs()
        # What an Oki-Toki administrator writes in the profile: the outcomes and form fields
        # the wrap-up offers (the API serves no such lists).
        options["results"] = "sale:Продаж,callback:Передзвонити,refused:Відмова"
        options["fields"] = "topic:Тема:choice=Оплата|Доставка|Інше"
        backend = OkiTokiBackend(**options)
        self.simulator.webhook_url = await backend.start_receiver()
        if self.scenario is not None:
            self.scenario.start()
        self.session = Session(
            backend, outbox=await asyncio.to_thread(Outbox), profile_key="demo-okitoki"
        )
        return self.session

    async def stop(self) -> None:
        if self.scenario is not None:
            await self.scenario.stop()
        await self.simulator.stop()


class DemoCentre(Protocol):
    async def start_session(self) -> Session: ...
    async def stop(self) -> None: ...


class _WithOutbox:
    """A demo centre whose session keeps its wrap-ups in the outbox, as a real one does."""

    def __init__(self, centre: DemoCentre, profile_key: str) -> None:
        self.centre = centre
        self.profile_key = profile_key

    async def start_session(self) -> Session:
        session = await self.centre.start_session()
        session.use_outbox(await asyncio.to_thread(Outbox), self.profile_key)
        return session

    async def stop(self) -> None:
        await self.centre.stop()


def demo_call_centre(vendor: str = "daktela") -> DemoCentre:
    """The demo's call centre for ``vendor``, made only when its session is wanted."""
    return _Later(vendor)


def make_call_centre(vendor: str) -> DemoCentre:
    """The demo's call centre for ``vendor``, made now (its simulator and scenario with it)."""
    if vendor == "okitoki":
        return OkiTokiDemoCallCentre()
    if vendor in ("ucontact", "megapbx"):
        # Their demo centres live beside their simulators: agentdesk/sim/VENDOR_demo.py.
        module = importlib.import_module(f"agentdesk.sim.{vendor}.demo")
        centre: DemoCentre = module.DemoCallCentre()
        return _WithOutbox(centre, f"demo-{vendor}")
    return DemoCallCentre()


class _Later:
    """A demo centre made when the window asks for its session (after the first paint)."""

    def __init__(self, vendor: str) -> None:
        self.vendor = vendor
        self.centre: DemoCentre | None = None

    async def start_session(self) -> Session:
        self.centre = make_call_centre(self.vendor)
        return await self.centre.start_session()

    async def stop(self) -> None:
        if self.centre is not None:
            await self.centre.stop()
