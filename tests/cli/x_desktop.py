"""A small real desktop for tests that run AgentDesk as a process: a private X server with a
window manager (openbox, which keeps _NET_CLIENT_LIST, _NET_ACTIVE_WINDOW and the WM_STATE of
each window as desktops do), and an X client that reads and asks what an agent would see."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from Xlib import X, Xatom
from Xlib.display import Display
from Xlib.protocol import event as xevent

from tests.cli.test_ctl import _env
from tests.processes import stop_process
from tests.ui.hotkeys.x_server import private_x_server

NORMAL_STATE, ICONIC_STATE = 1, 3  # ICCCM WM_STATE


class XDesktop:
    """An X client of the private display: windows' titles and states, and the requests a
    pager or taskbar makes (minimise). Waits follow X's PropertyNotify events."""

    def __init__(self, display_name: str) -> None:
        self.display: Any = Display(display_name)
        self.root: Any = self.display.screen().root
        self.root.change_attributes(event_mask=X.PropertyChangeMask)
        self._atoms: dict[str, int] = {}

    def atom(self, name: str) -> int:
        if name not in self._atoms:
            self._atoms[name] = self.display.intern_atom(name)
        return self._atoms[name]

    def _property(self, window: Any, name: str, kind: int) -> Any:
        found = window.get_full_property(self.atom(name), kind)
        return None if found is None else found.value

    def clients(self) -> list[Any]:
        """The managed top-level windows, in the window manager's _NET_CLIENT_LIST."""
        ids = self._property(self.root, "_NET_CLIENT_LIST", Xatom.WINDOW)
        return [self.display.create_resource_object("window", i) for i in (ids or [])]

    def title(self, window: Any) -> str:
        """_NET_WM_NAME (UTF-8), what task bars and window switchers show."""
        value = self._property(window, "_NET_WM_NAME", self.atom("UTF8_STRING"))
        return bytes(value).decode("utf-8") if value is not None else ""

    def find(self, predicate: Callable[[str], bool]) -> Any | None:
        return next((w for w in self.clients() if predicate(self.title(w))), None)

    def wm_state(self, window: Any) -> int | None:
        value = self._property(window, "WM_STATE", self.atom("WM_STATE"))
        return int(value[0]) if value else None

    def active(self) -> int | None:
        value = self._property(self.root, "_NET_ACTIVE_WINDOW", Xatom.WINDOW)
        return int(value[0]) if value else None

    def iconify(self, window: Any) -> None:
        """Ask the window manager to minimise ``window`` (ICCCM WM_CHANGE_STATE)."""
        message = xevent.ClientMessage(
            window=window,
            client_type=self.atom("WM_CHANGE_STATE"),
            data=(32, [ICONIC_STATE, 0, 0, 0, 0]),
        )
        mask = X.SubstructureRedirectMask | X.SubstructureNotifyMask
        self.root.send_event(message, event_mask=mask)
        self.display.flush()

    def watch(self, window: Any) -> None:
        """Hear ``window``'s property changes (its title, its WM_STATE) too."""
        window.change_attributes(event_mask=X.PropertyChangeMask)
        self.display.flush()

    def wait_for(self, predicate: Callable[[], object], timeout: float, what: str) -> None:
        """Until ``predicate()`` holds, re-checked after each X event; fail after ``timeout``."""
        deadline = time.monotonic() + timeout
        while not predicate():
            while self.display.pending_events():
                self.display.next_event()
            if predicate():
                return
            left = deadline - time.monotonic()
            if left <= 0:
                pytest.fail(f"{what}: not within {timeout} s")
            ready, _, _ = select.select([self.display], [], [], left)
            if ready:
                self.display.next_event()

    def close(self) -> None:
        self.display.close()


@contextmanager
def desktop(directory: Path) -> Iterator[tuple[str, XDesktop]]:
    """A private Xvfb with openbox managing it; yields the display name and a client."""
    openbox = shutil.which("openbox")
    if openbox is None:
        pytest.fail("openbox is not installed (Debian: apt-get install openbox)")
    with private_x_server(directory) as (display_name, _xvfb):
        env = {"PATH": os.environ["PATH"], "HOME": str(directory), "DISPLAY": display_name}
        with open(directory / "openbox.log", "w") as log:
            manager = subprocess.Popen([openbox, "--sm-disable"], env=env, stdout=log, stderr=log)
        client = XDesktop(display_name)
        try:
            client.wait_for(
                lambda: client._property(client.root, "_NET_SUPPORTING_WM_CHECK", Xatom.WINDOW),
                20,
                "openbox manages the display",
            )
            yield display_name, client
        finally:
            client.close()
            stop_process(manager)


def app_env(directory: Path, display_name: str, **extra: str) -> dict[str, str]:
    """AgentDesk's environment on the private desktop: a fresh account (its own config,
    data, state and cache), its own instance name, the xcb platform, no session bus."""
    env = _env(
        DISPLAY=display_name,
        QT_QPA_PLATFORM="xcb",
        AGENTDESK_INSTANCE=str(directory / f"agentdesk-{uuid.uuid4().hex[:8]}.sock"),
        HOME=str(directory),
        XDG_CONFIG_HOME=str(directory / "config"),
        XDG_DATA_HOME=str(directory / "data"),
        XDG_STATE_HOME=str(directory / "state"),
        XDG_CACHE_HOME=str(directory / "cache"),
        XDG_RUNTIME_DIR=str(directory),
        **extra,
    )
    for variable in ("DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "XAUTHORITY"):
        env.pop(variable, None)
    return env


def agentdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "agentdesk", *args]


class RunningApp:
    """``agentdesk ARGS`` on the private desktop (see :func:`running`)."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path) -> None:
        self.log = log
        self._stderr = log.open("w")
        self.process = subprocess.Popen(
            args, env=env, stdout=subprocess.DEVNULL, stderr=self._stderr, text=True
        )

    def alive(self) -> bool:
        return self.process.poll() is None

    def output(self) -> str:
        self._stderr.flush()
        return self.log.read_text()

    def stop(self) -> int:
        """SIGTERM, which quits AgentDesk cleanly; its exit status."""
        code = stop_process(self.process, timeout=30)
        self._stderr.close()
        return code


@contextmanager
def running(args: list[str], env: dict[str, str], log: Path) -> Iterator[RunningApp]:
    """Run ``args`` for the block; after it, stop the app, which must quit with status 0."""
    app = RunningApp(args, env, log)
    try:
        yield app
    finally:
        code = app.stop()
    assert code == 0, app.output()


def main_window_of(desk: XDesktop, app: RunningApp, timeout: float = 60) -> Any:
    """The window of ``app`` whose title names AgentDesk, once the window manager has it."""

    def found() -> Any:
        assert app.alive(), f"AgentDesk ended early: {app.output()}"
        return desk.find(lambda title: title.startswith("AgentDesk"))

    desk.wait_for(found, timeout, "AgentDesk's window appears")
    return found()
