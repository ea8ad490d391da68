"""TaskOwner: work cancelled before it ever ran (a window closed, or the app quit, right after
it was started) ends quietly."""

from __future__ import annotations

import asyncio
import gc

from agentdesk.ui.tasks import TaskOwner


async def test_work_cancelled_before_its_first_step_leaves_no_never_awaited_warning() -> None:
    owner = TaskOwner()
    ran: list[str] = []

    async def work() -> None:
        ran.append("ran")

    task = owner.start(work())
    owner.cancel_all()
    await owner.wait_all()
    assert task.cancelled() and ran == []
    # Warnings are errors: an unawaited coroutine collected here would fail the test.
    gc.collect()
    await asyncio.sleep(0)
