"""A test-speed shift per vendor, with faults mixed in, the simulator in a child process.

Calls ring (uContact: the agent dials, since its API shows no inbound call live), are
answered, end, and get a wrap-up saved through the session's durable outbox, while the
simulator injects 503 bursts, 502 HTML pages, resets, 429s, malformed JSON, cut long-polls
and whole outages at random. The simulator runs in its own process (``agentdesk.sim.host``),
so the memory figures are the client's alone. Prints one line per figure: calls, faults
injected, exceptions logged, dispositions received by the vendor (lost / duplicated), calls
never ended in the session's event stream, the client's Python heap and resident memory.

    python bench/soak.py [CALLS] [VENDOR...]

The simulator's process imports this script again (multiprocessing's spawn), which is why
everything it runs stays under ``if __name__ == "__main__"``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from agentdesk.core import (
    Backend,
    CallAnswered,
    CallEnded,
    CallRinging,
    ConnectionState,
    Disposition,
    TransientError,
)
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session, SessionEvent
from agentdesk.sim.host import SimHost
from agentdesk.store.outbox import Outbox

VENDORS = ("daktela", "okitoki", "ucontact", "megapbx")
WAIT = 15.0
"""Seconds any one step of a call may take before the soak calls it stuck."""


class Sim(Protocol):
    """A simulator's controls: :class:`agentdesk.sim.host.SimHost`, or one in this process
    (:class:`agentdesk.sim.host.LocalSim`)."""

    async def call(self, path: str, /, *args: Any, **kwargs: Any) -> Any: ...
    async def get(self, path: str) -> Any: ...
    async def set(self, path: str, value: Any) -> None: ...


class ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self.first: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        if self.first is None:
            self.first = record.getMessage()


class Watch:
    """The calls the session's event stream has shown, and those it has not ended yet."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.seen: set[str] = set()
        self.open: set[str] = set()
        self.redials = 0
        self._changed = asyncio.Event()
        session.add_listener(self._follow)

    def _follow(self, event: SessionEvent) -> None:
        if isinstance(event, CallRinging | CallAnswered):
            if event.call.id not in self.seen:
                self.open.add(event.call.id)
            self.seen.add(event.call.id)
        elif isinstance(event, CallEnded):
            self.open.discard(event.call.id)
        self._changed.set()

    async def until(self, predicate: Callable[[], bool], what: str) -> None:
        try:
            async with asyncio.timeout(WAIT):
                while not predicate():
                    self._changed.clear()
                    # Woken by the session's events; the timeout re-checks what they don't
                    # announce (the connection's state).
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(0.05):
                            await self._changed.wait()
        except TimeoutError:
            raise RuntimeError(f"not seen within {WAIT:g} s: {what}") from None

    async def connected(self) -> None:
        await self.until(
            lambda: self.session.connection.state is ConnectionState.CONNECTED, "connected"
        )


# -- the vendors ---------------------------------------------------------------------------


async def ring_in(sim: Sim, watch: Watch, number: str, hang_up: str) -> str:
    """A customer calls the agent, who answers on the phone; the customer hangs up."""
    call_id: str = await sim.call("ring", number)
    await watch.until(lambda: call_id in watch.seen, f"call {call_id} rang")
    await sim.call("pick_up")
    await sim.call(hang_up)
    await watch.until(lambda: call_id not in watch.open, f"call {call_id} ended")
    return call_id


async def dial_out(sim: Sim, watch: Watch, number: str) -> str:
    """The agent dials; the customer answers and, a moment later, hangs up. A dial the
    vendor did not take (a fault met it) is dialled again, as the agent would."""
    while True:
        await watch.connected()
        try:
            call_id = (await watch.session.dial(number)).call_id
        except TransientError:
            watch.redials += 1
            continue
        break
    await watch.until(lambda: call_id in watch.seen, f"call {call_id} placed")
    async with asyncio.timeout(WAIT):
        # The simulator may be in another process: its state is asked for, not announced.
        while await sim.call("call_state", call_id) != "talking":  # noqa: ASYNC110
            await asyncio.sleep(0.005)
    await sim.call("customer_hangup", call_id)
    await watch.until(lambda: call_id not in watch.open, f"call {call_id} ended")
    return call_id


@dataclass(frozen=True)
class Vendor:
    name: str
    sim_options: dict[str, Any]
    connect: Callable[[Sim], Awaitable[Backend]]
    one_call: Callable[[Sim, Watch, str], Awaitable[str]]
    watched: str
    """A part of the path of what watch() asks: where malformed answers are aimed."""
    disposes: bool = True


# Each vendor's backend is imported when used: a bench of one vendor then carries nothing of
# the others (the webhook vendors bring aiohttp, some 23 MB of resident memory).


async def _daktela(sim: Sim) -> Backend:
    from agentdesk.backends.daktela.backend import DaktelaBackend

    return DaktelaBackend(
        base_url=await sim.get("url"), login=await sim.get("login"), secret=await sim.get("token")
    )


async def _okitoki(sim: Sim) -> Backend:
    from agentdesk.backends.okitoki.backend import OkiTokiBackend

    backend = OkiTokiBackend(**await sim.call("backend_kwargs"), call_log_poll_seconds=0.2)
    await sim.set("webhook_url", await backend.start_receiver())
    return backend


async def _ucontact(sim: Sim) -> Backend:
    from agentdesk.backends.ucontact.backend import UContactBackend

    return UContactBackend(**await sim.call("backend_kwargs"), call_poll_seconds=0.02)


async def _megapbx(sim: Sim) -> Backend:
    from agentdesk.backends.megapbx.backend import MegaPbxBackend

    backend = MegaPbxBackend(
        base_url=await sim.get("url"),
        login=await sim.get("agent.login"),
        api_key=await sim.get("api_key"),
        crm_token=await sim.get("crm_token"),
        listen_port=0,
        history_poll_seconds=0.2,
    )
    await sim.set("webhook_url", await backend.start_receiver())
    return backend


SHIFTS = {
    "daktela": Vendor(
        "daktela",
        {"hold_seconds": 0.5, "wrapup_seconds": 0, "seed_history": False},
        _daktela,
        lambda sim, watch, number: ring_in(sim, watch, number, "customer_hangup"),
        "RTUserState",
    ),
    "okitoki": Vendor(
        "okitoki",
        {"seed_history": False},
        _okitoki,
        lambda sim, watch, number: ring_in(sim, watch, number, "customer_hangup"),
        "calls-log",
    ),
    "ucontact": Vendor(
        "ucontact",
        {"outbound_answer_after": 0.005, "seed_history": False},
        _ucontact,
        dial_out,
        "getrecords",
    ),
    # MegaFon's crmapi documents no disposition: calls, faults and memory only.
    "megapbx": Vendor(
        "megapbx",
        {"seed_history": False},
        _megapbx,
        lambda sim, watch, number: ring_in(sim, watch, number, "hang_up"),
        "/dnd",
        disposes=False,
    ),
}


# -- the shift -------------------------------------------------------------------------------


class WrapUp:
    """The agent's wrap-up after each call: the first outcome the vendor offers, saved through
    the session (and so its outbox). The form is asked for once, again while a fault meets it."""

    def __init__(self, watch: Watch) -> None:
        self.watch = watch
        self.statuses: list[str] = []

    async def save(self, call_id: str) -> None:
        session = self.watch.session
        while not self.statuses:
            try:
                form = await session.disposition_form(call_id)
            except TransientError:
                await self.watch.connected()
                continue
            assert form is not None
            self.statuses = [s.id for s in form.statuses]
        await session.dispose(Disposition(call_id=call_id, status_id=self.statuses[0]))


async def inject_fault(sim: Sim, rng: random.Random, vendor: Vendor) -> str | None:
    """About one call in seven meets a fault (whole outages are rarer); which one, if any.
    A one-shot fault waits for the vendor's next request, so it may meet a later call."""
    roll = rng.random()
    if roll < 0.05:
        await sim.call("faults.fail", 503, times=rng.randint(1, 3))
        return "503 burst"
    if roll < 0.07:
        await sim.call("faults.html", status=502)
        return "502 HTML page"
    if roll < 0.09:
        await sim.call("faults.reset")
        return "connection reset"
    if roll < 0.10:
        await sim.call("faults.fail", 429, retry_after=0)
        return "429"
    if roll < 0.11:
        # Only where JSON is read, not written: a write answered with garbage may have been
        # saved, so the outbox keeps it as refused for the agent (tests/test_outbox*.py).
        await sim.call("faults.malformed", path=vendor.watched)
        return "malformed JSON"
    if roll < 0.13:
        await sim.call("faults.cut")
        return "requests in flight cut"
    if roll < 0.135:
        await sim.call("faults.take_down")
        await asyncio.sleep(rng.uniform(0.05, 0.3))
        await sim.call("faults.bring_back")
        return "outage"
    return None


def resident_kib() -> int:
    """This process's resident set (Linux ``/proc``), 0 where there is none."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


async def soak(calls: int, vendor_name: str = "daktela") -> dict[str, float]:
    async with SimHost(vendor_name, **SHIFTS[vendor_name].sim_options) as sim:
        return await run_shift(sim, SHIFTS[vendor_name], calls)


async def run_shift(sim: Sim, vendor: Vendor, calls: int) -> dict[str, float]:
    errors = ErrorCounter()
    logging.getLogger().addHandler(errors)
    rng = random.Random(2026)
    outbox = Outbox(Path(tempfile.mkdtemp()) / "outbox.sqlite3")
    backend = await vendor.connect(sim)
    policy = ReconnectPolicy(base=0.01, cap=0.05, minimum=0.005)
    session = Session(backend, policy=policy, outbox=outbox, profile_key="soak")
    watch = Watch(session)
    session.start()
    tracemalloc.start()
    start_heap = start_rss = 0
    wrap_up = WrapUp(watch)
    scheduled: dict[str, int] = {}
    started = time.perf_counter()
    try:
        for number in range(calls):
            await watch.connected()
            if number == 10:  # after the first calls warmed every cache
                start_heap, start_rss = tracemalloc.get_traced_memory()[0], resident_kib()
            if (fault := await inject_fault(sim, rng, vendor)) is not None:
                scheduled[fault] = scheduled.get(fault, 0) + 1
            call_id = await vendor.one_call(sim, watch, f"60{number:07d}")
            if not vendor.disposes:
                continue
            await wrap_up.save(call_id)
        async with asyncio.timeout(30):
            while session.outbox_counts.pending or session.outbox_counts.failed:  # noqa: ASYNC110
                await asyncio.sleep(0.01)
        elapsed = time.perf_counter() - started
        end_heap, end_rss = tracemalloc.get_traced_memory()[0], resident_kib()
    finally:
        tracemalloc.stop()
        await session.stop()
        await backend.aclose()
        logging.getLogger().removeHandler(errors)
    received: dict[str, int] = {}
    for disposed in await sim.call("disposed_calls") if vendor.disposes else []:
        received[disposed] = received.get(disposed, 0) + 1
    injected = await sim.get("faults.injected")
    return {
        "calls": calls,
        "seconds": elapsed,
        "faults made": sum(scheduled.values()),
        "faults met by a request": len(injected),
        "dials repeated after a fault": watch.redials,
        "exceptions logged": errors.count,
        "dispositions received": sum(received.values()),
        "dispositions lost": (calls - len(received)) if vendor.disposes else 0,
        "dispositions duplicated": sum(n - 1 for n in received.values()),
        "calls left open": len(watch.open),
        "client heap after 10 calls (kB)": start_heap / 1024,
        "client heap at the end (kB)": end_heap / 1024,
        "client RSS after 10 calls (MB)": start_rss / 1024,
        "client RSS at the end (MB)": end_rss / 1024,
    }


def main() -> int:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    vendors = sys.argv[2:] or list(VENDORS)
    if len(vendors) > 1:  # one process per vendor: each one's memory figures are its own
        for vendor in vendors:
            subprocess.run([sys.executable, __file__, str(calls), vendor], check=True)
        return 0
    figures = asyncio.run(soak(calls, vendors[0]))
    for name, value in figures.items():
        shown = f"{value:.1f}" if isinstance(value, float) else str(value)
        print(f"soak {vendors[0]}: {name}: {shown}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
