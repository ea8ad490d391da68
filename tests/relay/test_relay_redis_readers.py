"""The relay's Redis readers under a call centre's load, and when Redis goes away.

bench/relay.py found both defects with 500 desks: redis-py's pool stopped the 101st blocking
read with ``MaxConnectionsError``, and its 5-second socket timeout ended every idle desk's
``XREAD BLOCK`` with ``TimeoutError``, each one an aiohttp ERROR with a traceback.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from agentdesk.relay.agents import AgentBook
from agentdesk.relay.redis_store import RedisStore
from tests.relay.desks import desk_stream, running_relay
from tests.relay.redis_server import redis_server

DESKS = 150  # more than redis-py's default pool of 100
BLOCK = 5.5  # longer than redis-py's default socket timeout of 5 s: an idle desk's read


async def test_many_desks_block_longer_than_a_command_may_take(redis_url: str) -> None:
    store = RedisStore(redis_url)
    try:
        reads = [
            asyncio.create_task(store.read(f"agent{n}", "0-0", block=BLOCK)) for n in range(DESKS)
        ]
        # Every reader is blocked in Redis before the first event comes: it wakes one of them.
        await asyncio.sleep(BLOCK - 1)  # the behaviour under test: reads idle this long
        await store.append("agent7", {"n": 1})
        answers = await asyncio.gather(*reads)
    finally:
        await store.aclose()
    assert [len(answer) for answer in answers].count(0) == DESKS - 1
    assert answers[7][0].data == {"n": 1}


async def test_redis_going_away_ends_the_streams_quietly(tmp_path: Path, state_dir: Path) -> None:
    token = AgentBook(state_dir).add("ivanov")
    with redis_server(tmp_path) as url:
        store = RedisStore(url)
        async with running_relay(state_dir, store) as relay, httpx.AsyncClient() as client:
            async with desk_stream(client, relay.url, token) as desk:
                await store._redis.shutdown(nosave=True)  # Redis ends under the open stream
                async with asyncio.timeout(10):
                    await desk.ended.wait()
            metrics = (await client.get(relay.url + "/metrics")).text
        await store.aclose()
    assert relay.metrics.store_read_failures == 1
    assert "agentdesk_relay_store_read_failures_total 1" in metrics
