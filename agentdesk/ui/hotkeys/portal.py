"""Global shortcuts through the XDG desktop portal (org.freedesktop.portal.GlobalShortcuts):
the one way on Wayland, where no client may grab keys, and inside Flatpak.

The portal owns the keys: we propose a trigger for each action, the desktop may ask the agent,
and answers which actions it bound to which keys. Every call answers through a Request object
whose Response signal we subscribe to before calling (its path is predictable from our
unique name and the handle_token), as the portal documentation asks.

Binding again closes the old session and opens a new one: not every portal lets a session
rebind, and a fresh session is what "replace all bindings" means anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from itertools import count
from typing import Any, Final

from jeepney import HeaderFields, Message
from jeepney.bus_messages import MatchRule
from PySide6.QtCore import QObject

from agentdesk.ui.dbus_link import DBusLink, error_text, is_error, method_call
from agentdesk.ui.hotkeys.actions import ACTION_LABELS
from agentdesk.ui.hotkeys.global_shortcuts import GlobalShortcuts
from agentdesk.ui.hotkeys.key_chords import UnsupportedChordError, parse_chord, portal_trigger

log = logging.getLogger(__name__)

PORTAL_BUS_NAME: Final = "org.freedesktop.portal.Desktop"
PORTAL_PATH: Final = "/org/freedesktop/portal/desktop"
SHORTCUTS_INTERFACE: Final = "org.freedesktop.portal.GlobalShortcuts"
REQUEST_INTERFACE: Final = "org.freedesktop.portal.Request"
SESSION_INTERFACE: Final = "org.freedesktop.portal.Session"
PROPERTIES_INTERFACE: Final = "org.freedesktop.DBus.Properties"

# Request.Response codes.
SUCCESS: Final = 0
CANCELLED: Final = 1

ResponseHandler = Callable[[int, dict[str, Any], str], None]


def portal_version(link: DBusLink) -> int:
    """The GlobalShortcuts interface version the portal on ``link`` offers (0: none).

    Blocking, bounded by the link's setup timeout; raises ``DBusLinkError`` when there is no
    portal at all."""
    reply = link.call_now(
        method_call(
            PORTAL_BUS_NAME,
            PORTAL_PATH,
            PROPERTIES_INTERFACE,
            "Get",
            "ss",
            (SHORTCUTS_INTERFACE, "version"),
        )
    )
    _signature, version = reply.body[0]
    return int(version)


def portal_owner(link: DBusLink) -> str:
    """The unique bus name of the process serving the portal now (blocking, bounded)."""
    reply = link.call_now(
        method_call(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "GetNameOwner",
            "s",
            (PORTAL_BUS_NAME,),
        )
    )
    return str(reply.body[0])


class PortalShortcuts(GlobalShortcuts):
    """Global shortcuts the desktop portal grants (see the module docstring).

    Takes ownership of ``link``, whose setup calls must be finished.
    """

    mechanism = "portal"

    def __init__(self, link: DBusLink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._link = link
        link.setParent(self)
        # Signals can be sent to us directly, past any match rule: only the portal's own
        # connection may answer requests or press keys.
        self._portal = portal_owner(link)
        self._sender = link.unique_name.removeprefix(":").replace(".", "_")
        self._tokens = count(1)
        self._requests: dict[str, tuple[MatchRule, ResponseHandler]] = {}
        self._session: str | None = None
        self._requested: dict[str, str] = {}
        # Each bind() starts a generation; answers that arrive for an older one are dropped.
        self._generation = 0
        link.on_signal(self._on_signal)
        link.lost.connect(self._on_lost)
        link.add_signal_matches(
            PORTAL_BUS_NAME, SHORTCUTS_INTERFACE, PORTAL_PATH, "Activated", "ShortcutsChanged"
        )
        link.start()

    def bind(self, shortcuts: Mapping[str, str]) -> None:
        self._generation += 1
        self._requested = dict(shortcuts)
        self._close_session()
        taken: dict[str, str] = {}
        wanted: dict[str, tuple[str, str]] = {}  # action -> (portable text, trigger)
        triggers: dict[str, str] = {}
        for action, text in shortcuts.items():
            try:
                chord = parse_chord(text)
            except UnsupportedChordError as refused:
                taken[action] = str(refused)
                continue
            if chord is None:
                continue
            trigger = portal_trigger(chord)
            if trigger in triggers:
                taken[action] = f"{text} is already the shortcut for {triggers[trigger]}"
                continue
            triggers[trigger] = action
            wanted[action] = (text, trigger)
        if not wanted:
            self._settle({}, taken)
            return
        self._create_session(self._generation, wanted, taken)

    def close(self) -> None:
        self._generation += 1
        self._close_session()
        self._link.close()

    def _create_session(
        self, generation: int, wanted: dict[str, tuple[str, str]], taken: dict[str, str]
    ) -> None:
        def created(code: int, results: dict[str, Any], failure: str) -> None:
            session = _variant_text(results.get("session_handle"))
            if generation != self._generation:
                if session:
                    self._send_close(session)
                return
            if code != SUCCESS or not session:
                self._refuse_all(wanted, taken, code, failure or "no session handle")
                return
            self._session = session
            self._bind_shortcuts(generation, session, wanted, taken)

        options = {"session_handle_token": ("s", self._token())}
        self._request("CreateSession", "a{sv}", (), options, created)

    def _bind_shortcuts(
        self,
        generation: int,
        session: str,
        wanted: dict[str, tuple[str, str]],
        taken: dict[str, str],
    ) -> None:
        def answered(code: int, results: dict[str, Any], failure: str) -> None:
            if generation != self._generation:
                return
            if code != SUCCESS:
                self._refuse_all(wanted, taken, code, failure)
                return
            granted = _shortcut_list(results.get("shortcuts"))
            bound: dict[str, str] = {}
            for action, (text, _trigger) in wanted.items():
                if action not in granted:
                    taken[action] = f"The desktop did not grant {text}"
                    continue
                described = _variant_text(granted[action].get("trigger_description"))
                if described:
                    bound[action] = described
                else:
                    taken[action] = (
                        f"The desktop assigned no key (another application may use {text})"
                    )
            self._settle(bound, taken)

        shortcuts = [
            (
                action,
                {
                    "description": ("s", ACTION_LABELS.get(action, action)),
                    "preferred_trigger": ("s", trigger),
                },
            )
            for action, (_text, trigger) in wanted.items()
        ]
        self._request("BindShortcuts", "oa(sa{sv})sa{sv}", (session, shortcuts, ""), {}, answered)

    def _refuse_all(
        self, wanted: dict[str, tuple[str, str]], taken: dict[str, str], code: int, failure: str
    ) -> None:
        if code == CANCELLED:
            reason = "Not allowed in the desktop's shortcut dialog"
        else:
            reason = "The desktop portal refused the shortcuts"
            log.warning("the desktop portal refused the shortcuts: %s", failure or code)
        for action in wanted:
            taken[action] = reason
        self._settle({}, taken)

    def _request(
        self,
        method: str,
        signature: str,
        arguments: tuple[Any, ...],
        options: dict[str, tuple[str, Any]],
        on_response: ResponseHandler,
    ) -> None:
        token = self._token()
        path = f"{PORTAL_PATH}/request/{self._sender}/{token}"
        self._expect_response(path, on_response)
        message = method_call(
            PORTAL_BUS_NAME,
            PORTAL_PATH,
            SHORTCUTS_INTERFACE,
            method,
            signature,
            (*arguments, {**options, "handle_token": ("s", token)}),
        )
        self._link.call(message, lambda reply: self._request_sent(path, reply))

    def _expect_response(self, path: str, on_response: ResponseHandler) -> None:
        rule = MatchRule(
            type="signal",
            sender=PORTAL_BUS_NAME,
            interface=REQUEST_INTERFACE,
            member="Response",
            path=path,
        )
        self._link.add_match(rule)
        self._requests[path] = (rule, on_response)

    def _request_sent(self, path: str, reply: Message) -> None:
        if is_error(reply):
            pending = self._forget_request(path)
            if pending is not None:
                pending(-1, {}, error_text(reply))
            return
        handle = str(reply.body[0])
        if handle != path:
            # Portals older than 0.9 choose the request path themselves.
            pending = self._forget_request(path)
            if pending is not None:
                self._expect_response(handle, pending)

    def _forget_request(self, path: str) -> ResponseHandler | None:
        entry = self._requests.pop(path, None)
        if entry is None:
            return None
        rule, handler = entry
        self._link.remove_match(rule)
        return handler

    def _on_signal(self, message: Message) -> None:
        fields = message.header.fields
        if fields.get(HeaderFields.sender) != self._portal:
            return
        interface, member = fields.get(HeaderFields.interface), fields.get(HeaderFields.member)
        if interface == REQUEST_INTERFACE and member == "Response":
            handler = self._forget_request(fields.get(HeaderFields.path))
            if handler is not None:
                code, results = message.body
                handler(int(code), dict(results), "")
        elif interface == SHORTCUTS_INTERFACE and message.body[:1] == (self._session,):
            if member == "Activated":
                action = str(message.body[1])
                if action in self._bound:
                    self.activated.emit(action)
            elif member == "ShortcutsChanged":
                self._shortcuts_changed(_shortcut_list(("a(sa{sv})", message.body[1])))

    def _shortcuts_changed(self, granted: dict[str, dict[str, Any]]) -> None:
        # The agent changed our keys in the desktop's settings.
        bound = {}
        taken = {action: reason for action, reason in self._taken.items() if action not in granted}
        for action, properties in granted.items():
            described = _variant_text(properties.get("trigger_description"))
            if described:
                bound[action] = described
            else:
                taken[action] = "No key is assigned in the desktop's settings"
        self._settle(bound, taken)

    def _on_lost(self) -> None:
        self._session = None
        self._requests.clear()
        reason = "The desktop portal went away"
        self._settle({}, {action: reason for action, text in self._requested.items() if text})

    def _close_session(self) -> None:
        if self._session is not None:
            self._send_close(self._session)
            self._session = None
        self._bound = {}

    def _send_close(self, session: str) -> None:
        self._link.send(method_call(PORTAL_BUS_NAME, session, SESSION_INTERFACE, "Close", "", ()))

    def _token(self) -> str:
        return f"agentdesk{next(self._tokens)}"


def _variant_text(value: Any) -> str:
    """The text inside an ``s`` or ``o`` variant as jeepney gives it (``("s", "...")``)."""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], str):
        return value[1]
    return ""


def _shortcut_list(value: Any) -> dict[str, dict[str, Any]]:
    """``a(sa{sv})`` in a variant -> shortcut id -> its properties."""
    if not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], list)):
        return {}
    return {str(shortcut_id): dict(properties) for shortcut_id, properties in value[1]}
