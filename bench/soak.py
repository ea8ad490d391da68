"""A test-speed shift against the Daktela simulator, with faults mixed in.

Calls ring, are answered on the desk phone, end, and get a wrap-up saved through the
session's durable outbox, while the simulator injects 503 bursts, 502 HTML pages, resets,
429s and cut long-polls at random. Prints one line per figure: calls, faults injected,
exceptions logged, dispositions received by the vendor (lost / duplicated), calls whose
ringing was never ended in the event stream, and Python heap at start and end.

    python bench/soak.py [CALLS]
"""

from __future__ import annotations

import asyncio
import logging
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from agentdesk.backends.daktela import DaktelaBackend
from agentdesk.core import CallEnded, CallRinging, ConnectionState, Disposition
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session, SessionEvent
from agentdesk.sim.daktela import DaktelaSimulator
from agentdesk.store.outbox import Outbox


class ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


async def _until(predicate: Callable[[], bool], what: str) -> None:
    """The client side's view (events reaching the session), polled: bounded at 10 s."""
    try:
        async with asyncio.timeout(10):
            while not predicate():  # noqa: ASYNC110
                await asyncio.sleep(0.002)
    except TimeoutError:
        raise RuntimeError(f"not seen within 10 s: {what}") from None


async def soak(calls: int) -> dict[str, float]:
    errors = ErrorCounter()
    logging.getLogger().addHandler(errors)
    rng = random.Random(2026)
    outbox = Outbox(Path(tempfile.mkdtemp()) / "outbox.sqlite3")
    async with DaktelaSimulator(hold_seconds=0.5, wrapup_seconds=0) as sim:
        backend = DaktelaBackend(base_url=sim.url, login=sim.login, secret=sim.token)
        policy = ReconnectPolicy(base=0.01, cap=0.05, minimum=0.005)
        session = Session(backend, policy=policy, outbox=outbox, profile_key="soak")
        open_calls: set[str] = set()
        ringing_seen: set[str] = set()

        def follow(event: SessionEvent) -> None:
            if isinstance(event, CallRinging):
                open_calls.add(event.call.id)
                ringing_seen.add(event.call.id)
            elif isinstance(event, CallEnded):
                open_calls.discard(event.call.id)

        session.add_listener(follow)
        session.start()
        tracemalloc.start()
        start_heap = 0
        statuses: list[str] = []
        started = time.perf_counter()
        try:
            for number in range(calls):
                async with asyncio.timeout(30):
                    while session.connection.state is not ConnectionState.CONNECTED:  # noqa: ASYNC110
                        await asyncio.sleep(0.005)
                if number == 10:  # after the first calls warmed every cache
                    start_heap = tracemalloc.get_traced_memory()[0]
                fault = rng.random()
                if fault < 0.05:
                    sim.faults.fail(503, times=rng.randint(1, 3))
                elif fault < 0.08:
                    sim.faults.fail(502)
                elif fault < 0.10:
                    sim.faults.reset()
                elif fault < 0.11:
                    sim.faults.fail(429, retry_after=0)
                elif fault < 0.13:
                    sim.faults.cut()
                call_id = sim.ring(f"60{number:07d}", name=f"Caller {number}")
                await _until(lambda cid=call_id: cid in ringing_seen, f"call {number} rang")
                sim.pick_up()
                sim.customer_hangup()
                await _until(lambda cid=call_id: cid not in open_calls, f"call {number} ended")
                if not statuses:
                    form = await session.disposition_form(call_id)
                    assert form is not None
                    statuses = [s.id for s in form.statuses]
                await session.dispose(Disposition(call_id=call_id, status_id=statuses[0]))
            async with asyncio.timeout(30):
                while session.outbox_counts.pending or session.outbox_counts.failed:  # noqa: ASYNC110
                    await asyncio.sleep(0.01)
            elapsed = time.perf_counter() - started
            end_heap = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
            await session.stop()
            logging.getLogger().removeHandler(errors)
        received: dict[str, int] = {}
        for script in sim.closed_scripts:
            received[script.call_id] = received.get(script.call_id, 0) + 1
        return {
            "calls": calls,
            "seconds": elapsed,
            "faults injected": len(sim.faults.injected),
            "exceptions logged": errors.count,
            "dispositions received": sum(received.values()),
            "dispositions lost": calls - len(received),
            "dispositions duplicated": sum(n - 1 for n in received.values()),
            "calls left open": len(open_calls),
            "heap after 10 calls (kB)": start_heap / 1024,
            "heap at the end (kB)": end_heap / 1024,
        }


def main() -> int:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    figures = asyncio.run(soak(calls))
    for name, value in figures.items():
        print(
            f"soak daktela: {name}: {value:.1f}"
            if isinstance(value, float)
            else f"soak daktela: {name}: {value}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
