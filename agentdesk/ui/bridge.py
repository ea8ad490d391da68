"""Turns a session's events into Qt signals for the widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from agentdesk.core import (
    CallAnswered,
    CallEnded,
    CallRinging,
    ConnectionChanged,
    RelayChanged,
    StatusChanged,
)
from agentdesk.session import PausesLoaded, Session, SessionEvent


class SessionBridge(QObject):
    """Re-emits every event of one :class:`Session` as a Qt signal.

    The session calls its listeners in the event loop's thread, which under qasync is Qt's,
    so the signals are emitted directly.

    Signals:
        status_changed(AgentStatus): the agent's status as the vendor reports it now.
        call_ringing(Call): a call started ringing for the agent.
        call_answered(Call): a call was answered (or an outbound call connected).
        call_ended(Call): a call is gone.
        connection_changed(ConnectionChanged): connecting, connected, reconnecting, ...
        pauses_loaded(tuple[Pause, ...]): the vendor's list of pauses.
        relay_changed(RelayLink): the company relay's stream changed state.
    """

    status_changed = Signal(object)
    call_ringing = Signal(object)
    call_answered = Signal(object)
    call_ended = Signal(object)
    connection_changed = Signal(object)
    pauses_loaded = Signal(object)
    relay_changed = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.add_listener(self._on_event)

    def _on_event(self, event: SessionEvent) -> None:
        if isinstance(event, StatusChanged):
            self.status_changed.emit(event.status)
        elif isinstance(event, CallRinging):
            self.call_ringing.emit(event.call)
        elif isinstance(event, CallAnswered):
            self.call_answered.emit(event.call)
        elif isinstance(event, CallEnded):
            self.call_ended.emit(event.call)
        elif isinstance(event, ConnectionChanged):
            self.connection_changed.emit(event)
        elif isinstance(event, PausesLoaded):
            self.pauses_loaded.emit(event.pauses)
        elif isinstance(event, RelayChanged):
            self.relay_changed.emit(event.link)
