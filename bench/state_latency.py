"""Vendor state change → the window showing it: over Daktela's hash long-poll, and by
webhook (Oki-Toki's status webhook; MegaFon's ringing-call command).

Runs the demo pieces in one process (simulator, backend, session, main window; offscreen
unless QT_QPA_PLATFORM says otherwise) and makes the change on the simulator's side N times
(default 1000): Daktela's pause while the backend's RTUserState request is held, as in a
real shift; Oki-Toki's status; a call ringing at MegaFon's agent. Two clocks stop: when the
label's text is set, and when the label has been painted with it.

    python bench/state_latency.py [N] [VENDOR...]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QLabel

import qasync  # isort: skip

from agentdesk.core import ConnectionState
from agentdesk.demo import DemoCallCentre
from agentdesk.session import PausesLoaded, SessionEvent
from agentdesk.ui.app import Shell


class PaintClock(QObject):
    """Notes when the watched label is painted showing the expected text."""

    def __init__(self) -> None:
        super().__init__()
        self.expected = ""
        self.set_at: float | None = None
        self.painted_at: float | None = None
        self.painted = asyncio.Event()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.set_at is not None
            and self.painted_at is None
        ):
            self.painted_at = time.perf_counter()
            self.painted.set()
        return False


async def _connected(shell: Shell) -> None:
    ready = asyncio.Event()

    def on_event(event: SessionEvent) -> None:
        if isinstance(event, PausesLoaded) or (
            shell.session and shell.session.connection.state is ConnectionState.CONNECTED
        ):
            ready.set()

    while shell.session is None:  # noqa: ASYNC110 - the shell makes the session in its own task
        await asyncio.sleep(0.01)
    shell.session.add_listener(on_event)
    if shell.session.connection.state is not ConnectionState.CONNECTED:
        await asyncio.wait_for(ready.wait(), 10)


class Change:
    """One vendor's way to change what the window shows, and the label that shows it."""

    def __init__(self, vendor: str) -> None:
        self.vendor = vendor
        self.centre = DemoCallCentre(vendor, scenario=False)

    def label(self, shell: Shell) -> QLabel:
        if self.vendor == "megapbx":  # its agent state is polled; its calls come by webhook
            return shell.window.call_panel.direction_text
        return shell.window.state_badge.state_text

    async def prepare(self, i: int) -> None:
        """What comes before a change and is not measured."""
        sim = self.centre.simulator
        if self.vendor == "daktela":
            await sim.wait_for_waiters(1)  # the long-poll is held, as during a shift
        elif self.vendor == "megapbx" and sim.live:
            sim.hang_up()  # the previous call ends first
            await asyncio.sleep(0.02)
        else:
            await asyncio.sleep(0.005)  # changes apart, as a shift's are

    def fire(self, i: int) -> str:
        """Change the vendor's side now; the text the label will show."""
        sim = self.centre.simulator
        if self.vendor == "daktela":
            sim.set_pause("7" if i % 2 == 0 else None)
            return "Paused" if i % 2 == 0 else "Ready"
        if self.vendor == "okitoki":
            sim.set_status(*(("2", "21") if i % 2 == 0 else ("1",)))
            return "Paused" if i % 2 == 0 else "Ready"
        sim.ring(f"7916{i:07d}")
        return "INCOMING CALL"


async def measure(vendor: str, changes: int) -> tuple[list[float], list[float]]:
    change = Change(vendor)
    shell = Shell(title="AgentDesk — bench", tray_available=lambda: False)
    running = asyncio.ensure_future(shell.run(change.centre.start_session, change.centre.stop))
    clock = PaintClock()
    label = change.label(shell)

    def probe(*_args: object) -> None:
        if label.text() == clock.expected and clock.set_at is None:
            clock.set_at = time.perf_counter()

    try:
        await _connected(shell)
        bridge = shell.window.bridge
        assert bridge is not None
        bridge.status_changed.connect(probe)
        bridge.call_ringing.connect(probe)
        label.installEventFilter(clock)
        to_text, to_paint = [], []
        for i in range(changes):
            await change.prepare(i)
            clock.set_at = clock.painted_at = None
            clock.painted.clear()
            clock.expected = ""
            started = time.perf_counter()
            clock.expected = change.fire(i)
            await asyncio.wait_for(clock.painted.wait(), 5)
            assert clock.set_at is not None
            assert clock.painted_at is not None
            to_text.append(clock.set_at - started)
            to_paint.append(clock.painted_at - started)
        return to_text, to_paint
    finally:
        shell.request_quit()
        await running


HOW = {
    "daktela": "state change over the hash long-poll",
    "okitoki": "state change by webhook",
    "megapbx": "ringing call by webhook",
}


def _summary(what: str, seconds: list[float]) -> str:
    ms = sorted(x * 1000 for x in seconds)
    p99 = ms[max(0, round(0.99 * len(ms)) - 1)]
    return (
        f"{what}: n={len(ms)} median {statistics.median(ms):.2f} ms, "
        f"p99 {p99:.2f} ms, worst {ms[-1]:.2f} ms"
    )


def _quiet(kind: QtMsgType, context: object, message: str) -> None:
    # The offscreen platform says this on every layout change; it is not ours to fix.
    if "propagateSizeHints" not in message and "does not support raise()" not in message:
        print(message, file=sys.stderr)


def main() -> int:
    changes = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    vendors = sys.argv[2:] or ["daktela", "okitoki", "megapbx"]
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    platform = QApplication.platformName()
    with loop:
        for vendor in vendors:
            to_text, to_paint = loop.run_until_complete(measure(vendor, changes))
            how = HOW[vendor]
            print(_summary(f"{how} -> text ({platform}, {vendor})", to_text), flush=True)
            print(_summary(f"{how} -> painted ({platform}, {vendor})", to_paint), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
