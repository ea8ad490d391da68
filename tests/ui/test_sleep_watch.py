"""Sleep and resume from logind's PrepareForSleep, on a private bus: the watcher hears
logind and nobody else; a resume re-syncs the session at once, with no stale caller card,
and the tray shows offline while the machine sleeps."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import AgentState, ConnectionState
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.ui.app import Shell
from agentdesk.ui.sleep_watch import watch_logind
from agentdesk.ui.wake_watch import WakeWatcher
from tests.ui.conftest import wait_connected, wait_until
from tests.ui.fake_logind import FakeLogind
from tests.ui.hotkeys.private_bus import private_session_bus


@pytest.fixture
def system_bus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private bus standing in for the system bus, named where AgentDesk looks for it."""
    with private_session_bus(tmp_path) as (address, _daemon):
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
        yield address


def test_prepare_for_sleep_from_logind_and_only_from_it(qtbot: Any, system_bus: str) -> None:
    notices = watch_logind()
    assert notices is not None
    watcher = WakeWatcher(watch_network=False, sleep_notices=notices)
    heard: list[str] = []
    watcher.went_offline.connect(lambda why: heard.append(f"offline:{why}"))
    watcher.woke.connect(lambda why: heard.append(f"woke:{why}"))
    impostor = FakeLogind(system_bus, name=None)  # same signal, not from logind's name
    logind = FakeLogind(system_bus)
    try:
        impostor.prepare_for_sleep(True)
        logind.prepare_for_sleep(True)
        qtbot.waitUntil(lambda: heard == ["offline:sleep"], timeout=3000)
        logind.prepare_for_sleep(False)
        qtbot.waitUntil(lambda: heard == ["offline:sleep", "woke:resume"], timeout=3000)
        watcher.tick()  # the clocks do not report the same sleep again
        assert heard == ["offline:sleep", "woke:resume"]
    finally:
        impostor.close()
        logind.close()
        notices.close()


def test_without_a_system_bus_there_are_no_notices(qapp: Any, tmp_path: Path) -> None:
    assert watch_logind(address=f"unix:path={tmp_path / 'nothing'}") is None


def test_a_resume_resyncs_at_once_and_leaves_no_stale_card(
    qloop: asyncio.AbstractEventLoop,
    system_bus: str,
    make_shell: Callable[..., Shell],
) -> None:
    sim = DaktelaSimulator(seed_history=False)

    async def start() -> Session:
        await sim.start()
        backend = DaktelaBackend(base_url=sim.url, login=sim.login, secret=sim.token)
        # Retries a minute apart: only the resume can explain a quick re-sync.
        return Session(backend, policy=ReconnectPolicy(base=60, cap=60, minimum=60))

    logind = FakeLogind(system_bus)
    shell = make_shell()
    window, tray = shell.window, shell.tray
    running = qloop.create_task(shell.run(start, sim.stop))
    try:
        session = wait_connected(qloop, shell)
        sim.ring("+420777111222")
        wait_until(qloop, lambda: window.call_panel.call is not None, timeout=5)
        # The lid closes; meanwhile the call ends where AgentDesk cannot see it.
        logind.prepare_for_sleep(True)
        wait_until(qloop, lambda: tray.state is AgentState.OFFLINE, timeout=5)
        qloop.run_until_complete(sim.faults.take_down())
        wait_until(
            qloop, lambda: session.connection.state is ConnectionState.RECONNECTING, timeout=5
        )
        sim.customer_hangup()
        qloop.run_until_complete(sim.faults.bring_back())
        assert window.call_panel.call is not None  # stale until the machine wakes
        logind.prepare_for_sleep(False)
        wait_until(qloop, lambda: window.call_panel.call is None, timeout=5)
        wait_until(qloop, lambda: session.connection.state is ConnectionState.CONNECTED, 5)
        wait_until(qloop, lambda: tray.state is AgentState.READY, timeout=5)
    finally:
        logind.close()
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
