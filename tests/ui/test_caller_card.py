"""Caller cards over a real Session and the fake backend: shown at once, enriched later,
never left behind."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from agentdesk.core import (
    AgentState,
    Call,
    CallDirection,
    CallEnded,
    CallerInfo,
    CallPhase,
    Capability,
    ConnectionState,
    TransientError,
    VendorError,
)
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.caller_card import CallerCard, format_duration
from agentdesk.ui.caller_card_controller import CallerCards
from agentdesk.ui.commands import CommandRunner
from tests.ui.conftest import RecordingMessageBus, wait_until
from tests.ui.fake_backend import PETR, FakeBackend, inbound_call

Loop = asyncio.AbstractEventLoop

# The offscreen platform cannot raise windows and says so whenever a stay-on-top one is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


class Cards:
    """Builds a started session's caller cards for one test."""

    def __init__(
        self, qloop: Loop, qtbot: Any, messages: RecordingMessageBus, session: Session
    ) -> None:
        self.qloop, self.qtbot, self.messages, self.session = qloop, qtbot, messages, session

    def __call__(self, session: Session | None = None, **options: Any) -> CallerCards:
        session = session or self.session
        bridge = SessionBridge(session)
        commands = CommandRunner(self.messages, lambda: session.vendor_name)
        cards = CallerCards(session, bridge, commands=commands, region="CZ", **options)
        cards.bridge = bridge  # type: ignore[attr-defined]  # kept alive with the cards
        self.qtbot.addWidget(cards.window)
        self.qtbot.addWidget(cards.embedded)

        async def go() -> None:
            session.start()

        self.qloop.run_until_complete(go())
        wait_until(self.qloop, lambda: session.connection.state is ConnectionState.CONNECTED)
        wait_until(self.qloop, lambda: session.status.agent_login is not None)
        return cards


@pytest.fixture
def make_cards(qloop: Loop, qtbot: Any, messages: RecordingMessageBus, session: Session) -> Cards:
    return Cards(qloop, qtbot, messages, session)


@contextlib.contextmanager
def other_session(qloop: Loop, backend: FakeBackend) -> Iterator[Session]:
    session = Session(backend, policy=ReconnectPolicy(rand=lambda: 1.0))
    try:
        yield session
    finally:
        qloop.run_until_complete(session.stop())


def test_ringing_shows_the_pop_up_and_the_embedded_card_at_once(
    qloop: Loop, make_cards: Cards, backend: FakeBackend
) -> None:
    cards = make_cards()
    assert not cards.window.isVisible()
    assert cards.embedded.no_call_text.text() == "No call"

    backend.ring()
    wait_until(qloop, lambda: cards.window.isVisible())
    for card in (cards.window.card, cards.embedded):
        assert card.name_text.text() == "Petr Svoboda"
        assert card.number_text.text() == "601 123 456"
        assert card.queue_text.text() == "Queue: Support"
        assert card.direction_text.text() == "INCOMING CALL"
        assert card.time_text.text().startswith("Ringing 0:0")
        assert not card.no_call_text.isVisibleTo(card)
    assert cards.call == inbound_call()

    window = cards.window
    flags = window.windowFlags()
    assert flags & Qt.WindowType.Tool
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    assert area.contains(window.frameGeometry())
    assert window.frameGeometry().right() > area.center().x()
    assert window.frameGeometry().bottom() > area.center().y()


def test_the_lookup_enriches_the_card(qloop: Loop, make_cards: Cards, backend: FakeBackend) -> None:
    backend.callers[PETR.number] = PETR
    cards = make_cards()
    backend.ring()
    card = cards.window.card
    wait_until(qloop, lambda: card.company_text.text() == "Svoboda a syn s.r.o.")
    assert card.history_text.text() == "Last spoke with Eva Malá in Sales, 12 Nov 2026"
    assert cards.embedded.history_text.text() == card.history_text.text()
    assert backend.reads == [("caller_info", "+420601123456")]
    assert backend.requests == []  # a lookup is not a command


def test_the_pop_up_squeezes_no_button_and_no_line(
    qloop: Loop, make_cards: Cards, backend: FakeBackend
) -> None:
    # With Transfer beside Answer, Hang up and Copy number, the fixed-width pop-up squeezed
    # its buttons ("ang u", "ransfe") and drew the wrapped last-call line over the queue.
    backend.callers[PETR.number] = PETR
    cards = make_cards()
    backend.ring()
    window, card = cards.window, cards.window.card
    wait_until(qloop, lambda: card.company_text.text() == "Svoboda a syn s.r.o.")
    wait_until(qloop, lambda: window.isVisible())
    qloop.run_until_complete(asyncio.sleep(0))
    buttons = [b for b in card.findChildren(QPushButton) if b.isVisibleTo(card)]
    assert len(buttons) == 4  # Answer, Hang up, Transfer…, Copy number
    for button in buttons:
        assert button.width() >= button.minimumSizeHint().width(), button.text()
    for label in card.findChildren(QLabel):
        if label.isVisibleTo(card) and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_a_hanging_lookup_never_blocks_the_card_and_the_card_still_closes(
    qloop: Loop, make_cards: Cards, backend: FakeBackend
) -> None:
    backend.gates["caller_info"] = asyncio.Event()  # never set: the vendor never answers
    cards = make_cards()
    call = backend.ring()
    wait_until(qloop, lambda: cards.window.isVisible())
    wait_until(qloop, lambda: backend.reads)
    assert cards.window.card.name_text.text() == "Petr Svoboda"

    backend.end(call)
    wait_until(qloop, lambda: not cards.window.isVisible())
    assert cards.call is None
    assert cards.embedded.call is None
    assert cards.embedded.no_call_text.isVisibleTo(cards.embedded)


def test_a_failing_vendor_lookup_falls_back_to_contacts(
    qloop: Loop, make_cards: Cards, backend: FakeBackend, caplog: pytest.LogCaptureFixture
) -> None:
    backend.fail_read["caller_info"] = VendorError("Kontakt nenalezen")

    async def contacts(number: str) -> CallerInfo | None:
        return CallerInfo(number, name="Petr (contacts)", company="ACME", source="contacts")

    cards = make_cards(lookup=contacts)
    with caplog.at_level(logging.INFO):
        backend.ring()
        wait_until(qloop, lambda: cards.embedded.company_text.text() == "ACME")
    assert cards.embedded.name_text.text() == "Petr (contacts)"
    assert "Kontakt nenalezen" in caplog.text
    assert all(r.levelno < logging.ERROR for r in caplog.records)


def test_a_failing_fallback_leaves_the_card_as_it_was(
    qloop: Loop, make_cards: Cards, backend: FakeBackend, caplog: pytest.LogCaptureFixture
) -> None:
    looked_up = asyncio.Event()

    async def broken(number: str) -> CallerInfo | None:
        looked_up.set()
        raise OSError("contacts file unreadable")

    cards = make_cards(lookup=broken)
    with caplog.at_level(logging.INFO):
        backend.ring()
        wait_until(qloop, looked_up.is_set)
        qloop.run_until_complete(asyncio.sleep(0))
    assert cards.window.isVisible()
    assert cards.window.card.name_text.text() == "Petr Svoboda"
    assert "local caller lookup failed" in caplog.text


def test_the_fallback_answers_when_the_vendor_has_no_lookup(qloop: Loop, make_cards: Cards) -> None:
    backend = FakeBackend(capabilities=set(Capability) - {Capability.CALLER_LOOKUP})
    asked: list[str] = []

    async def contacts(number: str) -> CallerInfo | None:
        asked.append(number)
        return CallerInfo(number, name="Jan Dvořák", source="contacts")

    with other_session(qloop, backend) as session:
        cards = make_cards(session, lookup=contacts)
        backend.ring(
            Call("c-9", CallDirection.INBOUND, "00420777000111", CallPhase.RINGING, queue="Sales")
        )
        wait_until(qloop, lambda: cards.embedded.name_text.text() == "Jan Dvořák")
        assert asked == ["00420777000111"]
        assert cards.embedded.number_text.text() == "777 000 111"
        assert backend.reads == []


def test_answer_and_hang_up_from_the_card(
    qloop: Loop, make_cards: Cards, backend: FakeBackend
) -> None:
    cards = make_cards()
    backend.ring()
    card = cards.window.card
    wait_until(qloop, lambda: card.answer_button.isEnabled())
    assert card.hangup_button.isEnabled()

    card.answer_button.click()
    wait_until(qloop, lambda: card.time_text.text().startswith("On call "))
    assert backend.requests == [("answer",)]
    assert cards.embedded.time_text.text().startswith("On call 0:0")
    assert not card.answer_button.isEnabled()
    assert card.answer_button.toolTip() == "No call is ringing"
    assert cards.window.isVisible()

    cards.embedded.hangup_button.click()
    wait_until(qloop, lambda: not cards.window.isVisible())
    assert backend.requests == [("answer",), ("hangup",)]
    assert cards.embedded.call is None
    assert not cards.embedded.hangup_button.isEnabled()


def test_a_failed_answer_becomes_a_banner_message(
    qloop: Loop, make_cards: Cards, backend: FakeBackend, messages: RecordingMessageBus
) -> None:
    cards = make_cards()
    backend.ring()
    wait_until(qloop, lambda: cards.embedded.answer_button.isEnabled())
    backend.fail_next = VendorError("Hovor již byl přijat")
    cards.embedded.answer_button.click()
    wait_until(qloop, lambda: messages.texts())
    assert messages.texts() == ["Daktela said: Hovor již byl přijat"]
    assert cards.window.isVisible()


def test_the_time_follows_the_phase(qtbot: Any) -> None:
    now = datetime(2026, 11, 23, 10, 0, 0, tzinfo=UTC)
    clock = [now]
    card = CallerCard(region="CZ", clock=lambda: clock[0])
    qtbot.addWidget(card)
    ringing = Call("c", CallDirection.INBOUND, "+420601123456", CallPhase.RINGING)
    card.show_call(ringing)
    clock[0] = now + timedelta(seconds=7)
    card._tick()
    assert card.time_text.text() == "Ringing 0:07"
    talking = Call(
        "c",
        CallDirection.INBOUND,
        "+420601123456",
        CallPhase.TALKING,
        answered_at=now + timedelta(seconds=8),
    )
    card.show_call(talking)
    clock[0] = now + timedelta(seconds=91)
    card._tick()
    assert card.time_text.text() == "On call 1:23"
    card.show_call(Call("c", CallDirection.INBOUND, "+420601123456", CallPhase.ON_HOLD))
    assert card.time_text.text() == "On hold 0:00"
    assert card.name_text.text() == "601 123 456"  # no name: the number leads


def test_a_call_that_rings_and_vanishes_closes_its_card(
    qloop: Loop, make_cards: Cards, backend: FakeBackend
) -> None:
    cards = make_cards()
    call = backend.ring()
    wait_until(qloop, lambda: cards.window.isVisible())
    backend.push(CallEnded(call))  # the event alone, before any status says so
    wait_until(qloop, lambda: not cards.window.isVisible())
    assert cards.call is None


def test_a_status_without_the_call_closes_the_card_even_without_an_event(
    qloop: Loop, make_cards: Cards, backend: FakeBackend
) -> None:
    cards = make_cards()
    backend.ring()
    wait_until(qloop, lambda: session_state(cards) is AgentState.RINGING)
    backend.set_status(backend._with(AgentState.READY))
    wait_until(qloop, lambda: not cards.window.isVisible())
    assert cards.embedded.call is None


def session_state(cards: CallerCards) -> AgentState:
    return cards._session.status.state


def test_two_calls_in_a_row_replace_each_other(
    qloop: Loop, make_cards: Cards, backend: FakeBackend
) -> None:
    backend.callers[PETR.number] = PETR
    cards = make_cards()
    first = backend.ring()
    wait_until(qloop, lambda: cards.embedded.company_text.text())
    backend.end(first)
    wait_until(qloop, lambda: cards.call is None)

    second = Call("call-2", CallDirection.INBOUND, "+421905123456", CallPhase.RINGING)
    backend.ring(second)
    wait_until(qloop, lambda: cards.call == second)
    card = cards.window.card
    assert cards.window.isVisible()
    assert card.name_text.text() == "+421 905 123 456"  # abroad: international form
    assert card.company_text.text() == ""
    assert not card.history_text.isVisibleTo(card)
    assert not card.queue_text.isVisibleTo(card)


def test_a_second_call_ringing_during_the_first_is_shown_and_the_first_comes_back(
    qloop: Loop, make_cards: Cards, backend: FakeBackend
) -> None:
    cards = make_cards()
    backend.ring()
    wait_until(qloop, lambda: cards.embedded.answer_button.isEnabled())
    cards.embedded.answer_button.click()
    wait_until(qloop, lambda: session_state(cards) is AgentState.TALKING)
    first = backend.current.calls[0]
    second = Call("call-2", CallDirection.INBOUND, "+420777000111", CallPhase.RINGING)
    backend.ring(second)
    backend.set_status(backend._with(AgentState.TALKING, calls=(first, second)))
    wait_until(qloop, lambda: cards.call == second)

    backend.set_status(backend._with(AgentState.TALKING, calls=(first,)))
    backend.push(CallEnded(second))
    wait_until(qloop, lambda: cards.call is not None and cards.call.id == first.id)
    assert cards.embedded.time_text.text().startswith("On call")
    assert not cards.window.isVisible()  # the pop-up is for what rings, not what returns


def test_losing_the_connection_closes_the_card(
    qloop: Loop, make_cards: Cards, backend: FakeBackend, session: Session
) -> None:
    cards = make_cards(loss_grace=0)
    backend.ring()
    wait_until(qloop, lambda: cards.window.isVisible())
    backend.push(TransientError("vendor unreachable", retry_after=30))
    wait_until(qloop, lambda: session.connection.state is ConnectionState.RECONNECTING)
    wait_until(qloop, lambda: not cards.window.isVisible())
    assert cards.embedded.call is None


def test_a_short_drop_keeps_the_card_but_stopping_closes_it(
    qloop: Loop, make_cards: Cards, backend: FakeBackend, session: Session
) -> None:
    cards = make_cards(loss_grace=60)
    backend.ring()
    wait_until(qloop, lambda: cards.window.isVisible())
    backend.push(TransientError("blip", retry_after=30))
    wait_until(qloop, lambda: session.connection.state is ConnectionState.RECONNECTING)
    assert cards.window.isVisible()
    assert not cards.embedded.answer_button.isEnabled()
    assert cards.embedded.answer_button.toolTip() == "Not connected to the call centre"

    qloop.run_until_complete(session.stop())
    assert not cards.window.isVisible()
    assert cards.embedded.call is None


def test_buttons_the_vendor_lacks_are_hidden(qloop: Loop, make_cards: Cards) -> None:
    backend = FakeBackend(capabilities={Capability.LIVE_STATE})
    with other_session(qloop, backend) as session:
        cards = make_cards(session)
        backend.ring()
        wait_until(qloop, lambda: cards.window.isVisible())
        card = cards.window.card
        assert card.answer_button.isHidden()
        assert card.hangup_button.isHidden()
        assert not card.copy_button.isHidden()


def test_copy_number_copies_e164_or_the_number_as_given(
    qloop: Loop, make_cards: Cards, backend: FakeBackend, qtbot: Any
) -> None:
    cards = make_cards()
    backend.ring(Call("c", CallDirection.INBOUND, "601 123 456", CallPhase.RINGING))
    wait_until(qloop, lambda: cards.window.isVisible())
    card = cards.window.card
    with qtbot.waitSignal(card.number_copied) as copied:
        card.copy_button.click()
    assert copied.args == ["+420601123456"]
    assert QGuiApplication.clipboard().text() == "+420601123456"
    assert card.copy_button.text() == "Copied"

    card.show_call(Call("d", CallDirection.INBOUND, "linka 12", CallPhase.RINGING))
    card.copy_button.click()
    assert QGuiApplication.clipboard().text() == "linka 12"


def test_no_pop_up_when_disabled_and_a_dismissed_pop_up_stays_closed(
    qloop: Loop, make_cards: Cards, backend: FakeBackend, qtbot: Any
) -> None:
    cards = make_cards(popup_enabled=False)
    backend.ring()
    wait_until(qloop, lambda: cards.embedded.call is not None)
    assert not cards.window.isVisible()

    cards.set_popup_enabled(True)
    backend.end()
    wait_until(qloop, lambda: cards.call is None)
    backend.ring()
    wait_until(qloop, lambda: cards.window.isVisible())
    with qtbot.waitSignal(cards.window.dismissed, timeout=1000):
        cards.window.close_button.click()
    assert not cards.window.isVisible()
    cards.embedded.answer_button.click()
    wait_until(qloop, lambda: session_state(cards) is AgentState.TALKING)
    assert not cards.window.isVisible()
    assert cards.embedded.time_text.text().startswith("On call")


def test_durations_read_like_a_phone() -> None:
    assert format_duration(7) == "0:07"
    assert format_duration(83) == "1:23"
    assert format_duration(3723) == "1:02:03"
    assert format_duration(-2) == "0:00"
