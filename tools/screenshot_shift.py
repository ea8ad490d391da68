"""The shift's screenshots for docs/, taken by tools/screenshot.py in its demo run: the
callers waiting behind the queue strip (waiting-callers.png) and the warning of a desk phone
that cannot ring (phone-warning.png)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.ui.main_window import MainWindow

Wait = Callable[[Callable[[], object]], Awaitable[None]]


async def shoot_shift(
    window: MainWindow,
    sim: DaktelaSimulator,
    save: Callable[[object, str], None],
    until: Wait,
    settle: Callable[[], Awaitable[None]],
) -> None:
    window.tabs.setCurrentIndex(0)
    for number, queue, waited in (
        ("602111333", "1", 95),
        ("+421905123456", "3", 41),
        ("777444555", "1", 12),
    ):
        call_id = sim.queue_caller(number, queue_id=queue)
        sim.waiting[call_id].entered -= timedelta(seconds=waited)
    wiring = window.shift
    panel, toggle = wiring.waiting, wiring.waiting_toggle
    assert panel is not None
    assert toggle is not None
    strip = window.queue_strip
    assert strip is not None
    toggle.setChecked(True)
    await until(lambda: len(panel.rows) == 3)
    strip.refresh()
    await until(lambda: sum(f.waiting for f in strip.figures or ()) == 3)
    await settle()
    save(window, "waiting-callers.png")
    toggle.setChecked(False)
    for call_id in list(sim.waiting):
        sim.caller_leaves(call_id)

    warning = wiring.phone_warning
    assert warning is not None
    sim.set_phone("UNAVAILABLE")
    warning.watch.check_soon()
    await until(warning.isVisible)
    await settle()
    save(window, "phone-warning.png")
    sim.set_phone("AVAILABLE")
    check = warning.watch.check_soon()
    if check is not None:
        await asyncio.shield(check)
