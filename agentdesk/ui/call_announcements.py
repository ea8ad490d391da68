"""What the agent's screen reader is told without the agent asking: a call ringing, and the
changes the agent did not make (the caller hung up, the connection was lost or came back, the
call centre paused or signed them out).

Changes the agent made themselves (a pause they chose, a call they hung up) are not announced:
the screen reader already read the control they used. The session knows what the agent last
asked for (:meth:`~agentdesk.session.Session.asked_at`); a change is theirs when it follows
such a request within :data:`OWN_CHANGE_WINDOW_S`, and each request explains one change only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject

from agentdesk.core import (
    AgentState,
    AgentStatus,
    Call,
    CallDirection,
    CallPhase,
    ConnectionChanged,
    ConnectionState,
)
from agentdesk.phone import for_humans
from agentdesk.session import Action, Session
from agentdesk.ui.bridge import SessionBridge
from agentdesk.ui.screen_reader import Announcer
from agentdesk.ui.state_style import pause_title
from agentdesk.ui.text import fill

# How long after asking for something a matching change still counts as the agent's own.
OWN_CHANGE_WINDOW_S: Final = 30.0

# States after which the connection counts as lost (STOPPED is AgentDesk quitting).
_LOST = {ConnectionState.RECONNECTING, ConnectionState.AUTH_FAILED, ConnectionState.FAILED}


class CallAnnouncements(QObject):
    """Follows ``bridge`` and tells ``announcer`` what the agent should hear: ringing calls
    assertively (they interrupt), everything else politely. ``source()`` names the widget the
    announcement comes from (the caller card's window while it shows, else the main window).

    Signals: none; it speaks through the announcer.
    """

    def __init__(
        self,
        session: Session,
        bridge: SessionBridge,
        announcer: Announcer,
        *,
        source: Callable[[], QObject],
        region: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._announcer = announcer
        self._source = source
        self._region = region
        self._status: AgentStatus | None = None  # the vendor's last word, once connected
        self._explained: dict[Action, float] = {}  # requests already matched to a change
        self._rang: set[str] = set()  # calls announced as ringing (a vendor may repeat)
        self._ended: set[str] = set()  # calls announced as ended (status and event both say)
        self._was_connected = False
        self._lost = False
        bridge.call_ringing.connect(self._on_ringing)
        bridge.call_ended.connect(self._on_ended)
        bridge.connection_changed.connect(self._on_connection)
        bridge.status_changed.connect(self._on_status)

    # -- calls --

    def _on_ringing(self, call: Call) -> None:
        if call.direction is not CallDirection.INBOUND or call.id in self._rang:
            return  # an outbound call rings because the agent dialled it
        self._rang.add(call.id)
        if call.queue:
            text = fill(self.tr("Incoming call from %1, queue %2"), self._who(call), call.queue)
        else:
            text = fill(self.tr("Incoming call from %1"), self._who(call))
        self._say(text, assertive=True)

    def _on_ended(self, call: Call) -> None:
        if call.id in self._ended:
            return
        self._ended.add(call.id)
        self._rang.discard(call.id)
        if self._agent_did(Action.HANGUP):
            return
        if call.phase is CallPhase.RINGING and call.direction is CallDirection.INBOUND:
            text = self.tr("The call from %1 stopped ringing.")
        else:
            text = self.tr("The call with %1 has ended.")
        self._say(fill(text, self._who(call)))

    def _who(self, call: Call) -> str:
        number = for_humans(call.number, self._region()) if call.number else ""
        if call.name and number:
            return fill(self.tr("%1, %2"), call.name, number)
        return call.name or number or self.tr("an unknown number")

    # -- the connection --

    def _on_connection(self, change: ConnectionChanged) -> None:
        vendor = self._session.vendor_name
        if change.state is ConnectionState.CONNECTED:
            if self._lost:
                self._say(fill(self.tr("Connected to %1 again."), vendor))
            self._was_connected, self._lost = True, False
        elif change.state in _LOST and self._was_connected and not self._lost:
            self._lost = True
            if change.state is ConnectionState.RECONNECTING:
                text = self.tr("The connection to %1 is lost; reconnecting.")
            else:
                text = self.tr("The connection to %1 is lost.")
            self._say(fill(text, vendor))

    # -- the agent's state --

    def _on_status(self, status: AgentStatus) -> None:
        previous, self._status = self._status, status
        if previous is None:
            return  # the first word after start-up: nothing changed under the agent yet
        text = self._change_text(previous, status)
        if text:
            self._say(text)

    def _change_text(self, before: AgentStatus, after: AgentStatus) -> str:
        state = after.state
        if state is AgentState.PAUSED and after.pause != before.pause:
            pause = after.pause
            if (pause is not None and pause.is_wrap_up) or self._agent_did(Action.PAUSE):
                return ""
            if pause is None:
                return self.tr("You were put on pause.")
            return fill(self.tr("You were put on pause: %1."), pause_title(pause))
        if state is AgentState.READY and before.state is AgentState.PAUSED:
            return "" if self._agent_did(Action.READY) else self.tr("You are ready for calls.")
        if state is AgentState.OFFLINE and before.state is not AgentState.OFFLINE:
            return fill(self.tr("You were signed out of %1."), self._session.vendor_name)
        return ""

    def _agent_did(self, action: Action) -> bool:
        """The agent asked for ``action`` lately, and no other change was put down to it."""
        asked = self._session.asked_at(action)
        if asked is None or self._explained.get(action) == asked:
            return False
        if time.monotonic() - asked > OWN_CHANGE_WINDOW_S:
            return False
        self._explained[action] = asked
        return True

    def _say(self, text: str, *, assertive: bool = False) -> None:
        self._announcer.announce(self._source(), text, assertive=assertive)
