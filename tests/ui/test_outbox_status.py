"""The window and the wrap-up panel over a session with an outbox: a wrap-up the vendor
cannot take now is stored, the agent moves on, and the window says what waits."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox

from agentdesk.core import Disposition, TransientError, VendorError
from agentdesk.outbox_delivery import OutboxChanged
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.store.outbox import Outbox
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.messages import Level
from agentdesk.ui.wrap_up_panel import WrapUpPanel
from tests.ui.conftest import RecordingMessageBus, start, stop_before_the_windows_close, wait_until
from tests.ui.fake_backend import SUPPORT_FORM, FakeBackend, inbound_call

Loop = asyncio.AbstractEventLoop
KEY = "work"


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    yield outbox
    outbox.close()


@pytest.fixture
def kept_session(
    backend: FakeBackend, qloop: Loop, outbox: Outbox, request: pytest.FixtureRequest
) -> Session:
    session = Session(
        backend, policy=ReconnectPolicy(rand=lambda: 1.0), outbox=outbox, profile_key=KEY
    )
    stop_before_the_windows_close(request, qloop, session)
    return session


def fill_in(qloop: Loop, panel: WrapUpPanel, backend: FakeBackend) -> None:
    backend.forms["call-1"] = SUPPORT_FORM
    panel.open_for(inbound_call())
    wait_until(qloop, lambda: panel.form_widget is not None)
    panel.status_combo.setCurrentIndex(1)
    product = panel.field_input("product")
    assert isinstance(product, QComboBox)
    product.setCurrentText("Router")


def test_an_unreachable_vendor_does_not_hold_the_agent_and_the_window_says_it_waits(
    qloop: Loop,
    window: MainWindow,
    kept_session: Session,
    backend: FakeBackend,
    messages: RecordingMessageBus,
    qtbot: Any,
) -> None:
    start(qloop, window, kept_session)
    panel = window.wrap_up
    assert panel is not None
    assert window.outbox_status.isHidden()
    fill_in(qloop, panel, backend)

    backend.fail_next = TransientError("cannot reach Daktela")
    with qtbot.waitSignals([panel.saved, panel.closed], timeout=3000):
        panel.save_button.click()
    assert panel.isHidden() and not panel.has_unsaved()
    assert messages.texts(Level.INFO) == [
        "Wrap-up saved; it will be sent when Daktela can be reached."
    ]
    wait_until(qloop, lambda: window.outbox_status.isVisibleTo(window))
    assert window.outbox_status.text() == "1 wrap-up waiting to be sent"
    assert backend.dispositions == []
    window.resize(420, 640)
    window.grab().save("/tmp/outbox_pending.png")

    # The vendor is back: the stored wrap-up goes out by itself, once.
    backend.push(TransientError("stream dropped"))
    kept_session.reconnect_now()
    wait_until(qloop, lambda: len(backend.dispositions) == 1, timeout=5)
    wait_until(qloop, lambda: window.outbox_status.isHidden())
    assert backend.dispositions[0].call_id == "call-1"
    assert messages.texts(Level.ERROR) == []


def test_a_refusal_keeps_the_form_with_retry_and_stores_nothing_twice(
    qloop: Loop,
    window: MainWindow,
    kept_session: Session,
    backend: FakeBackend,
    outbox: Outbox,
    qtbot: Any,
) -> None:
    start(qloop, window, kept_session)
    panel = window.wrap_up
    assert panel is not None
    fill_in(qloop, panel, backend)

    backend.fail_next = VendorError("Formulář nelze uložit")
    panel.save_button.click()
    wait_until(qloop, lambda: panel.error_text.text())
    assert panel.error_text.text() == "Daktela said: Formulář nelze uložit"
    assert panel.retry_button.isVisibleTo(panel) and panel.has_unsaved()
    assert outbox.counts(KEY) == (0, 0)

    with qtbot.waitSignal(panel.saved, timeout=3000):
        panel.retry_button.click()
    assert len(backend.dispositions) == 1
    assert outbox.counts(KEY) == (0, 0)
    assert window.outbox_status.isHidden()


def test_a_stored_wrap_up_refused_later_is_listed_until_discarded(
    qloop: Loop,
    window: MainWindow,
    kept_session: Session,
    backend: FakeBackend,
    outbox: Outbox,
    messages: RecordingMessageBus,
    qtbot: Any,
) -> None:
    outbox.add(KEY, Disposition("c7", "order"))
    backend.fail_next = VendorError("Záznam neexistuje")
    start(qloop, window, kept_session)
    wait_until(qloop, lambda: kept_session.outbox_counts == OutboxChanged(0, 1))
    assert window.outbox_status.isVisibleTo(window)
    assert window.outbox_status.text().startswith("1 wrap-up refused by Daktela")
    assert messages.texts(Level.WARNING) == ["Daktela refused a saved wrap-up: Záznam neexistuje"]
    window.resize(420, 640)
    window.grab().save("/tmp/outbox_refused.png")

    window.outbox_status.linkActivated.emit("review")
    wait_until(qloop, lambda: isinstance(window.outbox_status.refused_prompt, QMessageBox))
    box = window.outbox_status.refused_prompt
    wait_until(qloop, box.isVisible)
    assert "c7: Záznam neexistuje" in box.informativeText()
    box.grab().save("/tmp/outbox_review.png")
    (discard,) = [b for b in box.buttons() if b.text() == "Discard them"]
    discard.click()
    wait_until(qloop, lambda: outbox.counts(KEY) == (0, 0))
    wait_until(qloop, window.outbox_status.isHidden)
