"""The fake call centre's simulator as ``agentdesk sim`` and ``--demo`` know it (entry point
``agentdesk.simulators``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentdesk.sim.spec import DemoSignIn, Scenario, SimArgs, SimSpec

if TYPE_CHECKING:
    from tests.fake_vendor.simulator import FakeSimulator


def make(args: SimArgs) -> FakeSimulator:
    from tests.fake_vendor.simulator import FakeSimulator

    return FakeSimulator(port=args.port, token=args.token)


def scenario(sim: FakeSimulator) -> Scenario:
    from tests.fake_vendor.simulator import FakeScenario

    return FakeScenario(sim)


def banner(sim: FakeSimulator, args: SimArgs) -> list[str]:
    return [
        f"Fake call centre simulator at {sim.url}",
        f"  token: {sim.token}",
        f"  agent: {sim.login} ({sim.name})",
        f"  try: AGENTDESK_SECRET={sim.token} agentdesk ctl --vendor fake --url {sim.url} "
        f"--user {sim.login} state --json",
    ]


def demo(sim: FakeSimulator) -> DemoSignIn:
    return DemoSignIn(url=sim.url, user=sim.login, secret=sim.token, options={"mood": "busy"})


SIM: SimSpec[FakeSimulator] = SimSpec(
    key="fake", make=make, scenario=scenario, banner=banner, demo=demo
)
