"""The whole app on a simulated Daktela over loopback, for GUI tests that follow a feature
from the window to the vendor's API and back."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import AgentState
from agentdesk.session import Session
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.ui.app import Shell
from tests.ui.conftest import wait_connected, wait_until


@contextlib.contextmanager
def app_on_daktela(
    qloop: asyncio.AbstractEventLoop, make_shell: Callable[..., Shell], **sim_options: Any
) -> Iterator[tuple[Shell, DaktelaSimulator]]:
    """The app connected to a new simulator (``sim_options`` are its keywords), the agent
    Ready; quit on leaving. A context in the test, not a fixture: pytest-qt closes the window
    before fixtures are torn down, and the shell must quit while it still has it."""
    sim = DaktelaSimulator(seed_history=False, **sim_options)

    async def make_session() -> Session:
        await sim.start()
        backend = DaktelaBackend(base_url=sim.url, login=sim.login, secret=sim.token)
        return Session(backend, profile_user=sim.login)

    shell = make_shell()
    running = qloop.create_task(shell.run(make_session, sim.stop))
    try:
        session = wait_connected(qloop, shell)
        wait_until(qloop, lambda: session.status.state is AgentState.READY, 5)
        yield shell, sim
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
