"""The desktop's side of the relay: a MegaFon backend with ``relay_url`` runs no receiver and
sees its calls from the relay's stream, posted by the PBX simulator to the relay's one URL;
the stream reconnects with Last-Event-ID and loses nothing across a relay restart."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.backends.megapbx.options import backend_options
from agentdesk.backends.relay_stream import RelayStream, events_url
from agentdesk.core import AgentState, CallAnswered, CallEnded, CallRinging, ConfigurationError
from agentdesk.relay.agents import AgentBook
from agentdesk.relay.memory_store import MemoryStore
from agentdesk.relay.server import RelayServer
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.backends.daktela_helpers import EventTap
from tests.receivers.test_megapbx import next_call_event
from tests.relay.desks import post_megapbx, running_relay


async def test_a_megapbx_desk_sees_its_calls_through_the_relay(tmp_path: Path) -> None:
    token = AgentBook(tmp_path).add("ivanova")
    async with MegaPbxSimulator(dial_ring_after=0.01, outbound_answer_after=0.01) as sim:
        relay = RelayServer(
            agents=AgentBook(tmp_path),
            store=MemoryStore(),
            vendor_tokens={"megapbx": sim.crm_token},
        )
        await relay.start()
        sim.webhook_url = relay.hook_url("megapbx")  # every user's events, one URL
        backend = MegaPbxBackend(
            base_url=sim.url,
            login="ivanova",
            api_key=sim.api_key,
            relay_url=relay.url,
            relay_token=token,
        )
        tap = EventTap(backend.watch())
        try:
            assert backend.receiver is None
            first = await tap.next_status()
            assert first.status.state is AgentState.READY
            assert backend.relay is not None
            async with asyncio.timeout(5):
                await backend.relay.connected.wait()
            callid = sim.ring("79101234567")
            ringing = await next_call_event(tap)
            sim.pick_up(callid)
            answered = await next_call_event(tap)
            sim.hang_up(callid)
            ended = await next_call_event(tap)
        finally:
            await tap.close()
            await backend.aclose()
            await relay.stop()
    assert isinstance(ringing, CallRinging) and ringing.call.id == callid
    assert isinstance(answered, CallAnswered) and isinstance(ended, CallEnded)
    assert relay.metrics.events_in["megapbx"] >= 3


async def test_the_stream_resumes_after_a_relay_restart_with_nothing_lost_or_twice(
    tmp_path: Path,
) -> None:
    token = AgentBook(tmp_path).add("ivanov")
    store = MemoryStore()
    got: list[str] = []
    arrived = asyncio.Event()

    def take(payload: dict[str, str]) -> None:
        got.append(payload["callid"])
        arrived.set()

    async def until(count: int) -> None:
        async with asyncio.timeout(5):
            while len(got) < count:
                arrived.clear()
                await arrived.wait()

    async with httpx.AsyncClient() as client:
        async with running_relay(tmp_path, store) as relay:
            port = relay.port
            stream = RelayStream(relay.url, token, take, min_backoff=0.05, max_backoff=0.2)
            stream.start()
            async with asyncio.timeout(5):
                await stream.connected.wait()
            await post_megapbx(client, relay.url, user="ivanov", callid="1")
            await until(1)
        # The relay is down: the vendor's posts wait for it (another replica, in Redis mode).
        try:
            async with running_relay(tmp_path, store, port=port) as again:
                await post_megapbx(client, again.url, user="ivanov", callid="2")
                await post_megapbx(client, again.url, user="ivanov", callid="3")
                await until(3)
                await post_megapbx(client, again.url, user="ivanov", callid="4")
                await until(4)
        finally:
            await stream.stop()
    assert got == ["1", "2", "3", "4"]
    assert stream.connections == 2


async def test_a_refused_token_is_said_once_and_retried(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    AgentBook(tmp_path).add("ivanov")
    async with running_relay(tmp_path) as relay:
        stream = RelayStream(relay.url, "not-a-token", print, min_backoff=0.01, max_backoff=0.01)
        stream.start()
        try:
            async with asyncio.timeout(5):
                while stream.refusals < 3:
                    stream.attempted.clear()
                    await stream.attempted.wait()
        finally:
            await stream.stop()
    warnings = [r for r in caplog.records if "refused this desk's relay token" in r.getMessage()]
    assert len(warnings) == 1 and "not-a-token" not in warnings[0].getMessage()


def test_relay_url_needs_the_token_and_replaces_the_receiver() -> None:
    with pytest.raises(ConfigurationError, match="relay_token"):
        backend_options({"relay_url": "https://relay.example.com"})
    with pytest.raises(ConfigurationError, match="relay_url must look like"):
        backend_options({"relay_url": "relay.example.com", "relay_token": "t"})
    options: dict[str, Any] = backend_options(
        {"relay_url": "https://relay.example.com/", "relay_token": "t", "crm_token": "c"}
    )
    backend = MegaPbxBackend(base_url="https://pbx.example.com", login="a", api_key="k", **options)
    assert backend.receiver is None and backend.relay is not None
    assert backend.relay.url == "https://relay.example.com/events"
    assert events_url("https://r.example.com/events") == "https://r.example.com/events"
