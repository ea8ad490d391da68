"""The real AT-SPI stack on a private session bus, and a listener that hears what a screen
reader would: Debian's at-spi-bus-launcher starts the accessibility bus (its own dbus-daemon)
and the registry on it, as a desktop session does; the listener registers for events with the
registry, as Orca does, so that Qt's bridge sends them at all."""

from __future__ import annotations

import os
import subprocess
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jeepney import DBusAddress, MatchRule, Message, MessageType, Properties, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from tests.processes import stop_process
from tests.ui.hotkeys.private_bus import private_session_bus

LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
START_TIMEOUT_S = 20
A11Y_BUS = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
REGISTRY = DBusAddress(
    "/org/a11y/atspi/registry",
    bus_name="org.a11y.atspi.Registry",
    interface="org.a11y.atspi.Registry",
)
EVENT_OBJECT = "org.a11y.atspi.Event.Object"

# AT-SPI's numbers (atspi-constants.h).
ROLE_NOTIFICATION = 101
LIVE_POLITE = 1
LIVE_ASSERTIVE = 2


@dataclass(frozen=True)
class AccessibilityBus:
    session_address: str  # the private session bus (DBUS_SESSION_BUS_ADDRESS for the app)
    address: str  # the accessibility bus on which applications and screen readers meet
    runtime_dir: Path  # XDG_RUNTIME_DIR: where the launcher put the bus's socket


@contextmanager
def accessibility_bus(directory: Path) -> Iterator[AccessibilityBus]:
    """A private session bus with the AT-SPI bus launcher on it, accessibility switched on
    (``--a11y=1``: what the desktop sets when a screen reader runs); stop both after."""
    launcher = next((path for path in LAUNCHERS if os.access(path, os.X_OK)), None)
    if launcher is None:
        pytest.fail("at-spi-bus-launcher is not installed (Debian: apt-get install at-spi2-core)")
    runtime = directory / "runtime"
    runtime.mkdir(mode=0o700)
    with private_session_bus(directory) as (session_address, _daemon):
        env = {
            "PATH": os.environ["PATH"],
            "HOME": str(directory),
            "DBUS_SESSION_BUS_ADDRESS": session_address,
            "XDG_RUNTIME_DIR": str(runtime),
        }
        with open(directory / "at-spi-bus-launcher.log", "w") as log:
            process = subprocess.Popen(
                [launcher, "--launch-immediately", "--a11y=1", "--screen-reader=1"],
                env=env,
                stdout=log,
                stderr=log,
            )
        try:
            yield AccessibilityBus(session_address, _a11y_address(session_address), runtime)
        finally:
            stop_process(process)  # it stops its bus and the registry with it


def _a11y_address(session_address: str) -> str:
    """org.a11y.Bus.GetAddress, once the launcher has taken its name on the session bus."""
    connection = open_dbus_connection(session_address)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            reply = connection.send_and_get_reply(
                new_method_call(A11Y_BUS, "GetAddress"), timeout=START_TIMEOUT_S
            )
            if reply.header.message_type is not MessageType.error:
                return str(reply.body[0])
            if time.monotonic() > deadline:
                pytest.fail(f"the AT-SPI bus launcher did not start: {reply.body}")
            time.sleep(0.05)  # the name is not taken yet; the launcher is starting
    finally:
        connection.close()


class ScreenReaderEar:
    """Hears ``org.a11y.atspi.Event.Object`` signals on the accessibility bus, having
    registered ``events`` (e.g. "object:announcement") with the registry."""

    def __init__(self, address: str, events: tuple[str, ...]) -> None:
        self.connection: Any = open_dbus_connection(address)
        for event in events:
            self._call(new_method_call(REGISTRY, "RegisterEvent", "s", (event,)))
        rule = MatchRule(type="signal", interface=EVENT_OBJECT)
        self._call(message_bus.AddMatch(rule))
        self.heard: deque[Message] = deque()  # received, not yet looked at
        self.log: list[Message] = []  # looked at, in the order received
        self._matched: set[int] = set()
        self._filter = self.connection.filter(rule, queue=self.heard, bufsize=10_000)
        self._filter.__enter__()

    def _call(self, message: Message) -> Message:
        reply = self.connection.send_and_get_reply(message, timeout=START_TIMEOUT_S)
        assert reply.header.message_type is not MessageType.error, reply.body
        return reply

    def wait_for(
        self, member: str, predicate: Callable[[Message], bool], timeout: float = 15.0
    ) -> Message:
        """The first signal ``member`` ("Announcement", "StateChanged") that ``predicate``
        accepts, in the order heard, and not returned before (signals of one change may come
        in either order); fail after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        checked = 0
        while True:
            for index in range(checked, len(self.log)):
                message = self.log[index]
                if index in self._matched or message.header.fields.get(3) != member:
                    continue
                if predicate(message):
                    self._matched.add(index)
                    return message
            checked = len(self.log)
            left = deadline - time.monotonic()
            try:
                self.log.append(self.heard.popleft() if self.heard else self._receive(left))
            except TimeoutError:
                heard = [f"{m.header.fields.get(3)} {m.body[:4]!r}" for m in self.log]
                pytest.fail(f"no {member} as expected within {timeout} s; heard: {heard}")

    def _receive(self, timeout: float) -> Message:
        if timeout <= 0:
            raise TimeoutError
        return self.connection.recv_until_filtered(self.heard, timeout=timeout)

    def describe(self, message: Message) -> tuple[int, str, str]:
        """The role, name and description of the object that sent ``message``."""
        fields = message.header.fields
        target = DBusAddress(fields[1], bus_name=fields[7], interface="org.a11y.atspi.Accessible")
        role = self._call(new_method_call(target, "GetRole")).body[0]
        name = self._call(Properties(target).get("Name")).body[0][1]
        description = self._call(Properties(target).get("Description")).body[0][1]
        return int(role), str(name), str(description)

    def close(self) -> None:
        self._filter.__exit__(None, None, None)
        self.connection.close()


def announcement(text: str, politeness: int) -> Callable[[Message], bool]:
    """Matches Qt's Announcement signal: ("", politeness, 0, <"s" text>, {})."""
    return lambda message: message.body[1] == politeness and message.body[3] == ("s", text)


def shown(message: Message) -> bool:
    """Matches StateChanged("showing", 1, ...)."""
    return bool(message.body[0] == "showing" and message.body[1] == 1)
