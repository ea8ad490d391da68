"""The wrap-up panel over a real Session and the fake backend."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from agentdesk.core import (
    Capability,
    ConnectionState,
    Disposition,
    DispositionField,
    DispositionForm,
    FieldKind,
    TransientError,
    VendorError,
)
from agentdesk.session import Session
from agentdesk.ui.wrap_up_panel import WrapUpPanel, next_working_hour
from tests.ui.conftest import wait_until
from tests.ui.fake_backend import (
    CALL_BACK,
    ORDER,
    SUPPORT_FORM,
    FakeBackend,
    inbound_call,
)

Loop = asyncio.AbstractEventLoop
PRAGUE = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 14, 20, tzinfo=PRAGUE)  # a Monday afternoon

FULL_FORM = DispositionForm(
    call_id="call-1",
    statuses=(ORDER, CALL_BACK),
    fields=(
        DispositionField("subject", "Subject", FieldKind.TEXT, required=True),
        DispositionField("details", "Details", FieldKind.TEXTAREA),
        DispositionField("product", "Product", FieldKind.CHOICE, True, ("Router", "Modem")),
        DispositionField("amount", "Amount", FieldKind.NUMBER, value="1"),
        DispositionField("delivery", "Delivery date", FieldKind.DATE),
    ),
)


def started(qloop: Loop, session: Session) -> None:
    async def go() -> None:
        session.start()

    qloop.run_until_complete(go())
    wait_until(qloop, lambda: session.connection.state is ConnectionState.CONNECTED)
    wait_until(qloop, lambda: session.pauses)


@pytest.fixture
def panel(qloop: Loop, qtbot: Any, session: Session) -> WrapUpPanel:
    started(qloop, session)
    panel = WrapUpPanel(session, clock=lambda: NOW)
    qtbot.addWidget(panel)
    return panel


def open_form(qloop: Loop, panel: WrapUpPanel, backend: FakeBackend, form: DispositionForm) -> None:
    backend.forms[form.call_id] = form
    panel.open_for(inbound_call())
    wait_until(qloop, lambda: panel.form_widget is not None)


def combo_texts(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_form_loads_and_shows_what_the_vendor_asks(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend
) -> None:
    backend.forms["call-1"] = SUPPORT_FORM
    backend.gates["disposition_form"] = gate = asyncio.Event()
    panel.open_for(inbound_call())
    assert not panel.isHidden()
    assert panel.progress_text.text() == "Loading…"
    assert not panel.save_button.isEnabled()
    assert not panel.has_unsaved()

    gate.set()
    wait_until(qloop, lambda: panel.form_widget is not None)
    assert panel.progress_text.isHidden()
    assert panel.call_text.text() == "601 123 456 · Petr Svoboda"
    assert combo_texts(panel.status_combo) == [
        "Choose an outcome…",
        "Order placed",
        "Call back later",
    ]
    assert combo_texts(panel.field_input("product")) == ["—", "Router", "Modem"]
    assert isinstance(panel.field_input("ticket"), QLineEdit)
    assert panel.after_combo is not None
    assert combo_texts(panel.after_combo) == ["Ready", "Lunch", "Training"]  # no wrap-up pause
    assert panel.callback_edit.dateTime().toSecsSinceEpoch() == int(
        datetime(2026, 11, 23, 15, 0, tzinfo=PRAGUE).timestamp()
    )
    assert not panel.callback_edit.isEnabled()
    assert panel.status_combo.accessibleName() == "Outcome (required)"
    assert panel.field_input("product").accessibleName() == "Product (required)"
    assert panel.field_input("ticket").accessibleName() == "Ticket number"
    assert not panel.has_unsaved()


def test_no_form_wanted_hides_the_panel(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend, qtbot: Any
) -> None:
    with qtbot.waitSignal(panel.closed, timeout=2000):
        panel.open_for(inbound_call())
    assert panel.isHidden()
    assert panel.call is None


def test_save_sends_exactly_what_was_entered(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend, qtbot: Any
) -> None:
    open_form(qloop, panel, backend, FULL_FORM)
    panel.status_combo.setCurrentIndex(2)
    panel.field_input("subject").setText("  Slow internet ")
    panel.field_input("details").setPlainText("Router restarts at night")
    panel.field_input("product").setCurrentText("Modem")
    panel.field_input("amount").setText("2,5")
    panel.field_input("delivery").setDate(QDate(2026, 12, 1))
    panel.note_edit.setPlainText("Wants a technician")
    panel.callback_check.setChecked(True)
    when = datetime(2026, 11, 24, 10, 30, tzinfo=PRAGUE)
    panel.callback_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
    assert panel.after_combo is not None
    panel.after_combo.setCurrentText("Lunch")
    assert panel.has_unsaved()

    backend.gates["dispose"] = gate = asyncio.Event()
    panel.save_button.click()
    wait_until(qloop, lambda: panel.progress_text.text() == "Saving…")
    assert panel.form_widget is not None and not panel.form_widget.isEnabled()
    assert not panel.save_button.isEnabled()
    assert not panel.discard_button.isEnabled()
    assert panel.has_unsaved()

    emitted: list[object] = []
    panel.saved.connect(emitted.append)
    with qtbot.waitSignals([panel.saved, panel.closed], timeout=2000):
        gate.set()
    sent = backend.dispositions
    expected = Disposition(
        call_id="call-1",
        status_id="callback",
        fields={
            "subject": "Slow internet",
            "details": "Router restarts at night",
            "product": "Modem",
            "amount": "2.5",
            "delivery": "2026-12-01",
        },
        note="Wants a technician",
        callback_at=when,
        then_pause="lunch",
    )
    assert sent == [expected]
    assert sent[0].callback_at is not None and sent[0].callback_at.tzinfo is not None
    assert emitted == [expected]
    assert panel.isHidden()
    assert not panel.has_unsaved()


def test_untouched_optional_inputs_send_the_vendors_values(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend, qtbot: Any
) -> None:
    open_form(qloop, panel, backend, FULL_FORM)
    panel.status_combo.setCurrentIndex(1)
    panel.field_input("subject").setText("Order")
    panel.field_input("product").setCurrentIndex(1)
    with qtbot.waitSignal(panel.saved, timeout=2000):
        panel.save()
    assert backend.dispositions == [
        Disposition(
            "call-1",
            "order",
            {"subject": "Order", "details": "", "product": "Router", "amount": "1", "delivery": ""},
        )
    ]


def test_validation_refuses_without_an_outcome_or_a_required_field(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend
) -> None:
    open_form(qloop, panel, backend, SUPPORT_FORM)
    panel.save_button.click()
    assert panel.error_text.text() == "Choose an outcome before saving."
    assert panel.error_text.isVisibleTo(panel)
    assert panel.retry_button.isHidden()

    panel.status_combo.setCurrentIndex(1)  # an edit clears the message
    assert panel.error_text.isHidden()
    panel.save_button.click()
    assert panel.error_text.text() == "Fill in: Product"
    qloop.run_until_complete(asyncio.sleep(0))
    assert backend.requests == []
    assert backend.dispositions == []


def test_a_failed_save_keeps_the_entries_and_retry_saves(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend, qtbot: Any
) -> None:
    open_form(qloop, panel, backend, SUPPORT_FORM)
    panel.status_combo.setCurrentIndex(1)
    panel.field_input("product").setCurrentText("Router")
    panel.note_edit.setPlainText("Ordered two")
    backend.fail_next = VendorError("Formulář nelze uložit")

    panel.save_button.click()
    wait_until(qloop, lambda: panel.error_text.text())
    assert panel.error_text.text() == "Daktela said: Formulář nelze uložit"
    assert panel.retry_button.isVisibleTo(panel)
    assert not panel.isHidden()
    assert panel.status_combo.currentText() == "Order placed"
    assert panel.field_input("product").currentText() == "Router"
    assert panel.note_edit.toPlainText() == "Ordered two"
    assert panel.form_widget is not None and panel.form_widget.isEnabled()
    assert panel.has_unsaved()
    assert backend.dispositions == []

    with qtbot.waitSignal(panel.saved, timeout=2000) as saved:
        panel.retry_button.click()
    assert backend.requests == [("dispose", "call-1"), ("dispose", "call-1")]
    assert saved.args[0].note == "Ordered two"
    assert backend.dispositions == [saved.args[0]]
    assert panel.isHidden()


def test_a_form_that_cannot_be_loaded_offers_retry(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend
) -> None:
    backend.forms["call-1"] = SUPPORT_FORM
    backend.fail_read["disposition_form"] = TransientError("timeout")
    panel.open_for(inbound_call())
    wait_until(qloop, lambda: panel.error_text.text())
    assert panel.error_text.text() == (
        "Could not load the wrap-up form. Could not reach Daktela; please try again in a moment."
    )
    panel.retry_button.click()
    wait_until(qloop, lambda: panel.form_widget is not None)
    assert panel.error_text.isHidden()


def test_has_unsaved_and_discard(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend, qtbot: Any
) -> None:
    open_form(qloop, panel, backend, SUPPORT_FORM)
    assert not panel.has_unsaved()
    panel.field_input("ticket").setText("T-17")
    assert panel.has_unsaved()

    panel.discard_button.click()  # the first click only asks
    assert panel.discard_button.text() == "Really discard?"
    assert not panel.isHidden()
    with qtbot.waitSignal(panel.closed, timeout=1000):
        panel.discard_button.click()
    assert panel.isHidden()
    assert not panel.has_unsaved()
    assert backend.dispositions == []

    open_form(qloop, panel, backend, SUPPORT_FORM)
    panel.callback_check.setChecked(True)
    assert panel.has_unsaved()
    with qtbot.waitSignal(panel.closed, timeout=1000):
        panel.discard()
    assert not panel.has_unsaved()


def test_ctrl_enter_saves(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend, qtbot: Any
) -> None:
    open_form(qloop, panel, backend, SUPPORT_FORM)
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    panel.status_combo.setCurrentIndex(1)
    panel.field_input("product").setCurrentIndex(2)
    panel.note_edit.setFocus()
    with qtbot.waitSignal(panel.saved, timeout=2000):
        qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert backend.dispositions[0].fields["product"] == "Modem"
    assert backend.dispositions[0].note is None


def test_every_control_has_an_accessible_name(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend
) -> None:
    open_form(qloop, panel, backend, FULL_FORM)
    kinds = (QComboBox, QLineEdit, QPlainTextEdit, QDateEdit, QDateTimeEdit, QCheckBox, QPushButton)
    controls = [
        w
        for w in panel.findChildren(QWidget)
        if isinstance(w, kinds) and not isinstance(w.parentWidget(), (QComboBox, QDateTimeEdit))
    ]
    assert len(controls) >= 12
    assert [c for c in controls if not c.accessibleName()] == []


def test_a_second_call_waits_for_the_unsaved_first(
    qloop: Loop, panel: WrapUpPanel, backend: FakeBackend, qtbot: Any
) -> None:
    open_form(qloop, panel, backend, SUPPORT_FORM)
    panel.note_edit.setPlainText("half written")
    second = inbound_call(call_id="call-2")
    backend.forms["call-2"] = DispositionForm("call-2", (ORDER,), accepts_pause=False)
    panel.open_for(second)
    assert panel.call is not None and panel.call.id == "call-1"
    assert panel.note_edit.toPlainText() == "half written"

    panel.status_combo.setCurrentIndex(1)
    panel.field_input("product").setCurrentIndex(1)
    with qtbot.waitSignal(panel.saved, timeout=2000):
        panel.save()
    wait_until(qloop, lambda: panel.form is not None and panel.form.call_id == "call-2")
    assert panel.after_combo is None
    assert not panel.isHidden()


def test_no_after_saving_choice_without_pauses(qloop: Loop, qtbot: Any) -> None:
    backend = FakeBackend(capabilities=set(Capability) - {Capability.PAUSE})
    session = Session(backend)

    async def go() -> None:
        session.start()

    qloop.run_until_complete(go())
    try:
        wait_until(qloop, lambda: session.connection.state is ConnectionState.CONNECTED)
        panel = WrapUpPanel(session)
        qtbot.addWidget(panel)
        open_form(qloop, panel, backend, SUPPORT_FORM)
        assert panel.after_combo is None
    finally:
        qloop.run_until_complete(session.stop())


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 23, 14, 20), datetime(2026, 11, 23, 15, 0)),  # Monday afternoon
        (datetime(2026, 11, 23, 7, 5), datetime(2026, 11, 23, 9, 0)),  # before work
        (datetime(2026, 11, 23, 16, 30), datetime(2026, 11, 24, 9, 0)),  # after the last hour
        (datetime(2026, 11, 27, 18, 0), datetime(2026, 11, 30, 9, 0)),  # Friday evening
        (datetime(2026, 11, 28, 11, 0), datetime(2026, 11, 30, 9, 0)),  # Saturday
    ],
)
def test_call_backs_default_to_the_next_working_hour(now: datetime, expected: datetime) -> None:
    assert next_working_hour(now.replace(tzinfo=PRAGUE)) == expected.replace(tzinfo=PRAGUE)
