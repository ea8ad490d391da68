"""The desktop's side of the company relay (``agentdesk relay``, docs/RELAY.md): one
long-lived Server-Sent Events stream out to the relay, instead of a receiver the vendor
posts to. Each ``webhook`` event carries the payload the vendor posted, handed to the same
method a local receiver would call, so a backend reads its live calls the same either way.

It reconnects after any failure, with ``Last-Event-ID`` (what the relay keeps within its
retention comes again, nothing twice) and a backoff from :data:`MIN_BACKOFF` doubling to
:data:`MAX_BACKOFF`, ±20 % so that a company's desks do not all come back in step after the
relay restarts. A refused token (401/403: revoked by ``remove-agent``, or wrong) is logged
once, plainly, announced as :attr:`RelayState.REFUSED` (the window tells the agent to ask for
a new token) and retried only at the longest backoff, never in a hot loop: an administrator
may register the agent after the desk started.

Every change of state goes to ``on_change`` as a :class:`RelayLink` (the window's connection
indicator, ``ctl watch``); :meth:`RelayStream.link` is the state now (the diagnostics).
relay restarts. A refused token (401) is logged once, plainly, and retried at the longest
backoff: an administrator may issue the token after the desk started.

The relay's shared polls (``queue_figures``, ``call_log``: docs/RELAY.md) come on the same
stream; the newest of each kind is kept (:meth:`RelayStream.fresh`) for the backend to answer
from instead of asking the vendor.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import ssl
import time
from collections.abc import Callable
from typing import Any, Final

import httpx
from httpx_sse import SSEError, aconnect_sse

from agentdesk.core.errors import ConfigurationError
from agentdesk.core.relay_link import RelayLink, RelayState
from agentdesk.core.tasks import cancel_and_wait

log = logging.getLogger(__name__)

MIN_BACKOFF: Final = 1.0
MAX_BACKOFF: Final = 60.0
READ_TIMEOUT: Final = 60.0  # the relay writes a keep-alive every 15 s: silence this long is a cut
SHARED_KINDS: Final = frozenset({"queue_figures", "call_log"})
FRESH_INTERVALS: Final = 2.0  # a shared value older than this many of its polls is stale


def _verify(ca_file: str | None) -> ssl.SSLContext | bool:
    """What the stream trusts: the authorities in ``ca_file`` (a company's own, for a relay
    serving its certificate itself), else the usual ones. ConfigurationError for a file that
    cannot be read or holds no certificate."""
    if not ca_file:
        return True
    try:
        return ssl.create_default_context(cafile=os.path.expanduser(ca_file))
    except (OSError, ssl.SSLError) as exc:
        reason = getattr(exc, "strerror", None) or getattr(exc, "reason", None) or exc
        raise ConfigurationError(
            f"relay_ca_file {ca_file!r} is not a readable PEM certificate file: {reason}"
        ) from None


def events_url(relay_url: str) -> str:
    """The stream's URL from the relay's base URL (``https://relay.example.com``) or the
    stream's own."""
    base = relay_url.strip().rstrip("/")
    return base if base.endswith("/events") else base + "/events"


class RelayStream:
    """Reads the agent's events from the relay until :meth:`stop`; ``on_payload`` gets each
    webhook payload, in order, once."""

    def __init__(
        self,
        relay_url: str,
        token: str,
        on_payload: Callable[[dict[str, str]], object],
        *,
        on_change: Callable[[RelayLink], object] | None = None,
        ca_file: str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        min_backoff: float = MIN_BACKOFF,
        max_backoff: float = MAX_BACKOFF,
    ) -> None:
        self.url = events_url(relay_url)
        self._token = token
        self._on_payload = on_payload
        self._on_change = on_change
        self.state = RelayState.CONNECTING
        self._retry_in: float | None = None
        self._http_status: int | None = None
        self._transport = transport
        self._verify = _verify(ca_file)
        self.min_backoff, self.max_backoff = min_backoff, max_backoff
        self.last_event_id: str | None = None
        self.connected = asyncio.Event()
        """Set while the stream is open (its ``hello`` came)."""
        self.connections = 0
        """Streams opened so far (reconnections included)."""
        self.events = 0
        self.refusals = 0
        """Times the relay refused the token (401/403)."""
        self.attempted = asyncio.Event()
        """Set after each attempt to connect that ended; whoever waits clears it."""
        self.shared_arrived = asyncio.Event()
        """Set when a shared value comes; whoever waits clears it."""
        self._shared: dict[tuple[str, str], tuple[float, float, Any]] = {}
        self._task: asyncio.Task[None] | None = None
        self._refused_said = False

    def link(self) -> RelayLink:
        """The stream now: its URL (no token), state, last event id, reconnections."""
        return RelayLink(
            url=self.url,
            state=self.state,
            retry_in=self._retry_in,
            last_event_id=self.last_event_id,
            reconnects=max(self.connections - 1, 0),
            events=self.events,
            http_status=self._http_status,
        )

    def _set(self, state: RelayState, retry_in: float | None = None) -> None:
        self.state, self._retry_in = state, retry_in
        if self._on_change is not None:
            self._on_change(self.link())

    def start(self) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name="relay stream")

    async def stop(self) -> None:
        task, self._task = self._task, None
        await cancel_and_wait(task)
        self.connected.clear()

    async def _run(self) -> None:
        backoff = self.min_backoff
        timeout = httpx.Timeout(10.0, read=READ_TIMEOUT)
        async with httpx.AsyncClient(
            transport=self._transport, timeout=timeout, verify=self._verify
        ) as client:
            self._set(RelayState.CONNECTING)
            while True:
                wait, refused = backoff, False
                try:
                    if await self._read(client):
                        backoff = self.min_backoff  # it was open: start again from short
                        wait = backoff
                    else:
                        wait, refused = self.max_backoff, True
                except (httpx.HTTPError, SSEError, ValueError) as exc:
                    log.info("the relay's stream broke (%s); reconnecting", type(exc).__name__)
                finally:
                    self.connected.clear()
                    self.attempted.set()
                backoff = min(backoff * 2, self.max_backoff)
                delay = wait * random.uniform(0.8, 1.2)
                self._set(RelayState.REFUSED if refused else RelayState.RECONNECTING, delay)
                await asyncio.sleep(delay)
                if not refused:  # a refusal stands until a stream opens: the agent must act
                    self._set(RelayState.CONNECTING)

    async def _read(self, client: httpx.AsyncClient) -> bool:
        """One stream until it ends; False when the relay refused the token."""
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "text/event-stream"}
        if self.last_event_id is not None:
            headers["Last-Event-ID"] = self.last_event_id
        async with aconnect_sse(client, "GET", self.url, headers=headers) as source:
            status = source.response.status_code
            if status in (401, 403):
                self.refusals += 1
                self._http_status = status
                if not self._refused_said:
                    log.warning("the relay refused this desk's relay token (HTTP %s)", status)
                    self._refused_said = True
                return False
            source.response.raise_for_status()
            self.connections += 1
            self._refused_said = False
            async for event in source.aiter_sse():
                if event.event == "hello":
                    self.connected.set()
                    self._http_status = None
                    self._set(RelayState.CONNECTED)
                elif event.event == "webhook":
                    self._deliver(event.data)
                elif event.event in SHARED_KINDS:
                    self._keep_shared(event.event, event.data)
                if event.id:
                    self.last_event_id = event.id
        return True

    def fresh(self, kind: str, vendor: str) -> Any | None:
        """The newest value of ``kind`` the relay polled for ``vendor``, while the stream is
        open and the value is younger than :data:`FRESH_INTERVALS` of its polls; else None
        (the caller asks the vendor itself)."""
        kept = self._shared.get((kind, vendor))
        if kept is None or not self.connected.is_set():
            return None
        read_at, interval, value = kept
        return value if time.monotonic() - read_at <= FRESH_INTERVALS * interval else None

    def _keep_shared(self, kind: str, data: str) -> None:
        message = json.loads(data)
        if not isinstance(message, dict):
            return
        vendor, interval, age = message.get("vendor"), message.get("interval"), message.get("age")
        if not isinstance(vendor, str) or not isinstance(interval, int | float) or interval <= 0:
            log.warning("the relay sent a %s event without its vendor or interval; skipped", kind)
            return
        # The age is the relay's to tell; read against this computer's monotonic clock, the
        # two computers' wall clocks need not agree.
        age = float(age) if isinstance(age, int | float) and age > 0 else 0.0
        self._shared[(kind, vendor)] = (
            time.monotonic() - age,
            float(interval),
            message.get("value"),
        )
        self.shared_arrived.set()

    def _deliver(self, data: str) -> None:
        message = json.loads(data)
        payload = message.get("payload") if isinstance(message, dict) else None
        if not isinstance(payload, dict):
            log.warning("the relay sent an event without a payload; skipped")
            return
        self.events += 1
        self._on_payload({str(k): str(v) for k, v in payload.items()})
