"""The relay's HTTP server: the vendors' webhooks in, each agent's events out as SSE.

Paths:

- ``/hooks/megapbx`` (MegaFon's CRM address; ``crm_token`` checked) and ``/hooks/okitoki``
  (Oki-Toki's external resource; ``secret`` checked), each served by a
  :class:`~agentdesk.receivers.WebhookReceiver` mounted here, with its limits and parsing;
  a vendor without a configured token has no path (404);
- ``GET /events``: the agent's stream, ``Authorization: Bearer <token>``; ``Last-Event-ID``
  (header, or ``last_event_id`` in the query) resumes after that event within the retention;
  without it the stream starts at the newest event kept, whose id the first ``hello`` event
  carries, so a desk that drops before anything happens still resumes without a gap;
- ``/healthz`` (the process serves), ``/readyz`` (the store answers), ``/metrics``.

Shared polls (:mod:`agentdesk.relay.shared_polls`) run each in a task of their own; what each
reads goes to every open stream as an event of its kind, without an id (a desk's
``Last-Event-ID`` counts only the vendor's events), and a stream that opens gets the newest
fresh value of each kind after its ``hello``.

The listening socket is a :class:`~agentdesk.receivers.guard.GuardedSite` (head timeout,
connection cap sized for the desks' streams). A removed agent's streams end within
:data:`REFRESH_SECONDS`: the agents' file is re-read that often.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import ssl
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from aiohttp import web

from agentdesk.core.tasks import cancel_and_wait
from agentdesk.receivers import WebhookReceiver
from agentdesk.receivers.guard import GuardedSite, request_began
from agentdesk.receivers.runner import close_runner, start_site, url_host
from agentdesk.receivers.tally import Tally
from agentdesk.receivers.webhook import MAX_BODY_BYTES, Answer, Payload
from agentdesk.relay import sse
from agentdesk.relay.agents import AgentBook, AgentBookError
from agentdesk.relay.directory import EMPTY_ANSWER, CompanyDirectory
from agentdesk.relay.metrics import RelayMetrics
from agentdesk.relay.routing import MEGAPBX, OKITOKI, agent_name
from agentdesk.relay.shared_polls import SharedFrame, SharedPoll
from agentdesk.relay.stored import EventStore, StoredEvent, StoreUnavailableError, parse_id

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS: Final = 15.0  # a comment line on an idle stream: proxies keep it open
REFRESH_SECONDS: Final = 0.5  # the agents' file is looked at this often
MAX_DESKS: Final = 10_000  # open connections at once, streams and webhooks together
STORE_WARNING_SECONDS: Final = 30.0  # one warning this often while the store fails reads
HOOK_PATHS: Final = {MEGAPBX: "/hooks/megapbx", OKITOKI: "/hooks/okitoki"}
_SECRET_PARAMS: Final = {MEGAPBX: "crm_token", OKITOKI: "secret"}
SHARED_BACKLOG: Final = 8  # shared frames waiting for a slow desk; older ones are dropped
CLAIM_SHARE: Final = 0.9  # of a shared poll's interval, that a replica's claim of it lasts
KEEP_INTERVALS: Final = 4  # a shared value kept for other replicas, in its poll's intervals


@dataclass(eq=False)
class _Stream:
    login: str
    token_sha256: str
    stop: asyncio.Event = field(default_factory=asyncio.Event)
    shared: asyncio.Queue[bytes] = field(
        default_factory=lambda: asyncio.Queue(maxsize=SHARED_BACKLOG)
    )

    def offer(self, frame: bytes) -> None:
        """Queue a shared frame; a desk that falls behind loses the oldest (a newer one
        says the same of the company, later)."""
        if self.shared.full():
            self.shared.get_nowait()
        self.shared.put_nowait(frame)


class RelayServer:
    """The relay on ``host:port`` until :meth:`stop`. ``vendor_tokens``: vendor key → the
    token its webhooks must carry; a vendor left out has no webhook path."""

    def __init__(
        self,
        *,
        agents: AgentBook,
        store: EventStore,
        vendor_tokens: dict[str, str],
        host: str = "127.0.0.1",
        port: int = 0,
        heartbeat: float = HEARTBEAT_SECONDS,
        max_connections: int = MAX_DESKS,
        ssl_context: ssl.SSLContext | None = None,
        directory: CompanyDirectory | None = None,
        shared_polls: Sequence[SharedPoll] = (),
    ) -> None:
        unknown = set(vendor_tokens) - set(HOOK_PATHS)
        if unknown:
            raise ValueError(f"the relay knows no vendor {sorted(unknown)}")
        self.agents = agents
        self.store = store
        self.host, self.port = host, port
        self.heartbeat = heartbeat
        self.max_connections = max_connections
        self.ssl_context = ssl_context
        self.directory = directory
        """What MegaFon's ``contact`` is answered from (``--directory``); None: nothing known."""
        """Serve HTTPS with it (``--tls-cert``/``--tls-key``); None: plain HTTP."""
        self.metrics = RelayMetrics()
        self.receivers = {
            vendor: WebhookReceiver(
                secret=token,
                path=HOOK_PATHS[vendor],
                secret_param=_SECRET_PARAMS[vendor],
                multipart=vendor == MEGAPBX,
                on_payload=self._taker(vendor),
            )
            for vendor, token in vendor_tokens.items()
            if token
        }
        self._streams: dict[str, set[_Stream]] = {}
        self._runner: web.AppRunner | None = None
        self._refresher: asyncio.Task[None] | None = None
        self._store_warned_at = -STORE_WARNING_SECONDS
        self.shared_polls = tuple(shared_polls)
        self._pollers: list[asyncio.Task[None]] = []
        self._latest: dict[tuple[str, str], SharedFrame] = {}
        self.polled = asyncio.Event()
        """Set after each shared poll, done or failed; whoever waits clears it."""
        self.url = ""

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> str:
        """Listen (port 0: a free one); the relay's base URL."""
        app = web.Application(client_max_size=MAX_BODY_BYTES, middlewares=[self._watch])
        for receiver in self.receivers.values():
            receiver.mount(app)
        app.router.add_get("/events", self._events)
        app.router.add_get("/healthz", self._health)
        app.router.add_get("/readyz", self._ready)
        app.router.add_get("/metrics", self._metrics)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = GuardedSite(
            runner,
            self.host,
            self.port,
            tally=Tally("relay"),
            max_connections=self.max_connections,
            handler_args={"access_log": None},
            ssl_context=self.ssl_context,
        )
        try:
            await start_site(runner, site)
        except BaseException:
            # The port taken, say: the caller gets the error and never calls stop(), so what
            # start made is closed here.
            await close_runner(runner)
            await self._close_polls()
            raise
        self._runner = runner
        self.port = runner.addresses[0][1]
        scheme = "https" if self.ssl_context is not None else "http"
        self.url = f"{scheme}://{url_host(self.host)}:{self.port}"
        self._refresher = asyncio.create_task(self._refresh_agents())
        self._pollers = [
            asyncio.create_task(self._poll(poll), name=f"relay {poll.vendor} {poll.kind} poll")
            for poll in self.shared_polls
        ]
        return self.url

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        await cancel_and_wait(self._refresher)
        for poller in self._pollers:
            await cancel_and_wait(poller)
        await self._close_polls()
        for streams in self._streams.values():
            for stream in streams:
                stream.stop.set()
        await close_runner(runner)

    async def _close_polls(self) -> None:
        for poll in self.shared_polls:
            await poll.aclose()

    async def __aenter__(self) -> RelayServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    def hook_url(self, vendor: str) -> str:
        return self.url + HOOK_PATHS[vendor]

    # -- webhooks in -------------------------------------------------------------------------

    def _taker(self, vendor: str) -> Callable[[Payload], Awaitable[Answer]]:
        async def take(payload: Payload) -> Answer:
            return await self._take(vendor, payload)

        return take

    async def _take(self, vendor: str, payload: Payload) -> Answer:
        if vendor == MEGAPBX and payload.get("cmd", "").strip().lower() == "contact":
            # 2.3 asks the CRM for a caller's name: from the company directory, else the
            # answer of one that knows none, as a desk without contacts gives.
            self.metrics.contact_asked += 1
            if self.directory is None:
                return dict(EMPTY_ANSWER)
            answer = self.directory.contact_answer(payload.get("phone", ""))
            self.metrics.contact_known += bool(answer["contact_name"])
            return answer
        self._refresh_quietly()
        name = agent_name(vendor, payload)
        agent = self.agents.by_name(name) if name is not None else None
        if agent is None:
            self.metrics.unknown_agent[vendor] += 1
            return None
        data = {"vendor": vendor, "payload": payload, "received_at": time.time()}
        try:
            await self.store.append(agent.login, data, once=_fingerprint(vendor, payload))
        except Exception as exc:  # the store's own errors (Redis down): the vendor may retry
            self.metrics.store_failures += 1
            log.warning("the relay could not store a %s event: %s", vendor, type(exc).__name__)
            raise web.HTTPServiceUnavailable(
                text='{"ok": false, "error": "store unavailable"}',
                content_type="application/json",
            ) from None
        self.metrics.events_in[vendor] += 1
        return None

    # -- streams out -------------------------------------------------------------------------

    async def _events(self, request: web.Request) -> web.StreamResponse:
        self._refresh_quietly()
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        agent = self.agents.by_token(token.strip()) if scheme.lower() == "bearer" else None
        if agent is None:
            raise web.HTTPUnauthorized(
                headers={"WWW-Authenticate": 'Bearer realm="agentdesk-relay"'},
                text="a relay token of a registered agent is needed",
            )
        given = request.headers.get("Last-Event-ID") or request.query.get("last_event_id")
        if given is not None and parse_id(given) is None:
            raise web.HTTPBadRequest(text=f"Last-Event-ID {given[:40]!r} is not a relay event id")
        stream = _Stream(agent.login, agent.token_sha256)
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream",
                "Cache-Control": "no-store",
                "X-Accel-Buffering": "no",  # nginx: pass each event on at once
            }
        )
        await response.prepare(request)
        self._streams.setdefault(agent.login, set()).add(stream)
        self.metrics.desks += 1
        try:
            last = given.strip() if given is not None else await self.store.last_id(agent.login)
            await response.write(sse.retry())
            await response.write(sse.frame("hello", {"agent": agent.login}, last))
            for frame in list(self._latest.values()):
                if frame.fresh():
                    await response.write(self._shared_frame(frame, agent.login))
                    self.metrics.fanned_out += 1
            await self._send(response, stream, last)
        except ConnectionError:
            pass  # the desk left; it resumes with its Last-Event-ID
        except StoreUnavailableError as exc:
            # The stream ends and the desk comes back with its Last-Event-ID, perhaps through
            # a replica whose Redis answers: nothing is lost, and 500 desks' failures make
            # one warning, not 500 tracebacks.
            self.metrics.store_read_failures += 1
            self._warn_store(exc)
        finally:
            self.metrics.desks -= 1
            streams = self._streams.get(agent.login)
            if streams is not None:
                streams.discard(stream)
                if not streams:
                    del self._streams[agent.login]
        return response

    async def _send(self, response: web.StreamResponse, stream: _Stream, last: str) -> None:
        stopped = asyncio.ensure_future(stream.stop.wait())
        reading: asyncio.Future[list[StoredEvent]] | None = None
        sharing: asyncio.Future[bytes] | None = None
        try:
            while not stream.stop.is_set():
                # The store's read goes on while shared frames are written: cancelling a
                # Redis XREAD for each would cost a connection's reply each time.
                if reading is None:
                    reading = asyncio.ensure_future(
                        self.store.read(stream.login, last, self.heartbeat)
                    )
                if sharing is None:
                    sharing = asyncio.ensure_future(stream.shared.get())
                waiting: list[asyncio.Future[Any]] = [reading, sharing, stopped]
                await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
                if stopped.done():
                    return
                if sharing.done():
                    await response.write(sharing.result())
                    self.metrics.fanned_out += 1
                    sharing = None
                if reading.done():
                    batch, reading = reading.result(), None
                    last = await self._write_events(response, batch, last)
        finally:
            await cancel_and_wait(reading)
            await cancel_and_wait(sharing)
            await cancel_and_wait(stopped)

    def _warn_store(self, exc: StoreUnavailableError) -> None:
        now = time.monotonic()
        if now - self._store_warned_at >= STORE_WARNING_SECONDS:
            self._store_warned_at = now
            log.warning("%s; desks' streams end and resume when it answers", exc)

    async def _write_events(
        self, response: web.StreamResponse, batch: list[StoredEvent], last: str
    ) -> str:
        """Write a batch the store read (a keep-alive for none); the id of the last one."""
        if not batch:
            await response.write(sse.KEEP_ALIVE)
        for event in batch:
            await response.write(sse.frame("webhook", event.data, event.id))
            last = event.id
            self.metrics.events_out += 1
            received = event.data.get("received_at")
            if isinstance(received, int | float):
                self.metrics.delivery_lag = max(0.0, time.time() - received)
        return last

    # -- shared polling ----------------------------------------------------------------------

    async def _poll(self, poll: SharedPoll) -> None:
        """Read once per interval and fan out; a read that fails is counted and said once
        until one works again, and the desks, hearing nothing new, ask the vendor
        themselves meanwhile. With replicas (Redis), the one that claims the interval reads
        and keeps what it read in the store; the others look there four times an interval,
        so that their desks' values stay well within the desks' two intervals."""
        loop = asyncio.get_running_loop()
        name = f"{poll.vendor}:{poll.kind}"
        failing = False
        seen = 0.0
        while True:
            began = loop.time()
            claimed = True
            try:
                # A little under the interval: this replica's next claim, an interval on,
                # must find the last one gone even if its timer fires a hair early.
                claimed = await self.store.claim(name, poll.interval * CLAIM_SHARE)
                frame = await self._read_shared(poll, name) if claimed else None
                if not claimed:
                    kept = await self.store.get_shared(name)
                    frame = SharedFrame.from_dict(kept) if kept is not None else None
            except Exception as exc:  # the vendor's refusals and the network's: go on polling
                self.metrics.poll_failures[poll.vendor] += 1
                if not failing:
                    log.warning(
                        "the relay's %s %s poll failed (%s); desks ask %s themselves until "
                        "it works again",
                        poll.vendor,
                        poll.kind,
                        type(exc).__name__,
                        poll.vendor,
                    )
                failing = True
            else:
                if failing and claimed:
                    log.info("the relay's %s %s poll works again", poll.vendor, poll.kind)
                failing = failing and not claimed
                if frame is not None and frame.read_at > seen:
                    seen = frame.read_at
                    self._latest[(poll.vendor, poll.kind)] = frame
                    self._fan_out(frame)
            self.polled.set()
            step = poll.interval if claimed else poll.interval / 4
            await asyncio.sleep(max(0.0, step - (loop.time() - began)))

    async def _read_shared(self, poll: SharedPoll, name: str) -> SharedFrame:
        frame = await poll.read()
        self.metrics.polls[poll.vendor] += 1
        await self.store.put_shared(name, frame.as_dict(), keep=KEEP_INTERVALS * poll.interval)
        return frame

    def _fan_out(self, frame: SharedFrame) -> None:
        for login, streams in self._streams.items():
            data = self._shared_frame(frame, login)
            for stream in streams:
                stream.offer(data)

    def _shared_frame(self, frame: SharedFrame, login: str) -> bytes:
        agent = self.agents.get(login)
        names = (login, *agent.names) if agent is not None else (login,)
        return sse.frame(frame.kind, frame.for_agent(names))

    # -- agents ------------------------------------------------------------------------------

    def _refresh_quietly(self) -> None:
        try:
            if self.agents.refresh():
                log.info("agents' file read again: %d agents", len(self.agents.logins))
                self._close_revoked()
        except AgentBookError as exc:
            log.warning("%s; the relay keeps the agents it knew", exc)

    async def _refresh_agents(self) -> None:
        while True:
            await asyncio.sleep(REFRESH_SECONDS)
            self._refresh_quietly()

    def _close_revoked(self) -> None:
        """End the streams of agents removed (or given a new token: the old one is void)."""
        for login, streams in self._streams.items():
            agent = self.agents.get(login)
            revoked = [s for s in streams if agent is None or agent.token_sha256 != s.token_sha256]
            for stream in revoked:
                stream.stop.set()
            if revoked:
                log.info("%s: %d stream(s) closed, the token was revoked", login, len(revoked))

    # -- the service's own paths -------------------------------------------------------------

    async def _health(self, request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    async def _ready(self, request: web.Request) -> web.Response:
        ready = await self.store.ready()
        return web.json_response({"ok": ready}, status=200 if ready else 503)

    async def _metrics(self, request: web.Request) -> web.Response:
        ready = await self.store.ready()
        text = self.metrics.text(ready=ready, duplicates=self.store.duplicates)
        return web.Response(text=text, content_type="text/plain", charset="utf-8")

    @web.middleware
    async def _watch(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        connection = request_began(request)
        hook = request.path in self._hook_paths
        if connection is not None and hook:
            connection.busy = True  # a webhook's body is being read (streams: not a drop)
        try:
            return await handler(request)
        finally:
            if connection is not None:
                connection.busy = False

    @property
    def _hook_paths(self) -> set[str]:
        return {receiver.path for receiver in self.receivers.values()}


def _fingerprint(vendor: str, payload: Payload) -> str:
    """The same webhook sent again (its answer was lost: a relay killed, a dropped
    connection) has the same fingerprint; two events of one call differ in their type or
    state, so they never share one."""
    canonical = json.dumps([vendor, payload], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()
