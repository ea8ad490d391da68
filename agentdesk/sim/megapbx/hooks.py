"""The simulated PBX's side of section 2: commands posted, one after another, to the single
CRM address given in the PBX's web cabinet, each with ``crm_token``.

The document's examples are JSON; integrations in the wild read them as a form (``$_POST``):
the sender uses either, or alternates (``encoding="both"``) so that a receiver meets both.
It keeps each answer, so that the ``contact`` command's ``contact_name``/``responsible`` can
be looked at.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any, Final

import aiohttp

log = logging.getLogger(__name__)

ENCODINGS: Final = ("json", "form", "both")
TIMEOUT: Final = aiohttp.ClientTimeout(total=5)


@dataclass(frozen=True)
class SentCommand:
    payload: dict[str, Any]
    encoding: str  # json or form
    status: int | None  # the receiver's HTTP status; None when it could not be reached
    answer: Any = None  # the receiver's JSON answer, when it gave one


class CommandSender:
    """Posts commands in order from its own task; the task lives until :meth:`stop`."""

    def __init__(self, *, crm_token: str, encoding: str = "both") -> None:
        if encoding not in ENCODINGS:
            raise ValueError(f"encoding must be one of {', '.join(ENCODINGS)}")
        self.crm_token = crm_token
        self.encoding = encoding
        self.url: str | None = None
        self.sent: list[SentCommand] = []
        self._queue: asyncio.Queue[tuple[dict[str, Any], str]] = asyncio.Queue()
        self._count = 0
        self._task: asyncio.Task[Any] | None = None
        self._done = asyncio.Condition()

    def send(self, payload: dict[str, Any], *, token: str | None = None) -> None:
        """Queue ``payload`` with ``crm_token`` (``token`` when given: a wrong one, say) if
        a URL is set; else drop it."""
        if not self.url:
            return
        body = {k: v for k, v in payload.items() if v is not None}
        body["crm_token"] = self.crm_token if token is None else token
        alternate = ("json", "form")[self._count % 2]
        encoding = alternate if self.encoding == "both" else self.encoding
        self._count += 1
        self._queue.put_nowait((body, encoding))
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._deliver())

    def repeat(self, sent: SentCommand) -> None:
        """Post a command delivered before once more, as it was (its token included)."""
        self.send(
            {k: v for k, v in sent.payload.items() if k != "crm_token"},
            token=sent.payload.get("crm_token"),
        )

    async def wait_sent(self, count: int, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Return once ``count`` commands have been delivered (or failed)."""
        async with asyncio.timeout(timeout), self._done:
            await self._done.wait_for(lambda: len(self.sent) >= count)

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _deliver(self) -> None:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as http:
            while True:
                payload, encoding = await self._queue.get()
                status, answer = await self._post(http, payload, encoding)
                async with self._done:
                    self.sent.append(SentCommand(payload, encoding, status, answer))
                    self._done.notify_all()

    async def _post(
        self, http: aiohttp.ClientSession, payload: dict[str, Any], encoding: str
    ) -> tuple[int | None, Any]:
        url = self.url
        if url is None:
            return None, None
        try:
            if encoding == "json":
                response = await http.post(url, json=payload)
            else:
                form = {k: "" if v is None else str(v) for k, v in payload.items()}
                response = await http.post(url, data=form)
            async with response:
                answer = None
                if response.content_type == "application/json":
                    answer = await response.json()
                return response.status, answer
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.info("command to %s failed: %s", url, exc)
            return None, None
