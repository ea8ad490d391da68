"""Run by tests/ui/test_screen_reader.py under a private X server and accessibility bus:
AgentDesk's main window over the fake backend, driven by lines on stdin.

Prints "ready" once the window shows, the session is connected and Qt's accessibility bridge
is on; then, for each line read ("ring", "answer", "caller-hangs-up", "lose", "back", "pause",
"quit"), does it and prints "done <line>".
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable

# PySide6 before qasync, as in the app.
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

import qasync  # isort: skip

from agentdesk.core import AgentState, AgentStatus, ConnectionState, TransientError
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.ui.main_window import MainWindow
from agentdesk.ui.messages import MessageBus
from tests.ui.fake_backend import TRAINING, FakeBackend


async def until(predicate: Callable[[], object], timeout: float = 20.0) -> None:
    async def poll() -> None:
        while not predicate():  # noqa: ASYNC110 - polling a plain predicate on purpose
            await asyncio.sleep(0.01)

    await asyncio.wait_for(poll(), timeout)


async def main(app: QApplication) -> None:
    backend = FakeBackend()
    session = Session(backend, policy=ReconnectPolicy(rand=lambda: 1.0))
    window = MainWindow(MessageBus())
    window.attach(session)
    window.show()
    session.start()
    await until(lambda: session.connection.state is ConnectionState.CONNECTED)
    await until(QAccessible.isActive)  # the bridge asked the bus whether a reader listens
    lines: asyncio.Queue[str] = asyncio.Queue()
    loop = asyncio.get_running_loop()
    loop.add_reader(sys.stdin.fileno(), lambda: lines.put_nowait(sys.stdin.readline().strip()))
    print("ready", flush=True)
    actions = {
        "ring": backend.ring,
        "answer": window.agent_commands.request_answer,
        "caller-hangs-up": backend.end,
        "lose": lambda: backend.push(TransientError("vendor unreachable")),
        "back": session.reconnect_now,
        "pause": lambda: backend.set_status(AgentStatus(AgentState.PAUSED, pause=TRAINING)),
    }
    while (line := await lines.get()) not in ("quit", ""):
        actions[line]()
        print(f"done {line}", flush=True)
    loop.remove_reader(sys.stdin.fileno())
    window.detach()
    await session.stop()


if __name__ == "__main__":
    application = QApplication(sys.argv)
    event_loop = qasync.QEventLoop(application)
    asyncio.set_event_loop(event_loop)
    with event_loop:
        event_loop.run_until_complete(main(application))
