"""``agentdesk sim ucontact``: the uContact simulator on its own, for integrators and tests."""

from __future__ import annotations

import asyncio

from agentdesk.sim.cli import print_faults
from agentdesk.sim.ucontact.scenario import UContactScenario
from agentdesk.sim.ucontact.simulator import UContactSimulator


async def serve(
    *,
    port: int,
    token: str | None,
    scenario: bool,
    webhook_url: str | None = None,
    faults: str | None = None,
) -> None:
    """Run until cancelled, printing what a profile needs. uContact's API sends no webhooks,
    so ``webhook_url`` is accepted for the common command line and ignored. ``faults``: a
    SPEC of :mod:`agentdesk.sim.faults`, made by the telephony host."""
    sim = UContactSimulator(port=port, token=token)
    if faults:
        sim.faults.configure(faults)
    await sim.start()
    calls = UContactScenario(sim) if scenario else None
    if calls is not None:
        calls.start()
    lines = [
        f"uContact simulator at {sim.url}",
        f"  agent:        {sim.agent} ({sim.fullname}, phone {sim.phone})",
        f"  password:     {sim.password}",
        f"  api token:    {sim.token} (with --set auth=token --set phone={sim.phone})",
        f"  backup host:  {sim.backup_url}",
        f"  campaign:     {sim.campaign}",
        f"  outqueue:     {sim.outqueue}",
        f"  breaks:       {sim.breaks_option}",
        f"  dispositions: {sim.dispositions_option}",
        f"  try: AGENTDESK_SECRET={sim.password} agentdesk ctl --vendor ucontact "
        f"--url {sim.url} --user {sim.agent} --set 'breaks={sim.breaks_option}' pauses",
    ]
    if webhook_url:
        lines.append("  (uContact sends no webhooks: --webhook-url is ignored)")
    for line in lines:
        print(line, flush=True)
    print_faults(faults)
    try:
        await asyncio.Event().wait()
    finally:
        if calls is not None:
            await calls.stop()
        await sim.stop()
