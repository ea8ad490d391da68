"""What every vendor's simulator does alike: it serves its ``aiohttp`` application on loopback
(:class:`~agentdesk.sim.server.LoopbackServer`), keeps the timers and tasks it starts so that
:meth:`Simulator.stop` cancels every one (:class:`~agentdesk.sim.background.Background`), and
wakes whoever waits for a change in it (:meth:`Simulator.wait_until`).

A vendor's simulator (``sim/<vendor>/simulator.py``) builds its application and sets
``_server`` in its constructor, calls :meth:`Simulator._notify` whenever something a test or
a scenario may wait for changes, and extends :meth:`~Simulator.start` and
:meth:`~Simulator._stop_beside` with what it runs beside its server.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, Self

from agentdesk.sim.background import Background
from agentdesk.sim.server import LoopbackServer


class Simulator:
    """One vendor's double on loopback, from :meth:`start` (or ``async with``) to :meth:`stop`.

    Control methods (``ring``, ``pick_up``...) are synchronous, called from the loop's thread;
    what they schedule (:meth:`_later`, :meth:`run_alongside`) is cancelled by :meth:`stop`.
    """

    _server: LoopbackServer

    def __init__(self, *, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self.url = ""
        self._changed = asyncio.Event()
        self._background = Background()

    async def start(self) -> None:
        """Listen on ``host:port`` (port 0: a free one); :attr:`url` is then the base URL."""
        self.url = await self._server.start(self.host, self.port)

    async def stop(self) -> None:
        """Cancel timers and tasks, stop what runs beside the server, close the socket."""
        await self._background.stop()
        await self._stop_beside()
        await self._server.stop()

    async def _stop_beside(self) -> None:
        """Stop what the simulator runs beside its server (a webhook sender, a second host)."""

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    def run_alongside(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run ``coro`` as a task that :meth:`stop` cancels (scenarios use this)."""
        return self._background.run(coro)

    # A timeout that answers False rather than raising, hence the parameter.
    async def wait_until(
        self,
        predicate: Callable[[], bool],
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> bool:
        """Wait until ``predicate()`` holds, re-checking on every change; False on timeout."""
        try:
            async with asyncio.timeout(timeout):
                while not predicate():
                    await self._changed.wait()
        except TimeoutError:
            return predicate()
        return True

    def _notify(self) -> None:
        # Swapping the event wakes every current waiter once; later waiters get the new one.
        self._changed.set()
        self._changed = asyncio.Event()

    def _later(self, delay: float, callback: Callable[[], None]) -> asyncio.TimerHandle:
        """Call ``callback`` in ``delay`` seconds, unless :meth:`stop` comes first."""
        return self._background.later(delay, callback)
