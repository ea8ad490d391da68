"""The whole app through a shift: bench/soak.py's calls and faults, but in the real window.

The GUI (offscreen unless QT_QPA_PLATFORM says otherwise) runs in this process, the vendor's
simulator in a child process (``agentdesk.sim.host``), so the memory is the app's alone.
Prints: resident memory once connected and after the first 10 calls, and at the end; the
longest event-loop stalls during the shift and while the recent calls load afterwards (a
10 ms timer's lateness: what the agent would feel as a frozen window), and the asyncio
callbacks that took longest, each with its wall and CPU time (this thread's CPU time: on a
busy machine the wall time holds other processes' turns too, the CPU time only ours). Qt's
own events (paint, layout) run between callbacks and are not in that list; a stall with no
slow callback beside it is theirs, or another process's.

    python bench/gui_soak.py [CALLS] [VENDOR]
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

import qasync  # isort: skip

from soak import SHIFTS, Watch, WrapUp, inject_fault, resident_kib

from agentdesk.core import ConnectionState
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session
from agentdesk.sim.host import SimHost
from agentdesk.store.outbox import Outbox
from agentdesk.ui.app import Shell

TICK = 0.010
STALL_GOAL_MS = 25.0
"""Issue 19: the longest stall during a 1,000-call shift."""


class SlowCallbacks:
    """The asyncio callbacks (task steps included) that ran longest, while started: each
    callback's wall and CPU time, kept for the ``keep`` slowest by wall time."""

    def __init__(self, keep: int = 5) -> None:
        self.keep = keep
        self.slowest: list[tuple[float, float, str]] = []
        self._run: Any = None

    def start(self) -> None:
        self.slowest = []
        original = self._run = asyncio.events.Handle._run
        watch = self

        def timed(handle: asyncio.Handle) -> None:
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                original(handle)
            finally:
                wall = time.perf_counter() - wall
                if len(watch.slowest) < watch.keep or wall > watch.slowest[-1][0]:
                    cpu = time.thread_time() - cpu
                    watch.slowest.append((wall, cpu, _describe(handle)))
                    watch.slowest.sort(reverse=True)
                    del watch.slowest[watch.keep :]

        asyncio.events.Handle._run = timed  # type: ignore[method-assign]

    def stop(self) -> list[tuple[float, float, str]]:
        if self._run is not None:
            asyncio.events.Handle._run = self._run  # type: ignore[method-assign]
            self._run = None
        return self.slowest


def _describe(handle: asyncio.Handle) -> str:
    callback = handle._callback  # type: ignore[attr-defined]
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, asyncio.Task):
        coro: Any = owner.get_coro()
        frame = getattr(coro, "cr_frame", None)
        where = f" at line {frame.f_lineno}" if frame is not None else ""
        return f"task {coro.__qualname__}{where}"
    return str(getattr(callback, "__qualname__", type(callback).__name__))


def slow_line(what: str, slowest: list[tuple[float, float, str]]) -> str:
    seen = "; ".join(
        f"{name} {wall * 1000:.1f} ms ({cpu * 1000:.1f} ms CPU)" for wall, cpu, name in slowest
    )
    return f"{what}: slowest callbacks: {seen or 'none'}"


class LoopLag:
    """How late a 10 ms timer fires, over and over: the event loop's stalls."""

    def __init__(self) -> None:
        self.lateness: list[float] = []
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.lateness = []
        self._task = asyncio.ensure_future(self._run())

    async def stop(self) -> list[float]:
        assert self._task is not None
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        return self.lateness

    async def _run(self) -> None:
        while True:
            started = time.perf_counter()
            await asyncio.sleep(TICK)
            self.lateness.append(time.perf_counter() - started - TICK)


def stall_line(what: str, lateness: list[float]) -> str:
    ms = sorted(x * 1000 for x in lateness) or [0.0]
    p99 = ms[max(0, round(0.99 * len(ms)) - 1)]
    return (
        f"{what}: longest stall {ms[-1]:.1f} ms, p99 {p99:.1f} ms, "
        f"median {statistics.median(ms):.1f} ms (n={len(ms)}; goal: at most {STALL_GOAL_MS:.0f} ms)"
    )


async def shift(vendor_name: str, calls: int) -> list[str]:
    vendor = SHIFTS[vendor_name]
    lines: list[str] = []
    async with SimHost(vendor_name, **{**vendor.sim_options, "seed_history": True}) as sim:

        async def start() -> Session:
            backend = await vendor.connect(sim)
            policy = ReconnectPolicy(base=0.01, cap=0.05, minimum=0.005)
            outbox = Outbox(Path(tempfile.mkdtemp()) / "outbox.sqlite3")
            return Session(backend, policy=policy, outbox=outbox, profile_key="bench")

        shell = Shell(title="AgentDesk — bench", tray_available=lambda: False)
        shell.freeze_heap = True  # as run_app has it
        running = asyncio.ensure_future(shell.run(start))
        try:
            async with asyncio.timeout(30):
                while (  # noqa: ASYNC110 - the shell makes its session in its own task
                    shell.session is None
                    or shell.session.connection.state is not ConnectionState.CONNECTED
                ):
                    await asyncio.sleep(0.01)
            session = shell.session
            lines.append(
                f"gui soak {vendor_name}: RSS once connected: {resident_kib() / 1024:.1f} MB"
            )
            watch = Watch(session)
            rng = random.Random(2026)
            lag = LoopLag()
            slow = SlowCallbacks()
            wrap_up = WrapUp(watch)
            start_rss = 0
            started = time.perf_counter()
            lag.start()
            slow.start()
            for number in range(calls):
                await watch.connected()
                if number == 10:
                    start_rss = resident_kib()
                await inject_fault(sim, rng, vendor)
                call_id = await vendor.one_call(sim, watch, f"60{number:07d}")
                if not vendor.disposes:
                    continue
                await wrap_up.save(call_id)
            during_shift = await lag.stop()
            slow_in_shift = slow.stop()
            elapsed = time.perf_counter() - started
            end_rss = resident_kib()
            lines.append(f"gui soak {vendor_name}: calls: {calls} in {elapsed:.1f} s")
            lines.append(
                f"gui soak {vendor_name}: RSS after 10 calls: {start_rss / 1024:.1f} MB, "
                f"at the end: {end_rss / 1024:.1f} MB, "
                f"growth {(end_rss - start_rss) / 1024:.1f} MB"
            )
            lines.append(stall_line(f"gui soak {vendor_name}: during the shift", during_shift))
            lines.append(slow_line(f"gui soak {vendor_name}: during the shift", slow_in_shift))
            history = shell.window.history
            if history.available:
                lag.start()
                slow.start()
                history.refresh()
                async with asyncio.timeout(60):
                    while history.loading:  # noqa: ASYNC110 - the view's own flag
                        await asyncio.sleep(0.01)
                    await asyncio.sleep(0.2)  # the rows painted
                rows = len(history.model.records)
                loading = await lag.stop()
                lines.append(
                    stall_line(f"gui soak {vendor_name}: loading {rows} recent calls", loading)
                )
                lines.append(slow_line(f"gui soak {vendor_name}: loading", slow.stop()))
        finally:
            shell.request_quit()
            await running
    return lines


def _quiet(kind: QtMsgType, context: object, message: str) -> None:
    if "propagateSizeHints" not in message and "does not support raise()" not in message:
        print(message, file=sys.stderr)


def main() -> int:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    vendor = sys.argv[2] if len(sys.argv) > 2 else "daktela"
    scratch = Path(tempfile.mkdtemp(prefix="agentdesk-bench-"))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(scratch / variable.lower())
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        for line in loop.run_until_complete(shift(vendor, calls)):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
