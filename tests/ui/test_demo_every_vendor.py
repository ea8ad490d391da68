"""What ``agentdesk --demo`` shows alike for every vendor, in the real window: the agent
pauses from the pause selector and comes back to Ready, the vendor's simulator follows, and a
call from the history plays its recording."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager

from agentdesk.core import AgentState
from tests.simulated_vendors import Vendor
from tests.ui.conftest import Demo, RecordingMessageBus, wait_until
from tests.ui.test_recording_player import MEDIA_NOISE


@MEDIA_NOISE
def test_a_pause_and_back_then_a_recording_from_the_history(
    vendor: Vendor,
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    demo: Callable[[str], AbstractContextManager[Demo]],
) -> None:
    pause, title = vendor.pause
    with demo(vendor.key) as running:
        session, window, sim = running.session, running.window, running.sim

        window.pause_selector.select_text(title)
        wait_until(qloop, lambda: session.status.state is AgentState.PAUSED, timeout=5)
        wait_until(qloop, lambda: window.state_badge.state_text.text() == "Paused")
        assert vendor.pause_at_vendor(sim) == pause
        window.pause_selector.select_text("Ready")
        wait_until(qloop, lambda: session.status.state is AgentState.READY, timeout=5)
        assert vendor.pause_at_vendor(sim) is None

        window.actions_.show_history.trigger()
        window.history.refresh()
        model = window.history.model
        wait_until(qloop, lambda: any(r.has_recording for r in model.records), timeout=5)
        window.history.select_call(next(r for r in model.records if r.has_recording).id)
        window.history.play_selected()
        wait_until(qloop, lambda: window.history.player.source is not None, timeout=5)
        assert messages.texts() == []
