"""The small widgets on their own, with injected clocks instead of waiting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from agentdesk.core import (
    AgentState,
    AgentStatus,
    ConnectionChanged,
    ConnectionState,
    WebhookFigures,
)
from agentdesk.phone import normalise_number
from agentdesk.ui.state_style import state_colour
from agentdesk.ui.widgets.connection_indicator import ConnectionIndicator
from agentdesk.ui.widgets.state_badge import StateBadge, format_duration
from tests.ui.fake_backend import LUNCH


class FakeClock:
    def __init__(self, start: float = 0.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (5, "00:05"),
        (65, "01:05"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3 * 3600 + 62, "3:01:02"),
        (-4, "00:00"),
    ],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_time_in_state_advances(qtbot: Any) -> None:
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    now = [start + timedelta(seconds=65)]
    badge = StateBadge(clock=lambda: now[0])
    qtbot.addWidget(badge)
    badge.show()
    badge.set_status(AgentStatus(AgentState.PAUSED, since=start, pause=LUNCH))
    assert badge.state_text.text() == "Paused"
    assert badge.pause_text.text() == "Lunch"
    assert not badge.pause_text.isHidden()
    assert badge.time_text.text() == "01:05"
    assert badge.timer.isActive()
    assert badge.timer.interval() == 1000
    assert badge.dot.colour == state_colour(AgentState.PAUSED)

    now[0] += timedelta(seconds=1)
    badge.timer.timeout.emit()
    assert badge.time_text.text() == "01:06"
    now[0] = start + timedelta(hours=1, seconds=2)
    badge.timer.timeout.emit()
    assert badge.time_text.text() == "1:00:02"


def test_time_in_state_without_vendor_time_counts_from_the_change(qtbot: Any) -> None:
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    now = [start]
    badge = StateBadge(clock=lambda: now[0])
    qtbot.addWidget(badge)
    badge.set_status(AgentStatus(AgentState.READY))
    now[0] += timedelta(seconds=30)
    badge.set_status(AgentStatus(AgentState.READY, agent_login="x"))  # same state: keeps time
    assert badge.time_text.text() == "00:30"
    badge.set_status(AgentStatus(AgentState.PAUSED, pause=LUNCH))  # new state: from zero
    assert badge.time_text.text() == "00:00"


def test_time_in_state_ticks_on_its_own(qtbot: Any) -> None:
    badge = StateBadge()
    qtbot.addWidget(badge)
    badge.show()
    since = datetime.now(UTC) - timedelta(seconds=10)
    badge.set_status(AgentStatus(AgentState.READY, since=since))
    first = badge.time_text.text()
    qtbot.waitUntil(lambda: badge.time_text.text() != first, timeout=2500)


def test_a_hidden_badge_does_not_tick_and_catches_up_when_shown(qtbot: Any) -> None:
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    now = [start + timedelta(seconds=5)]
    badge = StateBadge(clock=lambda: now[0])
    qtbot.addWidget(badge)
    badge.set_status(AgentStatus(AgentState.READY, since=start))  # in the tray, unseen
    assert badge.time_text.text() == "00:05" and not badge.timer.isActive()
    badge.show()
    assert badge.timer.isActive()
    badge.hide()
    assert not badge.timer.isActive()
    now[0] += timedelta(minutes=10)
    badge.show()  # the window comes back: the right time at once, and ticking again
    assert badge.time_text.text() == "10:05" and badge.timer.isActive()


def test_offline_shows_no_time(qtbot: Any) -> None:
    badge = StateBadge()
    qtbot.addWidget(badge)
    badge.set_status(AgentStatus(AgentState.OFFLINE))
    assert badge.state_text.text() == "Offline"
    assert badge.time_text.text() == ""
    assert not badge.timer.isActive()


def test_reconnect_countdown(qtbot: Any) -> None:
    clock = FakeClock(100.0)
    indicator = ConnectionIndicator(clock=clock)
    qtbot.addWidget(indicator)
    indicator.set_connection(ConnectionChanged(ConnectionState.RECONNECTING, 4.2, "timeout"))
    assert indicator.text.text() == "Reconnecting in 5 s"
    assert indicator.timer.isActive()
    clock.now += 1.0
    indicator.timer.timeout.emit()
    assert indicator.text.text() == "Reconnecting in 4 s"
    clock.now += 4.0
    indicator.timer.timeout.emit()
    assert indicator.text.text() == "Reconnecting…"
    assert not indicator.timer.isActive()


@pytest.mark.parametrize(
    ("state", "text"),
    [
        (ConnectionState.CONNECTING, "Connecting…"),
        (ConnectionState.CONNECTED, "Connected"),
        (ConnectionState.AUTH_FAILED, "Authentication failed"),
        (ConnectionState.STOPPED, "Offline"),
        (ConnectionState.RECONNECTING, "Reconnecting…"),
    ],
)
def test_connection_texts(qtbot: Any, state: ConnectionState, text: str) -> None:
    indicator = ConnectionIndicator()
    qtbot.addWidget(indicator)
    indicator.set_connection(ConnectionChanged(state))
    assert indicator.text.text() == text
    retry_offered = state in (ConnectionState.RECONNECTING, ConnectionState.AUTH_FAILED)
    assert indicator.retry_button.isHidden() is not retry_offered


def test_the_connection_details_count_the_webhooks_received(qtbot: Any) -> None:
    """Refused webhooks are calls the agent never sees: IT looks here first."""
    figures = WebhookFigures(
        url="http://127.0.0.1:8080/megapbx",
        accepted=12,
        wrong_secret=3,
        unreadable=1,
        too_large=1,
        not_a_webhook=2,
        timed_out=2,
        dropped=1,
    )
    current: list[WebhookFigures | None] = [figures]
    indicator = ConnectionIndicator()
    qtbot.addWidget(indicator)
    indicator.set_webhook_source(lambda: current[0])
    indicator.set_connection(ConnectionChanged(ConnectionState.RECONNECTING, None, "timeout"))
    assert indicator.toolTip().splitlines() == [
        "timeout",
        "Webhooks at http://127.0.0.1:8080/megapbx:",
        "12 accepted, 3 refused for a wrong secret, 4 unknown or malformed",
        "3 connections timed out, dropped or turned away",
    ]

    # Counts move without the connection changing: the details are read when looked at.
    current[0] = replace(figures, accepted=13, timed_out=0, dropped=0)
    where = QPoint(2, 2)
    QApplication.sendEvent(
        indicator, QHelpEvent(QEvent.Type.ToolTip, where, indicator.mapToGlobal(where))
    )
    assert indicator.toolTip().splitlines()[1:] == [
        "Webhooks at http://127.0.0.1:8080/megapbx:",
        "13 accepted, 3 refused for a wrong secret, 4 unknown or malformed",
    ]

    current[0] = None  # a backend without a receiver: the details are the connection's own
    indicator.set_connection(ConnectionChanged(ConnectionState.CONNECTED))
    assert indicator.toolTip() == ""


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("+420 601 123 456", "+420601123456"),
        (" 601-123-456 ", "601123456"),
        ("(02) 1234.5678", "0212345678"),
        ("*21#", "*21#"),
        ("123", "123"),
        ("", None),
        ("abc", None),
        ("12a4", None),
        ("+", None),
        ("1+2", None),
        ("**", None),
    ],
)
def test_normalise_number(typed: str, number: str | None) -> None:
    assert normalise_number(typed) == number
