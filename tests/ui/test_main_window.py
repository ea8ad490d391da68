"""The main window over a real Session and the fake backend."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt

from agentdesk.core import (
    AgentState,
    AgentStatus,
    AuthenticationError,
    Capability,
    ConnectionState,
    TransientError,
    VendorError,
    WebhookFigures,
)
from agentdesk.session import Session
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.messages import Level, MessageBus
from agentdesk.ui.notifier import Notifier
from tests.ui.conftest import RecordingMessageBus, start, wait_until
from tests.ui.fake_backend import AFTER_CALL, READY, FakeBackend, inbound_call

Loop = asyncio.AbstractEventLoop


def test_before_a_session_the_window_says_connecting(window: MainWindow) -> None:
    assert window.windowTitle() == "AgentDesk"
    assert window.state_badge.state_text.text() == "Connecting…"
    assert window.connection_indicator.text.text() == "Connecting…"
    assert not window.call_panel.answer_button.isEnabled()
    assert not window.dial_bar.call_button.isEnabled()
    assert not window.pause_selector.combo.isEnabled()


def test_demo_title(qtbot: Any, messages: RecordingMessageBus) -> None:
    window = MainWindow(messages, title="AgentDesk — demo")
    qtbot.addWidget(window)
    assert window.windowTitle() == "AgentDesk — demo"


def test_buttons_follow_the_call(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend
) -> None:
    panel = window.call_panel
    start(qloop, window, session)
    assert window.agent_name.text() == "Jana Nováková"
    assert window.state_badge.state_text.text() == "Ready"
    assert not panel.answer_button.isEnabled()
    assert not panel.hangup_button.isEnabled()
    assert panel.answer_button.toolTip() == "No call is ringing"
    assert window.dial_bar.call_button.isEnabled()

    backend.ring()
    wait_until(qloop, lambda: session.status.state is AgentState.RINGING)
    assert panel.answer_button.isEnabled()
    assert panel.hangup_button.isEnabled()
    assert panel.number_text.text() == "601 123 456"
    assert panel.name_text.text() == "Petr Svoboda"
    assert "Support" in panel.queue_text.text()
    assert "incoming" in panel.direction_text.text().lower()
    assert not window.dial_bar.call_button.isEnabled()

    panel.answer_button.click()
    wait_until(qloop, lambda: session.status.state is AgentState.TALKING)
    assert backend.requests == [("answer",)]
    assert not panel.answer_button.isEnabled()
    assert panel.hangup_button.isEnabled()
    wait_until(qloop, lambda: "On call" in panel.time_text.text())

    panel.hangup_button.click()
    wait_until(qloop, lambda: session.status.state is AgentState.READY)
    assert backend.requests[-1] == ("hangup",)
    assert panel.call is None
    assert panel.no_call_text.text() == "No call"
    assert not panel.hangup_button.isEnabled()


def test_ringing_call_pops_the_card_and_leaves_the_banner_alone_without_a_tray(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    messages: RecordingMessageBus,
) -> None:
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: window.cards is not None and window.cards.window.isVisible())
    assert messages.recorded == []


class _TrayNotifier(Notifier):
    """A notifier on a desktop with a tray that shows messages: records what it shows."""

    def __init__(self, bus: MessageBus) -> None:
        super().__init__(bus)
        self.shown: list[tuple[str, str]] = []

    def uses_tray(self) -> bool:
        return True

    def notify(self, title: str, text: str, level: Level = Level.INFO) -> None:
        self.shown.append((title, text))


def test_ringing_call_is_a_desktop_notification_where_there_is_a_tray(
    qloop: Loop, session: Session, backend: FakeBackend, messages: RecordingMessageBus, qtbot: Any
) -> None:
    notifier = _TrayNotifier(messages)
    window = MainWindow(messages, notifier=notifier)
    qtbot.addWidget(window)
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: notifier.shown)
    assert notifier.shown == [("Incoming call", "Incoming call: 601 123 456 Petr Svoboda")]
    window.notify_calls = False
    backend.end()
    second = backend.ring(inbound_call(call_id="call-2"))
    wait_until(qloop, lambda: window.cards is not None and window.cards.call == second)
    assert len(notifier.shown) == 1
    window.detach()


def test_controls_are_hidden_when_the_vendor_lacks_them(
    qloop: Loop, window: MainWindow, qtbot: Any
) -> None:
    backend = FakeBackend(capabilities={Capability.LIVE_STATE, Capability.HANGUP})
    session = Session(backend)
    start(qloop, window, session)
    try:
        assert window.call_panel.answer_button.isHidden()
        assert not window.call_panel.hangup_button.isHidden()
        assert window.dial_bar.isHidden()
        assert window.pause_selector.isHidden()
    finally:
        qloop.run_until_complete(session.stop())


def test_pause_selector_offers_pauses_and_pauses(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend
) -> None:
    start(qloop, window, session)
    selector = window.pause_selector
    wait_until(qloop, lambda: len(selector.items()) > 1)
    assert selector.items() == [("Ready", False), ("Lunch", True), ("Training", True)]
    assert selector.combo.currentText() == "Ready"

    selector.select_text("Lunch")
    wait_until(qloop, lambda: session.status.state is AgentState.PAUSED)
    assert backend.requests == [("pause", "lunch")]
    assert window.state_badge.state_text.text() == "Paused"
    assert window.state_badge.pause_text.text() == "Lunch"
    assert selector.combo.currentText() == "Lunch"
    assert selector.items()[0] == ("Ready", True)

    selector.select_text("Ready")
    wait_until(qloop, lambda: session.status.state is AgentState.READY)
    assert backend.requests[-1] == ("unpause",)


def test_the_current_wrap_up_pause_is_shown_but_not_offered(
    qloop: Loop, window: MainWindow, qtbot: Any
) -> None:
    status = AgentStatus(AgentState.WRAP_UP, pause=AFTER_CALL, agent_login="jnovak")
    backend = FakeBackend(status=status)
    session = Session(backend)
    start(qloop, window, session)
    try:
        wait_until(qloop, lambda: len(window.pause_selector.items()) == 4)
        items = window.pause_selector.items()
        assert items[-1] == ("After-call work", False)
        assert window.pause_selector.combo.currentText() == "After-call work"
        assert window.state_badge.state_text.text() == "Wrap-up"
        assert window.state_badge.pause_text.isHidden()  # "Wrap-up" says it already
    finally:
        qloop.run_until_complete(session.stop())


def test_a_vendor_refusal_shows_the_vendors_words(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    messages: RecordingMessageBus,
) -> None:
    start(qloop, window, session)
    wait_until(qloop, lambda: len(window.pause_selector.items()) > 1)
    backend.fail_next = VendorError("Tato pauza nebyla nalezena")

    window.pause_selector.select_text("Lunch")
    wait_until(qloop, lambda: messages.recorded)
    wait_until(qloop, lambda: window.commands.pending == 0)

    assert messages.texts(Level.ERROR) == ["Daktela said: Tato pauza nebyla nalezena"]
    assert window.banner.isVisibleTo(window)
    assert window.banner.text.text() == "Daktela said: Tato pauza nebyla nalezena"
    assert window.pause_selector.combo.currentText() == "Ready"  # back to the vendor's word
    assert session.status.state is AgentState.READY

    window.banner.close_button.click()
    assert window.banner.message is None
    assert not window.banner.isVisibleTo(window)


def test_reconnecting_shows_a_countdown_and_retry(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend
) -> None:
    start(qloop, window, session)
    backend.push(TransientError("vendor unreachable", retry_after=30))
    wait_until(qloop, lambda: session.connection.state is ConnectionState.RECONNECTING)
    indicator = window.connection_indicator
    assert indicator.text.text() == "Reconnecting in 30 s"
    assert indicator.toolTip() == "vendor unreachable"
    assert indicator.retry_button.isVisibleTo(window)
    assert not window.call_panel.hangup_button.isEnabled()
    assert window.pause_selector.toolTip() == "Not connected to the call centre"

    indicator.retry_button.click()
    wait_until(qloop, lambda: session.connection.state is ConnectionState.CONNECTED)
    assert indicator.text.text() == "Connected"
    assert not indicator.retry_button.isVisibleTo(window)


def test_the_connection_details_show_the_sessions_webhook_counts(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend
) -> None:
    backend.webhooks = WebhookFigures(url="http://127.0.0.1:9/okitoki", accepted=5, wrong_secret=2)
    start(qloop, window, session)
    assert window.connection_indicator.toolTip().splitlines() == [
        "Webhooks at http://127.0.0.1:9/okitoki:",
        "5 accepted, 2 refused for a wrong secret, 0 unknown or malformed",
    ]


def test_authentication_failure_is_said_plainly(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    messages: RecordingMessageBus,
) -> None:
    start(qloop, window, session)
    backend.push(AuthenticationError("secret refused"))
    wait_until(qloop, lambda: session.connection.state is ConnectionState.AUTH_FAILED)
    assert window.connection_indicator.text.text() == "Authentication failed"
    assert messages.texts(Level.ERROR) == [
        "The call centre refused the sign-in; check your secret. (secret refused)"
    ]
    assert not window.dial_bar.call_button.isEnabled()


def test_dial_bar_refuses_junk_without_a_request(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, qtbot: Any
) -> None:
    start(qloop, window, session)
    bar = window.dial_bar
    for junk in ("", "   ", "hello", "12a4", "+"):
        bar.number_edit.setText(junk)
        qtbot.keyClick(bar.number_edit, Qt.Key.Key_Return)
        assert bar.error_text.isVisibleTo(window), junk
        assert bar.error_text.text()
    qtbot.keyClicks(bar.number_edit, "1")  # typing clears the message
    assert not bar.error_text.isVisibleTo(window)
    qloop.run_until_complete(asyncio.sleep(0))
    assert backend.requests == []

    bar.number_edit.setText("  +420 601-123 456 ")
    qtbot.keyClick(bar.number_edit, Qt.Key.Key_Return)
    wait_until(qloop, lambda: backend.requests)
    assert backend.requests == [("dial", "+420601123456")]
    assert not bar.error_text.isVisibleTo(window)


def test_setup_error_is_shown(window: MainWindow, messages: RecordingMessageBus) -> None:
    text = "No keyring on this machine: set AGENTDESK_SECRET to the API token."
    window.show_setup_error(text)
    assert messages.texts(Level.ERROR) == [text]
    assert window.banner.text.text() == text
    assert window.state_badge.state_text.text() == "Not connected"
    assert not window.call_panel.answer_button.isEnabled()


def test_messages_posted_before_the_window_are_replayed(
    qtbot: Any, messages: RecordingMessageBus
) -> None:
    messages.warning("Profile upgraded from version 1")
    window = MainWindow(messages)
    qtbot.addWidget(window)
    assert window.banner.text.text() == "Profile upgraded from version 1"


def test_closing_without_a_tray_quits_and_with_one_hides(window: MainWindow, qtbot: Any) -> None:
    with qtbot.waitSignal(window.quit_requested, timeout=1000):
        window.close()
    window.set_hides_on_close(True)
    with qtbot.assertNotEmitted(window.quit_requested):
        window.close()
    assert window.isHidden()


def test_ctrl_q_asks_to_quit(window: MainWindow, qtbot: Any) -> None:
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    with qtbot.waitSignal(window.quit_requested, timeout=1000):
        window.quit_action.trigger()


def test_a_status_without_a_name_keeps_the_shown_name(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend
) -> None:
    start(qloop, window, session)
    backend.set_status(AgentStatus(AgentState.READY))
    wait_until(qloop, lambda: session.status.agent_login is None)
    assert window.agent_name.text() == READY.agent_name


def test_answer_shows_calm_message_when_vendor_unreachable(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    messages: RecordingMessageBus,
) -> None:
    start(qloop, window, session)
    backend.ring(inbound_call())
    wait_until(qloop, lambda: window.call_panel.answer_button.isEnabled())
    backend.fail_next = TransientError("timeout")
    window.call_panel.answer_button.click()
    wait_until(qloop, lambda: messages.texts(Level.ERROR))
    assert messages.texts(Level.ERROR) == ["Could not reach Daktela; please try again in a moment."]


def test_a_long_message_grows_the_window_instead_of_squeezing_the_buttons(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend
) -> None:
    window.show()
    start(qloop, window, session)
    backend.ring()
    wait_until(qloop, lambda: window.call_panel.answer_button.isEnabled())
    button = window.call_panel.answer_button
    wanted = button.sizeHint().height()
    window.bus.post(Level.ERROR, "Daktela said: " + "Agent není přihlášen do fronty. " * 6)
    wait_until(qloop, lambda: button.height() >= wanted)
    assert window.banner.text.height() > window.banner.text.fontMetrics().height() * 2


def test_the_window_follows_a_dark_colour_scheme(
    window: MainWindow, monkeypatch: Any, messages: RecordingMessageBus
) -> None:
    monkeypatch.setattr("agentdesk.ui.main_window.prefers_dark", lambda: True)
    window.apply_theme()
    assert "background: #1e2125" in window.styleSheet()
    messages.post(Level.ERROR, "Daktela said: Tato pauza nebyla nalezena")
    assert "#3d1f1e" in window.banner.styleSheet()
    monkeypatch.setattr("agentdesk.ui.main_window.prefers_dark", lambda: False)
    window.apply_theme()
    assert "background: #f6f7f9" in window.styleSheet()
    assert "#fcebea" in window.banner.styleSheet()


def test_calling_the_number_in_the_clipboard_sends_the_request(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend, qapp: Any
) -> None:
    start(qloop, window, session)
    qapp.clipboard().setText("Petr Svoboda, mobile 601 234 567, call after 3 pm")
    window.clipboard.action.trigger()
    wait_until(qloop, lambda: ("dial", "+420601234567") in backend.requests)


def test_junk_in_the_clipboard_sends_nothing_and_says_so(
    qloop: Loop,
    window: MainWindow,
    session: Session,
    backend: FakeBackend,
    qapp: Any,
    messages: RecordingMessageBus,
) -> None:
    start(qloop, window, session)
    qapp.clipboard().setText("no number here, just words")
    window.clipboard.action.trigger()
    wait_until(qloop, lambda: messages.recorded)
    assert messages.texts() == ["The clipboard holds no phone number."]
    assert not any(request[0] == "dial" for request in backend.requests)


def test_the_queues_menu_logs_the_agent_in_and_out(
    qloop: Loop, window: MainWindow, session: Session, backend: FakeBackend
) -> None:
    start(qloop, window, session)
    menu = window.queue_menu
    assert menu.menuAction().isVisible()
    wait_until(qloop, lambda: [a.text() for a in menu.actions()] == ["Support", "Sales"])
    support, sales = menu.actions()
    assert support.isChecked()
    assert not sales.isChecked()
    sales.setChecked(True)
    wait_until(qloop, lambda: ("queue_login", "sales") in backend.requests)
    wait_until(qloop, lambda: all(a.isChecked() for a in menu.actions()))
    menu.actions()[0].setChecked(False)
    wait_until(qloop, lambda: ("queue_logout", "support") in backend.requests)


def test_without_queue_log_in_there_is_no_queues_menu(
    qloop: Loop, window: MainWindow, qtbot: Any
) -> None:
    backend = FakeBackend(capabilities={Capability.LIVE_STATE, Capability.PAUSE})
    session = Session(backend)
    start(qloop, window, session)
    try:
        assert not window.queue_menu.menuAction().isVisible()
    finally:
        qloop.run_until_complete(session.stop())
