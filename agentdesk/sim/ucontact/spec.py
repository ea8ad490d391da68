"""The uContact simulator as ``agentdesk sim ucontact`` and ``--demo`` know it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from agentdesk.sim.spec import DemoSignIn, Scenario, SimArgs, SimSpec, one_of

if TYPE_CHECKING:  # aiohttp comes with them, only once a simulator is made
    from agentdesk.sim.ucontact.simulator import UContactSimulator

# What an administrator would add to the profile: the wrap-up's extra data and the recording
# tag (uContact's API serves neither).
DEMO_DATA_FIELDS = "d1:Número de pedido"
DEMO_TAG_TITLE = "Etiqueta de la grabación"


def simulator_class() -> type[UContactSimulator]:
    from agentdesk.sim.ucontact.simulator import UContactSimulator

    return UContactSimulator


# ``agentdesk sim ucontact --set NAME=VALUE``: how the simulator reads what the text leaves
# open (the simulator's docstring says what each value does); the default first.
OPTIONS: Final[Mapping[str, str]] = {
    "answer_style": (
        "ours (the default) or variant: getrecords' keys as AgentDesk reads them, or other "
        "names a real installation may use"
    ),
    "empty_callerid": (
        "accept (the default) or refuse: whether AgentCall with an empty callerid calls out "
        "with the campaign's number or answers 0"
    ),
}


def make(args: SimArgs) -> UContactSimulator:
    """uContact's API sends no webhooks: ``args.webhook_url`` is left out (the banner says)."""
    return simulator_class()(
        port=args.port,
        token=args.token,
        answer_style=one_of(args.options, "answer_style", ("ours", "variant")),
        empty_callerid=one_of(args.options, "empty_callerid", ("accept", "refuse")),
    )


def scenario(sim: UContactSimulator) -> Scenario:
    from agentdesk.sim.ucontact.scenario import UContactScenario

    return UContactScenario(sim)


def banner(sim: UContactSimulator, args: SimArgs) -> list[str]:
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
    if args.webhook_url:
        lines.append("  (uContact sends no webhooks: --webhook-url is ignored)")
    return lines


def demo(sim: UContactSimulator) -> DemoSignIn:
    """Signed in as the simulated agent with the breaks, the disposition tree, the extra data
    and the recording tag an administrator would write."""
    options = {
        "campaign": sim.campaign,
        "outqueue": sim.outqueue,
        "backup_host": sim.backup_url,
        "breaks": sim.breaks_option,
        "dispositions": sim.dispositions_option,
        "data_fields": DEMO_DATA_FIELDS,
        "tag_title": DEMO_TAG_TITLE,
    }
    return DemoSignIn(url=sim.url, user=sim.agent, secret=sim.password, options=options)


SIM: SimSpec[UContactSimulator] = SimSpec(
    key="ucontact",
    make=make,
    scenario=scenario,
    banner=banner,
    demo=demo,
    simulator_class=simulator_class,
    options=OPTIONS,
)
