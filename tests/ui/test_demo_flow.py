"""The demo's whole loop in the real window: Daktela simulator → backend → session → widgets.

This is what `make demo` shows: a call rings with a caller card the vendor fills in, is
answered and hung up, the wrap-up is saved to the vendor's call script, and the call is in the
recent calls (a pause and back, as every vendor's demo: test_demo_every_vendor.py). Everything
runs over loopback HTTP in the test's qasync loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager

from agentdesk.core import AgentState
from agentdesk.vendors import DEFAULT_VENDOR
from tests.ui.conftest import Demo, RecordingMessageBus, wait_until


def test_a_working_day_against_the_demo_call_centre(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    demo: Callable[..., AbstractContextManager[Demo]],
) -> None:
    with demo(DEFAULT_VENDOR, title="AgentDesk — demo") as running:
        session, window, sim = running.session, running.window, running.sim
        sim.wrapup_seconds = 30  # the wrap-up pause lasts until the agent saves the call script

        def state() -> AgentState:
            return session.status.state

        assert window.state_badge.state_text.text() == "Ready"
        assert window.agent_name.text() == "Jana Nováková"
        assert not window.call_panel.answer_button.isEnabled()

        # A call rings: the card shows it at once, then with what Daktela knows of the caller.
        sim.ring("601234567", name="Petr Svoboda", queue_id="3")
        wait_until(qloop, lambda: window.call_panel.answer_button.isEnabled())
        assert window.call_panel.number_text.text() == "601 234 567"
        assert window.call_panel.name_text.text() == "Petr Svoboda"
        assert window.cards is not None
        assert window.cards.window.isVisible()
        wait_until(qloop, lambda: "Svoboda Instalace" in window.call_panel.company_text.text())

        window.call_panel.answer_button.click()
        wait_until(qloop, lambda: state() is AgentState.TALKING)
        wait_until(qloop, lambda: window.state_badge.state_text.text() == "On a call")
        assert not window.call_panel.answer_button.isEnabled()
        assert window.call_panel.hangup_button.isEnabled()

        # Hang up: the card goes, the wrap-up panel asks for the outcome.
        window.call_panel.hangup_button.click()
        wait_until(qloop, lambda: state() is AgentState.WRAP_UP)
        assert not window.cards.window.isVisible()
        wrap = window.wrap_up
        assert wrap is not None
        wait_until(qloop, lambda: wrap.isVisible() and wrap.form is not None)
        wrap.status_combo.setCurrentIndex(1)
        wrap.note_edit.setPlainText("Wants the bigger package")
        wrap.save_button.click()
        wait_until(qloop, lambda: not wrap.isVisible())
        wait_until(qloop, lambda: state() is AgentState.READY)
        (script,) = sim.closed_scripts
        assert script.status is not None
        assert script.values["field_poznamka"] == "Wants the bigger package"

        # The call is in the recent calls.
        window.actions_.show_history.trigger()
        window.history.refresh()
        wait_until(
            qloop,
            lambda: any(
                r.number.endswith("601234567") and r.answered for r in window.history.model.records
            ),
        )
        assert messages.texts() == [], "nothing went wrong, so the agent was told nothing"
    actions = {action for action, _ in sim.requests}
    assert {"GetPauses", "RTUserState", "Answer", "Hangup"} <= actions
    assert {"SimpleSearchContact", "CallScriptOpened", "CallScriptClose"} <= actions
