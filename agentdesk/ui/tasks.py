"""Background work of a window: tasks it owns, and cancels when it closes or quits."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any


class TaskOwner:
    """Starts coroutines on the running loop without blocking Qt, and cancels them on demand.

    The coroutines handle the errors they expect themselves; anything else goes to
    ``sys.excepthook`` (which logs it and shows a calm notice in the app).
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def start(
        self, work: Coroutine[Any, Any, None], *, after: Callable[[], None] | None = None
    ) -> asyncio.Task[None]:
        """Run ``work``; ``after`` runs when it is over, unless it was cancelled."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a Qt slot outside a running asyncio step (tests, start-up)
            loop = asyncio.get_event_loop()
        task = loop.create_task(self._guarded(work, after))
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        # Cancelled before its first step, the task never awaits ``work``: closed here, it
        # goes without Python's "coroutine was never awaited" (a no-op once it has run).
        task.add_done_callback(lambda _task: work.close())
        return task

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def wait_all(self) -> None:
        await asyncio.gather(*list(self._tasks), return_exceptions=True)

    @staticmethod
    async def _guarded(work: Coroutine[Any, Any, None], after: Callable[[], None] | None) -> None:
        # Not after a cancellation: that comes from closing the window or from a Stop button,
        # which put the widgets right themselves (and may be on their way out).
        cancelled = False
        try:
            await work
        except asyncio.CancelledError:
            cancelled = True
            raise
        finally:
            if after is not None and not cancelled:
                after()

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            sys.excepthook(type(exc), exc, exc.__traceback__)
