"""A real gnome-keyring-daemon for a test, on a private session bus, with its keyrings in the
test's own folder; and a D-Bus monitor that sees every call made to it.

Start one with :func:`gnome_keyring` in one of three states: ``"unlocked"`` (a login keyring
made with a password, as a desktop login leaves it), ``"locked"`` (the same, locked through the
Secret Service's Lock call) and ``"none"`` (no keyring at all, so no default collection).
Nothing answers prompts on that bus: a prompt the daemon is asked to show is dismissed.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from typing import Any, Literal

import pytest
from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection
from jeepney.wrappers import unwrap_msg

from tests.processes import stop_process
from tests.ui.hotkeys.private_bus import private_session_bus

BUS_NAME = "org.freedesktop.secrets"
LOGIN_PASSWORD = "login-password"
SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"
_SERVICE = DBusAddress(
    "/org/freedesktop/secrets", bus_name=BUS_NAME, interface="org.freedesktop.Secret.Service"
)
_STARTUP_TIMEOUT = 15.0

KeyringState = Literal["unlocked", "locked", "none"]


@dataclass
class GnomeKeyring:
    """A running gnome-keyring-daemon (secrets only), the bus it serves, and a monitor of the
    calls made to it on that bus."""

    bus_address: str
    process: subprocess.Popen[bytes]
    home: Path
    monitor: SecretServiceCalls

    def calls(self) -> list[str]:
        """The Secret Service methods called so far (see :meth:`SecretServiceCalls.calls`)."""
        return self.monitor.calls()

    def call(self, method: str, signature: str = "", *body: Any) -> Any:
        """A Secret Service method's reply, asked on a connection of the test's own."""
        with open_dbus_connection(self.bus_address) as bus:
            message = new_method_call(_SERVICE, method, signature, body)
            return unwrap_msg(bus.send_and_get_reply(message, timeout=10))

    def collections(self) -> list[str]:
        with open_dbus_connection(self.bus_address) as bus:
            message = new_method_call(
                _SERVICE.with_interface("org.freedesktop.DBus.Properties"),
                "Get",
                "ss",
                ("org.freedesktop.Secret.Service", "Collections"),
            )
            ((_signature, paths),) = unwrap_msg(bus.send_and_get_reply(message, timeout=10))
        return sorted(paths)

    def default_collection(self) -> str | None:
        (path,) = self.call("ReadAlias", "s", "default")
        return None if path == "/" else str(path)

    def is_locked(self, collection: str) -> bool:
        with open_dbus_connection(self.bus_address) as bus:
            address = DBusAddress(collection, BUS_NAME, "org.freedesktop.DBus.Properties")
            message = new_method_call(
                address, "Get", "ss", ("org.freedesktop.Secret.Collection", "Locked")
            )
            ((_signature, locked),) = unwrap_msg(bus.send_and_get_reply(message, timeout=10))
        return bool(locked)

    def lock(self, collection: str) -> None:
        self.call("Lock", "ao", [collection])
        assert self.is_locked(collection)

    def add_keyring_without_password(self) -> str:
        """A default keyring with an empty password, locked: the Secret Service unlocks such a
        keyring without a prompt."""
        label = {"org.freedesktop.Secret.Collection.Label": ("s", "Open")}
        (path,) = self._with_password("CreateWithMasterPassword", "a{sv}", label, password="")
        self.call("SetAlias", "so", "default", path)
        self.lock(path)
        return str(path)

    def unlock_with_password(self, collection: str, password: str = LOGIN_PASSWORD) -> None:
        """Unlock as the agent would in their keyring manager, typing the password."""
        self._with_password("UnlockWithMasterPassword", "o", collection, password=password)
        assert not self.is_locked(collection)

    def _with_password(self, method: str, signature: str, argument: Any, *, password: str) -> Any:
        """A call of gnome-keyring's interface for tests and tools, which takes a password
        (sent in a plain session: the bus is the test's own)."""
        with open_dbus_connection(self.bus_address) as bus:
            opening = new_method_call(_SERVICE, "OpenSession", "sv", ("plain", ("s", "")))
            (_output, session) = unwrap_msg(bus.send_and_get_reply(opening, timeout=10))
            address = _SERVICE.with_interface(
                "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
            )
            secret = (session, b"", password.encode(), "text/plain")
            message = new_method_call(address, method, f"{signature}(oayays)", (argument, secret))
            return unwrap_msg(bus.send_and_get_reply(message, timeout=10))

    def secret_tool(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """libsecret's ``secret-tool`` (another client than keyring's) on this bus."""
        tool = shutil.which("secret-tool")
        if tool is None:
            pytest.fail("secret-tool is not installed (Debian: apt-get install libsecret-tools)")
        return subprocess.run(
            [tool, *args],
            input=stdin,
            env={"DBUS_SESSION_BUS_ADDRESS": self.bus_address, "HOME": str(self.home)},
            capture_output=True,
            text=True,
            timeout=30,
        )

    def environment(self) -> dict[str, str]:
        """What a child process needs to use this keyring through keyring's Secret Service
        backend."""
        return {
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "PYTHON_KEYRING_BACKEND": SECRET_SERVICE_BACKEND,
        }


@contextmanager
def gnome_keyring(directory: Path, state: KeyringState) -> Iterator[GnomeKeyring]:
    """A gnome-keyring-daemon on a private bus in ``directory``, in ``state``; stopped after."""
    daemon = shutil.which("gnome-keyring-daemon")
    if daemon is None:
        pytest.fail("gnome-keyring-daemon is not installed (Debian: apt-get install gnome-keyring)")
    with ExitStack() as stack:
        bus_address, _bus = stack.enter_context(private_session_bus(directory))
        monitor = stack.enter_context(secret_service_calls(bus_address))
        keyring = stack.enter_context(_daemon(daemon, directory, bus_address, state, monitor))
        if state != "none":
            login = keyring.default_collection()
            assert login is not None and not keyring.is_locked(login)
            if state == "locked":
                keyring.lock(login)
        else:
            assert keyring.default_collection() is None
        yield keyring


@contextmanager
def _daemon(
    daemon: str,
    directory: Path,
    bus_address: str,
    state: KeyringState,
    monitor: SecretServiceCalls,
) -> Iterator[GnomeKeyring]:
    home = directory / "keyring-home"
    control = home / "control"
    control.mkdir(parents=True, mode=0o700)  # the daemon refuses a control folder others see
    env = {
        "DBUS_SESSION_BUS_ADDRESS": bus_address,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),  # its keyrings: home/data/keyrings
        "XDG_RUNTIME_DIR": str(control),
        "PATH": "/usr/bin:/bin",
    }
    args = [daemon, "--foreground", "--components=secrets", f"--control-directory={control}"]
    if state != "none":
        args.append("--unlock")  # reads the login keyring's password on stdin, makes it
    with open_dbus_connection(bus_address) as watcher:
        owner_rule = MatchRule(
            type="signal",
            sender=message_bus.bus_name,
            interface=message_bus.interface,
            member="NameOwnerChanged",
        )
        owner_rule.add_arg_condition(0, BUS_NAME)
        with watcher.filter(owner_rule) as owner_changes:
            Proxy(message_bus, watcher).AddMatch(owner_rule)
            with open(directory / "gnome-keyring.log", "wb") as log:
                process = subprocess.Popen(
                    args, stdin=subprocess.PIPE, stdout=log, stderr=log, env=env
                )
            assert process.stdin is not None
            process.stdin.write(LOGIN_PASSWORD.encode() if state != "none" else b"")
            process.stdin.close()
            try:
                watcher.recv_until_filtered(owner_changes, timeout=_STARTUP_TIMEOUT)
            except TimeoutError:
                stop_process(process)
                pytest.fail(f"gnome-keyring-daemon did not start: see {directory}")
    try:
        yield GnomeKeyring(bus_address, process, home, monitor)
    finally:
        stop_process(process)


@dataclass
class SecretServiceCalls:
    """The Secret Service methods called on a bus, in order, as a D-Bus monitor sees them
    (``"Service.Unlock"``, ``"Prompt.Prompt"``...)."""

    bus_address: str
    _seen: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    _markers: Iterator[int] = field(default_factory=lambda: count(1))
    _changed: threading.Condition = field(default_factory=threading.Condition)

    def calls(self) -> list[str]:
        """Every call seen so far: a marker call is made now, and once the monitor has seen
        it, it has seen every call the bus routed before."""
        marker = f"org.agentdesk.test.marker{next(self._markers)}"
        with open_dbus_connection(self.bus_address) as bus:
            Proxy(message_bus, bus).NameHasOwner(marker)
        seen_marker = ("org.freedesktop.DBus.NameHasOwner", (marker,))
        with self._changed:
            if not self._changed.wait_for(lambda: seen_marker in self._seen, timeout=10):
                pytest.fail("the D-Bus monitor did not see its own marker call")
            seen = list(self._seen)
        prefix = "org.freedesktop.Secret."
        return [name.removeprefix(prefix) for name, _ in seen if name.startswith(prefix)]

    def record(self, connection: DBusConnection) -> None:
        """Read what the monitor connection receives until it is shut down."""
        while True:
            try:
                message = connection.receive()
            except (OSError, EOFError):
                return
            header = message.header
            if header.message_type is not MessageType.method_call:
                continue
            interface = header.fields.get(HeaderFields.interface, "")
            member = header.fields.get(HeaderFields.member, "")
            with self._changed:
                self._seen.append((f"{interface}.{member}", tuple(message.body)))
                self._changed.notify_all()


@contextmanager
def secret_service_calls(bus_address: str) -> Iterator[SecretServiceCalls]:
    """A monitor of the bus at ``bus_address`` recording the calls made on it."""
    connection = open_dbus_connection(bus_address)
    monitoring = DBusAddress(
        "/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus.Monitoring"
    )
    become = new_method_call(monitoring, "BecomeMonitor", "asu", ([], 0))
    unwrap_msg(connection.send_and_get_reply(become, timeout=10))
    recorder = SecretServiceCalls(bus_address)
    thread = threading.Thread(target=recorder.record, args=(connection,), daemon=True)
    thread.start()
    try:
        yield recorder
    finally:
        connection.sock.shutdown(socket.SHUT_RDWR)  # ends the recorder's receive()
        thread.join(timeout=10)
        connection.close()


@contextmanager
def process_keyring(
    directory: Path, state: KeyringState, monkeypatch: pytest.MonkeyPatch
) -> Iterator[GnomeKeyring]:
    """A gnome-keyring in ``state`` made this process's keyring, through keyring's own Secret
    Service backend as on a desktop; the keyring before it is put back after."""
    import keyring
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    try:
        with gnome_keyring(directory, state) as ring:
            monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", ring.bus_address)
            keyring.set_keyring(SecretService.Keyring())
            yield ring
    finally:
        keyring.set_keyring(previous)
