"""Screenshots of the demo window for docs/: `python tools/screenshot.py OUT_DIR`.

Runs the real app pieces (Daktela simulator, backend, session, window) and saves what the
agent sees: a call ringing, and a pause. Works offscreen or under Xvfb (`xvfb-run -a`).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

import qasync  # isort: skip

from agentdesk.core import AgentState, ConnectionState
from agentdesk.demo import DemoCallCentre
from agentdesk.ui.app import Shell, grab_window_png


async def _until(predicate: Callable[[], bool]) -> None:
    async with asyncio.timeout(5.0):
        while not predicate():  # noqa: ASYNC110 - a plain predicate over widget state
            await asyncio.sleep(0.01)


async def _shoot(out: Path) -> None:
    centre = DemoCallCentre(scenario=False)
    shell = Shell(title="AgentDesk — demo", tray_available=lambda: False)
    window = shell.window
    running = asyncio.ensure_future(shell.run(centre.start_session, centre.stop))
    try:
        await _until(
            lambda: (
                shell.session is not None
                and shell.session.connection.state is ConnectionState.CONNECTED
            )
        )
        session = shell.session
        assert session is not None
        centre.simulator.ring("601234567", name="Petr Svoboda", queue_id="3")
        await _until(lambda: window.call_panel.answer_button.isEnabled())
        await asyncio.sleep(1.2)  # let the time-in-state clock show a second or so
        grab_window_png(window, out / "demo-window.png")

        centre.simulator.abandon()
        await _until(lambda: session.status.state is AgentState.READY)
        await session.pause("7")
        await _until(lambda: window.state_badge.state_text.text() == "Paused")
        await asyncio.sleep(1.2)
        grab_window_png(window, out / "demo-paused.png")
    finally:
        shell.request_quit()
        await running


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(_shoot(out))
    print(f"saved {out / 'demo-window.png'} and {out / 'demo-paused.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
