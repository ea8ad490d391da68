"""Sleep and resume as systemd-logind announces them: ``PrepareForSleep`` on the system bus.

``PrepareForSleep(true)`` comes just before the machine sleeps, ``PrepareForSleep(false)``
right after it wakes. Where there is no system bus or no logind (macOS, Windows, a
container), :func:`watch_logind` gives None and the wall-clock check in
:mod:`agentdesk.ui.wake_watch` notices sleeps on its own, a few seconds later.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Final

from jeepney import HeaderFields, Message
from jeepney.bus_messages import MatchRule
from PySide6.QtCore import QObject, Signal

from agentdesk.ui.dbus_link import DBusLink, DBusLinkError

log = logging.getLogger(__name__)

LOGIND: Final = "org.freedesktop.login1"
MANAGER: Final = "org.freedesktop.login1.Manager"
LOGIND_PATH: Final = "/org/freedesktop/login1"
SYSTEM_BUS: Final = "unix:path=/run/dbus/system_bus_socket"
RULE: Final = MatchRule(
    type="signal", sender=LOGIND, interface=MANAGER, member="PrepareForSleep", path=LOGIND_PATH
)


class LogindSleep(QObject):
    """Signals:
    sleeping(): the machine is about to sleep.
    resumed(): the machine has just woken up.
    """

    sleeping = Signal()
    resumed = Signal()

    def __init__(self, link: DBusLink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.link = link
        link.setParent(self)
        link.on_signal(self._on_signal)
        link.add_match(RULE)
        link.start()

    def close(self) -> None:
        self.link.close()

    def _on_signal(self, message: Message) -> None:
        # The bus matched the sender by its well-known name; the message carries logind's
        # unique name, so only the rest of the rule can be checked here.
        fields = message.header.fields
        if (
            fields.get(HeaderFields.interface) != MANAGER
            or fields.get(HeaderFields.member) != "PrepareForSleep"
            or not message.body
        ):
            return
        if message.body[0]:
            log.info("the machine is going to sleep")
            self.sleeping.emit()
        else:
            log.info("the machine woke up")
            self.resumed.emit()


def watch_logind(
    parent: QObject | None = None, *, address: str | None = None
) -> LogindSleep | None:
    """Listen to logind on the system bus (``address``, default ``$DBUS_SYSTEM_BUS_ADDRESS`` or
    the standard socket); None where there is none to listen to."""
    if address is None:
        if not sys.platform.startswith("linux"):
            return None
        address = os.environ.get("DBUS_SYSTEM_BUS_ADDRESS", SYSTEM_BUS)
    try:
        link = DBusLink(address)
    except DBusLinkError as failure:
        log.info("no sleep notices from logind: %s", failure)
        return None
    return LogindSleep(link, parent)
