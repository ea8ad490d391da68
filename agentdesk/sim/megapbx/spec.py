"""The MegaFon Virtual PBX simulator as ``agentdesk sim megapbx`` and ``--demo`` know it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentdesk.sim.megapbx.readings import OPTIONS, simulator_keywords
from agentdesk.sim.spec import DemoSignIn, Scenario, SimArgs, SimSpec, posts_to

if TYPE_CHECKING:  # aiohttp comes with them, only once a simulator is made
    from agentdesk.sim.megapbx.simulator import MegaPbxSimulator

DEMO_HISTORY_POLL_SECONDS = "30"


def simulator_class() -> type[MegaPbxSimulator]:
    from agentdesk.sim.megapbx.simulator import MegaPbxSimulator

    return MegaPbxSimulator


def make(args: SimArgs) -> MegaPbxSimulator:
    """``args.token`` is the API key to accept, ``args.webhook_url`` the CRM address the PBX's
    commands go to (AgentDesk's receiver), ``args.options`` the readings of
    :mod:`agentdesk.sim.megapbx.readings` (ValueError for one it cannot take)."""
    return simulator_class()(
        port=args.port,
        api_key=args.token,
        webhook_url=args.webhook_url,
        **simulator_keywords(args.options),
    )


def scenario(sim: MegaPbxSimulator) -> Scenario:
    from agentdesk.sim.megapbx.scenario import MegaPbxScenario

    return MegaPbxScenario(sim)


def banner(sim: MegaPbxSimulator, args: SimArgs) -> list[str]:
    return [
        f"MegaFon Virtual PBX simulator at {sim.url}",
        f"  api key:     {sim.api_key}",
        f"  agent login: {sim.agent.login} (extension {sim.agent.ext}, {sim.agent.name})",
        *_agent_lines(sim),
        f"  crm_token:   {sim.crm_token}",
        f"  commands to: {args.webhook_url or 'none (give --webhook-url)'}",
        f"  try: AGENTDESK_SECRET={sim.api_key} agentdesk ctl --vendor megapbx "
        f"--url {sim.url} --user {sim.agent.login} --set crm_token={sim.crm_token} state",
    ]


def _agent_lines(sim: MegaPbxSimulator) -> list[str]:
    """With several agents (``--set agents=N``): each one, and how a relay knows them."""
    if len(sim.agents) < 2:
        return []
    return [
        "  agents:      " + ", ".join(f"{a.login} (extension {a.ext})" for a in sim.agents),
        "  relay:       agentdesk relay add-agent LOGIN --name EXTENSION, for each",
    ]


def demo(sim: MegaPbxSimulator) -> DemoSignIn:
    """Signed in as the simulated agent, the PBX's commands posted to a receiver on a free
    port, and the demo's own contacts answering its ``contact`` command."""
    from agentdesk.sim.megapbx.demo import demo_contacts

    options = {**sim.profile_options(), "history_poll_seconds": DEMO_HISTORY_POLL_SECONDS}
    return DemoSignIn(
        url=sim.url,
        user=sim.agent.login,
        secret=sim.api_key,
        options=options,
        webhooks_to=posts_to(sim),
        contacts=demo_contacts().lookup,
    )


SIM: SimSpec[MegaPbxSimulator] = SimSpec(
    key="megapbx",
    make=make,
    scenario=scenario,
    banner=banner,
    demo=demo,
    options=OPTIONS,
    simulator_class=simulator_class,
)
