"""Every hotkeys test runs on a desktop of its own: no real display, no real session bus."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.hotkeys.fake_portal import FakeShortcutsPortal
from tests.ui.hotkeys.private_bus import private_session_bus
from tests.ui.hotkeys.x_server import XTestKeyboard, private_x_server


@pytest.fixture(autouse=True)
def no_real_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget the developer's desktop, so that nothing here can grab their keys or talk to
    their portal; tests that want a display or a bus start a private one."""
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XAUTHORITY"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def x_server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A private Xvfb: its display name (e.g. ``":3"``) and its process."""
    with private_x_server(tmp_path) as server:
        yield server


@pytest.fixture
def x_display(x_server: tuple[str, subprocess.Popen[bytes]]) -> str:
    return x_server[0]


@pytest.fixture
def keyboard(x_display: str) -> Iterator[XTestKeyboard]:
    board = XTestKeyboard(x_display)
    yield board
    board.close()


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """A private session bus: its address and its daemon's process."""
    with private_session_bus(tmp_path) as bus:
        yield bus


@pytest.fixture
def bus_address(session_bus: tuple[str, subprocess.Popen[str]]) -> str:
    return session_bus[0]


@pytest.fixture
def fake_portal(bus_address: str) -> Iterator[FakeShortcutsPortal]:
    portal = FakeShortcutsPortal(bus_address)
    yield portal
    portal.close()
