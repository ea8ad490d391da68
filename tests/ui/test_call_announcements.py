"""What the screen reader is told without the agent asking: a ringing call (assertive), and
changes the agent did not make (polite); never the agent's own actions, never twice. The
announcements' way through AT-SPI is tested in tests/ui/test_screen_reader.py."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtGui import QAccessible

from agentdesk.core import (
    AgentState,
    AgentStatus,
    Call,
    CallDirection,
    CallEnded,
    CallPhase,
    ConnectionState,
    TransientError,
)
from agentdesk.session import Session
from agentdesk.ui.caller_card import CallerCard
from agentdesk.ui.caller_card_window import CallerCardWindow
from agentdesk.ui.main_window import MainWindow
from tests.ui.conftest import start, wait_until
from tests.ui.fake_backend import LUNCH, READY, TRAINING, FakeBackend, inbound_call

Loop = asyncio.AbstractEventLoop
PETR = "Petr Svoboda, 601 123 456"


@pytest.fixture
def said(window: MainWindow) -> list[tuple[str, bool]]:
    """What the window's announcer said: (text, assertive)."""
    heard: list[tuple[str, bool]] = []
    window.announcer.announced.connect(lambda text, assertive: heard.append((text, assertive)))
    return heard


def _settle(qloop: Loop, session: Session, backend: FakeBackend) -> None:
    """Let the session take in everything the backend has pushed."""
    wait_until(qloop, lambda: session.status == backend.current)
    qloop.run_until_complete(asyncio.sleep(0.02))


def test_a_ringing_call_is_announced_assertively_once(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, said: list[Any]
) -> None:
    start(qloop, window, session)
    call = backend.ring()
    wait_until(qloop, lambda: bool(said))
    backend.ring(call)  # a vendor that says so twice
    _settle(qloop, session, backend)
    assert said == [(f"Incoming call from {PETR}, queue Support", True)]


def test_a_caller_without_name_or_queue(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, said: list[Any]
) -> None:
    start(qloop, window, session)
    backend.ring(Call("anon", CallDirection.INBOUND, "", CallPhase.RINGING))
    wait_until(qloop, lambda: bool(said))
    assert said == [("Incoming call from an unknown number", True)]


def test_the_agents_own_dial_and_hang_up_are_not_announced(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, said: list[Any]
) -> None:
    start(qloop, window, session)
    window.agent_commands.request_dial("+420777888999")
    wait_until(qloop, lambda: session.status.state is AgentState.RINGING)
    window.agent_commands.request_hangup()
    wait_until(qloop, lambda: ("hangup",) in backend.requests)
    _settle(qloop, session, backend)
    assert said == []


def test_the_caller_hanging_up_is_announced_politely(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, said: list[Any]
) -> None:
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: window.call_panel.answer_button.isEnabled())
    window.agent_commands.request_answer()
    wait_until(qloop, lambda: session.status.state is AgentState.TALKING)
    backend.end()
    wait_until(qloop, lambda: len(said) == 2)
    assert said[1] == (f"The call with {PETR} has ended.", False)


def test_a_call_that_stops_ringing_is_announced_and_each_end_only_once(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, said: list[Any]
) -> None:
    start(qloop, window, session)
    call = backend.ring()
    wait_until(qloop, lambda: bool(said))
    backend.end(call)
    backend.push(CallEnded(call))  # the vendor says it again
    _settle(qloop, session, backend)
    assert said[1:] == [(f"The call from {PETR} stopped ringing.", False)]


def test_a_hang_up_explains_one_ending_only(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, said: list[Any]
) -> None:
    """The agent hangs up one call; the next call's caller hangs up on their own."""
    start(qloop, window, session)
    backend.ring(inbound_call(CallPhase.TALKING))
    wait_until(qloop, lambda: window.call_panel.hangup_button.isEnabled())
    window.agent_commands.request_hangup()
    wait_until(qloop, lambda: session.status.state is AgentState.READY)
    backend.ring(inbound_call(CallPhase.TALKING, call_id="call-2"))
    wait_until(qloop, lambda: len(said) == 2)
    backend.end()
    wait_until(qloop, lambda: len(said) == 3)
    assert said[2] == (f"The call with {PETR} has ended.", False)


def test_losing_and_regaining_the_connection_is_announced_once_each(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, said: list[Any]
) -> None:
    start(qloop, window, session)
    backend.push(TransientError("vendor unreachable"))
    wait_until(qloop, lambda: session.connection.state is ConnectionState.RECONNECTING)
    session.reconnect_now()
    wait_until(qloop, lambda: session.connection.state is ConnectionState.CONNECTED)
    _settle(qloop, session, backend)
    assert said == [
        ("The connection to Daktela is lost; reconnecting.", False),
        ("Connected to Daktela again.", False),
    ]


def test_a_pause_the_agent_did_not_choose_is_announced(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, said: list[Any]
) -> None:
    start(qloop, window, session)
    window.agent_commands.request_pause(LUNCH.id)  # the agent's own: silent
    wait_until(qloop, lambda: session.status.pause == LUNCH)
    backend.set_status(AgentStatus(AgentState.PAUSED, pause=TRAINING))  # a supervisor's
    wait_until(qloop, lambda: bool(said))
    backend.set_status(AgentStatus(AgentState.READY))
    wait_until(qloop, lambda: len(said) == 2)
    window.agent_commands.request_pause(LUNCH.id)
    wait_until(qloop, lambda: session.status.pause == LUNCH)
    window.agent_commands.request_ready()
    wait_until(qloop, lambda: session.status.state is AgentState.READY)
    backend.set_status(AgentStatus(AgentState.OFFLINE))
    wait_until(qloop, lambda: len(said) == 3)
    assert said == [
        ("You were put on pause: Training.", False),
        ("You are ready for calls.", False),
        ("You were signed out of Daktela.", False),
    ]


def test_a_pause_after_a_missed_call_is_announced(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, said: list[Any]
) -> None:
    """The vendor pauses an agent who let a call ring out: the classic forced pause."""
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: bool(said))
    backend.set_status(AgentStatus(AgentState.PAUSED, pause=LUNCH))
    backend.push(CallEnded(inbound_call()))
    wait_until(qloop, lambda: len(said) == 3)
    assert said[1:] == [
        ("You were put on pause: Lunch.", False),
        (f"The call from {PETR} stopped ringing.", False),
    ]


def test_the_first_status_is_not_a_change(qloop: Loop, window: MainWindow, said: list[Any]) -> None:
    """AgentDesk starts while the agent is paused: nothing changed under them."""
    paused = AgentStatus(AgentState.PAUSED, pause=LUNCH, agent_login=READY.agent_login)
    backend = FakeBackend(status=paused)
    session = Session(backend)
    start(qloop, window, session)
    _settle(qloop, session, backend)
    qloop.run_until_complete(session.stop())
    assert said == []


def test_the_pop_up_card_is_a_notification_that_says_who_is_calling(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend
) -> None:
    start(qloop, window, session)
    assert window.cards is not None
    popup = window.cards.window
    card = QAccessible.queryAccessibleInterface(popup)
    assert card.role() is QAccessible.Role.Notification
    embedded = QAccessible.queryAccessibleInterface(window.call_panel)
    assert embedded.role() is QAccessible.Role.Grouping
    assert embedded.text(QAccessible.Text.Name) == "No call"
    backend.ring()
    wait_until(qloop, popup.isVisible)
    assert card.text(QAccessible.Text.Name) == "Incoming call"
    assert card.text(QAccessible.Text.Description) == "Petr Svoboda, 601 123 456, Queue: Support"
    assert embedded.text(QAccessible.Text.Description) == card.text(QAccessible.Text.Description)
    backend.end()
    wait_until(qloop, lambda: not popup.isVisible())
    assert embedded.text(QAccessible.Text.Name) == "No call"


def test_roles_belong_to_the_card_classes_only(qtbot: Any) -> None:
    card, popup = CallerCard(), CallerCardWindow()
    qtbot.addWidget(card)
    qtbot.addWidget(popup)
    assert QAccessible.queryAccessibleInterface(card).role() is QAccessible.Role.Grouping
    assert QAccessible.queryAccessibleInterface(popup).role() is QAccessible.Role.Notification
    button = QAccessible.queryAccessibleInterface(card.answer_button)
    assert button.role() is QAccessible.Role.Button
