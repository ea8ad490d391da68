"""`agentdesk --demo --vendor megapbx`: the PBX simulator posts its commands to the backend's
receiver, and the window shows the caller from the local contacts, in the card and in the
history, with DND as the one pause (taking it, and a recording: test_demo_every_vendor.py)."""

# Cyrillic names are the point of the caller card check.
# ruff: noqa: RUF001

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager

from agentdesk.core import AgentState
from tests.ui.conftest import Demo, RecordingMessageBus, wait_until


def test_a_pbx_call_reaches_the_card_and_dnd_is_the_pause(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    demo: Callable[[str], AbstractContextManager[Demo]],
) -> None:
    with demo("megapbx") as running:
        session, window, sim = running.session, running.window, running.sim
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

        # DND is the one pause.
        assert [p.title for p in session.pauses] == ["Do not disturb"]

        # The PBX's history names the caller as the local contacts do.
        window.actions_.show_history.trigger()
        window.history.refresh()
        model = window.history.model
        wait_until(
            qloop,
            lambda: any(
                r.number == "+79101234567" and r.name == "Сергей Кузнецов" for r in model.records
            ),
            timeout=5,
        )
        assert messages.texts() == []
