"""``agentdesk sim VENDOR``: a simulator on its own, for integrators and manual tests."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Mapping
from typing import Any

from agentdesk.sim.registry import sim_spec
from agentdesk.sim.spec import SimArgs, SimSpec


def run_simulator(
    vendor: str,
    *,
    port: int,
    token: str | None,
    scenario: bool,
    webhook_url: str | None = None,
    webhook_secret: str | None = None,
    faults: str | None = None,
    options: Mapping[str, str] | None = None,
) -> int:
    """Serve ``vendor``'s simulator until interrupted; ``faults`` is a SPEC of
    :mod:`agentdesk.sim.faults`, ``options`` its readings (``--set``). 2 when the simulator
    cannot take an option, after saying why on stderr."""
    spec = sim_spec(vendor)
    args = SimArgs(
        port=port,
        token=token,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        options=dict(options or {}),
    )
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve(spec, args, scenario=scenario, faults=faults))
    except SimOptionError as exc:
        print(f"agentdesk sim: {exc}", file=sys.stderr)
        return 2
    return 0


class SimOptionError(ValueError):
    """A ``--set`` option the simulator does not have, or a value it cannot take."""


def make_simulator(spec: SimSpec[Any], args: SimArgs) -> Any:
    """``spec``'s simulator made from ``args``; SimOptionError for an option it does not
    have (naming those it has) or a value it cannot take."""
    unknown = sorted(set(args.options) - set(spec.options))
    if unknown and not spec.options:
        raise SimOptionError(f"the {spec.key} simulator takes no --set options")
    if unknown:
        offered = "; ".join(f"{name}: {what}" for name, what in spec.options.items())
        raise SimOptionError(
            f"the {spec.key} simulator has no option {', '.join(unknown)} ({offered})"
        )
    try:
        return spec.make(args)
    except ValueError as exc:
        raise SimOptionError(str(exc)) from None


async def serve(spec: SimSpec[Any], args: SimArgs, *, scenario: bool, faults: str | None) -> None:
    """Run the simulator (and its scenario, if asked) until cancelled, after printing its
    banner: what a profile needs, then the faults it makes and the options it was given."""
    sim = make_simulator(spec, args)
    if faults:
        sim.faults.configure(faults)
    await sim.start()
    calls = spec.scenario(sim) if scenario else None
    if calls is not None:
        calls.start()
    for line in spec.banner(sim, args):
        print(line, flush=True)
    if faults:
        print(f"  faults:       {faults}", flush=True)
    for name, value in args.options.items():
        print(f"  {name + ':':<13} {value}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        if calls is not None:
            await calls.stop()
        await sim.stop()
