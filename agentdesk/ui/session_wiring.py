"""From the session to the main window's widgets: the agent's status and the connection, the
pauses, and the calls (a notification when one rings, the wrap-up after an answered one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from agentdesk.core import (
    AgentStatus,
    Call,
    Capability,
    ConnectionChanged,
    ConnectionState,
    Pause,
    RelayLink,
)
from agentdesk.session import Session
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.call_notifications import CallNotifications
from agentdesk.ui.capability_text import hidden_lines, unavailable_text
from agentdesk.ui.messages import Level
from agentdesk.ui.missing_option import missing_option_text

if TYPE_CHECKING:
    from agentdesk.ui.main_window import MainWindow


class SessionWiring(QObject):
    """Connects ``bridge``'s signals to ``window``'s widgets as soon as it is made; once the
    window has put the session's own widgets in place (caller cards, wrap-up, queue strip),
    :meth:`show_session` shows what the session knows already.

    Signals: none; it drives the window's widgets.
    """

    def __init__(self, window: MainWindow, session: Session, bridge: SessionBridge) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._bridge = bridge
        self._answered: set[str] = set()  # calls that were answered: only those get a wrap-up
        self.call_notifications = CallNotifications(window, session)
        bridge.status_changed.connect(self._on_status)
        bridge.connection_changed.connect(self._on_connection)
        bridge.pauses_loaded.connect(self._on_pauses)
        bridge.call_ringing.connect(self._on_call_ringing)
        bridge.call_answered.connect(self._on_call_answered)
        bridge.call_ended.connect(self._on_call_ended)
        bridge.relay_changed.connect(self._on_relay)

    def show_session(self) -> None:
        """What the vendor offers, and the session's state as it is now."""
        window, session = self._window, self._session
        window.history.set_session(session)
        window.tabs.setTabVisible(1, window.history.available)
        window.queue_menu.menuAction().setVisible(session.supports(Capability.QUEUE_LOGIN))
        if session.supports(Capability.QUEUE_LOGIN):
            window.queue_menu.set_session(session)
        if not session.supports(Capability.LIVE_STATE):
            # The card stays empty for good: say why rather than look broken.
            window.call_panel.no_call_text.setWordWrap(True)
            reason = session.unavailable.get(Capability.LIVE_STATE)
            text = self.tr(
                "%1 does not tell AgentDesk of incoming calls while they ring with this "
                "profile; calls you dial from here show on this card, and all calls "
                "appear in Recent calls."
            ).replace("%1", session.vendor_name)
            if reason is not None and reason.option:
                text += " " + missing_option_text(Capability.LIVE_STATE, reason.option)
            elif reason is not None:
                text = unavailable_text(reason)
            window.call_panel.no_call_text.setText(text)
        window.connection_indicator.set_hidden(hidden_lines(session.unavailable))
        note = session.dial_note
        window.dial_note.setText(QCoreApplication.translate("VendorText", note) if note else "")
        window.dial_note.setVisible(bool(note) and session.supports(Capability.DIAL))

        window.pause_selector.set_pauses(session.pauses)
        window.pause_selector.set_status(session.status)
        window.connection_indicator.set_webhook_source(lambda: session.webhook_figures)
        window.connection_indicator.set_connection(session.connection)
        window.connection_indicator.set_relay(session.relay_link)
        if session.connection.state is ConnectionState.CONNECTED:
            self._on_status(session.status)

    def _on_status(self, status: AgentStatus) -> None:
        window = self._window
        name = status.agent_name or status.agent_login
        if name:
            window.agent_name.setText(name)
        elif window.agent_name.text() == QCoreApplication.translate("MainWindow", "Connecting…"):
            window.agent_name.setText("")  # the window's placeholder, in the window's context
        window.state_badge.set_status(status)
        window.pause_selector.set_status(status)
        window.refresh_actions()
        window.grow_to_fit.request()

    def _on_relay(self, link: RelayLink) -> None:
        indicator = self._window.connection_indicator
        refused_before = indicator.relay_refused
        indicator.set_relay(link)
        if indicator.relay_refused and not refused_before:  # once, not at every retry
            self._window.bus.post(Level.ERROR, indicator.refused_text())

    def _on_connection(self, change: ConnectionChanged) -> None:
        window = self._window
        window.connection_indicator.set_connection(change)
        if change.state is ConnectionState.AUTH_FAILED:
            text = self.tr("The call centre refused the sign-in; check your secret.")
            if change.detail:
                text = f"{text} ({change.detail})"
            window.bus.post(Level.ERROR, text)
        elif change.state is ConnectionState.FAILED:
            text = self.tr("AgentDesk cannot connect with this profile: %1")
            window.bus.post(Level.ERROR, text.replace("%1", change.detail or ""))
        window.refresh_actions()

    def _on_pauses(self, pauses: tuple[Pause, ...]) -> None:
        self._window.pause_selector.set_pauses(pauses)

    def _on_call_ringing(self, call: Call) -> None:
        window = self._window
        window.dial_task_bar.dismiss()
        window.wrap_up_hint.hide()
        # The caller card shows the call; a desktop notification says it where the desktop can
        # (where it cannot, the card is the notice and the banner stays for messages).
        self.call_notifications.ringing(call)
        window.refresh_actions()

    def _on_call_answered(self, call: Call) -> None:
        self._answered.add(call.id)
        self.call_notifications.answered(call)
        self._window.dial_task_bar.dismiss()  # the queued dial, if any, has been placed
        self._window.refresh_actions()

    def _on_call_ended(self, call: Call) -> None:
        window = self._window
        answered = call.id in self._answered
        self._answered.discard(call.id)
        self.call_notifications.ended(call)
        if window.history.isVisible():  # a call just joined the recent calls
            window.history.refresh()
        wants_wrap_up = self._session.supports(Capability.DISPOSITION)
        if answered and wants_wrap_up and window.wrap_up is not None:
            window.wrap_up.open_for(call)
        elif answered:
            window.wrap_up_hint.show_for(self._session)
        window.refresh_actions()
