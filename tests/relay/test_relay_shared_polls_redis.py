"""Shared polling with replicas on a real Redis: whichever replica claims an interval reads
RTStatsQueues and keeps it in Redis; the others fan out what it kept. The vendor sees about
one request per interval whatever the number of replicas and desks."""

from __future__ import annotations

import time
from pathlib import Path

from agentdesk.relay.agents import AgentBook
from agentdesk.relay.redis_store import RedisStore
from agentdesk.relay.server import CLAIM_SHARE, RelayServer
from agentdesk.relay.shared_polls import QUEUE_FIGURES, DaktelaPoll
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import backend_for
from tests.relay.test_relay_shared_polls import INTERVAL, relayed, rt_stats, until


async def test_two_replicas_make_one_rtstatsqueues_per_interval_between_them(
    redis_url: str, state_dir: Path
) -> None:
    book = AgentBook(state_dir)
    tokens = [book.add(login) for login in ("anna", "boris")]
    async with DaktelaSimulator() as sim:
        stores = [RedisStore(redis_url), RedisStore(redis_url)]
        replicas = [
            RelayServer(
                agents=AgentBook(state_dir),
                store=store,
                vendor_tokens={},
                shared_polls=[
                    DaktelaPoll(base_url=sim.url, token=sim.supervisor_token, interval=INTERVAL)
                ],
            )
            for store in stores
        ]
        began = time.monotonic()
        for replica in replicas:
            await replica.start()
        desks = [
            backend_for(sim, relay_url=replica.url, relay_token=token)
            for replica, token in zip(replicas, tokens, strict=True)
        ]
        try:
            for desk in desks:
                assert desk.relay is not None
                desk.relay.start()
                await relayed(desk.relay, QUEUE_FIGURES, "daktela")
            for _ in range(6):
                for desk in desks:
                    assert await desk.queue_figures()
                for replica in replicas:  # a poll, or a look at Redis, of each replica
                    seen = replica.metrics.polls["daktela"] + replica.metrics.fanned_out
                    await until(
                        replica,
                        lambda r=replica, s=seen: (
                            r.metrics.polls["daktela"] + r.metrics.fanned_out > s
                        ),
                    )
            elapsed = time.monotonic() - began
            polls = [replica.metrics.polls["daktela"] for replica in replicas]
        finally:
            for desk in desks:
                await desk.aclose()
            for replica in replicas:
                await replica.stop()
            for store in stores:
                await store.aclose()
    assert rt_stats(sim, sim.supervisor_token) == sum(polls)
    assert sum(polls) <= elapsed / (INTERVAL * CLAIM_SHARE) + 1
    assert rt_stats(sim, sim.token) == 0  # neither desk asked Daktela itself
    assert all(replica.metrics.fanned_out > 0 for replica in replicas)


async def test_a_value_kept_in_redis_reads_back_and_a_claim_is_one_callers(
    redis_url: str,
) -> None:
    one, two = RedisStore(redis_url), RedisStore(redis_url)
    try:
        assert await one.claim("daktela:queue_figures", 5)
        assert not await two.claim("daktela:queue_figures", 5)
        await one.put_shared("daktela:queue_figures", {"value": {"1": {}}, "n": 1}, keep=5)
        assert await two.get_shared("daktela:queue_figures") == {"value": {"1": {}}, "n": 1}
        assert await two.get_shared("okitoki:call_log") is None
    finally:
        await one.aclose()
        await two.aclose()
