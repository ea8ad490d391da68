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
    :mod:`agentdesk.sim.faults`; ``options`` are the simulator's own (``--set``). Exit
    status 2 for an option the simulator has not."""
    spec = sim_spec(vendor)
    try:
        spec.check_options(options or {})
    except ValueError as exc:
        print(f"agentdesk sim: {exc}", file=sys.stderr)
        return 2
    args = SimArgs(
        port=port,
        token=token,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        options=dict(options or {}),
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(spec, args, scenario=scenario, faults=faults))
    return 0


async def serve(spec: SimSpec[Any], args: SimArgs, *, scenario: bool, faults: str | None) -> None:
    """Run the simulator (and its scenario, if asked) until cancelled, after printing its
    banner: what a profile needs, then the faults it makes."""
    sim = spec.make(args)
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
        print(f"  {name}: {value}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        if calls is not None:
            await calls.stop()
        await sim.stop()
