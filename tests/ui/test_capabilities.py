"""What the GUI does with a vendor that documents little: it hides, never fakes."""

from __future__ import annotations

import asyncio
from typing import Any

from agentdesk.core import CallAnswered, CallPhase, Capability
from agentdesk.session import Session
from agentdesk.ui.app import Shell
from tests.ui.conftest import RecordingMessageBus, wait_until
from tests.ui.fake_backend import FakeBackend, inbound_call


def test_a_vendor_with_live_state_only_shows_state_and_nothing_it_cannot_do(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    backend = FakeBackend(capabilities={Capability.LIVE_STATE})
    shell = Shell(bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)
    window = shell.window

    async def create() -> Session:
        return Session(backend)

    task = qloop.create_task(shell.run(create))
    try:
        wait_until(qloop, lambda: shell.session is not None and window.cards is not None)
        wait_until(qloop, lambda: window.state_badge.state_text.text() == "Ready")
        assert window.pause_selector.isHidden()
        assert window.dial_bar.isHidden()
        assert not window.clipboard.action.isVisible()
        assert not window.tabs.isTabVisible(1)  # no history
        assert window.queue_strip is not None and window.queue_strip.isHidden()
        assert not window.actions_.answer.isVisible()
        assert not window.actions_.hangup.isVisible()
        assert not window.actions_.ready.isVisible()
        assert not shell.tray.ready_action.isVisible()
        assert not shell.tray.pause_menu.menuAction().isVisible()

        # A call still shows, with what the vendor sent, and no buttons it cannot serve.
        backend.ring(inbound_call())
        wait_until(qloop, lambda: window.call_panel.call is not None)
        assert window.call_panel.name_text.text() == "Petr Svoboda"
        assert window.call_panel.answer_button.isHidden()
        assert window.call_panel.hangup_button.isHidden()
        backend.push(CallAnswered(inbound_call(CallPhase.TALKING)))  # answered on the desk phone
        wait_until(qloop, lambda: "On call" in window.call_panel.time_text.text())
        backend.end()
        wait_until(qloop, lambda: window.call_panel.call is None)
        wrap = window.wrap_up
        assert wrap is not None
        assert not wrap.isVisible(), "no dispositions: no wrap-up panel"
        assert messages.recorded == []
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)


def test_a_link_for_a_vendor_that_cannot_dial_says_so(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    backend = FakeBackend(capabilities={Capability.LIVE_STATE})
    shell = Shell(bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)

    async def create() -> Session:
        return Session(backend)

    task = qloop.create_task(shell.run(create))
    try:
        wait_until(qloop, lambda: shell.session is not None)
        assert shell.window.call_panel.no_call_text.text() == "No call"
        shell.dial_link("tel:+420601234567")
        assert messages.texts() == [
            "Daktela does not offer dialling from AgentDesk; please dial 601 234 567 on the phone."
        ]
        assert backend.requests == []
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)


def test_without_live_state_the_empty_card_says_why(
    qloop: asyncio.AbstractEventLoop, messages: RecordingMessageBus, qtbot: Any
) -> None:
    backend = FakeBackend(capabilities={Capability.HISTORY, Capability.PAUSE})
    shell = Shell(bus=messages, tray_available=lambda: False)
    qtbot.addWidget(shell.window)

    async def create() -> Session:
        return Session(backend)

    task = qloop.create_task(shell.run(create))
    try:
        wait_until(qloop, lambda: shell.session is not None and shell.window.cards is not None)
        assert shell.window.call_panel.no_call_text.text().startswith(
            "Daktela does not tell AgentDesk of incoming calls while they ring"
        )
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)
