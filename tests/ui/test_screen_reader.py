"""A screen reader hears a ringing call: the real AT-SPI stack (Debian's at-spi2-core) on a
private session bus, AgentDesk's window on a private X server, and a listener registered with
the AT-SPI registry as Orca registers. Until issue 16 the bus saw only label changes and a
"filler" panel showing: no announcement, no notification."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.processes import stop_process
from tests.ui.a11y.atspi import (
    LIVE_ASSERTIVE,
    LIVE_POLITE,
    ROLE_NOTIFICATION,
    AccessibilityBus,
    ScreenReaderEar,
    accessibility_bus,
    announcement,
    shown,
)
from tests.ui.hotkeys.x_server import private_x_server

ROOT = Path(__file__).resolve().parents[2]
PETR = "Petr Svoboda, 601 123 456"


@pytest.fixture
def a11y_bus(tmp_path: Path) -> Iterator[AccessibilityBus]:
    with accessibility_bus(tmp_path) as bus:
        yield bus


@pytest.fixture
def ear(a11y_bus: AccessibilityBus) -> Iterator[ScreenReaderEar]:
    """Registered before the app starts, as a screen reader running at login is."""
    listener = ScreenReaderEar(
        a11y_bus.address, ("object:announcement", "object:state-changed:showing")
    )
    yield listener
    listener.close()


class RingingWindow:
    """tests/ui/a11y/ringing_window.py in a child process; :meth:`do` sends it a line."""

    def __init__(self, bus: AccessibilityBus, display: str, log: Path) -> None:
        env = {
            "PATH": os.environ["PATH"],
            "HOME": str(bus.runtime_dir.parent),
            "LANG": "C.UTF-8",
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": bus.session_address,
            "XDG_RUNTIME_DIR": str(bus.runtime_dir),
            "QT_QPA_PLATFORM": "xcb",
            # No QT_LINUX_ACCESSIBILITY_ALWAYS_ON: Qt must find the bus switched on by itself,
            # as on a desktop where the agent runs a screen reader.
        }
        self.stderr = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.a11y.ringing_window"],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
        )
        self.log = log
        self._expect("ready")

    def do(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        self._expect(f"done {line}")

    def _expect(self, wanted: str) -> None:
        assert self.process.stdout is not None
        got = self.process.stdout.readline().strip()  # the child gives up after 20 s itself
        assert got == wanted, f"child said {got!r}: {self.log.read_text()}"

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(AssertionError, BrokenPipeError):  # it may have died
                self.do("quit")
        stop_process(self.process, timeout=20)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()
        self.stderr.close()


@pytest.fixture
def app(
    a11y_bus: AccessibilityBus, ear: ScreenReaderEar, tmp_path: Path
) -> Iterator[RingingWindow]:
    with private_x_server(tmp_path) as (display, _xvfb):
        window = RingingWindow(a11y_bus, display, tmp_path / "app.log")
        yield window
        window.close()
        assert window.process.returncode == 0, window.log.read_text()


def test_a_ringing_call_is_announced_and_its_card_is_a_notification(
    app: RingingWindow, ear: ScreenReaderEar
) -> None:
    app.do("ring")
    ringing = f"Incoming call from {PETR}, queue Support"
    ear.wait_for("Announcement", announcement(ringing, LIVE_ASSERTIVE))
    card = ear.wait_for(
        "StateChanged", lambda m: shown(m) and ear.describe(m)[0] == ROLE_NOTIFICATION
    )
    assert ear.describe(card) == (ROLE_NOTIFICATION, "Incoming call", f"{PETR}, Queue: Support")


def test_changes_the_agent_did_not_make_are_announced_politely(
    app: RingingWindow, ear: ScreenReaderEar
) -> None:
    app.do("ring")
    app.do("answer")
    app.do("caller-hangs-up")
    ear.wait_for("Announcement", announcement(f"The call with {PETR} has ended.", LIVE_POLITE))
    app.do("lose")
    lost = "The connection to Daktela is lost; reconnecting."
    ear.wait_for("Announcement", announcement(lost, LIVE_POLITE))
    app.do("back")
    ear.wait_for("Announcement", announcement("Connected to Daktela again.", LIVE_POLITE))
    app.do("pause")
    ear.wait_for("Announcement", announcement("You were put on pause: Training.", LIVE_POLITE))
