"""The desktop notification of each call, from ringing to its end.

With a notification server (:mod:`agentdesk.ui.desktop_notifications`): a ringing call is
an urgent notification offering Answer and Hang up (those the vendor offers); once answered
the same notification says so and offers Hang up; when the call ends it is withdrawn. The
agent's choice of an action answers or hangs up as the window's buttons do. A notification
the agent (or the server) closed stays closed for the rest of its call.

Without a server, a tray that shows messages gets one balloon when a call rings (a balloon
cannot be replaced or withdrawn, so it says no more); without either the caller card is the
notice. The Settings switch for notifications governs all of it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agentdesk.core import Call, Capability
from agentdesk.phone import for_humans
from agentdesk.session import Action, Session
from agentdesk.ui.text import fill

if TYPE_CHECKING:
    from agentdesk.ui.desktop_notifications import Notice, NotificationServer
    from agentdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

CATEGORY = "x-agentdesk.call"  # no standard category names calls; "x-vendor." is the rule


@dataclass
class _CallNotice:
    """One call's notification: what it should say now and what the server shows."""

    call_id: str
    wanted: Notice | None  # None: withdraw it
    shown: Notice | None = None
    notification_id: int = 0  # 0 until the server gives one
    in_flight: bool = False  # a Notify awaits its answer
    closed: bool = False  # the agent or the server closed it: leave it so


class CallNotifications(QObject):
    """Notifies ``window``'s agent of ``session``'s calls (see the module docstring).

    :meth:`ringing`, :meth:`answered` and :meth:`ended` take the session's call events.

    Signals: none.
    """

    def __init__(self, window: MainWindow, session: Session) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._server: NotificationServer | None = None
        self._calls: dict[str, _CallNotice] = {}

    def ringing(self, call: Call) -> None:
        window = self._window
        if not window.notify_calls:
            return
        server = self._usable_server()
        if server is not None:
            self._want(call.id, self._ringing_notice(call))
        elif window.notifier.uses_tray():
            window.notifier.notify(
                self.tr("Incoming call"), fill(self.tr("Incoming call: %1"), self._who(call))
            )

    def answered(self, call: Call) -> None:
        # Only a call that rang has a notification; an outbound call the agent placed needs none.
        entry = self._calls.get(call.id)
        if entry is not None:
            self._want(call.id, self._answered_notice(call) if self._window.notify_calls else None)

    def ended(self, call: Call) -> None:
        if call.id in self._calls:
            self._want(call.id, None)

    # -- what the notifications say --

    def _who(self, call: Call) -> str:
        number = for_humans(call.number, self._window.region) if call.number else ""
        return " ".join(part for part in (number, call.name) if part)

    def _ringing_notice(self, call: Call) -> Notice:
        from agentdesk.ui.desktop_notifications import Notice, Urgency

        lines = [self._who(call) or self.tr("Unknown number")]
        if call.queue:
            lines.append(fill(self.tr("Queue: %1"), call.queue))
        actions = [("default", self.tr("Show AgentDesk"))]
        if self._session.supports(Capability.ANSWER):
            actions.append(("answer", self.tr("Answer")))
        if self._session.supports(Capability.HANGUP):
            actions.append(("hangup", self.tr("Hang up")))
        return Notice(
            self.tr("Incoming call"),
            "\n".join(lines),
            tuple(actions),
            Urgency.CRITICAL,
            CATEGORY,
            expire_ms=0,  # rings until answered or gone: then it is replaced or withdrawn
        )

    def _answered_notice(self, call: Call) -> Notice:
        from agentdesk.ui.desktop_notifications import Notice, Urgency

        actions = [("default", self.tr("Show AgentDesk"))]
        if self._session.supports(Capability.HANGUP):
            actions.append(("hangup", self.tr("Hang up")))
        return Notice(
            self.tr("On a call"),
            self._who(call) or self.tr("Unknown number"),
            tuple(actions),
            Urgency.NORMAL,
            CATEGORY,
        )

    # -- keeping the server in step --

    def _usable_server(self) -> NotificationServer | None:
        server = self._window.notifier.server
        if server is not self._server:
            self._follow(server)
        return server if server is not None and server.available else None

    def _follow(self, server: NotificationServer | None) -> None:
        if self._server is not None:
            self._server.action_invoked.disconnect(self._on_action)
            self._server.closed.disconnect(self._on_closed)
            self._server.availability_changed.disconnect(self._on_availability)
        self._server = server
        self._calls.clear()
        if server is not None:
            server.action_invoked.connect(self._on_action)
            server.closed.connect(self._on_closed)
            server.availability_changed.connect(self._on_availability)

    def _want(self, call_id: str, notice: Notice | None) -> None:
        entry = self._calls.get(call_id)
        if entry is None:
            if notice is None:
                return
            entry = self._calls[call_id] = _CallNotice(call_id, notice)
        entry.wanted = notice
        self._sync(entry)

    def _sync(self, entry: _CallNotice) -> None:
        """Make the server show what ``entry`` wants; one Notify at a time per call, so that
        an answer that arrives late cannot undo a newer change."""
        server = self._server
        if entry.in_flight:
            return
        if server is None or not server.available:
            self._calls.pop(entry.call_id, None)  # its notification went with the server
            return
        if entry.wanted is None:
            if entry.notification_id and not entry.closed:
                server.withdraw(entry.notification_id)
            self._calls.pop(entry.call_id, None)
            return
        if entry.closed or entry.wanted == entry.shown:
            return
        notice = entry.wanted
        entry.in_flight = True

        def shown(notification_id: int | None) -> None:
            entry.in_flight = False
            if notification_id is None:
                self._calls.pop(entry.call_id, None)
                return
            # Shown now, even if the agent closed the one it replaced: withdraw it at the end.
            entry.notification_id, entry.shown, entry.closed = notification_id, notice, False
            log.debug("desktop notification %d: %s", notification_id, notice.summary)
            if self._calls.get(entry.call_id) is entry:
                self._sync(entry)

        server.show(notice, replaces=entry.notification_id, on_shown=shown)

    def _entry_for(self, notification_id: int) -> _CallNotice | None:
        return next((e for e in self._calls.values() if e.notification_id == notification_id), None)

    def _on_closed(self, notification_id: int, _reason: int) -> None:
        entry = self._entry_for(notification_id)
        if entry is not None:
            entry.closed = True
            entry.notification_id = 0

    def _on_availability(self, available: bool) -> None:
        if not available:
            self._calls.clear()  # the server's notifications went with it

    def _on_action(self, notification_id: int, key: str) -> None:
        entry = self._entry_for(notification_id)
        if entry is None:
            return
        window, session = self._window, self._session
        if key == "default":
            window.show_and_raise()
            return
        current = session.status.current_call
        if current is None or current.id != entry.call_id:
            log.info("notification action %s: its call is no longer the current one", key)
            return
        if key == "answer" and session.can(Action.ANSWER):
            window.agent_commands.request_answer()
        elif key == "hangup" and session.can(Action.HANGUP):
            window.agent_commands.request_hangup()
