"""The soak's shift (bench/soak.py) in the window, per vendor: calls with faults mixed in,
and after every call no caller card is left showing, embedded or popped up."""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable

import pytest

from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.sim.host import LocalSim, make_simulator
from agentdesk.ui.app import Shell
from tests.test_soak_short import soak_module
from tests.ui.conftest import wait_connected

CALLS = 25


@pytest.mark.parametrize("vendor", ["daktela", "okitoki", "ucontact", "megapbx"])
def test_no_caller_card_stays_open_through_a_shift_with_faults(
    vendor: str,
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
) -> None:
    soak = soak_module()
    shift = soak.SHIFTS[vendor]
    sim = make_simulator(vendor, **shift.sim_options)
    controls = LocalSim(sim)

    async def start_session() -> Session:
        await sim.start()
        policy = ReconnectPolicy(base=0.01, cap=0.05, minimum=0.005)
        return Session(await shift.connect(controls), policy=policy)

    shell = make_shell()
    window = shell.window
    running = qloop.create_task(shell.run(start_session, sim.stop))
    shown: list[str] = []
    closed: list[None] = []
    try:
        wait_connected(qloop, shell)
        assert shell.session is not None and window.cards is not None
        cards = window.cards
        cards.shown.connect(lambda call: shown.append(call.id))
        cards.closed.connect(lambda: closed.append(None))
        watch = soak.Watch(shell.session)
        rng = random.Random(7)

        def card_showing() -> bool:
            return cards.call is not None or cards.window.isVisible()

        async def one_call(number: int) -> None:
            await watch.connected()
            await soak.inject_fault(controls, rng, shift)
            call_id = await shift.one_call(controls, watch, f"60{number:07d}")
            # The cards close on the session's "ended", which the watch has just seen.
            async with asyncio.timeout(5):
                while card_showing():  # noqa: ASYNC110
                    await asyncio.sleep(0.005)
            assert shown[-1] == call_id

        for number in range(CALLS):
            qloop.run_until_complete(one_call(number))
        assert not card_showing()
        assert window.call_panel.call is None
        assert len(shown) == CALLS and len(set(shown)) == CALLS
        assert len(closed) >= CALLS
        assert len(sim.faults.injected) > 0
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 10))
