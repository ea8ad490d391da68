"""A simulator in a child process, driven through a pipe.

Benchmarks measure the client alone this way: its heap and resident memory then hold nothing
of the simulator's, whose request logs grow all shift, and the simulator's work does not
share the client's core. Control calls name an attribute path on the simulator, run on the
simulator's own loop, and answer what pickles::

    async with SimHost("daktela", hold_seconds=0.5) as sim:
        call_id = await sim.call("ring", "600000001")
        await sim.call("faults.fail", 503, times=2)
        url = await sim.get("url")
"""

from __future__ import annotations

import asyncio
import inspect
import multiprocessing
import pickle
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, Final

from agentdesk.sim.registry import SIMULATORS, sim_spec

START_TIMEOUT: Final = 30.0
"""Seconds a child gets to import and start its simulator: a cold start on a busy machine."""


class SimHostError(RuntimeError):
    """A control call failed in the child; the message is the child's exception, one line."""


class SimHost:
    def __init__(self, vendor: str, /, **options: Any) -> None:
        if vendor not in SIMULATORS or sim_spec(vendor).simulator_class is None:
            raise ValueError(f"no simulator for {vendor!r}; one of {', '.join(SIMULATORS)}")
        self.vendor = vendor
        self.options = options
        self.pid: int | None = None
        self._process: Any = None
        self._conn: Connection | None = None
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> SimHost:
        await self.start()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        await self.stop()

    async def start(self) -> None:
        # spawn, not fork: a forked child would inherit the client's loop, threads and heap.
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        self._process = context.Process(
            target=serve, args=(theirs, self.vendor, self.options), daemon=True
        )
        self._process.start()
        theirs.close()
        self._conn = ours
        self.pid = self._process.pid
        async with asyncio.timeout(START_TIMEOUT):
            await self._answer()

    async def call(self, path: str, /, *args: Any, **kwargs: Any) -> Any:
        """``sim.<path>(*args, **kwargs)`` in the child, awaited there if it is a coroutine."""
        return await self._ask(("call", path, args, kwargs))

    async def get(self, path: str) -> Any:
        return await self._ask(("get", path, (), {}))

    async def set(self, path: str, value: Any) -> None:
        await self._ask(("set", path, (value,), {}))

    async def stop(self) -> None:
        if self._conn is None:
            return
        conn, self._conn = self._conn, None
        try:
            async with self._lock:
                conn.send(None)
        except (BrokenPipeError, OSError):
            pass
        await asyncio.to_thread(self._process.join, 10)
        if self._process.is_alive():
            self._process.kill()
            await asyncio.to_thread(self._process.join, 5)
        conn.close()

    async def _ask(self, message: tuple[str, str, tuple[Any, ...], dict[str, Any]]) -> Any:
        if self._conn is None:
            raise SimHostError("the simulator's process is not running")
        async with self._lock:
            self._conn.send(message)
            return await self._answer()

    async def _answer(self) -> Any:
        conn = self._conn
        assert conn is not None
        try:
            reply = await asyncio.to_thread(conn.recv)
        except EOFError:
            raise SimHostError("the simulator's process ended") from None
        return _unwrap(reply)


def serve(conn: Connection, vendor: str, options: dict[str, Any]) -> None:
    """The child's side: start the simulator, answer control calls until told to stop."""
    asyncio.run(_serve(conn, vendor, options))


def make_simulator(vendor: str, **options: Any) -> Any:
    """A new (not yet started) simulator of ``vendor``, made with ``options``."""
    simulator_class = sim_spec(vendor).simulator_class
    if simulator_class is None:
        raise ValueError(f"the {vendor} simulator cannot be made with options")
    return simulator_class()(**options)


async def _serve(conn: Connection, vendor: str, options: dict[str, Any]) -> None:
    sim = make_simulator(vendor, **options)
    await sim.start()
    loop = asyncio.get_running_loop()
    inbox: asyncio.Queue[Any] = asyncio.Queue()

    def readable() -> None:
        try:
            inbox.put_nowait(conn.recv())
        except (EOFError, OSError):  # the parent went away: stop as if told to
            loop.remove_reader(conn.fileno())
            inbox.put_nowait(None)

    loop.add_reader(conn.fileno(), readable)
    conn.send(("ok", None))
    try:
        while (message := await inbox.get()) is not None:
            reply = await _run(sim, *message)
            try:
                conn.send(reply)
            except (pickle.PicklingError, TypeError, AttributeError) as error:
                conn.send(("error", f"{message[1]}: its answer does not pickle: {error}"))
    finally:
        if not conn.closed:
            loop.remove_reader(conn.fileno())
        await sim.stop()
        conn.close()


async def _run(
    sim: Any, kind: str, path: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[str, Any]:
    *parents, last = path.split(".")
    try:
        owner = sim
        for part in parents:
            owner = getattr(owner, part)
        if kind == "set":
            setattr(owner, last, args[0])
            return ("ok", None)
        value = getattr(owner, last)
        if kind == "call":
            value = value(*args, **kwargs)
            if inspect.isawaitable(value):
                value = await value
        return ("ok", value)
    except Exception as error:  # any failure goes back to the caller, who raises it
        return ("error", f"{path}: {type(error).__name__}: {error}")


class LocalSim:
    """:class:`SimHost`'s controls for a simulator in this process: code written against
    one runs against the other (the soak in a GUI test, say)."""

    def __init__(self, sim: Any) -> None:
        self.sim = sim

    async def call(self, path: str, /, *args: Any, **kwargs: Any) -> Any:
        return _unwrap(await _run(self.sim, "call", path, args, kwargs))

    async def get(self, path: str) -> Any:
        return _unwrap(await _run(self.sim, "get", path, (), {}))

    async def set(self, path: str, value: Any) -> None:
        _unwrap(await _run(self.sim, "set", path, (value,), {}))


def _unwrap(reply: tuple[str, Any]) -> Any:
    kind, value = reply
    if kind == "error":
        raise SimHostError(value)
    return value
