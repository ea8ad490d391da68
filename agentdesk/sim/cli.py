"""``agentdesk sim VENDOR``: a simulator on its own, for integrators and manual tests."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
from collections.abc import Coroutine
from typing import Any

from agentdesk.sim.daktela.scenario import DaktelaScenario
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.okitoki.scenario import OkiTokiScenario
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator


def run_simulator(
    vendor: str,
    *,
    port: int,
    token: str | None,
    scenario: bool,
    webhook_url: str | None = None,
    webhook_secret: str | None = None,
    faults: str | None = None,
) -> int:
    """Serve ``vendor``'s simulator until interrupted; ``faults`` is a SPEC of
    :mod:`agentdesk.sim.faults`."""
    serve: Coroutine[Any, Any, None]
    if vendor == "okitoki":
        serve = _serve_okitoki(
            port=port,
            token=token,
            scenario=scenario,
            webhook_url=webhook_url,
            webhook_secret=webhook_secret,
            faults=faults,
        )
    elif vendor in ("ucontact", "megapbx"):
        # Each of these simulators has its own ``serve`` beside it.
        module = importlib.import_module(f"agentdesk.sim.{vendor}.cli")
        serve = module.serve(
            port=port, token=token, scenario=scenario, webhook_url=webhook_url, faults=faults
        )
    else:
        serve = _serve_daktela(port=port, token=token, scenario=scenario, faults=faults)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve)
    return 0


async def _serve_daktela(
    *, port: int, token: str | None, scenario: bool, faults: str | None
) -> None:
    sim = DaktelaSimulator(port=port, token=token)
    if faults:
        sim.faults.configure(faults)
    await sim.start()
    calls = DaktelaScenario(sim) if scenario else None
    if calls is not None:
        calls.start()
    print(f"Daktela simulator at {sim.url}", flush=True)
    print(f"  access token: {sim.token}", flush=True)
    print(f"  agent login:  {sim.login} (password {sim.password})", flush=True)
    print(
        f"  try: AGENTDESK_SECRET={sim.token} agentdesk ctl --vendor daktela "
        f"--url {sim.url} --user {sim.login} state --json",
        flush=True,
    )
    print_faults(faults)
    try:
        await asyncio.Event().wait()
    finally:
        if calls is not None:
            await calls.stop()
        await sim.stop()


async def _serve_okitoki(
    *,
    port: int,
    token: str | None,
    scenario: bool,
    webhook_url: str | None,
    webhook_secret: str | None,
    faults: str | None,
) -> None:
    sim = OkiTokiSimulator(
        port=port, token=token, webhook_url=webhook_url, webhook_secret=webhook_secret
    )
    if faults:
        sim.faults.configure(faults)
    await sim.start()
    calls = OkiTokiScenario(sim) if scenario else None
    if calls is not None:
        calls.start()
    print(f"Oki-Toki simulator at {sim.url}", flush=True)
    print(f"  api token:  {sim.token}", flush=True)
    print(f"  user id:    {sim.user_id} ({sim.user_name})", flush=True)
    print(f"  dialer id:  {sim.dialer_id}", flush=True)
    print(f"  statuses:   {sim.statuses_option}", flush=True)
    print(f"  webhooks to: {webhook_url or 'none (give --webhook-url)'}", flush=True)
    print(
        f"  try: AGENTDESK_SECRET={sim.token} agentdesk ctl --vendor okitoki "
        f"--url {sim.url} --user {sim.user_id} --set dialer_id={sim.dialer_id} "
        f"--set 'statuses={sim.statuses_option}' pauses",
        flush=True,
    )
    print_faults(faults)
    try:
        await asyncio.Event().wait()
    finally:
        if calls is not None:
            await calls.stop()
        await sim.stop()


def print_faults(faults: str | None) -> None:
    """The last line of the banner: which faults the simulator makes."""
    if faults:
        print(f"  faults:       {faults}", flush=True)
