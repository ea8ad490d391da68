"""The Transfer button and the keyboard-first picker in the window, against the Daktela
simulator over loopback: type to filter, arrows, Enter transfers; what happens next is said;
the vendor's refusal arrives in its words; hidden where the vendor offers no transfer."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QWidget

from agentdesk.core import AgentState, Capability, TransferKind, TransferTarget
from agentdesk.session import Session
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.ui.app import Shell
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.messages import Level
from agentdesk.ui.transfer_picker import TransferPicker
from tests.ui.conftest import RecordingMessageBus, start, wait_until
from tests.ui.daktela_app import app_on_daktela
from tests.ui.fake_backend import FakeBackend

Running = tuple[Shell, DaktelaSimulator]


@contextlib.contextmanager
def talking(
    qloop: asyncio.AbstractEventLoop, make_shell: Callable[..., Shell]
) -> Iterator[Running]:
    """The app on a simulated Daktela, the agent talking to a caller."""
    options = {"transfer_answer_after": None, "wrapup_seconds": 0}
    with app_on_daktela(qloop, make_shell, **options) as (shell, sim):
        sim.ring("601234567", name="Petr Svoboda")
        sim.pick_up()
        wait_until(qloop, lambda: shell.window.call_panel.transfer_button.isEnabled(), 5)
        yield shell, sim


def open_picker(qloop: asyncio.AbstractEventLoop, window: MainWindow, qtbot: Any) -> TransferPicker:
    qtbot.mouseClick(window.call_panel.transfer_button, Qt.MouseButton.LeftButton)
    picker = window.transfer_picker
    assert picker is not None
    wait_until(qloop, lambda: picker.isVisible() and len(picker.targets()) > 5, 5)
    assert picker.filter_edit.hasFocus() or picker.focusWidget() is picker.filter_edit
    return picker


def test_type_a_name_enter_asks_the_colleague_and_the_call_stays_yours(
    make_shell: Callable[..., Shell],
    qloop: asyncio.AbstractEventLoop,
    qtbot: Any,
    messages: RecordingMessageBus,
) -> None:
    with talking(qloop, make_shell) as (shell, sim):
        picker = open_picker(qloop, shell.window, qtbot)
        qtbot.keyClicks(picker.filter_edit, "dvo")
        assert picker.targets() == [TransferTarget(TransferKind.USER, "dvorak")]
        assert picker.choices.item(0).text().startswith("Karel Dvořák — Ready 4:1")
        assert picker.next_text.text() == (
            "Karel Dvořák is asked first. The call stays yours, on hold, until they answer; "
            "if nobody answers it comes back to you."
        )
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
        wait_until(qloop, lambda: not picker.isVisible(), 5)
        assert [(t.kind, t.target, t.type) for t in sim.transfers] == [
            ("dst_user", "7", "attended")
        ]
        assert messages.texts(Level.INFO) == [
            "Asking Karel Dvořák. The call stays yours, on hold, until they answer."
        ]
        session = shell.session
        assert session is not None
        wait_until(qloop, lambda: session.status.state is AgentState.ON_HOLD, 5)
        assert shell.window.call_panel.call is not None  # still the agent's call
        sim.transfer_answered()
        wait_until(qloop, lambda: shell.window.call_panel.call is None, 5)


def test_arrows_and_blind_transfer_to_a_queue(
    make_shell: Callable[..., Shell],
    qloop: asyncio.AbstractEventLoop,
    qtbot: Any,
    messages: RecordingMessageBus,
) -> None:
    with talking(qloop, make_shell) as (shell, sim):
        picker = open_picker(qloop, shell.window, qtbot)
        rows = picker.targets()
        queues = [t for t in rows if t is not None and t.kind is TransferKind.QUEUE]
        assert queues == [
            TransferTarget(TransferKind.QUEUE, "3"),
            TransferTarget(TransferKind.QUEUE, "1"),
        ]
        # Down from the first row, past the logged-out colleague, to the queues.
        while picker.choices.currentItem().data(Qt.ItemDataRole.UserRole) != queues[0]:
            before = picker.choices.currentRow()
            qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
            assert picker.choices.currentRow() > before
        qtbot.keyClick(picker.blind_box, Qt.Key.Key_Space)
        assert (
            picker.next_text.text()
            == "The call goes to Sales at once and leaves you, answered or not."
        )
        picker.filter_edit.setFocus()
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
        wait_until(qloop, lambda: shell.window.call_panel.call is None, 5)
        assert [(t.kind, t.target, t.outcome) for t in sim.transfers] == [
            ("dst_queue", "3", "blind")
        ]
        assert messages.texts(Level.INFO) == ["The call went to Sales."]


def test_a_typed_number_is_offered_first(
    make_shell: Callable[..., Shell], qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    with talking(qloop, make_shell) as (shell, sim):
        picker = open_picker(qloop, shell.window, qtbot)
        qtbot.keyClicks(picker.filter_edit, "800 123 456")
        assert picker.targets()[0] == TransferTarget(TransferKind.NUMBER, "+420800123456")
        assert picker.choices.item(0).text() == "Number 800 123 456"
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Enter)
        wait_until(qloop, lambda: bool(sim.transfers), 5)
        assert sim.transfers[0].target == "+420800123456"


def test_a_logged_out_colleague_cannot_be_chosen_and_a_refusal_keeps_the_picker(
    make_shell: Callable[..., Shell],
    qloop: asyncio.AbstractEventLoop,
    qtbot: Any,
    messages: RecordingMessageBus,
) -> None:
    with talking(qloop, make_shell) as (shell, sim):
        picker = open_picker(qloop, shell.window, qtbot)
        qtbot.keyClicks(picker.filter_edit, "lucie")
        assert picker.targets() == [None]
        assert picker.choices.item(0).text().startswith("Lucie Králová — Offline")
        assert not picker.transfer_button.isEnabled()
        picker.filter_edit.clear()
        qtbot.keyClicks(picker.filter_edit, "bene")  # QTest types Latin-1 only
        sim.set_colleague("benes", None)  # logged out since the list was fetched
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
        wait_until(qloop, lambda: bool(messages.texts(Level.ERROR)), 5)
        assert messages.texts(Level.ERROR) == [
            "Daktela said: Cílový uživatel není přihlášen do Call Centra"
        ]
        assert picker.isVisible() and picker.transfer_button.isEnabled()
        assert sim.state == "Speaking" and not sim.transfers


def test_every_control_of_the_picker_has_an_accessible_name(
    make_shell: Callable[..., Shell], qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    with talking(qloop, make_shell) as (shell, _sim):
        picker = open_picker(qloop, shell.window, qtbot)
        controls = [
            w
            for w in picker.findChildren(QWidget)
            if isinstance(w, (QAbstractButton, QLineEdit, QListWidget)) and w.isVisible()
        ]
        assert len(controls) >= 5
        assert all(w.accessibleName() for w in controls), [
            w for w in controls if not w.accessibleName()
        ]
        assert shell.window.call_panel.transfer_button.accessibleName() == "Transfer the call"


def test_hidden_where_the_vendor_offers_no_transfer(
    qloop: asyncio.AbstractEventLoop, window: MainWindow
) -> None:
    backend = FakeBackend(capabilities=set(Capability) - {Capability.TRANSFER, Capability.TEAM})
    session = Session(backend)
    start(qloop, window, session)
    try:
        assert window.call_panel.transfer_button.isHidden()
        assert window.team is None
        assert "Team" not in [window.tabs.tabText(i) for i in range(window.tabs.count())]
    finally:
        qloop.run_until_complete(session.stop())
