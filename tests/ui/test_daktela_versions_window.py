"""The window with a Daktela profile older than what some features need: those are hidden,
and the window says which version each needs (the connection details, the call card)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import AgentState
from agentdesk.session import Session
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.ui.app import Shell
from tests.ui.conftest import RecordingMessageBus, wait_connected, wait_until


def run_at(
    version: str, qloop: asyncio.AbstractEventLoop, make_shell: Callable[..., Shell]
) -> tuple[Shell, DaktelaSimulator, asyncio.Task[int]]:
    sim = DaktelaSimulator(api_version=version, unknown_action="404", seed_history=False)

    async def start() -> Session:
        await sim.start()
        backend = DaktelaBackend(
            base_url=sim.url, login=sim.login, secret=sim.token, api_version=version
        )
        return Session(backend, profile_user=sim.login)

    shell = make_shell()
    running = qloop.create_task(shell.run(start, sim.stop))
    wait_connected(qloop, shell)
    return shell, sim, running


def session_state(shell: Shell) -> AgentState | None:
    return shell.session.status.state if shell.session is not None else None


def test_a_36_profile_hides_answer_and_history_and_says_why(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    make_shell: Callable[..., Shell],
) -> None:
    shell, sim, running = run_at("3.6", qloop, make_shell)
    window = shell.window
    try:
        wait_until(qloop, lambda: session_state(shell) is AgentState.READY, 5)
        sim.ring("601234567")
        wait_until(qloop, lambda: window.call_panel.call is not None, 5)
        assert not window.actions_.answer.isVisible()
        assert window.call_panel.answer_button.isHidden()
        assert window.actions_.hangup.isEnabled()  # Hangup: 3.0
        assert not window.tabs.isTabVisible(1)  # no StatsCalls before 4.1
        details = window.connection_indicator.details().splitlines()
        assert details[0] == "Hidden with this profile:"
        assert (
            "Answering: Daktela offers Answer from API version 3.7 on; "
            "this profile's api_version is 3.6."
        ) in details
        assert (
            "Wrap-up forms: Daktela offers CallScriptOpened, CallScriptClose from API "
            "version 4.0 on; this profile's api_version is 3.6."
        ) in details
        assert not any(line.startswith("Pauses") for line in details)
        assert messages.recorded == []
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
    assert not {"Answer", "RTUserState", "StatsCalls"} & {a for a, _ in sim.requests}


def test_without_live_state_the_call_card_says_which_version_it_needs(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    make_shell: Callable[..., Shell],
) -> None:
    shell, _sim, running = run_at("3.1", qloop, make_shell)
    window = shell.window
    try:
        wait_until(qloop, lambda: session_state(shell) is AgentState.LOGGED_IN, 5)
        assert window.call_panel.no_call_text.text() == (
            "Daktela offers RTStatsSessions, RTStatsCalls from API version 3.5 on; "
            "this profile's api_version is 3.1."
        )
        assert not window.dial_bar.isHidden()  # CreateCall for an agent: 3.1
        assert messages.recorded == []
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
