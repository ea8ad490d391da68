"""The phone warning reaches the desktop's own notification server (dunst on a private
D-Bus and X display) once when the phone drops, with the agent's window hidden."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.session import Session
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.ui.app import Shell
from tests.ui.conftest import RecordingMessageBus, wait_connected, wait_until
from tests.ui.desktop.dunst import Dunst
from tests.ui.desktop.notifications_monitor import NotificationsMonitor
from tests.ui.test_desktop_notifications import (  # noqa: F401 - fixtures
    bus_address,
    display,
    dunst,
    monitor,
    notify_body,
)

Loop = asyncio.AbstractEventLoop


def test_a_phone_that_drops_is_told_through_the_desktops_notifications(
    qloop: Loop,
    messages: RecordingMessageBus,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    bus_address: str,  # noqa: F811
    dunst: Dunst,  # noqa: F811
    monitor: NotificationsMonitor,  # noqa: F811
) -> None:
    # The app finds the desktop's notification server itself, on the private bus.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus_address)
    sim = DaktelaSimulator(seed_history=False)

    async def start() -> Session:
        await sim.start()
        backend = DaktelaBackend(base_url=sim.url, login=sim.login, secret=sim.token)
        return Session(backend, profile_user=sim.login)

    shell = make_shell()
    running = qloop.create_task(shell.run(start, sim.stop))
    wait_connected(qloop, shell)
    wait_until(qloop, shell.notifier.uses_server, timeout=5)
    warning = shell.window.shift.phone_warning
    try:
        assert warning is not None
        check = warning.watch.current_check
        assert check is not None
        qloop.run_until_complete(asyncio.wait_for(asyncio.shield(check), 5))
        assert monitor.calls("Notify") == []  # the phone is fine: nothing said
        shell.window.hide()
        sim.set_phone("UNAVAILABLE")
        warning.watch.check_soon()
        wait_until(qloop, lambda: monitor.calls("Notify"), timeout=5)
        told = notify_body(monitor.calls("Notify")[0])
        assert told["summary"] == "AgentDesk"
        assert told["body"] == "Your phone, extension 201, is not reachable: calls cannot ring"
        assert messages.recorded == []
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
