"""The loop every simulator's demo scenario runs: whenever the agent has been free for about
``gap`` seconds, one call. Each vendor's scenario says what "free" is and what a call does
(``agentdesk/sim/daktela/scenario.py`` for Daktela, ``VENDOR_scenario.py`` for the others).

A seeded ``random.Random`` picks the jitter and who answers, so a run can be repeated.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Callable, Coroutine
from typing import Any, ClassVar, Final, Generic, Protocol, TypeVar

ANSWERED_SHARE: Final = 0.8
"""Calls the simulated agent answers on their own phone; the rest ring out."""


class LoopedSimulator(Protocol):
    def run_alongside(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]: ...

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> bool: ...


S = TypeVar("S", bound=LoopedSimulator)


class CallLoop(Generic[S]):
    GAP: ClassVar[float] = 6.0
    """Seconds the agent stays free between calls (±25 %), unless ``gap`` says otherwise."""

    def __init__(
        self,
        sim: S,
        *,
        gap: float | None = None,
        answer_after: float = 3.0,
        ring_timeout: float = 12.0,
        talk_time: float = 20.0,
        seed: int = 2026,
    ) -> None:
        self.sim = sim
        self.gap = self.GAP if gap is None else gap
        self.answer_after = answer_after
        self.ring_timeout = ring_timeout
        self.talk_time = talk_time
        self._random = random.Random(seed)
        self._next = 0
        self._task: asyncio.Task[Any] | None = None

    def start(self) -> None:
        """Begin the loop in the running event loop; the simulator must be started."""
        if self._task is None or self._task.done():
            self._task = self.sim.run_alongside(self._run())

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    def _free(self) -> bool:
        """Whether a call may ring at the agent now."""
        raise NotImplementedError

    async def _one_call(self) -> None:
        raise NotImplementedError

    def _before_calls(self) -> None:
        """Once, after the first gap and before the first call."""

    async def _run(self) -> None:
        first = True
        while True:
            await self.sim.wait_until(self._free)
            await asyncio.sleep(self._jitter(self.gap))
            if first:
                self._before_calls()
                first = False
            if self._free():
                await self._one_call()

    def _answers(self) -> bool:
        return self._random.random() < ANSWERED_SHARE

    def _jitter(self, seconds: float) -> float:
        return seconds * self._random.uniform(0.75, 1.25)
