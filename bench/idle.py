"""An idle, connected agent on Daktela: HTTP requests per hour, and CPU as % of one core.

The Daktela simulator runs in a child process (``agentdesk.sim.host``) with the real
long-poll hold (60 s: a held ``RTUserState`` is answered when the state changes or the hold
ends; the backend's read timeout is 75 s). In this process: the real backend and session
and, unless ``--no-gui``, the GUI shell offscreen with its window shown, as
``agentdesk --demo`` runs them. After the connection is up and a warm-up (``--warmup``,
default 20 s), nothing happens for ``--seconds`` (default 600: a multiple of the 60 s hold,
of the queue strip's 120 s and of the desk phone's 300 s check counts each exactly). Measured
over that period:

- requests the simulator received, by action; RTUserState with ``hash`` are the long-poll's,
  those without are one-off reads (the first long-poll of a connection has none either);
  extrapolated to an hour;
- this process's CPU time (``time.process_time``: every thread), as % of one core;
- wake-ups a minute: how often the main thread (Qt's and asyncio's loop) was woken from its
  wait, counted by the kernel as its voluntary context switches (``/proc/self/task/TID/
  status``): every timer that fires, every socket that becomes readable and every event
  another thread posts wakes it once, and several ready at once wake it once. The same summed
  over the threads alive at both ends of the period (a worker thread that ended meanwhile is
  left out). Nothing is added to the process to count them.

Then, with the GUI, a census (``--census``, default 30 s; 0 skips it) counts the Timer events
Qt delivers, by receiver, to show what wakes the app while idle; ``--profile`` runs cProfile
over the census too and prints the functions that took the most time. Neither runs during
the CPU measurement, whose figure they would change.

    python bench/idle.py [--seconds S] [--warmup S] [--census S] [--profile] [--no-gui]

The simulator's process imports this script again (multiprocessing's spawn): the work stays
under ``if __name__ == "__main__"``, and Qt is imported only where the GUI is made.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import cProfile
import io
import os
import pstats
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import ConnectionState
from agentdesk.session import Session, SessionEvent
from agentdesk.sim.host import SimHost
from agentdesk.store.outbox import Outbox

CONNECT_TIMEOUT = 30.0


WAKEUP_GOAL = 12.0
"""Issue 19: wake-ups a minute of an idle desk in the tray."""
REQUEST_GOAL = 120.0
"""Issue 19: Daktela requests an idle hour, window shown."""
CPU_GOAL = 0.5
"""Issue 19: % of one core while idle, window shown."""


def context_switches(task: str = "self") -> int:
    """Voluntary context switches of a thread (``/proc/self/task/TID``) or, for "self", of
    the whole process (every thread's summed)."""
    if task != "self":
        return _voluntary(Path(f"/proc/self/task/{task}/status"))
    return sum(_voluntary(path / "status") for path in Path("/proc/self/task").iterdir())


def _voluntary(status: Path) -> int:
    try:
        text = status.read_text()
    except OSError:  # a thread that ended meanwhile
        return 0
    for line in text.splitlines():
        if line.startswith("voluntary_ctxt_switches:"):
            return int(line.split()[1])
    return 0


@dataclass
class Idle:
    seconds: float
    cpu_seconds: float
    requests: collections.Counter[str]
    hold_seconds: float
    main_wakeups: int = 0
    all_wakeups: int = 0
    timer_events: collections.Counter[str] = field(default_factory=collections.Counter)
    asyncio_callbacks: collections.Counter[str] = field(default_factory=collections.Counter)
    census_seconds: float = 0.0
    profile: str = ""


def describe_callback(handle: asyncio.Handle) -> str:
    callback = handle._callback  # type: ignore[attr-defined]
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, asyncio.Task):
        return f"step of task {owner.get_coro().__qualname__}"  # type: ignore[union-attr]
    return str(getattr(callback, "__qualname__", type(callback).__name__))


def request_kinds(requests: list[tuple[str, dict[str, str]]]) -> collections.Counter[str]:
    """Requests by action; RTUserState split into the long-poll's and one-off reads."""
    kinds: collections.Counter[str] = collections.Counter()
    for action, params in requests:
        if action == "RTUserState":
            action = "RTUserState (long-poll)" if "hash" in params else "RTUserState (plain)"
        kinds[action] += 1
    return kinds


async def wait_connected(session: Session) -> None:
    connected = asyncio.Event()

    def on_event(_event: SessionEvent) -> None:
        if session.connection.state is ConnectionState.CONNECTED:
            connected.set()

    session.add_listener(on_event)
    on_event(session.connection)
    await asyncio.wait_for(connected.wait(), CONNECT_TIMEOUT)


async def idle_period(sim: SimHost, seconds: float) -> Idle:
    """Sleep ``seconds``: the CPU time used meanwhile, the time it took, the main thread's and
    all threads' wake-ups and the requests the simulator received meanwhile."""
    before = len(await sim.get("requests"))
    main = str(threading.get_native_id())
    started_cpu, started = time.process_time(), time.monotonic()
    main_before, all_before = context_switches(main), context_switches()
    await asyncio.sleep(seconds)
    main_after, all_after = context_switches(main), context_switches()
    cpu, elapsed = time.process_time() - started_cpu, time.monotonic() - started
    requests = (await sim.get("requests"))[before:]
    return Idle(
        elapsed,
        cpu,
        request_kinds(requests),
        await sim.get("hold_seconds"),
        main_wakeups=main_after - main_before,
        all_wakeups=all_after - all_before,
    )


def make_session_factory(
    sim_url: str, login: str, token: str, scratch: Path
) -> Callable[[], Awaitable[Session]]:
    async def create() -> Session:
        backend = DaktelaBackend(
            base_url=sim_url, login=login, secret=token, note_field="field_poznamka"
        )
        outbox = await asyncio.to_thread(Outbox, scratch / "outbox.sqlite3")
        return Session(backend, outbox=outbox, profile_key="bench-idle")

    return create


async def measure_headless(
    sim: SimHost, create: Callable[[], Awaitable[Session]], seconds: float, warmup: float
) -> Idle:
    session = await create()
    session.start()
    try:
        await wait_connected(session)
        await asyncio.sleep(warmup)
        return await idle_period(sim, seconds)
    finally:
        await session.stop()


def run_headless(args: argparse.Namespace, scratch: Path) -> Idle:
    async def main() -> Idle:
        async with SimHost("daktela") as sim:
            create = await _factory(sim, scratch)
            return await measure_headless(sim, create, args.seconds, args.warmup)

    return asyncio.run(main())


async def _factory(sim: SimHost, scratch: Path) -> Callable[[], Awaitable[Session]]:
    url, login, token = [await sim.get(name) for name in ("url", "login", "token")]
    return make_session_factory(url, login, token, scratch)


def run_gui(args: argparse.Namespace, scratch: Path) -> Idle:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    import qasync  # isort: skip

    from agentdesk.ui.app import Shell

    class TimerCensus(QObject):
        """Counts the Timer events the application delivers, by what receives them."""

        def __init__(self) -> None:
            super().__init__()
            self.counts: collections.Counter[str] = collections.Counter()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Timer:
                self.counts[describe(watched)] += 1
            return False

    def describe(receiver: QObject) -> str:
        if isinstance(receiver, QTimer):
            owner = receiver.parent()
            name = type(owner).__name__ if owner is not None else "no parent"
            return f"QTimer of {name} every {receiver.interval()} ms"
        return type(receiver).__name__

    def quiet(kind: QtMsgType, context: object, message: str) -> None:
        # The offscreen platform says this on every layout change; it is not ours to fix.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    async def measure() -> Idle:
        async with SimHost("daktela") as sim:
            create = await _factory(sim, scratch)
            shell = Shell(title="AgentDesk — bench", tray_available=lambda: False)
            shell.freeze_heap = True  # as run_app has it
            running = asyncio.ensure_future(shell.run(create))
            try:
                while shell.session is None:
                    if running.done():
                        running.result()
                        raise RuntimeError("the shell ended before it made a session")
                    await asyncio.sleep(0.05)
                await wait_connected(shell.session)
                if args.hidden:  # in the tray all day, as many agents keep it
                    shell.window.hide()
                await asyncio.sleep(args.warmup)
                idle = await idle_period(sim, args.seconds)
                if args.census > 0:
                    await census(idle, args.census, args.profile)
                return idle
            finally:
                shell.request_quit()
                await running

    async def census(idle: Idle, seconds: float, profile: bool) -> None:
        counter = TimerCensus()
        app = QApplication.instance()
        assert app is not None
        profiler = cProfile.Profile() if profile else None
        # qasync runs every asyncio callback (call_soon too) on a Qt timer of its own
        # (_SimpleTimer): name them by what they call.
        callbacks: collections.Counter[str] = collections.Counter()
        loop: Any = asyncio.get_running_loop()
        add_callback = loop._add_callback

        def counted(handle: asyncio.Handle, delay: float = 0) -> Any:
            callbacks[describe_callback(handle)] += 1
            return add_callback(handle, delay)

        app.installEventFilter(counter)
        loop._add_callback = counted
        if profiler is not None:
            profiler.enable()
        started = time.monotonic()
        try:
            await asyncio.sleep(seconds)
        finally:
            if profiler is not None:
                profiler.disable()
            loop._add_callback = add_callback
            app.removeEventFilter(counter)
        idle.census_seconds = time.monotonic() - started
        idle.timer_events = counter.counts
        idle.asyncio_callbacks = callbacks
        if profiler is not None:
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(15)
            idle.profile = text.getvalue()

    qInstallMessageHandler(quiet)
    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result: Idle = loop.run_until_complete(measure())
    return result


def report(idle: Idle, where: str) -> list[str]:
    hour = 3600.0 / idle.seconds
    total = sum(idle.requests.values())
    polls = idle.requests["RTUserState (long-poll)"]
    breakdown = ", ".join(f"{action} {n}" for action, n in sorted(idle.requests.items()))
    minute = 60.0 / idle.seconds
    lines = [
        f"Daktela long-poll requests per idle hour ({where}): {polls * hour:.0f} "
        f"({polls} in {idle.seconds:.0f} s, hold {idle.hold_seconds:.0f} s)",
        f"Daktela requests per idle hour, all ({where}): {total * hour:.0f} "
        f"({total} in {idle.seconds:.0f} s: {breakdown or 'none'}; goal with the window "
        f"shown: at most {REQUEST_GOAL:.0f}; floor: the long-poll's 60)",
        f"CPU while idle and connected ({where}): "
        f"{100 * idle.cpu_seconds / idle.seconds:.2f} % of one core "
        f"({idle.cpu_seconds:.2f} s CPU in {idle.seconds:.0f} s; goal with the window shown: "
        f"at most {CPU_GOAL} %)",
        f"wake-ups per idle minute ({where}): main thread {idle.main_wakeups * minute:.1f}, "
        f"all threads {idle.all_wakeups * minute:.1f} (voluntary context switches; goal "
        f"in the tray: at most {WAKEUP_GOAL:.0f}; floor: the long-poll's 1)",
    ]
    if idle.timer_events:
        per_minute = 60.0 / idle.census_seconds
        seen = ", ".join(
            f"{what} {n * per_minute:.1f}" for what, n in idle.timer_events.most_common()
        )
        total_timers = sum(idle.timer_events.values()) * per_minute
        lines.append(f"Timer events per idle minute ({where}): {total_timers:.1f}: {seen}")
    if idle.asyncio_callbacks:
        per_minute = 60.0 / idle.census_seconds
        top = idle.asyncio_callbacks.most_common(8)
        seen = ", ".join(f"{what} {n * per_minute:.1f}" for what, n in top)
        lines.append(f"asyncio callbacks per idle minute, most frequent ({where}): {seen}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="idle period measured")
    parser.add_argument("--warmup", type=float, default=20.0, help="seconds before it")
    parser.add_argument("--census", type=float, default=30.0, help="timer census seconds")
    parser.add_argument("--profile", action="store_true", help="cProfile over the census")
    parser.add_argument("--no-gui", action="store_true", help="backend and session only")
    parser.add_argument(
        "--hidden", action="store_true", help="the window hidden (AgentDesk in the tray)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="agentdesk-idle-") as name:
        scratch = Path(name)
        # The shell reads and writes window state, contacts and caches: not the user's.
        for kind in ("CONFIG", "DATA", "CACHE", "STATE"):
            os.environ[f"XDG_{kind}_HOME"] = str(scratch / kind.lower())
        if args.no_gui:
            idle, where = run_headless(args, scratch), "backend + session"
        else:
            idle = run_gui(args, scratch)
            where = f"GUI {os.environ['QT_QPA_PLATFORM']}" + (
                ", window hidden" if args.hidden else ""
            )
    for line in report(idle, where):
        print(line)
    if idle.profile:
        print(idle.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
