"""Tray icon, notifier fall-back and the state colours they share."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from agentdesk.core import AgentState, AgentStatus, ConnectionChanged, ConnectionState
from agentdesk.ui.messages import Level
from agentdesk.ui.notifier import Notifier
from agentdesk.ui.state_style import state_colour, state_label
from agentdesk.ui.tray import TrayIcon, state_icon
from tests.ui.conftest import RecordingMessageBus


@pytest.mark.parametrize("state", list(AgentState))
def test_every_state_has_a_colour_and_label(state: AgentState, qapp: Any) -> None:
    assert state_colour(state).isValid()
    assert state_label(state)
    image = state_icon(state, 32).pixmap(32, 32).toImage()
    assert image.pixelColor(16, 16).name() == state_colour(state).name()


def test_tray_follows_the_state(qapp: Any) -> None:
    tray = TrayIcon()
    assert tray.toolTip() == "AgentDesk — Connecting…"
    tray.set_status(AgentStatus(AgentState.TALKING))
    assert tray.state is AgentState.TALKING
    assert tray.toolTip() == "AgentDesk — On a call"
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator() and a.isVisible()]
    assert texts == ["Show/Hide window", "Ready", "Pause", "Settings…", "Quit"]
    assert not tray.ready_action.isEnabled()
    tray.set_ready_allowed(True)
    assert tray.ready_action.isEnabled()


def test_tray_menu_asks(qapp: Any, qtbot: Any) -> None:
    tray = TrayIcon()
    with qtbot.waitSignal(tray.quit_requested, timeout=1000):
        tray.quit_action.trigger()
    with qtbot.waitSignal(tray.toggle_window_requested, timeout=1000):
        tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)


def test_notifier_falls_back_to_the_banner_offscreen(
    qapp: Any, messages: RecordingMessageBus
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: no tray at all
    notifier = Notifier(messages, TrayIcon())
    assert not notifier.uses_tray()
    notifier.notify("Incoming call", "Incoming call: +420601123456 Petr Svoboda")
    assert messages.recorded[-1].text == "Incoming call: +420601123456 Petr Svoboda"
    assert messages.recorded[-1].level is Level.INFO


def test_notifier_without_a_tray_object(messages: RecordingMessageBus, qapp: Any) -> None:
    Notifier(messages, None, tray_available=lambda: True).notify("t", "hello", Level.WARNING)
    assert messages.texts(Level.WARNING) == ["hello"]


def test_the_tray_says_when_it_is_not_connected(qapp: Any) -> None:
    tray = TrayIcon()
    tray.set_status(AgentStatus(AgentState.READY))
    assert tray.toolTip() == "AgentDesk — Ready"
    tray.set_connection(ConnectionChanged(ConnectionState.RECONNECTING, 4.0))
    assert tray.toolTip() == "AgentDesk — Reconnecting…"
    assert tray.state is AgentState.OFFLINE
    tray.set_connection(ConnectionChanged(ConnectionState.AUTH_FAILED))
    assert tray.toolTip() == "AgentDesk — Authentication failed"
    tray.set_connection(ConnectionChanged(ConnectionState.CONNECTED))
    tray.set_status(AgentStatus(AgentState.PAUSED))
    assert tray.toolTip() == "AgentDesk — Paused"
