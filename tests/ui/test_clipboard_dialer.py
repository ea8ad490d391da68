"""The clipboard dialer: one number is called, several are offered, none is said."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from agentdesk.phone import PhoneNumber
from agentdesk.ui.clipboard_dialer import SHORTCUT, ClipboardDialer, copy_text
from agentdesk.ui.messages import Level
from tests.ui.conftest import RecordingMessageBus


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[QClipboard]:
    board = qapp.clipboard()
    yield board
    board.clear()


@pytest.fixture
def dialer(messages: RecordingMessageBus, clipboard: QClipboard) -> Iterator[ClipboardDialer]:
    dialer = ClipboardDialer(messages, region="CZ", clipboard=clipboard, debounce_ms=0)
    yield dialer
    dialer.set_watching(False)


def outcome(dialer: ClipboardDialer) -> tuple[list[str], list[list[PhoneNumber]]]:
    dials: list[str] = []
    choices: list[list[PhoneNumber]] = []
    dialer.dial_requested.connect(dials.append)
    dialer.choice_needed.connect(choices.append)
    dialer.action.trigger()
    return dials, choices


def test_action_is_named_and_has_its_shortcut(dialer: ClipboardDialer) -> None:
    assert dialer.action.text() == "Call the number in the clipboard"
    assert dialer.action.shortcut().toString() == SHORTCUT == "Ctrl+Shift+D"


def test_one_number_is_dialled(
    dialer: ClipboardDialer, clipboard: QClipboard, messages: RecordingMessageBus
) -> None:
    clipboard.setText("Please call Mrs Nováková back on 601 234 567 after 3 pm.")
    assert outcome(dialer) == (["+420601234567"], [])
    assert messages.recorded == []


def test_several_numbers_need_a_choice(dialer: ClipboardDialer, clipboard: QClipboard) -> None:
    clipboard.setText("Office: +420 222 333 444\nMobile: 777 888 999\nOffice: 222333444")
    dials, choices = outcome(dialer)
    assert dials == []
    assert [[n.e164 for n in choice] for choice in choices] == [["+420222333444", "+420777888999"]]


@pytest.mark.parametrize("text", ["", "no number here, only 42 apples"])
def test_no_number_is_said_and_nothing_dialled(
    dialer: ClipboardDialer, clipboard: QClipboard, messages: RecordingMessageBus, text: str
) -> None:
    clipboard.setText(text)
    assert outcome(dialer) == ([], [])
    assert messages.texts(Level.INFO) == ["The clipboard holds no phone number."]


def test_watcher_offers_a_copied_number_but_not_its_own_copy(
    dialer: ClipboardDialer, clipboard: QClipboard, qtbot: Any
) -> None:
    offers: list[PhoneNumber] = []
    dialer.offer.connect(offers.append)
    dialer.set_watching(True)
    with qtbot.waitSignal(dialer.offer):
        clipboard.setText("+420 601 234 567")
    assert [n.national for n in offers] == ["601 234 567"]

    copy_text("777 888 999", clipboard)  # AgentDesk's own copy: no offer
    dialer.debounce.timeout.emit()
    assert len(offers) == 1
    with qtbot.waitSignal(dialer.offer):
        clipboard.setText("call 602 111 222 please")
    assert [n.e164 for n in offers] == ["+420601234567", "+420602111222"]


def test_watcher_ignores_long_texts_and_texts_with_several_numbers(
    dialer: ClipboardDialer, clipboard: QClipboard, qtbot: Any
) -> None:
    offers: list[PhoneNumber] = []
    dialer.offer.connect(offers.append)
    dialer.set_watching(True)
    for ignored in ("601 234 567 " + "x" * 5000, "601 234 567 or 777 888 999", "42"):
        clipboard.setText(ignored)
        dialer.debounce.timeout.emit()  # the check the debounce would run
    assert offers == []
    with qtbot.waitSignal(dialer.offer):
        clipboard.setText("602 111 222")
    assert [n.e164 for n in offers] == ["+420602111222"]


def test_watcher_stops(dialer: ClipboardDialer, clipboard: QClipboard, qtbot: Any) -> None:
    offers: list[PhoneNumber] = []
    dialer.offer.connect(offers.append)
    dialer.set_watching(True)
    dialer.set_watching(False)
    clipboard.setText("601 234 567")
    assert not dialer.debounce.isActive()
    assert offers == []
    assert not dialer.watching
