"""A double of the desktop portal's GlobalShortcuts interface, on a private bus.

It is written with jeepney's threading API and serves from its own thread: QtDBus cannot
export BindShortcuts (its a(sa{sv}) argument is beyond PySide6's D-Bus marshalling, see
agentdesk/ui/dbus_link.py), and serving from another thread keeps the fake
independent of the Qt loop it is testing. The thread touches no Qt object.

Like xdg-desktop-portal it answers each call with a Request path built from the caller's
unique name and handle_token, then broadcasts Response on that path; a chord listed in
``held_elsewhere`` is granted without a key, as KDE does when another application holds it.
"""

from __future__ import annotations

import threading
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.threading import DBusRouter, ReceiveStopped, open_dbus_connection

PORTAL = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"


class FakeShortcutsPortal:
    def __init__(self, address: str, *, version: int = 1) -> None:
        self.version = version
        self.held_elsewhere: set[str] = set()  # preferred triggers another app holds
        self.response_code = 0  # 1: the agent cancelled the portal's dialog
        self.bind_calls: list[list[tuple[str, dict[str, Any]]]] = []
        self.closed_sessions: list[str] = []
        self.sessions: list[str] = []
        self._connection = open_dbus_connection(bus=address)
        with DBusRouter(self._connection) as router:
            router.send_and_get_reply(message_bus.RequestName(PORTAL))
        self._thread = threading.Thread(target=self._serve, name="fake-portal", daemon=True)
        self._thread.start()

    def press(self, shortcut_id: str, session: str | None = None) -> None:
        """The agent pressed the keys bound to ``shortcut_id`` (in the newest session)."""
        self._emit(
            PATH,
            SHORTCUTS,
            "Activated",
            "osta{sv}",
            (session or self.sessions[-1], shortcut_id, 0, {}),
        )

    def close(self) -> None:
        self._connection.close()
        self._thread.join(timeout=10)

    def _serve(self) -> None:
        while True:
            try:
                message = self._connection.receive()
            except (ReceiveStopped, OSError, ValueError):
                return
            if message.header.message_type is MessageType.method_call:
                try:
                    self._handle(message)
                except OSError:
                    return  # closed by the test's teardown while answering

    def _handle(self, call: Message) -> None:
        fields = call.header.fields
        interface, member = fields.get(HeaderFields.interface), fields.get(HeaderFields.member)
        if (interface, member) == ("org.freedesktop.DBus.Properties", "Get"):
            if call.body == (SHORTCUTS, "version") and self.version:
                self._connection.send(new_method_return(call, "v", (("u", self.version),)))
            else:
                self._connection.send(
                    new_error(call, "org.freedesktop.DBus.Error.UnknownInterface", "s", ("no",))
                )
        elif (interface, member) == (SHORTCUTS, "CreateSession"):
            (options,) = call.body
            session = self._object_path(call, "session", options["session_handle_token"][1])
            self.sessions.append(session)
            self._respond(call, options, {"session_handle": ("s", session)})
        elif (interface, member) == (SHORTCUTS, "BindShortcuts"):
            _session, shortcuts, _parent_window, options = call.body
            self.bind_calls.append(shortcuts)
            granted = [
                (
                    shortcut_id,
                    {
                        "description": properties["description"],
                        "trigger_description": (
                            "s",
                            ""
                            if properties["preferred_trigger"][1] in self.held_elsewhere
                            else f"Press {properties['preferred_trigger'][1]}",
                        ),
                    },
                )
                for shortcut_id, properties in shortcuts
            ]
            self._respond(call, options, {"shortcuts": ("a(sa{sv})", granted)})
        elif (interface, member) == ("org.freedesktop.portal.Session", "Close"):
            self.closed_sessions.append(fields[HeaderFields.path])
            self._connection.send(new_method_return(call))
        else:
            self._connection.send(
                new_error(call, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))
            )

    def _respond(self, call: Message, options: dict[str, Any], results: dict[str, Any]) -> None:
        request = self._object_path(call, "request", options["handle_token"][1])
        self._connection.send(new_method_return(call, "o", (request,)))
        code = self.response_code
        self._emit(
            request,
            "org.freedesktop.portal.Request",
            "Response",
            "ua{sv}",
            (code, results if code == 0 else {}),
        )

    @staticmethod
    def _object_path(call: Message, kind: str, token: str) -> str:
        sender = call.header.fields[HeaderFields.sender].removeprefix(":").replace(".", "_")
        return f"{PATH}/{kind}/{sender}/{token}"

    def _emit(
        self, path: str, interface: str, member: str, signature: str, body: tuple[Any, ...]
    ) -> None:
        self._connection.send(
            new_signal(DBusAddress(path, interface=interface), member, signature, body)
        )
