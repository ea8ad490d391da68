"""``agentdesk sim megapbx``: the PBX simulator on its own, for integrators and manual tests."""

from __future__ import annotations

import asyncio

from agentdesk.sim.cli import print_faults
from agentdesk.sim.megapbx.scenario import MegaPbxScenario
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator


async def serve(
    *,
    port: int,
    token: str | None,
    scenario: bool,
    webhook_url: str | None = None,
    faults: str | None = None,
) -> None:
    """Serve until cancelled; ``token`` is the API key to accept, ``webhook_url`` the CRM
    address the PBX's commands go to (AgentDesk's receiver), ``faults`` a SPEC of
    :mod:`agentdesk.sim.faults`."""
    sim = MegaPbxSimulator(port=port, api_key=token, webhook_url=webhook_url)
    if faults:
        sim.faults.configure(faults)
    await sim.start()
    calls = MegaPbxScenario(sim) if scenario else None
    if calls is not None:
        calls.start()
    print(f"MegaFon Virtual PBX simulator at {sim.url}", flush=True)
    print(f"  api key:     {sim.api_key}", flush=True)
    print(
        f"  agent login: {sim.agent.login} (extension {sim.agent.ext}, {sim.agent.name})",
        flush=True,
    )
    print(f"  crm_token:   {sim.crm_token}", flush=True)
    print(f"  commands to: {webhook_url or 'none (give --webhook-url)'}", flush=True)
    print(
        f"  try: AGENTDESK_SECRET={sim.api_key} agentdesk ctl --vendor megapbx "
        f"--url {sim.url} --user {sim.agent.login} --set crm_token={sim.crm_token} state",
        flush=True,
    )
    print_faults(faults)
    try:
        await asyncio.Event().wait()
    finally:
        if calls is not None:
            await calls.stop()
        await sim.stop()
