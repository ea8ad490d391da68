"""The whole app through a shift: bench/soak.py's calls and faults, but in the real window.

The GUI (offscreen unless QT_QPA_PLATFORM says otherwise) runs in this process, the vendor's
simulator in a child process (``agentdesk.sim.host``), so the memory is the app's alone.
Prints: resident memory once connected and after the first 10 calls, and at the end; the
longest event-loop stalls during the shift and while the recent calls load afterwards (a
10 ms timer's lateness: what the agent would feel as a frozen window).

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
        f"median {statistics.median(ms):.1f} ms (n={len(ms)})"
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
            wrap_up = WrapUp(watch)
            start_rss = 0
            started = time.perf_counter()
            lag.start()
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
            elapsed = time.perf_counter() - started
            end_rss = resident_kib()
            lines.append(f"gui soak {vendor_name}: calls: {calls} in {elapsed:.1f} s")
            lines.append(
                f"gui soak {vendor_name}: RSS after 10 calls: {start_rss / 1024:.1f} MB, "
                f"at the end: {end_rss / 1024:.1f} MB, "
                f"growth {(end_rss - start_rss) / 1024:.1f} MB"
            )
            lines.append(stall_line(f"gui soak {vendor_name}: during the shift", during_shift))
            history = shell.window.history
            if history.available:
                lag.start()
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
