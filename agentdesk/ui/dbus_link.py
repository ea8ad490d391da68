"""A D-Bus connection (jeepney) whose replies and signals arrive through Qt's event loop.

Why not QtDBus: the portal's BindShortcuts takes an array of structs, ``a(sa{sv})``.
PySide6 cannot build one: QDBusArgument.beginArray wants the element's registered metatype,
and qDBusRegisterMetaType is not exposed to Python; writing a struct into any other array
aborts the process inside libdbus (checked with PySide6 6.11). jeepney is a pure-Python,
I/O-free D-Bus codec (already installed with keyring on Linux); this module feeds it from a
QSocketNotifier, so there is no thread and no second event loop.

Opening the connection and the first probe are synchronous and bounded (a local socket,
``SETUP_TIMEOUT_S``); everything after is asynchronous. :func:`open_link` opens the
connection on a worker thread instead, for links made while the app is already running.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from itertools import count
from typing import Any, Final

from jeepney import DBusAddress, HeaderFields, Message, MessageType, new_method_call
from jeepney.bus_messages import MatchRule, message_bus
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

SETUP_TIMEOUT_S: Final = 1.0

ReplyHandler = Callable[[Message], None]
SignalHandler = Callable[[Message], None]


class DBusLinkError(Exception):
    """The bus could not be reached, or a synchronous call failed; the message says how."""


class DBusLink(QObject):
    """One connection to a message bus, driven by Qt's loop.

    Signals:
        lost(): the bus closed the connection (the desktop session is ending, or the daemon
            died); nothing more will arrive.
    """

    lost = Signal()

    def __init__(self, address: str | Any, parent: QObject | None = None) -> None:
        """Connect and authenticate to the bus at ``address`` (a D-Bus address string), or
        take over a connection jeepney has opened already (see :func:`open_link`).

        Raises :class:`DBusLinkError` when the bus cannot be reached within
        ``SETUP_TIMEOUT_S``.
        """
        super().__init__(parent)
        self._connection: Any = _connect(address) if isinstance(address, str) else address
        self.unique_name: str = self._connection.unique_name
        self._serials = count(start=1_000_000)  # far from jeepney's own, used during setup
        self._replies: dict[int, ReplyHandler] = {}
        self._signal_handlers: list[SignalHandler] = []
        self._notifier: QSocketNotifier | None = None
        self._closed = False

    def call_now(self, message: Message) -> Message:
        """Send ``message`` and wait (at most ``SETUP_TIMEOUT_S``) for its reply; only before
        :meth:`start`. Raises :class:`DBusLinkError` on a timeout or an error reply."""
        assert self._notifier is None, "call_now is for setup, before start()"
        try:
            reply = self._connection.send_and_get_reply(message, timeout=SETUP_TIMEOUT_S)
        except (OSError, TimeoutError) as failure:
            raise DBusLinkError(f"no answer on the bus: {failure}") from failure
        if is_error(reply):
            raise DBusLinkError(error_text(reply))
        return reply

    def start(self) -> None:
        """From now on, replies and signals arrive through Qt's loop."""
        self._notifier = QSocketNotifier(
            self._connection.sock.fileno(), QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._read)
        # A blocking call may have read past its own reply.
        self._dispatch_buffered()

    def call(self, message: Message, on_reply: ReplyHandler) -> None:
        """Send a method call; ``on_reply`` gets its return or error message later."""
        serial = next(self._serials)
        self._replies[serial] = on_reply
        self.send(message, serial)

    def send(self, message: Message, serial: int | None = None) -> None:
        """Send without waiting for (or caring about) an answer."""
        if self._closed:
            return
        try:
            self._connection.send(message, serial=serial or next(self._serials))
        except OSError as failure:
            log.warning("the bus connection failed: %s", failure)
            self._lose()

    def add_match(self, rule: MatchRule) -> None:
        """Ask the bus for signals matching ``rule``. The bus handles our messages in order,
        so the rule applies to the answers of every call sent after this one."""
        self.send(message_bus.AddMatch(rule))

    def add_signal_matches(self, sender: str, interface: str, path: str, *members: str) -> None:
        """Ask for the signals ``members`` of ``interface`` that ``sender`` sends at ``path``."""
        for member in members:
            self.add_match(
                MatchRule(
                    type="signal", sender=sender, interface=interface, member=member, path=path
                )
            )

    def remove_match(self, rule: MatchRule) -> None:
        self.send(message_bus.RemoveMatch(rule))

    def on_signal(self, handler: SignalHandler) -> None:
        """Pass every signal that arrives (the match rules decide which) to ``handler``."""
        self._signal_handlers.append(handler)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self._replies.clear()
        self._connection.close()

    def _read(self) -> None:
        if self._closed:
            return
        try:
            data = self._connection.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as failure:
            log.warning("reading the bus failed: %s", failure)
            data = b""
        if not data:
            self._lose()
            return
        try:
            self._connection.parser.add_data(data)
            self._dispatch_buffered()
        except ValueError as garbage:  # jeepney's word for a message it cannot parse
            log.warning("unreadable message on the bus: %s", garbage)
            self._lose()

    def _dispatch_buffered(self) -> None:
        while not self._closed:
            message = self._connection.parser.get_next_message()
            if message is None:
                return
            self._dispatch(message)

    def _dispatch(self, message: Message) -> None:
        kind = message.header.message_type
        if kind in (MessageType.method_return, MessageType.error):
            handler = self._replies.pop(message.header.fields.get(HeaderFields.reply_serial), None)
            if handler is not None:
                handler(message)
        elif kind is MessageType.signal:
            for signal_handler in list(self._signal_handlers):
                signal_handler(message)

    def _lose(self) -> None:
        if self._closed:
            return
        log.warning("the bus connection closed")
        self.close()
        self.lost.emit()


def _connect(address: str) -> Any:
    try:
        return open_dbus_connection(address, auth_timeout=SETUP_TIMEOUT_S)
    except (OSError, TimeoutError, RuntimeError, ValueError, StopIteration) as failure:
        raise DBusLinkError(f"cannot connect to the bus: {failure}") from failure


async def open_link(address: str, parent: QObject | None = None) -> DBusLink:
    """A link to the bus at ``address``, connected on a worker thread so that the Qt loop
    never waits for the bus (jeepney's Hello has no timeout of its own).

    Raises :class:`DBusLinkError` as :class:`DBusLink` does. Cancelled while connecting, the
    connection is closed once the thread has it."""
    opening = asyncio.get_running_loop().run_in_executor(None, _connect, address)
    try:
        connection = await asyncio.shield(opening)
    except asyncio.CancelledError:
        opening.add_done_callback(_close_unwanted)
        raise
    return DBusLink(connection, parent)


def _close_unwanted(opening: asyncio.Future[Any]) -> None:
    if not opening.cancelled() and opening.exception() is None:
        with contextlib.suppress(OSError):
            opening.result().close()


def _first_text(message: Message) -> str:
    body = message.body
    return str(body[0]) if body and isinstance(body[0], str) else ""


def is_error(message: Message) -> bool:
    return bool(message.header.message_type is MessageType.error)


def error_text(message: Message) -> str:
    """``"org.freedesktop.DBus.Error.X: what the service said"`` for an error reply."""
    name = message.header.fields.get(HeaderFields.error_name, "error")
    return f"{name}: {_first_text(message)}"


def method_call(
    bus_name: str, path: str, interface: str, method: str, signature: str, body: tuple[Any, ...]
) -> Message:
    """A method call message (jeepney's, with our argument order)."""
    address = DBusAddress(path, bus_name=bus_name, interface=interface)
    return new_method_call(address, method, signature or None, body)
