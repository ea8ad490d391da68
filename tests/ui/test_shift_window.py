"""The shift in the window against the Daktela simulator over loopback: the waiting callers
behind the queue strip with Pick up (and the vendor's refusal when the caller is no longer
waiting), "not logged in" with Log in, Log out refused during a call and with a wrap-up
unsaved (what the agent typed stays), and the phone warning that comes and goes."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import AgentState
from agentdesk.session import Session
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.daktela.spec import DEMO_NOTE_FIELD
from agentdesk.ui.app import Shell
from agentdesk.ui.messages import Level
from tests.ui.conftest import RecordingMessageBus, wait_connected, wait_until

Loop = asyncio.AbstractEventLoop


def run(
    qloop: Loop, make_shell: Callable[..., Shell], sim: DaktelaSimulator, **shell: Any
) -> tuple[Shell, asyncio.Task[int]]:
    async def start() -> Session:
        await sim.start()
        backend = DaktelaBackend(
            base_url=sim.url, login=sim.login, secret=sim.token, note_field=DEMO_NOTE_FIELD
        )
        return Session(backend, profile_user=sim.login)

    made = make_shell(**shell)
    running = qloop.create_task(made.run(start, sim.stop))
    wait_connected(qloop, made)
    return made, running


def quit_(qloop: Loop, shell: Shell, running: asyncio.Task[int]) -> None:
    shell.request_quit()
    qloop.run_until_complete(asyncio.wait_for(running, 5))


def state(shell: Shell) -> AgentState | None:
    return shell.session.status.state if shell.session is not None else None


def test_the_queue_strip_opens_to_the_waiting_callers_and_one_is_picked_up(
    qloop: Loop, qtbot: Any, messages: RecordingMessageBus, make_shell: Callable[..., Shell]
) -> None:
    sim = DaktelaSimulator(seed_history=False)
    first = sim.queue_caller("601111111", queue_id="1")
    sim.queue_caller("602222222", queue_id="3")
    shell, running = run(qloop, make_shell, sim)
    window, wiring = shell.window, shell.window.shift
    try:
        window.show()
        panel, toggle = wiring.waiting, wiring.waiting_toggle
        assert panel is not None and toggle is not None
        assert panel.isHidden() and toggle.isVisible()
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
        wait_until(qloop, lambda: panel.calls is not None and len(panel.rows) == 2, 5)
        label, button = panel.rows[0]
        assert label.text().startswith("601 111 111 · Support · waiting 0:")
        assert button.accessibleName().startswith("Pick up 601 111 111")
        assert panel.timer.isActive()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        wait_until(qloop, lambda: state(shell) is AgentState.TALKING, 5)
        wait_until(qloop, lambda: window.call_panel.call is not None, 5)
        assert window.call_panel.call is not None and window.call_panel.call.id == first
        wait_until(qloop, lambda: panel.calls is not None and len(panel.calls) == 1, 5)
        qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
        assert panel.isHidden() and not panel.timer.isActive()  # not refreshed while hidden
        assert messages.recorded == []
    finally:
        quit_(qloop, shell, running)


def test_a_caller_no_longer_waiting_is_refused_in_the_vendors_words(
    qloop: Loop, qtbot: Any, messages: RecordingMessageBus, make_shell: Callable[..., Shell]
) -> None:
    sim = DaktelaSimulator(seed_history=False)
    gone = sim.queue_caller("601111111")
    shell, running = run(qloop, make_shell, sim)
    panel = shell.window.shift.waiting
    try:
        shell.window.show()
        assert panel is not None and shell.window.shift.waiting_toggle is not None
        shell.window.shift.waiting_toggle.setChecked(True)
        wait_until(qloop, lambda: len(panel.rows) == 1, 5)
        sim.caller_leaves(gone)  # a colleague took them meanwhile
        qtbot.mouseClick(panel.rows[0][1], Qt.MouseButton.LeftButton)
        wait_until(qloop, lambda: messages.recorded, 5)
        assert messages.texts(Level.ERROR) == [f"Daktela said: Hovor {gone} již nečeká ve frontě"]
        wait_until(qloop, lambda: panel.calls == [], 5)
        assert panel.empty.text() == "Nobody is waiting."
    finally:
        quit_(qloop, shell, running)


def test_not_logged_in_is_said_with_log_in_and_log_out_is_refused_during_a_call(
    qloop: Loop, qtbot: Any, messages: RecordingMessageBus, make_shell: Callable[..., Shell]
) -> None:
    sim = DaktelaSimulator(seed_history=False)
    sim.log_out()
    shell, running = run(qloop, make_shell, sim)
    window, wiring = shell.window, shell.window.shift
    try:
        window.show()
        bar = wiring.logged_out_bar
        wait_until(qloop, lambda: bar.isVisible(), 5)
        assert bar.text.text() == "You are not logged in to the call centre."
        assert not wiring.log_out.isEnabled()
        qtbot.mouseClick(bar.log_in, Qt.MouseButton.LeftButton)
        wait_until(qloop, lambda: state(shell) is AgentState.READY, 5)
        assert bar.isHidden() and wiring.log_out.isEnabled() and wiring.log_out.isVisible()

        sim.ring("601234567")
        wait_until(qloop, lambda: state(shell) is AgentState.RINGING, 5)
        wiring.log_out.trigger()
        assert messages.texts(Level.WARNING) == ["You cannot log out during a call: hang up first."]
        assert "Logout" not in {a for a, _ in sim.requests}
    finally:
        quit_(qloop, shell, running)


def test_log_out_with_a_wrap_up_unsaved_is_refused_and_the_note_stays(
    qloop: Loop, messages: RecordingMessageBus, make_shell: Callable[..., Shell]
) -> None:
    sim = DaktelaSimulator(seed_history=False, wrapup_seconds=0)
    shell, running = run(qloop, make_shell, sim)
    window, wiring = shell.window, shell.window.shift
    try:
        window.show()
        sim.ring("601234567")
        sim.pick_up()
        wait_until(qloop, lambda: state(shell) is AgentState.TALKING, 5)
        sim.customer_hangup()
        panel = window.wrap_up
        assert panel is not None
        wait_until(qloop, lambda: panel.form is not None, 5)
        panel.note_edit.setPlainText("Wants a call back about the invoice")
        wait_until(qloop, lambda: state(shell) is AgentState.READY, 5)
        wiring.log_out.trigger()
        assert messages.texts(Level.WARNING) == [
            "You cannot log out yet: the wrap-up of the last call is not saved. Save it first."
        ]
        assert panel.note_edit.toPlainText() == "Wants a call back about the invoice"
        assert panel.has_unsaved() and sim.state == "Idle"
        assert "Logout" not in {a for a, _ in sim.requests}
        panel.discard()
        wiring.log_out.trigger()
        wait_until(qloop, lambda: state(shell) is AgentState.OFFLINE, 5)
        wait_until(qloop, lambda: wiring.logged_out_bar.isVisible(), 5)
    finally:
        quit_(qloop, shell, running)


def test_log_in_at_start_when_the_setting_asks(
    qloop: Loop, messages: RecordingMessageBus, make_shell: Callable[..., Shell]
) -> None:
    sim = DaktelaSimulator(seed_history=False)
    sim.log_out()

    async def start() -> Session:
        await sim.start()
        backend = DaktelaBackend(base_url=sim.url, login=sim.login, secret=sim.token)
        return Session(backend, profile_user=sim.login)

    shell = make_shell()
    shell.window.shift.login_at_start = True
    running = qloop.create_task(shell.run(start, sim.stop))
    try:
        wait_until(qloop, lambda: sim.state == "Idle", 5)
        assert [a for a, _ in sim.requests].count("Login") == 1
    finally:
        quit_(qloop, shell, running)


def test_the_phone_warning_shows_in_the_window_and_goes_when_the_phone_is_back(
    qloop: Loop, messages: RecordingMessageBus, make_shell: Callable[..., Shell]
) -> None:
    sim = DaktelaSimulator(seed_history=False)
    sim.set_phone("UNAVAILABLE")
    shell, running = run(qloop, make_shell, sim)
    warning = shell.window.shift.phone_warning
    try:
        shell.window.show()
        assert warning is not None
        wait_until(qloop, lambda: warning.isVisible(), 5)
        text = "Your phone, extension 201, is not reachable: calls cannot ring"
        assert warning.text.text() == text
        assert warning.accessibleName() == text
        sim.set_phone("AVAILABLE")
        warning.watch.check_soon()  # what the five-minute tick does
        wait_until(qloop, lambda: warning.isHidden(), 5)
        # No tray and no notification server here: said once, by the warning itself.
        assert messages.recorded == []
    finally:
        quit_(qloop, shell, running)
