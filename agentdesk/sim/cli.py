"""``agentdesk sim VENDOR``: a simulator on its own, for integrators and manual tests."""

from __future__ import annotations

import asyncio
import contextlib

from agentdesk.sim.daktela import DaktelaSimulator
from agentdesk.sim.scenario import DaktelaScenario


def run_simulator(vendor: str, *, port: int, token: str | None, scenario: bool) -> int:
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve_daktela(port=port, token=token, scenario=scenario))
    return 0


async def _serve_daktela(*, port: int, token: str | None, scenario: bool) -> None:
    sim = DaktelaSimulator(port=port, token=token)
    await sim.start()
    calls = DaktelaScenario(sim) if scenario else None
    if calls is not None:
        calls.start()
    print(f"Daktela simulator at {sim.url}", flush=True)
    print(f"  access token: {sim.token}", flush=True)
    print(f"  agent login:  {sim.login} (password {sim.password})", flush=True)
    print(
        f"  try: AGENTDESK_SECRET={sim.token} agentdesk ctl --vendor daktela "
        f"--url {sim.url} --user {sim.login} state --json",
        flush=True,
    )
    try:
        await asyncio.Event().wait()
    finally:
        if calls is not None:
            await calls.stop()
        await sim.stop()
