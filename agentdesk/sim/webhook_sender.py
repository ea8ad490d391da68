"""What a simulated vendor posts to its client's receiver, posted one after another from a
task of its own, so that the receiver meets them in the order the vendor sent them: MegaFon's
commands (:mod:`agentdesk.sim.megapbx.hooks`) and Oki-Toki's "Events and Integrations"
webhooks (:mod:`agentdesk.sim.okitoki.hooks`).

Each vendor's sender queues what it sends (:meth:`WebhookSender._enqueue`) and says how one
is posted (JSON or a form, GET or POST) and what is kept of each in :attr:`~WebhookSender.sent`,
which a test reads, waits on (:meth:`~WebhookSender.wait_sent`) and posts again from.
"""

from __future__ import annotations

import abc
import asyncio
import logging
from typing import Any, ClassVar, Final, Generic, TypeVar

import aiohttp

from agentdesk.core.tasks import cancel_and_wait

TIMEOUT: Final = aiohttp.ClientTimeout(total=5)

Queued = TypeVar("Queued")
Kept = TypeVar("Kept")


class WebhookSender(abc.ABC, Generic[Queued, Kept]):
    """Posts what it is given to :attr:`url`, in order, from its own task; the task lives
    until :meth:`stop`. What nothing receives (no URL, or none answers) is kept with no
    status."""

    what: ClassVar[str]
    """What the vendor calls one, for the log: ``command``, ``webhook``."""
    log: ClassVar[logging.Logger]
    """The vendor's simulator's logger."""

    def __init__(self) -> None:
        self.url: str | None = None
        self.sent: list[Kept] = []
        self._queue: asyncio.Queue[Queued] = asyncio.Queue()
        self._task: asyncio.Task[Any] | None = None
        self._done = asyncio.Condition()

    async def wait_sent(self, count: int, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Return once ``count`` have been delivered (or failed)."""
        async with asyncio.timeout(timeout), self._done:
            await self._done.wait_for(lambda: len(self.sent) >= count)

    async def stop(self) -> None:
        task, self._task = self._task, None
        await cancel_and_wait(task)

    @abc.abstractmethod
    async def _request(
        self, http: aiohttp.ClientSession, url: str, queued: Queued
    ) -> aiohttp.ClientResponse:
        """Post ``queued`` to ``url`` the vendor's way."""

    @abc.abstractmethod
    def _kept(self, queued: Queued, status: int | None, answer: Any) -> Kept:
        """What :attr:`sent` keeps of ``queued``: the receiver's HTTP status (None when it
        could not be reached) and what :meth:`_answer` read of its answer."""

    async def _answer(self, response: aiohttp.ClientResponse) -> Any:
        """What is kept of the receiver's answer beyond its status: nothing, unless the
        vendor reads it."""
        return None

    def _enqueue(self, queued: Queued) -> None:
        self._queue.put_nowait(queued)
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._deliver())

    async def _deliver(self) -> None:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as http:
            while True:
                queued = await self._queue.get()
                kept = await self._post(http, queued)
                async with self._done:
                    self.sent.append(kept)
                    self._done.notify_all()

    async def _post(self, http: aiohttp.ClientSession, queued: Queued) -> Kept:
        url = self.url
        if url is None:
            return self._kept(queued, None, None)
        try:
            response = await self._request(http, url, queued)
            async with response:
                return self._kept(queued, response.status, await self._answer(response))
        except (aiohttp.ClientError, TimeoutError) as exc:
            self.log.info("%s to %s failed: %s", self.what, url, exc)
            return self._kept(queued, None, None)
