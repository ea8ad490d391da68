"""What passes on the bus between AgentDesk and the notification server, as a third party
sees it: a monitoring connection (``BecomeMonitor``) read on a thread of its own, so that it
watches the Qt loop under test without being part of it. The thread touches no Qt object."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from jeepney import HeaderFields, Message, MessageType
from jeepney.bus_messages import MatchRule, Monitoring
from jeepney.io.threading import ReceiveStopped, open_dbus_connection

from agentdesk.ui.desktop_notifications import NOTIFICATIONS


@dataclass
class Seen:
    """A method call to the server, or a signal it sent."""

    member: str
    body: tuple[Any, ...]
    sender: str
    serial: int
    reply: tuple[Any, ...] | None = None  # a call's answer, once the server gave it


class NotificationsMonitor:
    def __init__(self, address: str) -> None:
        self._lock = threading.Lock()
        self._calls: list[Seen] = []
        self._signals: list[Seen] = []
        self._connection = open_dbus_connection(address)
        rules = [
            MatchRule(type="method_call", interface=NOTIFICATIONS).serialise(),
            MatchRule(type="signal", interface=NOTIFICATIONS).serialise(),
            MatchRule(type="method_return").serialise(),
        ]
        self._connection.send(Monitoring().BecomeMonitor(rules))
        while True:  # the bus may say NameLost for our own name first
            reply = self._connection.receive(timeout=5)
            assert reply.header.message_type is not MessageType.error, reply.body
            if reply.header.message_type is MessageType.method_return:
                break
        self._thread = threading.Thread(target=self._watch, name="bus-monitor", daemon=True)
        self._thread.start()

    def calls(self, member: str) -> list[Seen]:
        """The calls of ``member`` (``"Notify"``, ``"CloseNotification"``...), in order."""
        with self._lock:
            return [seen for seen in self._calls if seen.member == member]

    def signals(self, member: str) -> list[Seen]:
        with self._lock:
            return [seen for seen in self._signals if seen.member == member]

    def close(self) -> None:
        self._connection.interrupt()
        self._thread.join(timeout=10)
        self._connection.close()

    def _watch(self) -> None:
        while True:
            try:
                message = self._connection.receive()
            except (ReceiveStopped, OSError, ValueError):
                return
            with self._lock:
                self._record(message)

    def _record(self, message: Message) -> None:
        fields = message.header.fields
        kind = message.header.message_type
        if kind is MessageType.method_return:
            for seen in self._calls:
                if seen.serial == fields.get(
                    HeaderFields.reply_serial
                ) and seen.sender == fields.get(HeaderFields.destination):
                    seen.reply = message.body
            return
        seen = Seen(
            str(fields.get(HeaderFields.member)),
            message.body,
            str(fields.get(HeaderFields.sender)),
            message.header.serial,
        )
        (self._calls if kind is MessageType.method_call else self._signals).append(seen)
