"""Text messages in the window, against the simulated Daktela: the counter's GSM-7 and
unicode limits, a template filled with the caller's and the agent's names, the vendor's
refusal in its words (the text stays), and the command hidden where it is not documented."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QMenu

from agentdesk.backends.daktela.sms import LIMITS
from agentdesk.core import CallDirection, CallRecord, Capability
from agentdesk.core.sms import measure
from agentdesk.session import Session
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.widgets.sms_counter import SmsCounter
from tests.ui.conftest import Demo, start, wait_until
from tests.ui.fake_backend import FakeBackend


def test_the_counter_knows_gsm_unicode_and_the_documents_maximum(qapp: Any) -> None:
    counter = SmsCounter(None)
    assert counter.update_for("a" * 160).parts == 1
    assert counter.text() == "160 / 160 · 1 SMS"
    assert counter.update_for("a" * 161).parts == 2
    assert counter.text() == "161 / 306 · 2 SMS"
    assert counter.update_for("ř" * 70).parts == 1
    assert counter.text() == "70 / 70 · 1 SMS (unicode)"
    assert counter.update_for("ř" * 71).parts == 2
    assert measure("{}").units == 4  # GSM's extension table takes two places each
    daktela = SmsCounter(LIMITS)
    # Daktela turns a non-ASCII text into ASCII unless it is sent as unicode.
    assert daktela.update_for("é").unicode
    daktela.update_for("x" * 1377)
    assert not daktela.too_long
    daktela.update_for("x" * 1378)
    assert daktela.too_long and "1377" in daktela.text()
    daktela.update_for("ř" * 604)
    assert daktela.too_long and "603" in daktela.text()


def test_sms_to_the_caller_with_a_template_and_a_refusal(
    qloop: asyncio.AbstractEventLoop, demo: Callable[[str], AbstractContextManager[Demo]]
) -> None:
    with demo("daktela") as running:
        window, sim = running.window, running.sim
        session = running.session
        assert window.sms.action.isVisible()
        window.sms.templates = ["Dobrý den {name}, volal(a) jsem vám. {agent}"]
        sim.ring("+420601234567", name="Petr Svoboda")
        wait_until(qloop, lambda: session.status.current_call is not None, timeout=5)
        window.sms.action.trigger()
        dialog = window.sms.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.number.text() == "+420601234567"
        assert not dialog.send_button.isEnabled()  # nothing written yet
        dialog.templates.setCurrentIndex(1)
        dialog.templates.activated.emit(1)
        text = dialog.text.toPlainText()
        assert text.startswith("Dobrý den Petr Svoboda") and text.endswith(sim.title)
        assert "(unicode)" in dialog.counter.text()

        sim.sms_refusal = "SMS brána není aktivní"
        dialog.send_button.click()
        wait_until(qloop, lambda: dialog.status.isVisible(), timeout=5)
        assert "SMS brána není aktivní" in dialog.status.text()
        assert dialog.text.toPlainText() == text and dialog.isVisible()

        sim.sms_refusal = None
        dialog.send_button.click()
        wait_until(qloop, lambda: not dialog.isVisible(), timeout=5)
        assert [s.message for s in sim.day_log.sent_sms] == [text]
        assert sim.day_log.sent_sms[0].unicode


def test_no_sms_command_where_the_vendor_documents_none(
    qloop: asyncio.AbstractEventLoop, window: MainWindow
) -> None:
    session = Session(FakeBackend(capabilities=set(Capability) - {Capability.SMS}))
    start(qloop, window, session)
    assert not window.sms.action.isVisible()
    assert window.sms.open_for("601234567") is None
    qloop.run_until_complete(session.stop())


def test_sms_from_missed_calls_and_recent_calls(
    qloop: asyncio.AbstractEventLoop, demo: Callable[[str], AbstractContextManager[Demo]]
) -> None:
    with demo("daktela") as running:
        window, sim = running.window, running.sim
        sim.ring("+420777111222")
        wait_until(qloop, lambda: window.call_panel.call is not None, timeout=5)
        sim.abandon()
        wait_until(qloop, lambda: window.missed.calls.unseen == 1, timeout=5)
        window.tabs.setCurrentIndex(window.missed.index)
        window.sms.action.trigger()
        assert window.sms.dialog is not None
        assert window.sms.dialog.number.text() == "+420777111222"
        window.sms.dialog.close()

        record = CallRecord("1.1", datetime.now(UTC), CallDirection.INBOUND, "601234567", "Petr")
        menu = QMenu(window)
        window.history.menu_requested.emit(menu, record)
        sms = next(a for a in menu.actions() if a.text() == "Send &SMS…")
        assert not any("Block" in a.text() for a in menu.actions())  # Daktela has no blacklist
        sms.trigger()
        assert window.sms.dialog.number.text() == "601234567"
        window.sms.dialog.close()
