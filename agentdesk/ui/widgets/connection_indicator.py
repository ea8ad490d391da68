"""Whether AgentDesk reaches the call centre, with a countdown and "Retry now"; its tooltip
(the connection details) says why, and what the webhook receiver has counted, if there is one.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from agentdesk.core import ConnectionChanged, ConnectionState, WebhookFigures
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

    def details(self) -> str:
        """The connection's detail (why it failed), the webhook counts, then what the profile
        cannot have, one per line."""
        lines = [self._detail] if self._detail else []
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
