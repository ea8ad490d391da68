"""The company relay in the window: the connection indicator says the calls come through the
relay and whether its stream runs; a token revoked while connected (``remove-agent``) shows
as a refusal the agent is told of once, retried only at the longest backoff; the
diagnostics carry the relay's address and the stream's state, never the token. A real
relay and the MegaFon simulator on loopback."""

from __future__ import annotations

import asyncio
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.backends.relay_stream import MAX_BACKOFF
from agentdesk.core import ConnectionChanged, ConnectionState, RelayLink, RelayState
from agentdesk.diagnostics import write_diagnostics
from agentdesk.relay.agents import AgentBook
from agentdesk.relay.memory_store import MemoryStore
from agentdesk.relay.server import RelayServer
from agentdesk.session import Session
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.ui.app import Shell
from agentdesk.ui.messages import Level
from agentdesk.ui.widgets.connection_indicator import ConnectionIndicator
from tests.ui.conftest import RecordingMessageBus, wait_connected, wait_until
from tests.ui.test_widgets import FakeClock


def test_the_indicator_shows_the_relay_and_a_revoked_token(
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
    messages: RecordingMessageBus,
    tmp_path: Path,
) -> None:
    state = tmp_path / "relay"
    token = AgentBook(state).add("ivanova")
    sim = MegaPbxSimulator()
    relay = RelayServer(agents=AgentBook(state), store=MemoryStore(), vendor_tokens={})

    async def start_session() -> Session:
        await sim.start()
        await relay.start()
        backend = MegaPbxBackend(
            base_url=sim.url,
            login="ivanova",
            api_key=sim.api_key,
            relay_url=relay.url,
            relay_token=token,
        )
        return Session(backend)

    async def stop() -> None:
        await relay.stop()
        await sim.stop()

    shell = make_shell()
    running = qloop.create_task(shell.run(start_session, stop))
    try:
        session = wait_connected(qloop, shell)
        indicator = shell.window.connection_indicator
        wait_until(qloop, lambda: indicator.text.text() == "Connected through the relay")
        details = indicator.toolTip().splitlines()
        assert details[:2] == [
            f"Calls come through the company relay at {relay.url}/events",
            "Relay stream: connected",
        ]

        AgentBook(state).remove("ivanova")  # what `agentdesk relay remove-agent` does
        wait_until(qloop, lambda: indicator.relay_refused, timeout=10)
        link = session.relay_link
        assert link is not None and link.state is RelayState.REFUSED
        assert link.http_status == 401 and link.retry_in is not None
        assert link.retry_in >= 0.8 * MAX_BACKOFF  # not a hot loop
        backend = session.backend
        assert isinstance(backend, MegaPbxBackend) and backend.relay is not None
        assert backend.relay.refusals == 1
        assert indicator.text.text() == "The relay refused this desk: ask for a new token"
        told = indicator.refused_text()
        assert "Ask your supervisor for a new relay token" in told
        assert told in indicator.toolTip().splitlines()
        assert messages.texts(Level.ERROR) == [told]

        written = write_diagnostics(tmp_path / "diagnostics.zip", relay=session.relay_link)
        with zipfile.ZipFile(written) as zf:
            relay_txt = zf.read("relay.txt").decode()
            everything = "".join(zf.read(n).decode(errors="replace") for n in zf.namelist())
        assert relay_txt.splitlines()[:2] == [
            f"Company relay at {relay.url}/events",
            "stream: refused",
        ]
        assert "the relay's last refusal: HTTP 401" in relay_txt
        assert token not in everything
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))


def test_the_relays_reconnection_counts_down_while_the_vendor_answers(qtbot: Any) -> None:
    clock = FakeClock(100.0)
    indicator = ConnectionIndicator(clock=clock)
    qtbot.addWidget(indicator)
    indicator.set_connection(ConnectionChanged(ConnectionState.CONNECTED))
    url = "https://relay.example/events"
    indicator.set_relay(RelayLink(url, RelayState.CONNECTING))
    assert indicator.text.text() == "Connected; relay connecting…"
    indicator.set_relay(RelayLink(url, RelayState.RECONNECTING, retry_in=4.2, reconnects=2))
    assert indicator.text.text() == "Connected; relay reconnecting in 5 s"
    assert indicator.toolTip().splitlines()[1:] == [
        "Relay stream: reconnecting in 5 s",
        "Last event: none yet; reconnections: 2",
    ]
    clock.now += 1.0
    indicator.timer.timeout.emit()
    assert indicator.text.text() == "Connected; relay reconnecting in 4 s"
    clock.now += 4.0
    indicator.timer.timeout.emit()
    assert indicator.text.text() == "Connected; relay reconnecting…"
    assert not indicator.timer.isActive()
    indicator.set_relay(RelayLink(url, RelayState.CONNECTED, last_event_id="17-0"))
    assert indicator.text.text() == "Connected through the relay"
    assert "Last event: 17-0; reconnections: 0" in indicator.toolTip().splitlines()
