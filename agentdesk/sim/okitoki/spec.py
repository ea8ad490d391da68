"""The Oki-Toki simulator as ``agentdesk sim okitoki`` and ``--demo`` know it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from agentdesk.sim.several_agents import HELP, agent_names
from agentdesk.sim.spec import DemoSignIn, Scenario, SimArgs, SimSpec, one_of, posts_to

if TYPE_CHECKING:  # aiohttp comes with them, only once a simulator is made
    from agentdesk.sim.okitoki.simulator import OkiTokiSimulator

# What an Oki-Toki administrator writes in the profile: the outcomes and form fields the
# wrap-up offers (the API serves no such lists).
DEMO_RESULTS = "sale:Продаж,callback:Передзвонити,refused:Відмова"
DEMO_FIELDS = "topic:Тема:choice=Оплата|Доставка|Інше"


def simulator_class() -> type[OkiTokiSimulator]:
    from agentdesk.sim.okitoki.simulator import OkiTokiSimulator

    return OkiTokiSimulator


# ``agentdesk sim okitoki --set NAME=VALUE``: how the simulator reads what the document
# leaves open (the simulator's docstrings say what each value does); the default first.
OPTIONS: Final[Mapping[str, str]] = {
    "unknown_object": (
        "401 (the default, as the document says: a nonexistent object or a wrong token) or "
        "404: how a call, recording or user it does not know is answered"
    ),
    "answer_style": (
        "ours (the default) or variant: the call log (JSON and CSV), the queue summary, "
        "lists/check and the webhooks in AgentDesk's reading of their shape, or in other "
        "likely ones"
    ),
    "agents": HELP.format(what="user number", keyword="user_id"),
}
FIRST_AGENT: Final = "12"  # the simulated company's agent (agentdesk.sim.okitoki.data.AGENT)


def make(args: SimArgs) -> OkiTokiSimulator:
    return simulator_class()(
        port=args.port,
        token=args.token,
        webhook_url=args.webhook_url,
        webhook_secret=args.webhook_secret,
        unknown_object=int(one_of(args.options, "unknown_object", ("401", "404"))),
        answer_style=one_of(args.options, "answer_style", ("ours", "variant")),
        agents=agent_names(
            args.options, first=FIRST_AGENT, nth=lambda n: str(28 + n), valid=str.isdigit
        ),
    )


def scenario(sim: OkiTokiSimulator) -> Scenario:
    from agentdesk.sim.okitoki.scenario import OkiTokiScenario

    return OkiTokiScenario(sim)


def banner(sim: OkiTokiSimulator, args: SimArgs) -> list[str]:
    return [
        f"Oki-Toki simulator at {sim.url}",
        f"  api token:  {sim.token}",
        f"  user id:    {sim.user_id} ({sim.user_name})",
        *_agent_lines(sim),
        f"  dialer id:  {sim.dialer_id}",
        f"  statuses:   {sim.statuses_option}",
        f"  webhooks to: {args.webhook_url or 'none (give --webhook-url)'}",
        f"  try: AGENTDESK_SECRET={sim.token} agentdesk ctl --vendor okitoki "
        f"--url {sim.url} --user {sim.user_id} --set dialer_id={sim.dialer_id} "
        f"--set 'statuses={sim.statuses_option}' pauses",
    ]


def _agent_lines(sim: OkiTokiSimulator) -> list[str]:
    """With several agents (``--set agents=N``): each one, and how a relay knows them."""
    if len(sim.agents) < 2:
        return []
    return [
        "  agents:     " + ", ".join(f"{a.id} ({a.name})" for a in sim.agents),
        "  relay:      agentdesk relay add-agent USER_ID, for each",
    ]


def demo(sim: OkiTokiSimulator) -> DemoSignIn:
    """Signed in as the simulated agent, its webhooks posted to a receiver on a free port."""
    options = {
        "dialer_id": sim.dialer_id,
        "statuses": sim.statuses_option,
        "webhook_port": "0",
        "results": DEMO_RESULTS,
        "fields": DEMO_FIELDS,
        "block_list": "101",
        "vip_list": "102",
    }
    return DemoSignIn(
        url=sim.url, user=sim.user_id, secret=sim.token, options=options, webhooks_to=posts_to(sim)
    )


SIM: SimSpec[OkiTokiSimulator] = SimSpec(
    key="okitoki",
    make=make,
    scenario=scenario,
    banner=banner,
    demo=demo,
    simulator_class=simulator_class,
    options=OPTIONS,
)
