"""The demo's whole loop in the real window: Daktela simulator → backend → session → widgets.

This is what `make demo` shows: a call rings, is answered and hung up; the agent pauses and
comes back to Ready. Everything runs over loopback HTTP in the test's qasync loop.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from agentdesk.core import AgentState, ConnectionState
from agentdesk.demo import DemoCallCentre
from agentdesk.ui.app import Shell
from tests.ui.conftest import RecordingMessageBus, wait_until

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_a_demo_call_rings_is_answered_hung_up_then_pause_and_ready(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    centre = DemoCallCentre(scenario=False)
    centre.simulator.wrapup_seconds = 0.2
    shell = Shell(title="AgentDesk — demo", bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)
    window = shell.window
    running = qloop.create_task(shell.run(centre.start_session, centre.stop))

    def state() -> AgentState | None:
        return shell.session.status.state if shell.session else None

    try:
        wait_until(
            qloop,
            lambda: (
                shell.session is not None
                and shell.session.connection.state is ConnectionState.CONNECTED
            ),
        )
        assert window.state_badge.state_text.text() == "Ready"
        assert window.agent_name.text() == "Jana Nováková"
        assert not window.call_panel.answer_button.isEnabled()

        centre.simulator.ring("601234567", name="Petr Svoboda", queue_id="3")
        wait_until(qloop, lambda: window.call_panel.answer_button.isEnabled())
        assert window.call_panel.number_text.text() == "601234567"
        assert window.call_panel.name_text.text() == "Petr Svoboda"
        assert window.state_badge.state_text.text() == "Ringing"
        assert any("Incoming call: 601234567 Petr Svoboda" in t for t in messages.texts())
        assert window.banner.message is not None

        window.call_panel.answer_button.click()
        wait_until(qloop, lambda: state() is AgentState.TALKING)
        assert window.banner.message is None, "the incoming-call notice went with the ringing"
        wait_until(qloop, lambda: window.state_badge.state_text.text() == "On a call")
        assert not window.call_panel.answer_button.isEnabled()
        assert window.call_panel.hangup_button.isEnabled()

        window.call_panel.hangup_button.click()
        wait_until(qloop, lambda: state() is AgentState.READY)
        assert window.call_panel.call is None

        window.pause_selector.select_text("Oběd")
        wait_until(qloop, lambda: state() is AgentState.PAUSED)
        wait_until(qloop, lambda: window.state_badge.state_text.text() == "Paused")
        assert centre.simulator.id_pause == "7"

        window.pause_selector.select_text("Ready")
        wait_until(qloop, lambda: state() is AgentState.READY)
        assert centre.simulator.state == "Idle"
        assert messages.texts(level=None) == [
            t for t in messages.texts() if "Incoming call" in t
        ], "nothing but the call notice was said to the agent"
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
    assert centre.simulator.url  # it ran
    actions = [action for action, _ in centre.simulator.requests]
    assert {"GetPauses", "RTUserState", "Answer", "Hangup", "PauseOn", "PauseOff"} <= set(actions)
