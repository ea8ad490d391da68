"""``agentdesk --demo``: the whole app against a simulated call centre, in-process.

A demo is a vendor's simulator (:mod:`agentdesk.sim.registry`), its call scenario, and a
profile pointing at it: the backend is built by the same ``create_backend`` a saved profile
takes, with the options an administrator would write. For vendors that post webhooks, the
backend's receiver URL is handed to the simulator, which then posts there as the vendor's
servers would.
"""

from __future__ import annotations

import asyncio
from typing import Any, Final, Protocol

from agentdesk.core import Profile
from agentdesk.session import Session
from agentdesk.store.outbox import Outbox
from agentdesk.vendors import DEFAULT_VENDOR, create_backend, vendor

# The simulators (their registry and specs too) and the backends are imported when a centre
# is made: the simulators bring aiohttp (about 0.25 s of imports), which then comes after
# the window's first paint.

DEMO_TITLE: Final = "AgentDesk — demo"


def demo_title(vendor_key: str) -> str:
    """The window's title: the default vendor's is *the* demo, the others name their vendor."""
    if vendor_key == DEFAULT_VENDOR:
        return DEMO_TITLE
    return f"{DEMO_TITLE} ({vendor(vendor_key).display_name})"


class DemoCallCentre:
    """A vendor's simulator with its call scenario, and a session signed in to it."""

    def __init__(self, vendor_key: str = DEFAULT_VENDOR, *, scenario: bool = True) -> None:
        from agentdesk.sim.registry import sim_spec
        from agentdesk.sim.spec import SimArgs

        self.vendor = vendor_key
        self.spec = sim_spec(vendor_key)
        self.simulator: Any = self.spec.make(SimArgs())
        """The vendor's simulator (its own class: tests and benchmarks drive it)."""
        self.scenario = self.spec.scenario(self.simulator) if scenario else None
        self.session: Session | None = None

    async def start_session(self) -> Session:
        await self.simulator.start()
        sign_in = self.spec.demo(self.simulator)
        profile = Profile(
            name=f"demo-{self.vendor}",
            vendor=self.vendor,
            url=sign_in.url,
            user=sign_in.user,
            options=dict(sign_in.options),
        )
        backend = create_backend(profile, sign_in.secret)
        if sign_in.contacts is not None:
            backend.use_contacts(sign_in.contacts)
        receiver = await backend.start_receiver()
        if receiver is not None and sign_in.webhooks_to is not None:
            sign_in.webhooks_to(receiver)
        if self.scenario is not None:
            self.scenario.start()
        self.session = Session(
            backend, outbox=await asyncio.to_thread(Outbox), profile_key=profile.name
        )
        return self.session

    async def stop(self) -> None:
        if self.scenario is not None:
            await self.scenario.stop()
        await self.simulator.stop()


class DemoCentre(Protocol):
    async def start_session(self) -> Session: ...
    async def stop(self) -> None: ...


def demo_call_centre(vendor_key: str = DEFAULT_VENDOR) -> DemoCentre:
    """The demo's call centre for ``vendor_key``, made only when its session is wanted."""
    return _Later(vendor_key)


class _Later:
    """A demo centre made when the window asks for its session (after the first paint)."""

    def __init__(self, vendor_key: str) -> None:
        self.vendor = vendor_key
        self.centre: DemoCallCentre | None = None

    async def start_session(self) -> Session:
        self.centre = DemoCallCentre(self.vendor)
        return await self.centre.start_session()

    async def stop(self) -> None:
        if self.centre is not None:
            await self.centre.stop()
