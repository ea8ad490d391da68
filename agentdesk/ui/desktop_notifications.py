"""Desktop notifications through ``org.freedesktop.Notifications`` on the session bus.

Why not ``QSystemTrayIcon.showMessage``: it needs a tray. Stock GNOME has a notification
server but no tray, so nothing showed there; and with an XEmbed tray Qt draws a balloon of
its own instead of asking the desktop's server. Speaking to the server directly also gives
what a balloon cannot: actions (Answer, Hang up), replacing a notification as the call
changes, and withdrawing it when the call is over.

The server is found by calling ``GetCapabilities``, which also starts one the bus can
activate (as libnotify does). Its name is watched afterwards: a server that quits takes its
notifications with it (:attr:`NotificationServer.available` turns false, the app falls back
to the tray), and one that appears later (a desktop still starting up, a restarted shell)
is probed and used from then on.

Everything here is asynchronous: replies and signals arrive through Qt's loop
(:class:`~agentdesk.ui.dbus_link.DBusLink`), the connection is opened on a worker thread.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Final

from jeepney import HeaderFields, Message
from jeepney.bus_messages import MatchRule
from PySide6.QtCore import QObject, QTimer, Signal

from agentdesk.ui.dbus_link import DBusLink, DBusLinkError, error_text, is_error, method_call
from agentdesk.ui.dbus_link import open_link as open_bus_link

log = logging.getLogger(__name__)

NOTIFICATIONS: Final = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH: Final = "/org/freedesktop/Notifications"
MESSAGE_BUS: Final = "org.freedesktop.DBus"
APP_NAME: Final = "AgentDesk"
DESKTOP_ENTRY: Final = "agentdesk"  # packaging/linux/agentdesk.desktop, for the server's icon
PROBE_TIMEOUT_MS: Final = 5_000
"""A server that has not answered GetCapabilities by then counts as absent (until it does)."""


class Urgency(IntEnum):
    LOW = 0
    NORMAL = 1
    CRITICAL = 2


class CloseReason(IntEnum):
    """Why the server closed a notification (the specification's numbers)."""

    EXPIRED = 1
    DISMISSED = 2
    WITHDRAWN = 3  # by CloseNotification
    UNDEFINED = 4


@dataclass(frozen=True)
class Notice:
    """What one notification says and offers."""

    summary: str
    body: str = ""
    actions: tuple[tuple[str, str], ...] = ()
    """(key, label) pairs; the key ``"default"`` is what clicking the notification does."""
    urgency: Urgency = Urgency.NORMAL
    category: str = ""
    expire_ms: int = -1
    """-1: as long as the server likes; 0: until withdrawn."""


ShownHandler = Callable[[int | None], None]


class NotificationServer(QObject):
    """The desktop's notification server, as far as AgentDesk uses it.

    Takes ownership of ``link``, which must not be started yet.

    Signals:
        availability_changed(bool): a server answered (True), or it went away or the bus
            closed (False); notifications shown before are gone either way.
        action_invoked(int, str): the agent chose the action with this key on the
            notification with this id (only ids AgentDesk was given).
        closed(int, int): the notification with this id was closed, for a
            :class:`CloseReason` (only ids AgentDesk was given).
    """

    availability_changed = Signal(bool)
    action_invoked = Signal(int, str)
    closed = Signal(int, int)

    def __init__(
        self, link: DBusLink, *, app_icon: str = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._link = link
        link.setParent(self)
        self._app_icon = app_icon
        self.available = False
        self.probing = False
        """A GetCapabilities awaits its answer (until then: not available)."""
        self.capabilities: frozenset[str] = frozenset()
        self.unique_name: str = link.unique_name
        """AgentDesk's own name on the bus."""
        self._owner = ""  # the unique name of the server that answered
        self._probe = 0  # each probe's number; answers to an older one are dropped
        self._shown: set[int] = set()  # our ids the server has not closed yet
        self._closing = False
        link.on_signal(self._on_signal)
        link.lost.connect(self._on_lost)
        link.add_signal_matches(
            NOTIFICATIONS, NOTIFICATIONS, NOTIFICATIONS_PATH, "ActionInvoked", "NotificationClosed"
        )
        owner_rule = MatchRule(
            type="signal",
            sender=MESSAGE_BUS,
            interface=MESSAGE_BUS,
            member="NameOwnerChanged",
            path="/org/freedesktop/DBus",
        )
        owner_rule.add_arg_condition(0, NOTIFICATIONS)
        link.add_match(owner_rule)
        link.start()
        self.probe()

    def supports(self, capability: str) -> bool:
        """Whether the server advertised ``capability`` (``"actions"``, ``"body-markup"``...)."""
        return capability in self.capabilities

    def probe(self) -> None:
        """Ask the bus for the server's capabilities (starting one the bus can activate)."""
        self._probe += 1
        self.probing = True
        probe = self._probe
        message = method_call(
            NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, "GetCapabilities", "", ()
        )
        self._link.call(message, lambda reply: self._probed(probe, reply))
        QTimer.singleShot(PROBE_TIMEOUT_MS, self, lambda: self._probe_timed_out(probe))

    def show(
        self, notice: Notice, *, replaces: int = 0, on_shown: ShownHandler | None = None
    ) -> None:
        """Show ``notice`` (replacing the notification ``replaces`` if it is still shown);
        ``on_shown`` gets its id later, or None when the server refused it."""
        actions = notice.actions if self.supports("actions") else ()
        body = (
            html.escape(notice.body, quote=False) if self.supports("body-markup") else notice.body
        )
        hints: dict[str, tuple[str, Any]] = {
            "urgency": ("y", int(notice.urgency)),
            "desktop-entry": ("s", DESKTOP_ENTRY),
        }
        if notice.category:
            hints["category"] = ("s", notice.category)
        message = method_call(
            NOTIFICATIONS,
            NOTIFICATIONS_PATH,
            NOTIFICATIONS,
            "Notify",
            "susssasa{sv}i",
            (
                APP_NAME,
                replaces,
                self._app_icon,
                notice.summary,
                body,
                [text for action in actions for text in action],
                hints,
                notice.expire_ms,
            ),
        )
        self._link.call(message, lambda reply: self._shown_as(reply, on_shown))

    def withdraw(self, notification_id: int) -> None:
        """Close the notification ``notification_id`` (the server then says ``closed``)."""
        self._link.send(
            method_call(
                NOTIFICATIONS,
                NOTIFICATIONS_PATH,
                NOTIFICATIONS,
                "CloseNotification",
                "u",
                (notification_id,),
            )
        )

    def close(self) -> None:
        """Withdraw every notification still shown (none may outlive the app) and hang up."""
        if self._closing:
            return
        self._closing = True
        if self.available:
            for notification_id in sorted(self._shown):
                self.withdraw(notification_id)
        self._shown.clear()
        self._link.close()

    # -- answers --

    def _probed(self, probe: int, reply: Message) -> None:
        if probe != self._probe or self._closing:
            return
        self.probing = False
        if is_error(reply):
            log.info("desktop notifications: no notification server (%s)", error_text(reply))
            self._set_available(False)
            return
        self._owner = str(reply.header.fields.get(HeaderFields.sender, ""))
        self.capabilities = frozenset(str(name) for name in reply.body[0])
        self._ask_server_information()
        self._set_available(True)

    def _probe_timed_out(self, probe: int) -> None:
        if probe == self._probe and self.probing and not self._closing:
            self.probing = False  # absent for now; an answer that comes late still counts
            log.info("desktop notifications: the notification server does not answer")

    def _ask_server_information(self) -> None:
        """Which server it is, for the log (a report from a desktop starts there)."""

        def answered(reply: Message) -> None:
            if is_error(reply) or len(reply.body) < 3:
                return
            name, vendor, version = (str(part) for part in reply.body[:3])
            log.info(
                "desktop notifications: %s %s (%s), capabilities %s",
                name,
                version,
                vendor,
                ", ".join(sorted(self.capabilities)),
            )

        self._link.call(
            method_call(
                NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, "GetServerInformation", "", ()
            ),
            answered,
        )

    def _shown_as(self, reply: Message, on_shown: ShownHandler | None) -> None:
        if is_error(reply):
            log.warning("the notification server refused a notification: %s", error_text(reply))
            if on_shown is not None:
                on_shown(None)
            return
        notification_id = int(reply.body[0])
        if self._closing:
            self.withdraw(notification_id)
            return
        self._shown.add(notification_id)
        if on_shown is not None:
            on_shown(notification_id)

    def _on_signal(self, message: Message) -> None:
        fields = message.header.fields
        member = fields.get(HeaderFields.member)
        if fields.get(HeaderFields.interface) == MESSAGE_BUS:
            if member == "NameOwnerChanged" and fields.get(HeaderFields.sender) == MESSAGE_BUS:
                name, _old, new = message.body
                if name == NOTIFICATIONS:
                    self._owner_changed(str(new))
            return
        # Signals may be sent to us directly, past any match rule: only the server's own
        # connection speaks for its notifications, and only of ids it gave us.
        if fields.get(HeaderFields.sender) != self._owner or not self._owner:
            return
        if member == "ActionInvoked" and len(message.body) >= 2:
            notification_id, key = int(message.body[0]), str(message.body[1])
            if notification_id in self._shown:
                self.action_invoked.emit(notification_id, key)
        elif member == "NotificationClosed" and len(message.body) >= 2:
            notification_id, reason = int(message.body[0]), int(message.body[1])
            if notification_id in self._shown:
                self._shown.discard(notification_id)
                self.closed.emit(notification_id, reason)

    def _owner_changed(self, new_owner: str) -> None:
        if new_owner == self._owner:
            return
        if self.available:
            log.info("desktop notifications: the notification server went away")
        self._owner = ""
        self._set_available(False)
        if new_owner:
            self.probe()  # another server took the name; learn what it can do

    def _on_lost(self) -> None:
        self._probe += 1
        self.probing = False
        self._owner = ""
        self._set_available(False)

    def _set_available(self, available: bool) -> None:
        if not available:
            self._shown.clear()
            self.capabilities = frozenset()
        if available != self.available:
            self.available = available
            self.availability_changed.emit(available)


async def connect_notification_server(
    address: str | None = None, *, app_icon: str = "", parent: QObject | None = None
) -> NotificationServer | None:
    """The notification server on the session bus at ``address`` (default
    ``$DBUS_SESSION_BUS_ADDRESS``), probed in the background: ``available`` turns true when
    it answers. None when there is no session bus to ask."""
    address = address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    if not address:
        log.info("desktop notifications: no session bus")
        return None
    try:
        link = await open_bus_link(address)
    except DBusLinkError as failure:
        log.info("desktop notifications: %s", failure)
        return None
    return NotificationServer(link, app_icon=app_icon, parent=parent)
