"""A relay that cannot listen (its port taken) leaves nothing open behind its error: the
caller never calls stop() on a server that did not start."""

from __future__ import annotations

from pathlib import Path

import pytest

from agentdesk.relay.agents import AgentBook
from agentdesk.relay.memory_store import MemoryStore
from agentdesk.relay.server import RelayServer
from agentdesk.relay.shared_polls import QUEUE_FIGURES, OkiTokiPoll
from tests.relay.desks import OKITOKI_SECRET, running_relay


async def test_a_relay_whose_port_is_taken_closes_its_polls(state_dir: Path) -> None:
    async with running_relay(state_dir) as first:
        poll = OkiTokiPoll(
            base_url="http://127.0.0.1:9", token="t", kind=QUEUE_FIGURES, interval=60
        )
        second = RelayServer(
            agents=AgentBook(state_dir),
            store=MemoryStore(),
            vendor_tokens={"okitoki": OKITOKI_SECRET},
            port=first.port,
            shared_polls=[poll],
        )
        with pytest.raises(OSError, match="in use"):
            await second.start()
    assert poll._wire._client.is_closed
