"""Vendor requests with and without the relay's shared polling (docs/RELAY.md, "Shared
polling"): N Daktela desks refresh their queue strip every interval against the simulator,
first each asking RTStatsQueues itself, then through one relay holding a supervisor's token;
the simulator counts the requests. Intervals are scaled down (``--interval``, default 0.5 s
for the strip's 10 s) so that a run takes seconds; the counts per interval are what matters.

    .venv/bin/python bench/relay_shared_polls.py --desks 50 --intervals 10
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from pathlib import Path

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.relay.agents import AgentBook
from agentdesk.relay.memory_store import MemoryStore
from agentdesk.relay.server import RelayServer
from agentdesk.relay.shared_polls import QUEUE_FIGURES, DaktelaPoll
from agentdesk.sim.daktela.simulator import DaktelaSimulator


def rt_stats(sim: DaktelaSimulator) -> int:
    return sum(1 for action, _ in sim.requests if action == "RTStatsQueues")


async def strip(desks: list[DaktelaBackend], interval: float, intervals: int) -> None:
    """Every desk's queue strip, refreshed once an interval."""
    for _ in range(intervals):
        await asyncio.gather(*(desk.queue_figures() for desk in desks))
        await asyncio.sleep(interval)


async def run(count: int, interval: float, intervals: int) -> tuple[int, int, int]:
    async with DaktelaSimulator() as sim:
        alone = [DaktelaBackend(base_url=sim.url, login=sim.login, secret=sim.token)
                 for _ in range(count)]  # fmt: skip
        await strip(alone, interval, intervals)
        for desk in alone:
            await desk.aclose()
        without = rt_stats(sim)
        with tempfile.TemporaryDirectory() as state:
            book = AgentBook(Path(state))
            tokens = [book.add(f"agent{n}") for n in range(count)]
            poll = DaktelaPoll(base_url=sim.url, token=sim.supervisor_token, interval=interval)
            relay = RelayServer(
                agents=AgentBook(Path(state)), store=MemoryStore(), vendor_tokens={},
                shared_polls=[poll],
            )  # fmt: skip
            await relay.start()
            desks = [
                DaktelaBackend(
                    base_url=sim.url,
                    login=sim.login,
                    secret=sim.token,
                    relay_url=relay.url,
                    relay_token=token,
                )
                for token in tokens
            ]
            for desk in desks:
                assert desk.relay is not None
                desk.relay.start()
            for desk in desks:
                assert desk.relay is not None
                while desk.relay.fresh(QUEUE_FIGURES, "daktela") is None:
                    desk.relay.shared_arrived.clear()
                    await desk.relay.shared_arrived.wait()
            before = rt_stats(sim)
            await strip(desks, interval, intervals)
            shared = rt_stats(sim) - before
            polls = relay.metrics.polls["daktela"]
            for desk in desks:
                await desk.aclose()
            await relay.stop()
    return without, shared, polls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--interval", type=float, default=0.5)
    parser.add_argument("--intervals", type=int, default=10)
    args = parser.parse_args()
    without, shared, polls = asyncio.run(run(args.desks, args.interval, args.intervals))
    print(f"{args.desks} desks, {args.intervals} intervals: RTStatsQueues without the relay "
          f"{without}, with it {shared} (the relay's polls in all: {polls})")  # fmt: skip


if __name__ == "__main__":
    main()
