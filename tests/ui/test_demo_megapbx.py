"""`agentdesk --demo --vendor megapbx`: the PBX simulator posts its commands to the backend's
receiver, and the window shows the caller, DND as the pause, the history and a recording."""

# Cyrillic names are the point of the caller card check.
# ruff: noqa: RUF001

from __future__ import annotations

import asyncio
from collections.abc import Callable

from agentdesk.core import AgentState
from agentdesk.demo import DemoCallCentre
from agentdesk.ui.app import Shell
from tests.ui.conftest import RecordingMessageBus, wait_connected, wait_until
from tests.ui.test_recording_player import MEDIA_NOISE


@MEDIA_NOISE
def test_a_pbx_call_reaches_the_card_and_dnd_is_the_pause(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    make_shell: Callable[..., Shell],
) -> None:
    centre = DemoCallCentre("megapbx", scenario=False)
    sim = centre.simulator
    shell = make_shell()
    window = shell.window
    running = qloop.create_task(shell.run(centre.start_session, centre.stop))
    try:
        wait_connected(qloop, shell)
        session = shell.session
        assert session is not None
        # Click-to-call rings the agent's own phone first, and the window says so.
        assert "rings your phone first" in window.dial_note.text()

        # INCOMING pops the card with the caller the local contacts know; the PBX has no
        # Answer or Hang up in its API, so the card offers none.
        callid = sim.ring("79101234567")
        wait_until(qloop, lambda: window.call_panel.call is not None, timeout=5)
        assert window.call_panel.name_text.text() == "Сергей Кузнецов"
        assert window.call_panel.answer_button.isHidden()
        contact = next(c for c in sim.commands.sent if c.payload["cmd"] == "contact")
        assert contact.answer == {
            "contact_name": "Сергей Кузнецов, ООО «Рога и копыта»",
            "responsible": "",
        }
        sim.pick_up(callid)
        wait_until(qloop, lambda: session.status.state is AgentState.TALKING, timeout=5)
        sim.hang_up(callid, rating=5)
        wait_until(qloop, lambda: window.call_panel.call is None, timeout=5)
        wait_until(qloop, lambda: session.status.state is AgentState.READY, timeout=5)

        # DND is the one pause; Ready turns it off.
        assert [p.title for p in session.pauses] == ["Do not disturb"]
        window.pause_selector.select_text("Do not disturb")
        wait_until(qloop, lambda: session.status.state is AgentState.PAUSED, timeout=5)
        assert sim.agent.dnd
        window.pause_selector.select_text("Ready")
        wait_until(qloop, lambda: session.status.state is AgentState.READY, timeout=5)
        assert not sim.agent.dnd

        # The PBX's history, with recordings to play.
        window.actions_.show_history.trigger()
        window.history.refresh()
        wait_until(qloop, lambda: len(window.history.model.records) > 5, timeout=5)
        records = window.history.model.records
        assert any(r.number == "+79101234567" and r.name == "Сергей Кузнецов" for r in records)
        record = next(r for r in records if r.has_recording)
        window.history.select_call(record.id)
        window.history.play_selected()
        wait_until(qloop, lambda: window.history.player.source is not None, timeout=5)
        assert messages.texts() == []
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
