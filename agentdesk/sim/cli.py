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
    :mod:`agentdesk.sim.faults`, ``options`` the simulator's own (:attr:`SimArgs.options`).
    2 when the simulator refuses its options."""
    args = SimArgs(
        port=port,
        token=token,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        options=dict(options or {}),
    )
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve(sim_spec(vendor), args, scenario=scenario, faults=faults))
    except SimOptionsError as exc:
        print(f"agentdesk sim: {exc}", file=sys.stderr)
        return 2
    return 0


class SimOptionsError(Exception):
    """The simulator would not be made with the options it was given."""


async def serve(spec: SimSpec[Any], args: SimArgs, *, scenario: bool, faults: str | None) -> None:
    """Run the simulator (and its scenario, if asked) until cancelled, after printing its
    banner: what a profile needs, then the faults it makes and its options.
    SimOptionsError when the simulator refuses its options."""
    unknown = sorted(set(args.options) - set(spec.options))
    if unknown:
        offered = ", ".join(spec.options) or "none"
        raise SimOptionsError(
            f"the {spec.key} simulator has no option {', '.join(unknown)} (its options: {offered})"
        )
    try:
        sim = spec.make(args)
    except ValueError as exc:
        raise SimOptionsError(str(exc)) from None
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
    for key, value in args.options.items():
        print(f"  {key + ':':<13} {value}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        if calls is not None:
            await calls.stop()
        await sim.stop()
