"""The profile's CRM screen pop in the running app: a ringing call at the simulated Daktela
opens the CRM's URL for the caller (through Qt's URL handler, so no browser starts); a
template broken by hand in the profile file turns the screen pop off with a message."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.session import Session
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.ui.app import Shell
from tests.ui.conftest import RecordingMessageBus, wait_connected, wait_until


class Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def run_with(
    options: dict[str, str],
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
) -> tuple[Shell, DaktelaSimulator, asyncio.Task[int]]:
    sim = DaktelaSimulator(seed_history=False)

    async def start() -> Session:
        await sim.start()
        backend = DaktelaBackend(base_url=sim.url, login=sim.login, secret=sim.token)
        return Session(backend, profile_user=sim.login, profile_options=options)

    shell = make_shell()
    running = qloop.create_task(shell.run(start, sim.stop))
    wait_connected(qloop, shell)
    return shell, sim, running


def test_a_ringing_call_opens_the_crm_on_the_caller(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    make_shell: Callable[..., Shell],
) -> None:
    browser = Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        template = "https://crm.example.com/find?phone={number_e164}&by={agent}&via={vendor}"
        shell, sim, running = run_with({"screen_pop_ringing": template}, qloop, make_shell)
        try:
            bridge = shell.window.bridge
            assert bridge is not None
            ended: list[object] = []
            bridge.call_ended.connect(ended.append)
            sim.ring("+420 777 123 456", name="Jana & syn")
            wait_until(qloop, lambda: browser.opened, timeout=5)
            # Once the call has ended, everything said of it has reached the app: nothing more
            # was opened for it.
            sim.abandon()
            wait_until(qloop, lambda: ended, timeout=5)
            assert browser.opened == [
                f"https://crm.example.com/find?phone=%2B420777123456&by={sim.login}&via=Daktela"
            ]
            assert messages.texts() == []
        finally:
            shell.request_quit()
            qloop.run_until_complete(asyncio.wait_for(running, 5))
    finally:
        QDesktopServices.unsetUrlHandler("https")


def test_a_broken_template_turns_the_screen_pop_off_with_a_message(
    qloop: asyncio.AbstractEventLoop,
    messages: RecordingMessageBus,
    make_shell: Callable[..., Shell],
) -> None:
    shell, _sim, running = run_with(
        {"screen_pop_ringing": "https://{number}.example.com/"}, qloop, make_shell
    )
    try:
        assert shell.screen_popper is None
        [warning] = messages.texts()
        assert warning.startswith("The CRM screen pop is off: screen_pop_ringing")
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
