"""Shared polling (issue 18, item 4): the relay reads what every desk would read for the
whole company (Daktela's RTStatsQueues with a supervisor's token; Oki-Toki's queue summary
and call log with the company's token) once per interval and fans it out; desks with a relay
answer from it and ask the vendor nothing, and ask it themselves again once the relay falls
silent or goes away."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from agentdesk.backends.okitoki.backend import OkiTokiBackend
from agentdesk.backends.polling import PollSchedule
from agentdesk.backends.relay_stream import RelayStream
from agentdesk.core import CallEnded, CallRinging, RelayChanged, StatusChanged
from agentdesk.relay.agents import AgentBook
from agentdesk.relay.memory_store import MemoryStore
from agentdesk.relay.server import RelayServer
from agentdesk.relay.shared_polls import (
    CALL_LOG,
    QUEUE_FIGURES,
    DaktelaPoll,
    OkiTokiPoll,
    SharedFrame,
    SharedPoll,
)
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from tests.backends.daktela_helpers import EventTap, backend_for
from tests.relay.desks import next_call

INTERVAL = 0.3
QUEUE_SUMMARY = "reports/sec/queue-status-summary"
CALLS_LOG = "reports/acd/calls-log"


@asynccontextmanager
async def relay_polling(state_dir: Path, polls: Sequence[SharedPoll]) -> AsyncIterator[RelayServer]:
    relay = RelayServer(
        agents=AgentBook(state_dir), store=MemoryStore(), vendor_tokens={}, shared_polls=polls
    )
    await relay.start()
    try:
        yield relay
    finally:
        await relay.stop()


async def until(relay: RelayServer, predicate: Callable[[], bool]) -> None:
    """Wait until ``predicate`` holds, looking again after each of the relay's polls."""
    async with asyncio.timeout(5):
        while not predicate():
            relay.polled.clear()
            await relay.polled.wait()


async def relayed(stream: RelayStream | None, kind: str, vendor: str) -> None:
    assert stream is not None
    async with asyncio.timeout(5):
        while stream.fresh(kind, vendor) is None:
            stream.shared_arrived.clear()
            await stream.shared_arrived.wait()


def okitoki_kwargs(sim: OkiTokiSimulator) -> dict[str, Any]:
    return {k: v for k, v in sim.backend_kwargs().items() if k != "webhook_port"}


def okitoki_desks(
    sim: OkiTokiSimulator, relay: RelayServer, tokens: dict[str, str]
) -> dict[str, OkiTokiBackend]:
    """A desk per agent on ``relay``, looking at the call log often (a fraction of the
    relay's interval), so that a look the relay could not answer would show at once."""
    return {
        user: OkiTokiBackend(
            **(okitoki_kwargs(sim) | {"user_id": user}),
            relay_url=relay.url,
            relay_token=token,
            poll_schedule=PollSchedule(idle=INTERVAL / 3, floor=0.05, jitter=0),
        )
        for user, token in tokens.items()
    }


def rt_stats(sim: DaktelaSimulator, token: str) -> int:
    return sum(
        1
        for (action, _), used in zip(sim.requests, sim.tokens, strict=True)
        if action == "RTStatsQueues" and used == token
    )


async def test_daktela_desks_read_rtstatsqueues_once_per_interval_through_the_relay(
    tmp_path: Path,
) -> None:
    book = AgentBook(tmp_path)
    tokens = [book.add(login) for login in ("anna", "boris", "cyril")]
    async with DaktelaSimulator() as sim:
        poll = DaktelaPoll(base_url=sim.url, token=sim.supervisor_token, interval=INTERVAL)
        async with relay_polling(tmp_path, [poll]) as relay:
            desks = [backend_for(sim, relay_url=relay.url, relay_token=t) for t in tokens]
            alone = backend_for(sim)  # a desk without the relay: what the vendor says
            try:
                for desk in desks:
                    assert desk.relay is not None
                    desk.relay.start()
                    await relayed(desk.relay, QUEUE_FIGURES, "daktela")
                polls_before = relay.metrics.polls["daktela"]
                for _ in range(3):  # three more intervals, each desk asking twice in each
                    seen = relay.metrics.polls["daktela"]
                    for desk in desks:
                        await desk.queue_figures()
                        await desk.queue_figures()
                    await until(relay, lambda seen=seen: relay.metrics.polls["daktela"] > seen)
                polls = relay.metrics.polls["daktela"]
                by_desks = rt_stats(sim, sim.token)
                sim.set_pause("2")  # the figures change: the agent is no longer ready
                await until(relay, lambda: relay.metrics.polls["daktela"] >= polls + 2)
                figures = [await desk.queue_figures() for desk in desks]
                truth = await alone.queue_figures()
            finally:
                for desk in (*desks, alone):
                    await desk.aclose()
    assert polls - polls_before >= 3
    assert rt_stats(sim, sim.supervisor_token) == relay.metrics.polls["daktela"]
    assert by_desks == 0  # nine desks' questions, not one request of their own
    assert all(f == truth for f in figures) and truth
    assert [f.agents_ready for f in truth] == [0] * len(truth)
    assert relay.metrics.fanned_out >= 3 * (polls - polls_before)


async def test_a_daktela_desk_asks_daktela_itself_when_the_relay_is_silent_or_gone(
    tmp_path: Path,
) -> None:
    token = AgentBook(tmp_path).add("anna")
    async with DaktelaSimulator() as sim:
        poll = DaktelaPoll(base_url=sim.url, token=sim.supervisor_token, interval=INTERVAL)
        desk = None
        try:
            async with relay_polling(tmp_path, [poll]) as relay:
                desk = backend_for(sim, relay_url=relay.url, relay_token=token)
                stream = desk.relay
                assert stream is not None
                stream.start()
                await relayed(stream, QUEUE_FIGURES, "daktela")
                await desk.queue_figures()
                assert rt_stats(sim, sim.token) == 0
                # Silent: the relay's token is refused, so it has nothing new to send.
                sim.supervisor_token = "revoked"
                # Three failed polls: the last value read is older than two intervals.
                await until(relay, lambda: relay.metrics.poll_failures["daktela"] >= 3)
                assert stream.fresh(QUEUE_FIGURES, "daktela") is None
                silent = await desk.queue_figures()
                asked_when_silent = rt_stats(sim, sim.token)
            # Gone: the relay stopped, the stream is cut.
            async with asyncio.timeout(5):
                while stream.connected.is_set():
                    stream.attempted.clear()
                    await stream.attempted.wait()
            gone = await desk.queue_figures()
            asked_when_gone = rt_stats(sim, sim.token)
        finally:
            if desk is not None:
                await desk.aclose()
    assert asked_when_silent == 1 and asked_when_gone == 2
    assert silent == gone and silent


async def test_okitoki_desks_share_the_relays_queue_summary_and_call_log(tmp_path: Path) -> None:
    book = AgentBook(tmp_path)
    async with OkiTokiSimulator(agents=("12", "31"), seed_history=False) as sim:
        tokens = {u.id: book.add(u.id) for u in sim.agents}
        polls: list[SharedPoll] = [
            OkiTokiPoll(base_url=sim.url, token=sim.token, kind=kind, interval=INTERVAL)
            for kind in (QUEUE_FIGURES, CALL_LOG)
        ]
        async with relay_polling(tmp_path, polls) as relay:
            desks = okitoki_desks(sim, relay, tokens)
            alone = OkiTokiBackend(**okitoki_kwargs(sim))
            taps = {user: EventTap(desk.watch()) for user, desk in desks.items()}
            try:
                for desk in desks.values():
                    await relayed(desk.relay, QUEUE_FIGURES, "okitoki")
                    await relayed(desk.relay, CALL_LOG, "okitoki")
                asked = len(sim.requests)
                polls_before = relay.metrics.polls["okitoki"]
                # A call whose "ended" webhook never comes: the relayed call log ends it.
                sim.webhook_url = None
                sim.ring("380501234567", user_id="12")
                waiting = [await desk.queue_figures() for desk in desks.values()]
                sim.pick_up("12")
                sim.customer_hangup("12")
                for _ in range(3):
                    seen = relay.metrics.polls["okitoki"]
                    for desk in desks.values():
                        await desk.queue_figures()
                    await until(relay, lambda seen=seen: relay.metrics.polls["okitoki"] >= seen + 2)
                own_requests = [path for path, _ in sim.requests[asked:]]
                polls = relay.metrics.polls["okitoki"] - polls_before
                figures = [await desk.queue_figures() for desk in desks.values()]
                truth = await alone.queue_figures()
            finally:
                for user, tap in taps.items():
                    await tap.close()
                    await desks[user].aclose()
                await alone.aclose()
    # Each request after the desks connected is one of the relay's: one per kind and interval.
    assert own_requests.count(QUEUE_SUMMARY) + own_requests.count(CALLS_LOG) == polls
    assert set(own_requests) <= {QUEUE_SUMMARY, CALLS_LOG}
    assert abs(own_requests.count(QUEUE_SUMMARY) - own_requests.count(CALLS_LOG)) <= 1
    assert all(f == truth for f in figures) and truth
    assert all(sum(q.waiting for q in w) <= 1 for w in waiting)
    assert relay.metrics.fanned_out > 0


async def test_the_relayed_call_log_ends_a_call_whose_ended_webhook_never_came(
    tmp_path: Path,
) -> None:
    book = AgentBook(tmp_path)
    secret = "oki-secret"
    async with OkiTokiSimulator(agents=("12", "31"), seed_history=False) as sim:
        tokens = {u.id: book.add(u.id) for u in sim.agents}
        poll = OkiTokiPoll(base_url=sim.url, token=sim.token, kind=CALL_LOG, interval=INTERVAL)
        relay = RelayServer(
            agents=AgentBook(tmp_path),
            store=MemoryStore(),
            vendor_tokens={"okitoki": secret},
            shared_polls=[poll],
        )
        await relay.start()
        sim.webhook_url, sim.hooks.secret = relay.hook_url("okitoki"), secret
        desks = okitoki_desks(sim, relay, tokens)
        taps = {user: EventTap(desk.watch()) for user, desk in desks.items()}
        try:
            for desk in desks.values():
                await relayed(desk.relay, CALL_LOG, "okitoki")
            session = sim.ring("380501234567", user_id="12")
            ringing = await next_call(taps["12"])
            await sim.wait_for_webhooks(1)
            sim.webhook_url = None  # the "ended" webhook is lost
            asked = len(sim.requests)
            sim.pick_up("12")
            sim.customer_hangup("12")
            ended = await next_call(taps["12"])
            others = [
                e for e in taps["31"].pending() if not isinstance(e, StatusChanged | RelayChanged)
            ]
            own = [p for p, _ in sim.requests[asked:] if p != CALLS_LOG]
        finally:
            for user, tap in taps.items():
                await tap.close()
                await desks[user].aclose()
            await relay.stop()
    assert isinstance(ringing, CallRinging) and ringing.call.id == session
    assert isinstance(ended, CallEnded) and ended.call.id == session
    assert others == [] and own == []


def test_each_desk_gets_the_call_log_rows_of_its_agent_and_of_no_one() -> None:
    rows = [{"user_id": "12", "n": "1"}, {"user_id": "31", "n": "2"}, {"user_id": "", "n": "3"}]
    frame = SharedFrame(CALL_LOG, "okitoki", rows, 60.0, read_at=1000.0)
    assert [r["n"] for r in frame.for_agent(("anna", "12"), now=1001.0)["value"]] == ["1", "3"]
    assert frame.for_agent(("31",), now=1001.0)["age"] == pytest.approx(1.0)
    queue = SharedFrame(QUEUE_FIGURES, "daktela", {"1": {}}, 10.0, read_at=1000.0)
    assert queue.for_agent(("x",), now=1000.0)["value"] == {"1": {}}
    assert queue.fresh(now=1020.0) and not queue.fresh(now=1020.5)
