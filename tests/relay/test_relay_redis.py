"""The relay on a real Redis (``--redis``): each agent's events in a Redis Stream, capped by
length and age; two replicas serve any desk; a relay killed and restarted loses nothing that
Redis holds, and a desk resuming with Last-Event-ID gets each event once, in order."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx

from agentdesk.relay.agents import AgentBook
from agentdesk.relay.redis_store import RedisStore
from tests.processes import stop_process
from tests.relay.desks import (
    MEGAPBX_TOKEN,
    OKITOKI_SECRET,
    desk_stream,
    post_megapbx,
    running_relay,
)


@asynccontextmanager
async def redis_store(url: str, **kwargs: float) -> AsyncIterator[RedisStore]:
    store = RedisStore(url, **kwargs)  # type: ignore[arg-type]
    try:
        yield store
    finally:
        await store.aclose()


async def test_events_go_through_redis_to_the_agents_desk(redis_url: str, state_dir: Path) -> None:
    token = AgentBook(state_dir).add("ivanov", ("101",))
    async with (
        redis_store(redis_url) as store,
        running_relay(state_dir, store) as relay,
        httpx.AsyncClient() as client,
        desk_stream(client, relay.url, token) as desk,
    ):
        await post_megapbx(client, relay.url, type="INCOMING", user="ivanov", callid="1")
        await post_megapbx(client, relay.url, type="INCOMING", user="petrov", callid="2")
        await post_megapbx(client, relay.url, type="ACCEPTED", ext="101", callid="1")
        got = await desk.wait_for(2)
        ready = await client.get(relay.url + "/readyz")
    assert [(e["payload"]["type"], e["payload"]["callid"]) for e in got] == [
        ("INCOMING", "1"),
        ("ACCEPTED", "1"),
    ]
    assert ready.status_code == 200
    assert relay.metrics.unknown_agent["megapbx"] == 1


async def test_two_replicas_on_one_redis_serve_any_desk(redis_url: str, state_dir: Path) -> None:
    token = AgentBook(state_dir).add("ivanov")
    async with (
        redis_store(redis_url) as store_a,
        redis_store(redis_url) as store_b,
        running_relay(state_dir, store_a) as a,
        running_relay(state_dir, store_b) as b,
        httpx.AsyncClient() as client,
    ):
        async with desk_stream(client, b.url, token) as on_b:
            for n in range(3):  # the load balancer sends the vendor's posts to A
                await post_megapbx(client, a.url, user="ivanov", callid=str(n))
            await on_b.wait_for(3)
        for n in range(3, 6):  # the desk is away; posts land on B now
            await post_megapbx(client, b.url, user="ivanov", callid=str(n))
        async with desk_stream(client, a.url, token, last_id=on_b.last_id) as on_a:
            got = await on_a.wait_for(3)
    assert [e["payload"]["callid"] for e in on_b.received] == ["0", "1", "2"]
    assert [e["payload"]["callid"] for e in got] == ["3", "4", "5"]


async def test_the_stream_is_capped_by_length_and_age(redis_url: str) -> None:
    now = [time.time()]  # Redis's clock makes the ids; ours is moved on past the retention
    async with redis_store(redis_url, retention=600, max_events=5) as store:
        store._clock = lambda: now[0]
        for n in range(8):
            await store.append("ivanov", {"n": n})
        by_length = await store.read("ivanov", "0-0", block=0.01)
        now[0] += 601
        too_old = await store.read("ivanov", "0-0", block=0.01)
        # An append trims what is past the retention: everything, by our clock moved on.
        await store.append("ivanov", {"n": "late"})
        left = await store._redis.xlen(store.prefix + "ivanov")
    assert [e.data["n"] for e in by_length] == [3, 4, 5, 6, 7]
    assert too_old == []
    assert left == 0


async def test_without_redis_the_relay_is_not_ready_and_refuses_webhooks_with_503(
    redis_url: str, state_dir: Path, tmp_path: Path
) -> None:
    AgentBook(state_dir).add("ivanov")
    gone = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    async with (
        redis_store(gone) as store,
        running_relay(state_dir, store) as relay,
        httpx.AsyncClient() as client,
    ):
        ready = await client.get(relay.url + "/readyz")
        posted = await post_megapbx(client, relay.url, user="ivanov")
    assert (ready.status_code, posted.status_code) == (503, 503)
    assert relay.metrics.store_failures == 1


# -- a real relay process, killed -------------------------------------------------------------


def _start_relay(redis_url: str, state_dir: Path) -> tuple[subprocess.Popen[str], str]:
    env = {
        **os.environ,
        "AGENTDESK_RELAY_MEGAPBX_TOKEN": MEGAPBX_TOKEN,
        "AGENTDESK_RELAY_OKITOKI_SECRET": OKITOKI_SECRET,
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "relay", "--port", "0", "--redis", redis_url,
         "--state-dir", str(state_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    assert "listening on http://127.0.0.1:" in line, line
    return process, line.split("listening on ")[1].split()[0]


async def test_a_relay_killed_and_restarted_loses_nothing_redis_holds(
    redis_url: str, state_dir: Path
) -> None:
    token = AgentBook(state_dir).add("ivanov")
    first, first_url = await asyncio.to_thread(_start_relay, redis_url, state_dir)
    second, second_url = await asyncio.to_thread(_start_relay, redis_url, state_dir)
    restarted = None
    try:
        async with httpx.AsyncClient() as client:
            async with desk_stream(client, first_url, token) as desk:
                for n in range(10):
                    answer = await post_megapbx(client, first_url, user="ivanov", callid=str(n))
                    assert answer.status_code == 200
                await desk.wait_for(3)  # mid-burst: the desk has read some, maybe not all
                first.send_signal(signal.SIGKILL)
                await asyncio.to_thread(first.wait)
                async with asyncio.timeout(5):
                    await desk.ended.wait()
            for n in range(10, 20):  # while it is down, the other replica takes the posts
                await post_megapbx(client, second_url, user="ivanov", callid=str(n))
            restarted, restarted_url = await asyncio.to_thread(_start_relay, redis_url, state_dir)
            async with desk_stream(client, restarted_url, token, desk.last_id) as again:
                await again.wait_for(20 - len(desk.received))
                await post_megapbx(client, restarted_url, user="ivanov", callid="end")
                await again.wait_for(20 - len(desk.received) + 1)
    finally:
        for process in (first, second, restarted):
            if process is not None:
                stop_process(process)
                if process.stdout is not None:
                    process.stdout.close()
    delivered = [e["payload"]["callid"] for e in [*desk.received, *again.received]]
    assert delivered == [*(str(n) for n in range(20)), "end"]  # each once, in order
