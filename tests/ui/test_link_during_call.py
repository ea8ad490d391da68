"""A tel: link clicked while the agent is on a call never wipes what they typed in the number
field: the link's number is offered above the field ("Call 601 234 567?", with why not now),
and called from there when the agent wants. Until issue 16 the link's number replaced the
typed text, which was lost."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from agentdesk.core import AgentState, CallPhase
from agentdesk.session import Session
from agentdesk.ui.app import Shell
from agentdesk.ui.widgets.dial_bar import DialBar
from tests.ui.conftest import RecordingMessageBus, wait_until
from tests.ui.fake_backend import FakeBackend, inbound_call

Loop = asyncio.AbstractEventLoop
TYPED = "777 888"  # the agent is half-way through a number


@pytest.fixture
def bar(qtbot: Any) -> DialBar:
    widget = DialBar()
    qtbot.addWidget(widget)
    return widget


Recorded = tuple[list[str], list[tuple[str, str]]]


def _record(bar: DialBar) -> Recorded:
    """What ``bar`` dials and what it sets aside, from now on."""
    dialled: list[str] = []
    aside: list[tuple[str, str]] = []
    bar.dial_requested.connect(dialled.append)
    bar.set_aside.connect(lambda number, why: aside.append((number, why)))
    return dialled, aside


@pytest.fixture
def typed(bar: DialBar, qtbot: Any) -> Recorded:
    """The agent typed :data:`TYPED` while calling was possible."""
    recorded = _record(bar)
    bar.set_allowed(True)
    qtbot.keyClicks(bar.number_edit, TYPED)
    return recorded


def test_during_a_call_a_link_leaves_the_typed_text_and_is_set_aside(
    bar: DialBar, typed: Recorded
) -> None:
    dialled, aside = typed
    bar.set_allowed(False, "Not during a call")
    assert not bar.dial_now("+420601234567")
    assert bar.number_edit.text() == TYPED
    assert aside == [("+420601234567", "You cannot call now: Not during a call.")]
    assert dialled == []
    assert bar.error_text.isHidden()  # the field's own text is not in error


def test_when_calling_is_possible_a_link_is_called_beside_the_typed_text(
    bar: DialBar, typed: Recorded
) -> None:
    assert bar.dial_now("+420601234567")
    assert (typed, bar.number_edit.text()) == ((["+420601234567"], []), TYPED)


def test_a_number_put_there_by_a_link_is_not_the_agents_typing(bar: DialBar) -> None:
    """The field shows the last link's number; the next link takes its place, as before."""
    dialled, aside = _record(bar)
    bar.set_allowed(False, "Not during a call")
    assert not bar.dial_now("+420601234567")
    assert not bar.dial_now("+420777888999")
    assert bar.number_edit.text() == "+420777888999"
    assert "Not during a call" in bar.error_text.text()
    assert (dialled, aside) == ([], [])


def test_the_same_number_as_typed_is_just_called(bar: DialBar, qtbot: Any) -> None:
    dialled, aside = _record(bar)
    bar.set_allowed(True)
    qtbot.keyClicks(bar.number_edit, "601 123 456")
    assert bar.dial_now("+420601123456")
    assert (dialled, aside) == (["+420601123456"], [])


def test_a_link_that_is_no_number_leaves_the_typed_text(bar: DialBar, typed: Recorded) -> None:
    assert not bar.dial_now("call me")
    assert bar.number_edit.text() == TYPED
    assert "“call me” has no digits." in bar.error_text.text()
    assert typed == ([], [])


def test_a_link_clicked_during_a_call_waits_above_the_field(
    qloop: Loop, messages: RecordingMessageBus, make_shell: Callable[..., Shell], qtbot: Any
) -> None:
    backend = FakeBackend()
    shell = make_shell()
    window = shell.window

    async def create() -> Session:
        return Session(backend)

    task = qloop.create_task(shell.run(create))
    try:
        wait_until(qloop, lambda: window.dial_bar.call_button.isEnabled())
        qtbot.keyClicks(window.dial_bar.number_edit, TYPED)
        backend.ring(inbound_call(CallPhase.TALKING))
        wait_until(qloop, lambda: not window.dial_bar.call_button.isEnabled())

        shell.dial_link("tel:+420601234567")
        assert window.dial_bar.number_edit.text() == TYPED
        offer = window.offer_bar
        assert offer.isVisible() and offer.number == "+420601234567"
        assert offer.text.text() == "Call 601 234 567?"
        assert offer.note.text() == "You cannot call now: Not during a call."
        assert offer.call_button.accessibleName() == "Call 601 234 567"
        assert backend.requests == []

        backend.end()
        wait_until(qloop, lambda: window.dial_bar.call_button.isEnabled())
        offer.call_button.click()
        wait_until(qloop, lambda: backend.requests == [("dial", "+420601234567")])
        assert window.dial_bar.number_edit.text() == TYPED
        assert offer.isHidden()
        wait_until(qloop, lambda: backend.current.state is AgentState.RINGING)
        assert messages.recorded == []
    finally:
        shell.request_quit()
        wait_until(qloop, task.done)
