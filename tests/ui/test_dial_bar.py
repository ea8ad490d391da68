"""The dial bar on its own: what it refuses, what it dials, what it completes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from agentdesk.phone import internal_number
from agentdesk.store.contacts import Contact, ContactDirectory
from agentdesk.ui.widgets.dial_bar import DialBar


@pytest.fixture
def bar(qtbot: Any) -> DialBar:
    bar = DialBar()
    qtbot.addWidget(bar)
    bar.set_allowed(True)
    bar.show()
    return bar


def contacts(tmp_path: Path) -> ContactDirectory:
    return ContactDirectory(
        tmp_path / "contacts.json",
        [
            Contact("Jana Nováková", ("+420601234567",), "Acme"),
            Contact("Petr Svoboda", ("+420777888999", "+420222333444")),
        ],
    )


def dialled(bar: DialBar, text: str) -> list[str]:
    requests: list[str] = []
    bar.dial_requested.connect(requests.append)
    bar.number_edit.setText(text)
    bar.submit()
    bar.dial_requested.disconnect(requests.append)
    return requests


@pytest.mark.parametrize(
    ("junk", "message"),
    [
        ("", "Type a number to call."),
        ("hello", "“hello” has no digits."),
        ("12a4", "“12a4” is not a phone number: use digits, optionally starting with +."),
        ("6012345", "“6012345” is not a phone number: check the number of digits"),
    ],
)
def test_junk_is_refused_without_a_request(bar: DialBar, junk: str, message: str) -> None:
    assert dialled(bar, junk) == []
    assert bar.error_text.isVisibleTo(bar)
    assert bar.error_text.text().startswith(message)
    assert bar.hint_text.isHidden()


def test_valid_numbers_are_dialled_in_e164(bar: DialBar, qtbot: Any) -> None:
    assert dialled(bar, " 601 234 567 ") == ["+420601234567"]
    assert dialled(bar, "00420 601-234-567") == ["+420601234567"]
    assert dialled(bar, "+34 912 345 678") == ["+34912345678"]
    bar.set_region("SK")
    assert dialled(bar, "0905 123 456") == ["+421905123456"]
    assert not bar.error_text.isVisibleTo(bar)


@pytest.mark.parametrize("typed", ["200", "42", " 4711 ", "*72", "123456"])
def test_internal_numbers_are_dialled_as_typed(bar: DialBar, typed: str) -> None:
    assert internal_number(typed) == typed.strip()
    assert dialled(bar, typed) == [typed.strip()]
    assert bar.hint_text.text() == f"Internal number {typed.strip()}"


def test_refused_while_calling_is_not_allowed(bar: DialBar) -> None:
    bar.set_allowed(False, "you are on a call")
    assert dialled(bar, "601234567") == []
    assert bar.error_text.text() == "You cannot call now: you are on a call."
    assert not bar.call_button.isEnabled()


def test_hint_shows_how_the_number_is_read(bar: DialBar, qtbot: Any, tmp_path: Path) -> None:
    qtbot.keyClicks(bar.number_edit, "601234567")
    assert bar.hint_text.isVisibleTo(bar)
    assert bar.hint_text.text() == "Will call +420 601 234 567"
    bar.set_contacts(contacts(tmp_path))
    assert bar.hint_text.text() == "Will call +420 601 234 567 · Jana Nováková"
    bar.number_edit.setText("60123")
    assert bar.hint_text.text() == "Internal number 60123"
    bar.number_edit.setText("6012345")
    assert bar.hint_text.isHidden()


def test_typing_clears_the_error(bar: DialBar, qtbot: Any) -> None:
    dialled(bar, "hello")
    assert bar.error_text.isVisibleTo(bar)
    bar.number_edit.clear()
    qtbot.keyClicks(bar.number_edit, "6")
    assert not bar.error_text.isVisibleTo(bar)


# The offscreen platform cannot raise the completion popup or let it grab the keyboard.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_completer_offers_contacts_by_name_and_number(
    bar: DialBar, qtbot: Any, tmp_path: Path
) -> None:
    bar.set_contacts(contacts(tmp_path))
    bar.number_edit.setFocus()
    qtbot.keyClicks(bar.number_edit, "nova")
    model = bar.completer.completionModel()
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Jana Nováková — 601 234 567 (Acme)"
    popup = bar.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Tab)  # chooses without pressing Enter (which would dial)
    assert bar.number_edit.text() == "601 234 567"
    assert not popup.isVisible()

    bar.number_edit.clear()
    qtbot.keyClicks(bar.number_edit, "7778")
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert rows == ["Petr Svoboda — 777 888 999"]


def test_no_completion_without_contacts(bar: DialBar, qtbot: Any) -> None:
    bar.set_contacts(None)
    qtbot.keyClicks(bar.number_edit, "nova")
    assert bar.completion_model.rowCount() == 0


def test_dial_now_fills_and_dials(bar: DialBar) -> None:
    requests: list[str] = []
    bar.dial_requested.connect(requests.append)
    assert bar.dial_now("+420601234567")
    assert requests == ["+420601234567"]
    bar.set_allowed(False, "you are paused")
    assert not bar.dial_now("+420777888999")
    assert bar.number_edit.text() == "+420777888999"
    assert "you are paused" in bar.error_text.text()
