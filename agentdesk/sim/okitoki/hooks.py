"""The simulator's side of Oki-Toki's "Events and Integrations": webhooks posted, in order, to
the URL an administrator would give the external resource.

The guide lets the administrator choose the method (GET, POST or JSON) and the action
parameters; the simulator sends what AgentDesk's README asks an administrator to set up:
``event`` (``ringing``, ``answered``, ``ended``, ``status``), ``session_id``, ``phone``,
``direction``, ``queue``, ``contact_name``, ``user_id``, ``status_id``, ``away_status_id``, and
the shared ``secret`` as a common request parameter.

The guide's Event log shows each event's integration as "successful, unsuccessful, or
pending": the platform keeps track of deliveries, and one may come again after the call's
later ones (:meth:`HookSender.repeat`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Any, Final

import aiohttp

log = logging.getLogger(__name__)

METHODS: Final = ("GET", "POST", "JSON")
TIMEOUT: Final = aiohttp.ClientTimeout(total=5)


@dataclass(frozen=True)
class SentHook:
    payload: dict[str, str]
    status: int | None  # the receiver's HTTP status; None when it could not be reached


class HookSender:
    """Posts payloads one after another from its own task, so the order is kept; the task
    lives until :meth:`stop`."""

    def __init__(self, *, method: str = "POST") -> None:
        if method not in METHODS:
            raise ValueError(f"webhook method must be one of {', '.join(METHODS)}")
        self.method = method
        self.url: str | None = None
        self.secret: str | None = None
        self.sent: list[SentHook] = []
        self._queue: asyncio.Queue[dict[str, str]] = asyncio.Queue()
        self._task: asyncio.Task[Any] | None = None
        self._done = asyncio.Condition()

    def send(self, payload: dict[str, str]) -> None:
        """Queue ``payload`` (with the secret added) if a URL is set; else drop it."""
        if not self.url:
            return
        body = {k: v for k, v in payload.items() if v is not None}
        if self.secret and "secret=" not in self.url:
            body["secret"] = self.secret
        self._queue.put_nowait(body)
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._deliver())

    def repeat(self, sent: SentHook) -> None:
        """Post a webhook delivered before once more, as it was."""
        self.send({k: v for k, v in sent.payload.items() if k != "secret"})

    async def wait_sent(self, count: int, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Return once ``count`` payloads have been delivered (or failed)."""
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
                payload = await self._queue.get()
                status = await self._post(http, payload)
                async with self._done:
                    self.sent.append(SentHook(payload, status))
                    self._done.notify_all()

    async def _post(self, http: aiohttp.ClientSession, payload: dict[str, str]) -> int | None:
        url = self.url
        if url is None:
            return None
        try:
            if self.method == "GET":
                response = await http.get(url, params=payload)
            elif self.method == "JSON":
                response = await http.post(url, json=payload)
            else:
                response = await http.post(url, data=payload)
            async with response:
                return response.status
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.info("webhook to %s failed: %s", url, exc)
            return None
