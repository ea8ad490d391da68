"""Dial the selection: the number in the text selected anywhere (the primary selection, or
the clipboard where there is none), called after a confirmation the agent can turn off."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QClipboard

from agentdesk.ui.clipboard_dialer import ClipboardDialer
from agentdesk.ui.dial_confirm import DialConfirm
from tests.ui.conftest import RecordingMessageBus


class SelectionClipboard(QObject):
    """The platform's clipboard as X11 has it: a clipboard and a primary selection. The
    offscreen platform has no selection, so the tests bring their own."""

    dataChanged = Signal()  # noqa: N815 - QClipboard's name

    def __init__(self, *, selection: str = "", clipboard: str = "", supports: bool = True):
        super().__init__()
        self.texts = {QClipboard.Mode.Selection: selection, QClipboard.Mode.Clipboard: clipboard}
        self.supports = supports

    def supportsSelection(self) -> bool:
        return self.supports

    def text(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> str:
        return self.texts[mode]


def rig(
    qtbot: Any, bus: RecordingMessageBus, board: SelectionClipboard
) -> tuple[ClipboardDialer, DialConfirm, list[str]]:
    dialer = ClipboardDialer(bus, region="CZ", clipboard=cast(QClipboard, board))
    confirm = DialConfirm(timeout_ms=300)
    qtbot.addWidget(confirm)
    dialled: list[str] = []
    dialer.dial_requested.connect(dialled.append)
    dialer.confirm_needed.connect(confirm.ask)
    confirm.accepted.connect(dialled.append)
    return dialer, confirm, dialled


def test_the_selected_number_is_called_after_the_agent_confirms(
    qtbot: Any, messages: RecordingMessageBus
) -> None:
    board = SelectionClipboard(
        selection="Jana Dvořáková\nSales, ACME s.r.o.\nmobile: +420 777 123 456\n",
        clipboard="something copied earlier: 606 111 222",
    )
    dialer, confirm, dialled = rig(qtbot, messages, board)
    dialer.selection_action.trigger()
    assert confirm.isVisible()
    assert confirm.question.text() == "Call 777 123 456?"
    assert dialled == []
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    assert dialled == ["+420777123456"]
    assert not confirm.isVisible()


def test_without_confirmation_one_number_is_called_at_once(
    qtbot: Any, messages: RecordingMessageBus
) -> None:
    board = SelectionClipboard(selection="call back 777 123 456 please")
    dialer, confirm, dialled = rig(qtbot, messages, board)
    dialer.confirm_selection = False
    dialer.dial_selection()
    assert dialled == ["+420777123456"] and not confirm.isVisible()


def test_several_numbers_are_offered_and_the_chosen_one_called(
    qtbot: Any, messages: RecordingMessageBus
) -> None:
    board = SelectionClipboard(selection="office 224 000 111, mobile 777 123 456, fax 224 000 112")
    dialer, confirm, dialled = rig(qtbot, messages, board)
    dialer.confirm_selection = False  # a choice is asked for all the same
    dialer.dial_selection()
    assert confirm.question.text() == "Which number do you want to call?"
    assert [b.text() for b in confirm.buttons] == [
        "&1  224 000 111",
        "&2  777 123 456",
        "&3  224 000 112",
    ]
    confirm.buttons[1].click()
    assert dialled == ["+420777123456"]


def test_without_a_selection_the_clipboard_is_read(
    qtbot: Any, messages: RecordingMessageBus
) -> None:
    for board in (
        SelectionClipboard(selection="   ", clipboard="606 111 222"),
        SelectionClipboard(selection="777 123 456", clipboard="606 111 222", supports=False),
    ):
        dialer, _confirm, dialled = rig(qtbot, messages, board)
        dialer.confirm_selection = False
        dialer.dial_selection()
        assert dialled == ["+420606111222"]


def test_no_number_is_said_and_a_question_goes_away_by_itself(
    qtbot: Any, messages: RecordingMessageBus
) -> None:
    board = SelectionClipboard(selection="Order 2026-11-26 #55, total 1 299 Kč")
    dialer, confirm, dialled = rig(qtbot, messages, board)
    dialer.dial_selection()
    assert messages.texts() == ["The selected text holds no phone number."]
    assert not confirm.isVisible()
    board.texts[QClipboard.Mode.Selection] = "777 123 456"
    dialer.dial_selection()
    assert confirm.isVisible()
    qtbot.waitUntil(lambda: not confirm.isVisible(), timeout=3000)  # the 0.3 s timeout
    dialer.dial_selection()
    qtbot.keyClick(confirm, Qt.Key.Key_Escape)
    assert not confirm.isVisible() and dialled == []
