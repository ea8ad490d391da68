"""The Daktela simulator as ``agentdesk sim daktela`` and ``--demo`` know it."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from agentdesk.sim.daktela.readings import OPTIONS, Readings
from agentdesk.sim.spec import DemoSignIn, Scenario, SimArgs, SimSpec

if TYPE_CHECKING:  # aiohttp comes with them, only once a simulator is made
    from agentdesk.sim.daktela.simulator import DaktelaSimulator

DEMO_NOTE_FIELD = "field_poznamka"
"""The demo call script's field that takes the wrap-up note."""


def simulator_class() -> type[DaktelaSimulator]:
    from agentdesk.sim.daktela.simulator import DaktelaSimulator

    return DaktelaSimulator


def make(args: SimArgs) -> DaktelaSimulator:
    readings = Readings(**args.options)  # a ValueError before anything starts
    return simulator_class()(port=args.port, token=args.token, **asdict(readings))


def scenario(sim: DaktelaSimulator) -> Scenario:
    from agentdesk.sim.daktela.scenario import DaktelaScenario

    return DaktelaScenario(sim)


def banner(sim: DaktelaSimulator, args: SimArgs) -> list[str]:
    served = sim.readings.api_version
    version = "" if served == Readings.api_version else f" --set api_version={served}"
    return [
        f"Daktela simulator at {sim.url}",
        f"  access token: {sim.token}",
        f"  agent login:  {sim.login} (password {sim.password})",
        f"  try: AGENTDESK_SECRET={sim.token} agentdesk ctl --vendor daktela "
        f"--url {sim.url} --user {sim.login}{version} state --json",
    ]


def demo(sim: DaktelaSimulator) -> DemoSignIn:
    return DemoSignIn(
        url=sim.url, user=sim.login, secret=sim.token, options={"note_field": DEMO_NOTE_FIELD}
    )


SIM: SimSpec[DaktelaSimulator] = SimSpec(
    key="daktela",
    make=make,
    scenario=scenario,
    banner=banner,
    demo=demo,
    simulator_class=simulator_class,
    options=OPTIONS,
)
