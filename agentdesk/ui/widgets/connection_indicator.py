"""Whether AgentDesk reaches the call centre, with a countdown and "Retry now"; its tooltip
(the connection details) says why, and what the webhook receiver has counted, if there is one.
With a company relay (a profile's ``relay_url``), the line says whether the relay's stream
runs too, and the details say where it comes from and how far it has read.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from agentdesk.core import (
    ConnectionChanged,
    ConnectionState,
    RelayLink,
    RelayState,
    WebhookFigures,
)
from agentdesk.ui.text import fill
from agentdesk.ui.widgets.dot import ColourDot

_COLOURS = {
    ConnectionState.CONNECTED: "#2e9d5b",
    ConnectionState.CONNECTING: "#d9961a",
    ConnectionState.RECONNECTING: "#d9961a",
    ConnectionState.AUTH_FAILED: "#d2453f",
    ConnectionState.FAILED: "#d2453f",
    ConnectionState.STOPPED: "#a3a9b0",
}


class ConnectionIndicator(QWidget):
    """One line: a dot, what the connection is doing, and a Retry now button when useful.

    Signals:
        retry_requested(): the agent asked to reconnect without waiting.
    """

    retry_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._state: ConnectionState | None = None
        self._retry_at: float | None = None
        self._detail = ""
        self._webhooks: Callable[[], WebhookFigures | None] = lambda: None
        self._hidden: list[str] = []
        self._relay: RelayLink | None = None
        self._relay_retry_at: float | None = None

        self.dot = ColourDot(10)
        self.text = QLabel()
        self.text.setObjectName("connectionText")
        self.retry_button = QPushButton(self.tr("&Retry now"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self.retry_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.dot)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.set_connecting()

    @property
    def state(self) -> ConnectionState | None:
        return self._state

    def set_connecting(self) -> None:
        """Before a session exists."""
        self.set_connection(ConnectionChanged(ConnectionState.CONNECTING))

    def set_unavailable(self, text: str) -> None:
        """No session could be made: show ``text``, nothing to retry from here."""
        self._state, self._retry_at = ConnectionState.STOPPED, None
        self.timer.stop()
        self.dot.set_colour(QColor(_COLOURS[ConnectionState.AUTH_FAILED]))
        self.text.setText(text)
        self.retry_button.hide()

    def set_webhook_source(self, source: Callable[[], WebhookFigures | None]) -> None:
        """Where the details read the webhook receiver's counts (the session's, which has
        them from its backend); read again each time the details are shown."""
        self._webhooks = source
        self.setToolTip(self.details())

    def set_hidden(self, lines: list[str]) -> None:
        """What the vendor documents but the profile cannot have, and why, one per line
        (:func:`agentdesk.ui.capability_text.hidden_lines`)."""
        self._hidden = list(lines)
        self.setToolTip(self.details())

    def set_relay(self, link: RelayLink | None) -> None:
        """The company relay's stream as it is now (None: the profile has no relay)."""
        self._relay = link
        retry = link.retry_in if link is not None else None
        self._relay_retry_at = self._clock() + retry if retry is not None else None
        if self._relay_retry_at is not None:
            self.timer.start()
        self.setToolTip(self.details())
        self.tick()

    @property
    def relay_refused(self) -> bool:
        return self._relay is not None and self._relay.state is RelayState.REFUSED

    def refused_text(self) -> str:
        """What the agent is told when the relay refuses their token."""
        return self.tr(
            "The company relay refused this computer's relay token: it was revoked or is "
            "wrong, so calls do not reach AgentDesk. Ask your supervisor for a new relay "
            "token and enter it in Settings."
        )

    def details(self) -> str:
        """The connection's detail (why it failed), the relay's stream or the webhook counts,
        then what the profile cannot have, one per line."""
        lines = [self._detail] if self._detail else []
        if self._relay is not None:
            lines.extend(self._relay_lines(self._relay))
        figures = self._webhooks()
        if figures is not None:
            lines.append(fill(self.tr("Webhooks at %1:"), figures.url))
            unknown = figures.unreadable + figures.too_large + figures.not_a_webhook
            counts = self.tr("%1 accepted, %2 refused for a wrong secret, %3 unknown or malformed")
            lines.append(fill(counts, figures.accepted, figures.wrong_secret, unknown))
            if n := figures.cut_short:
                lines.append(self.tr("%n connections timed out, dropped or turned away", "", n))
        if self._hidden:
            lines.append(self.tr("Hidden with this profile:"))
            lines.extend(self._hidden)
        return "\n".join(lines)

    def _relay_lines(self, link: RelayLink) -> list[str]:
        lines = [fill(self.tr("Calls come through the company relay at %1"), link.url)]
        if link.state is RelayState.REFUSED:
            lines.append(self.refused_text())
        else:
            lines.append(fill(self.tr("Relay stream: %1"), self._relay_state_text(link)))
        last = link.last_event_id or self.tr("none yet")
        lines.append(fill(self.tr("Last event: %1; reconnections: %2"), last, link.reconnects))
        return lines

    def _relay_state_text(self, link: RelayLink) -> str:
        if link.state is RelayState.CONNECTED:
            return self.tr("connected")
        if link.state is RelayState.CONNECTING:
            return self.tr("connecting…")
        seconds = self._seconds_left(self._relay_retry_at)
        if seconds is None:
            return self.tr("reconnecting…")
        return fill(self.tr("reconnecting in %1 s"), seconds)

    def _seconds_left(self, at: float | None) -> int | None:
        if at is None:
            return None
        seconds = math.ceil(at - self._clock())
        return seconds if seconds > 0 else None

    def event(self, event: QEvent) -> bool:
        if event.type() is QEvent.Type.ToolTip:
            self.setToolTip(self.details())  # counts move without the connection changing
        return super().event(event)

    def set_connection(self, change: ConnectionChanged) -> None:
        self._state = change.state
        self.dot.set_colour(QColor(_COLOURS[change.state]))
        self._detail = change.detail or ""
        self.setToolTip(self.details())
        self.retry_button.setVisible(
            change.state in (ConnectionState.RECONNECTING, ConnectionState.AUTH_FAILED)
        )
        if change.state is ConnectionState.RECONNECTING and change.retry_in is not None:
            self._retry_at = self._clock() + change.retry_in
            self.timer.start()
        else:
            self._retry_at = None
            self.timer.stop()
        self.tick()

    def tick(self) -> None:
        state = self._state
        relay = self._relay
        if state is ConnectionState.CONNECTED and relay is not None:
            self._show_relay(relay)
            return
        if state is ConnectionState.CONNECTED:
            self.text.setText(self.tr("Connected"))
        elif state is ConnectionState.CONNECTING or state is None:
            self.text.setText(self.tr("Connecting…"))
        elif state is ConnectionState.AUTH_FAILED:
            self.text.setText(self.tr("Authentication failed"))
        elif state is ConnectionState.FAILED:
            self.text.setText(self.tr("Cannot connect: check the profile"))
        elif state is ConnectionState.STOPPED:
            self.text.setText(self.tr("Offline"))
        elif self._retry_at is None:
            self.text.setText(self.tr("Reconnecting…"))
        else:
            seconds = math.ceil(self._retry_at - self._clock())
            if seconds > 0:
                self.text.setText(self.tr("Reconnecting in %1 s").replace("%1", str(seconds)))
            else:
                self.text.setText(self.tr("Reconnecting…"))
                self.timer.stop()

    def _show_relay(self, link: RelayLink) -> None:
        """The vendor answers; the line says what the relay's stream does."""
        colour = _COLOURS[ConnectionState.CONNECTED]
        if link.state is RelayState.CONNECTED:
            self.text.setText(self.tr("Connected through the relay"))
        elif link.state is RelayState.REFUSED:
            colour = _COLOURS[ConnectionState.AUTH_FAILED]
            self.text.setText(self.tr("The relay refused this desk: ask for a new token"))
        else:
            colour = _COLOURS[ConnectionState.CONNECTING]
            state = self._relay_state_text(link)
            self.text.setText(fill(self.tr("Connected; relay %1"), state))
        self.dot.set_colour(QColor(colour))
        if self._seconds_left(self._relay_retry_at) is None and self._retry_at is None:
            self.timer.stop()
