"""Ending asyncio work that a component started: the one way every ``stop()`` does it."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any


async def cancel_and_wait(task: asyncio.Future[Any] | None) -> None:
    """Cancel ``task`` (None: nothing to do) and wait until it has finished, so that nothing
    it holds outlives the caller's stop; its own CancelledError ends there, any other error
    it ended with is raised."""
    if task is None:
        return
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
