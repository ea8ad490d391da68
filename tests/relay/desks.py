"""Test helpers: a relay over loopback, a vendor posting to it, a desk reading its stream."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from httpx_sse import aconnect_sse

from agentdesk.core import Event, RelayChanged, StatusChanged
from agentdesk.relay.agents import AgentBook
from agentdesk.relay.memory_store import MemoryStore
from agentdesk.relay.server import RelayServer
from agentdesk.relay.stored import EventStore
from tests.backends.daktela_helpers import EventTap

MEGAPBX_TOKEN = "crm-ключ-1"
OKITOKI_SECRET = "oki-secret-2"


@asynccontextmanager
async def running_relay(
    state_dir: Path, store: EventStore | None = None, **kwargs: Any
) -> AsyncIterator[RelayServer]:
    server = RelayServer(
        agents=AgentBook(state_dir),
        store=store or MemoryStore(),
        vendor_tokens={"megapbx": MEGAPBX_TOKEN, "okitoki": OKITOKI_SECRET},
        **kwargs,
    )
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def post_megapbx(client: httpx.AsyncClient, relay: str, **fields: str) -> httpx.Response:
    return await client.post(
        relay + "/hooks/megapbx", data={"cmd": "event", "crm_token": MEGAPBX_TOKEN, **fields}
    )


async def post_okitoki(client: httpx.AsyncClient, relay: str, **fields: str) -> httpx.Response:
    return await client.post(
        relay + "/hooks/okitoki", params={"secret": OKITOKI_SECRET}, json=fields
    )


@dataclass
class Desk:
    """One desktop's stream: what it received, its last event id, whether it ended."""

    hello: asyncio.Event = field(default_factory=asyncio.Event)
    received: list[dict[str, Any]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    last_id: str | None = None
    status: int | None = None
    ended: asyncio.Event = field(default_factory=asyncio.Event)
    _arrived: asyncio.Event = field(default_factory=asyncio.Event)

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        async with asyncio.timeout(timeout):
            while len(self.received) < count:
                self._arrived.clear()
                await self._arrived.wait()
        return self.received


async def read_stream(
    client: httpx.AsyncClient, relay: str, token: str, desk: Desk, last_id: str | None = None
) -> None:
    """Read the relay's stream into ``desk`` until it ends (or the task is cancelled)."""
    headers = {"Authorization": f"Bearer {token}"}
    if last_id is not None:
        headers["Last-Event-ID"] = last_id
    try:
        async with aconnect_sse(
            client, "GET", relay + "/events", headers=headers, timeout=None
        ) as source:
            desk.status = source.response.status_code
            if desk.status != 200:
                return
            async for event in source.aiter_sse():
                if event.id:
                    desk.last_id = event.id
                if event.event == "hello":
                    desk.hello.set()
                elif event.event == "webhook":
                    desk.received.append(json.loads(event.data))
                    desk.ids.append(event.id)
                    desk._arrived.set()
    except httpx.HTTPError:
        pass
    finally:
        desk.ended.set()
        desk.hello.set()  # whoever waits for the hello learns that none will come


@asynccontextmanager
async def desk_stream(
    client: httpx.AsyncClient, relay: str, token: str, last_id: str | None = None
) -> AsyncIterator[Desk]:
    """A desk connected (its hello received) for the block; disconnected after."""
    desk = Desk()
    task = asyncio.create_task(read_stream(client, relay, token, desk, last_id))
    try:
        async with asyncio.timeout(5):
            await desk.hello.wait()
        yield desk
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def next_call(tap: EventTap) -> Event:
    """The desk's next call event, past its status and its relay stream's own state."""
    while True:
        event = await tap.next(timeout=5)
        if not isinstance(event, StatusChanged | RelayChanged):
            return event
