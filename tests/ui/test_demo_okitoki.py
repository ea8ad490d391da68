"""`agentdesk --demo --vendor okitoki`: the Oki-Toki simulator posts its webhooks to the
backend's receiver, and the window shows the dialer task and the call, and saves the wrap-up
(pauses and the history: test_demo_every_vendor.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager

from agentdesk.core import AgentState
from tests.ui.conftest import Demo, RecordingMessageBus, wait_until


def test_an_oki_toki_call_reaches_the_card_through_the_webhook(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    demo: Callable[[str], AbstractContextManager[Demo]],
) -> None:
    with demo("okitoki") as running:
        session, window, sim = running.session, running.window, running.sim
        # Oki-Toki dials through a dialer task, and the window says so.
        assert "dialer task" in window.dial_note.text()
        assert window.dial_note.isVisibleTo(window)
        # A dial is a dialer task the agent can take back before the dialer places it.
        sim.task_dial_after = 30.0
        window.dial_bar.dial_now("+380671112233")
        wait_until(qloop, lambda: window.dial_task_bar.isVisibleTo(window), timeout=5)
        task_id = window.dial_task_bar.dial_id
        assert task_id is not None
        assert task_id in window.dial_task_bar.text.text()
        window.dial_task_bar.cancel_button.click()
        wait_until(qloop, lambda: sim.tasks[task_id].state == "canceled", timeout=5)
        wait_until(qloop, lambda: not window.dial_task_bar.isVisibleTo(window), timeout=5)
        assert messages.texts() == ["The queued call was cancelled."]
        messages.recorded.clear()

        # No Answer/Hang up in Oki-Toki's document: the card has none.
        sim.ring("+380501234567", name="Петро Шевченко")
        wait_until(qloop, lambda: window.call_panel.call is not None, timeout=5)
        assert window.call_panel.name_text.text() == "Петро Шевченко"
        assert window.call_panel.answer_button.isHidden()
        sim.pick_up()
        wait_until(qloop, lambda: session.status.state is AgentState.TALKING, timeout=5)
        sim.customer_hangup()
        wait_until(qloop, lambda: window.call_panel.call is None, timeout=5)

        # The wrap-up offers the profile's outcomes and stores them with call/add_data.
        wrap = window.wrap_up
        assert wrap is not None
        wait_until(qloop, lambda: wrap.isVisible() and wrap.form is not None, timeout=5)
        assert wrap.status_combo.itemText(1) == "Продаж"
        wrap.status_combo.setCurrentIndex(1)
        wrap.note_edit.setPlainText("Хоче більший пакет")
        wrap.save_button.click()
        wait_until(qloop, lambda: not wrap.isVisible(), timeout=5)
        stored = [data for data in sim.call_data.values() if data.get("result") == "sale"]
        assert stored
        assert stored[0]["comment"] == "Хоче більший пакет"
        assert messages.texts() == []
