"""AgentDesk's Daktela backend beside a naive client that polls every second, on one simulator.

The Daktela simulator runs in a child process (``agentdesk.sim.host``) with the real 60 s
long-poll hold. In this process, two clients follow the same agent:

- AgentDesk: ``DaktelaBackend.watch()``, the ``RTUserState`` hash long-poll (held until the
  state changes); it notices a change when the backend yields its ``StatusChanged``;
- naive: a plain ``httpx`` GET of ``RTUserState`` (no hash, so answered at once) every
  second on a fixed beat; it notices a change when an answer shows the new pause.

The simulator changes the agent's pause N times (``--changes``, default 60) at random
moments over ``--seconds`` (default 120), cycling through four pauses and Ready so that each
change shows a value that differs from the last four. A change's moment is the simulator's
own stamp of it (the ``state_time`` it sets as it applies the change, read back over the
pipe); a client's notice is ``time.time()`` here: one wall clock, two processes. A change
counts as missed by a client that never shows its value before the same value is set again
(a state shorter than the polling interval can pass unseen). Requests are counted from the
start of the changes' period to 2 s after the last change: the naive client counts its own,
AgentDesk's are the simulator's others (RTUserState, and GetPauses when a pause is new to it).

    python bench/naive_polling.py [--changes N] [--seconds S] [--seed K]

The simulator's process imports this script again (multiprocessing's spawn): the work stays
under ``if __name__ == "__main__"``.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import random
import statistics
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

import httpx

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import StatusChanged
from agentdesk.sim.host import SimHost

VALUES: Final = ("4", "6", "7", "8", None)
"""Pause ids set in turn (None: Ready); a value comes back every len(VALUES) changes."""
POLL_SECONDS: Final = 1.0
SETTLE_SECONDS: Final = 2.0
"""After the last change, so that the naive client's next answer is in."""


@dataclass
class Sightings:
    """When a client first showed each new value (a pause id, or None for Ready)."""

    seen: list[tuple[float, str | None]] = field(default_factory=list)
    requests: int = 0
    ready: asyncio.Event = field(default_factory=asyncio.Event)

    def show(self, value: str | None) -> None:
        if not self.seen or self.seen[-1][1] != value:
            self.seen.append((time.time(), value))
        self.ready.set()


async def follow_with_agentdesk(backend: DaktelaBackend, sightings: Sightings) -> None:
    async for event in backend.watch():
        if isinstance(event, StatusChanged):
            pause = event.status.pause
            sightings.show(pause.id if pause is not None else None)


async def follow_naively(url: str, login: str, token: str, sightings: Sightings) -> None:
    loop = asyncio.get_running_loop()
    async with httpx.AsyncClient(base_url=url, timeout=10.0) as client:
        beat = loop.time()
        while True:
            sightings.requests += 1
            response = await client.get(
                "/api/4.0/RTUserState/json", params={"access_token": token, "user": login}
            )
            sightings.show(response.json()["result"]["id_pause"])
            beat += POLL_SECONDS
            await asyncio.sleep(max(0.0, beat - loop.time()))


async def change_state(sim: SimHost, moments: list[float]) -> list[tuple[float, str | None]]:
    """Set the values at ``moments`` (seconds from now); each change's moment and value."""
    loop = asyncio.get_running_loop()
    start = loop.time()
    changes = []
    for i, moment in enumerate(moments):
        await asyncio.sleep(max(0.0, start + moment - loop.time()))
        value = VALUES[i % len(VALUES)]
        await sim.call("set_pause", value)
        # The simulator stamps state_time as it applies a change (the API shows it to the
        # second only): its own clock, read back, is the change's moment.
        stamped: datetime = await sim.get("_state_time")
        changes.append((stamped.timestamp(), value))
    return changes


def notices(
    changes: list[tuple[float, str | None]], sightings: Sightings
) -> tuple[list[float], int]:
    """Seconds from each change to the client showing its value; how many it never showed."""
    delays, missed = [], 0
    for i, (changed, value) in enumerate(changes):
        again = i + len(VALUES)
        until = changes[again][0] if again < len(changes) else float("inf")
        shown = next((t for t, v in sightings.seen if v == value and changed <= t < until), None)
        if shown is None:
            missed += 1
        else:
            delays.append(shown - changed)
    return delays, missed


async def measure(
    changes: int, seconds: float, seed: int
) -> tuple[list[tuple[float, str | None]], Sightings, Sightings, collections.Counter[str], float]:
    rng = random.Random(seed)
    moments = sorted(rng.uniform(0, seconds) for _ in range(changes))
    async with SimHost("daktela") as sim:
        url, login, token = [await sim.get(name) for name in ("url", "login", "token")]
        ours, naive = Sightings(), Sightings()
        backend = DaktelaBackend(base_url=url, login=login, secret=token)
        tasks = [
            asyncio.create_task(follow_with_agentdesk(backend, ours)),
            asyncio.create_task(follow_naively(url, login, token, naive)),
        ]
        try:
            await asyncio.wait_for(ours.ready.wait(), 10)
            await asyncio.wait_for(naive.ready.wait(), 10)
            await sim.call("wait_for_waiters", 1)
            before, naive_before = len(await sim.get("requests")), naive.requests
            started = time.monotonic()
            made = await change_state(sim, moments)
            await asyncio.sleep(SETTLE_SECONDS)
            elapsed = time.monotonic() - started
            requests = (await sim.get("requests"))[before:]
            naive.requests -= naive_before
            polls = sum(1 for action, _ in requests if action == "RTUserState")
            ours.requests = polls - naive.requests
            others = collections.Counter(a for a, _ in requests if a != "RTUserState")
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await backend.aclose()
    return made, ours, naive, others, elapsed


def _latency(what: str, delays: list[float], missed: int) -> str:
    if not delays:
        return f"change noticed, {what}: none noticed, missed {missed}"
    ms = sorted(d * 1000 for d in delays)
    p99 = ms[max(0, round(0.99 * len(ms)) - 1)]
    return (
        f"change noticed, {what}: n={len(ms)} median {statistics.median(ms):.1f} ms, "
        f"p99 {p99:.1f} ms, worst {ms[-1]:.1f} ms, missed {missed}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=60, help="state changes (default 60)")
    parser.add_argument("--seconds", type=float, default=120.0, help="over how long")
    parser.add_argument("--seed", type=int, default=8, help="of the random moments")
    args = parser.parse_args()
    made, ours, naive, others, elapsed = asyncio.run(measure(args.changes, args.seconds, args.seed))
    print(f"state changes: {len(made)} at random moments over {args.seconds:.0f} s")
    extra = "".join(f" + {action} {n}" for action, n in sorted(others.items()))
    print(
        f"requests in {elapsed:.0f} s: AgentDesk long-poll RTUserState {ours.requests}{extra}, "
        f"naive 1 s polling RTUserState {naive.requests}"
    )
    print(_latency("AgentDesk long-poll", *notices(made, ours)))
    print(_latency("naive 1 s polling", *notices(made, naive)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
