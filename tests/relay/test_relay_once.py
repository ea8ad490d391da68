"""A webhook the vendor sends again, because its answer was lost, is one event, not two.

bench/relay.py found it: a relay SIGKILLed while a webhook was in flight had stored it in
Redis but never answered; the vendor's retry, taken by the other replica, stored a second
copy and the desk saw one call ring twice.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest

from agentdesk.relay.agents import AgentBook
from agentdesk.relay.memory_store import MemoryStore
from agentdesk.relay.redis_store import RedisStore
from agentdesk.relay.stored import EventStore
from tests.relay.desks import desk_stream, post_megapbx, running_relay


@asynccontextmanager
async def store_of(kind: str, redis_url: str) -> AsyncIterator[EventStore]:
    store: EventStore = MemoryStore() if kind == "memory" else RedisStore(redis_url)
    try:
        yield store
    finally:
        await store.aclose()


@pytest.mark.parametrize("kind", ["memory", "redis"])
async def test_an_append_with_a_key_seen_keeps_nothing_and_answers_the_first_id(
    kind: str, redis_url: str
) -> None:
    async with store_of(kind, redis_url) as store:
        first = await store.append("ivanov", {"n": 1}, once="k1")
        again = await store.append("ivanov", {"n": 1, "received_at": 2}, once="k1")
        other = await store.append("ivanov", {"n": 2}, once="k2")
        unkeyed = [await store.append("ivanov", {"n": 3}) for _ in range(2)]
        kept = await store.read("ivanov", "0-0", block=0.01)
    assert again == first
    assert [e.id for e in kept] == [first, other, *unkeyed]
    assert store.duplicates == 1


async def test_a_webhook_sent_again_to_the_other_replica_is_one_event(
    redis_url: str, state_dir: Path
) -> None:
    token = AgentBook(state_dir).add("ivanov")
    async with (
        store_of("redis", redis_url) as store_a,
        store_of("redis", redis_url) as store_b,
        running_relay(state_dir, store_a) as a,
        running_relay(state_dir, store_b) as b,
        httpx.AsyncClient() as client,
        desk_stream(client, a.url, token) as desk,
    ):
        call = {"user": "ivanov", "callid": "7", "phone": "+79001234567"}
        await post_megapbx(client, a.url, type="INCOMING", **call)
        await post_megapbx(client, b.url, type="INCOMING", **call)  # the vendor's retry
        await post_megapbx(client, b.url, type="ACCEPTED", **call)
        got = await desk.wait_for(2)
        metrics = (await client.get(b.url + "/metrics")).text
    assert [e["payload"]["type"] for e in got] == ["INCOMING", "ACCEPTED"]
    assert "agentdesk_relay_duplicate_webhooks_total 1" in metrics
