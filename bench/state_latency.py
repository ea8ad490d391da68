"""Vendor state change → the window showing it, over the Daktela hash long-poll.

Runs the demo pieces in one process (Daktela simulator, backend, session, main window;
offscreen unless QT_QPA_PLATFORM says otherwise) and changes the agent's pause on the
simulator's side N times (default 100), each while the backend's RTUserState request is held,
as in a real shift. Two clocks stop: when the state badge's text is set, and when the badge
has been painted with it.

    python bench/state_latency.py [N]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

import qasync  # isort: skip

from agentdesk.core import AgentStatus, ConnectionState
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


async def measure(changes: int) -> tuple[list[float], list[float]]:
    centre = DemoCallCentre(scenario=False)
    shell = Shell(title="AgentDesk — bench", tray_available=lambda: False)
    running = asyncio.ensure_future(shell.run(centre.start_session, centre.stop))
    clock = PaintClock()
    label = shell.window.state_badge.state_text

    def probe(_status: AgentStatus) -> None:
        if label.text() == clock.expected and clock.set_at is None:
            clock.set_at = time.perf_counter()

    try:
        await _connected(shell)
        bridge = shell.window.bridge
        assert bridge is not None
        bridge.status_changed.connect(probe)
        label.installEventFilter(clock)
        sim = centre.simulator
        to_text, to_paint = [], []
        for i in range(changes):
            await sim.wait_for_waiters(1)
            pause = "7" if i % 2 == 0 else None
            clock.expected = "Paused" if pause else "Ready"
            clock.set_at = clock.painted_at = None
            clock.painted.clear()
            started = time.perf_counter()
            sim.set_pause(pause)
            await asyncio.wait_for(clock.painted.wait(), 5)
            assert clock.set_at is not None
            assert clock.painted_at is not None
            to_text.append(clock.set_at - started)
            to_paint.append(clock.painted_at - started)
        return to_text, to_paint
    finally:
        shell.request_quit()
        await running


def _summary(what: str, seconds: list[float]) -> str:
    ms = sorted(x * 1000 for x in seconds)
    p99 = ms[max(0, round(0.99 * len(ms)) - 1)]
    return (
        f"{what}: n={len(ms)} median {statistics.median(ms):.2f} ms, "
        f"p99 {p99:.2f} ms, worst {ms[-1]:.2f} ms"
    )


def _quiet(kind: QtMsgType, context: object, message: str) -> None:
    # The offscreen platform says this on every layout change; it is not ours to fix.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def main() -> int:
    changes = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        to_text, to_paint = loop.run_until_complete(measure(changes))
    platform = QApplication.platformName()
    print(_summary(f"state change -> badge text ({platform}, Daktela long-poll)", to_text))
    print(_summary(f"state change -> badge painted ({platform}, Daktela long-poll)", to_paint))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
