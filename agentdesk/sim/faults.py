"""Faults a simulator can be told to make: the vendor slow, rude, broken, or gone.

One layer serves every simulator: an aiohttp middleware that :class:`LoopbackServer` puts in
front of the simulator's own handlers when it is given a :class:`Faults`. Each simulator makes
one, :attr:`sim.faults`, with its vendor's own refusal of a revoked token. Tests set faults
with its methods; ``agentdesk sim VENDOR --faults SPEC`` with the grammar below.

What a request meets, in this order:

1. ``latency`` seconds of delay (every request);
2. the first queued one-shot fault whose path matches, used up by that request:

   - an HTTP error: 500 as text, 502/503/504 as the HTML page a proxy serves, 429 with
     ``Retry-After`` (:meth:`Faults.fail`);
   - an HTML page where the API answers JSON or text, 200 unless told otherwise: a captive
     portal, a proxy's sign-in page (:meth:`Faults.html`);
   - 200 ``application/json`` cut off in the middle (:meth:`Faults.malformed`);
   - the connection closed with no answer (:meth:`Faults.reset`);
   - the request held longer than any client waits, then dropped unanswered
     (:meth:`Faults.timeout`; released early by :meth:`Faults.clear` and by the server's stop);

3. the vendor's refusal of a revoked token, once :meth:`Faults.revoke` said so;
4. the simulator's handler, which :meth:`Faults.cut` (or ``cut_after``) interrupts by closing
   the connection unanswered, as a proxy drops a held long-poll (Daktela's ``RTUserState``).

:meth:`Faults.take_down` and :meth:`Faults.bring_back`: the server gone (every connection
dropped, nothing listening) and back on the same port.

The SPEC of ``--faults``: items separated by commas, each ``NAME=VALUE`` with an optional
``@PATH`` that limits a one-shot fault to requests whose path contains PATH::

    latency=SECONDS        every answer SECONDS late
    timeout=N[:SECONDS]    the next N requests held SECONDS (default 300), then dropped
    reset=N                the next N requests dropped: the connection closed, no answer
    cut=SECONDS            a request still unanswered after SECONDS is dropped
    burst500=N             the next N requests answered HTTP 500 (also burst502, burst503,
                           burst504, and any burst5xx)
    rate429=N:SECONDS      the next N requests answered 429 with Retry-After: SECONDS
    html=N[:STATUS]        the next N requests answered an HTML page (status 200 unless given)
    malformed=N            the next N requests answered 200 with JSON cut off in the middle
    revoke_after=N         from the (N+1)th request on, the token is refused as the vendor
                           refuses one
    outage=AFTER:SECONDS   AFTER seconds after the start, the server is gone for SECONDS

One-shot faults queue in the order given, e.g.
``latency=0.2,burst503=3@RTUserState,rate429=2:5,html=1,malformed=1,reset=1,revoke_after=20``.
"""

from __future__ import annotations

import asyncio
import contextlib
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final

from aiohttp import web

if TYPE_CHECKING:
    from agentdesk.sim.server import LoopbackServer

Refusal = Callable[[web.Request], web.StreamResponse | None]
"""A vendor's answer to a revoked token; None lets the request through (a path that needs no
token, such as a recording link)."""
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

DEFAULT_HOLD: Final = 300.0
# A cut-off body: valid up to the point where a proxy or a crashed worker stopped sending.
MALFORMED_BODY: Final = b'{"status": 1, "error": null, "result": {"agent_state": "Idl'
_PROXY_PAGE: Final = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>nginx</center>\r\n"
    "</body>\r\n</html>\r\n"
)
_PORTAL_PAGE: Final = (
    "<!DOCTYPE html><html><head><title>Sign in to the network</title></head>"
    "<body><h1>Sign in to the network</h1><form method=post><input name=user>"
    "<input name=password type=password></form></body></html>"
)


@dataclass(frozen=True, slots=True)
class OneShot:
    """A fault for one request: ``kind`` is ``status``, ``html``, ``malformed``, ``reset`` or
    ``timeout``."""

    kind: str
    status: int = 200
    retry_after: int | None = None
    hold: float | None = None
    path: str | None = None

    def matches(self, request: web.Request) -> bool:
        return self.path is None or self.path in request.path


@dataclass(frozen=True, slots=True)
class Injected:
    """A fault a request met: what it was (``status 503``, ``reset``, ``cut``...) and the path."""

    fault: str
    path: str


class Faults:
    """The faults one simulator makes; see the module docstring.

    ``latency`` and ``cut_after`` may be set at any time; :attr:`injected` lists every fault
    a request met, oldest first, and :meth:`wait_injected` waits for more.
    """

    def __init__(self, revoked: Refusal | None = None, *, hold_seconds: float = DEFAULT_HOLD):
        self.latency = 0.0
        """Seconds every request waits before anything else happens to it."""
        self.cut_after: float | None = None
        """A request still unanswered after this many seconds is dropped; None: never."""
        self.hold_seconds = hold_seconds
        """How long :meth:`timeout` holds a request unless told."""
        self.requests = 0
        """Requests seen since the simulator was made."""
        self.injected: list[Injected] = []
        self.outage: tuple[float, float] | None = None
        """(after, seconds): the outage each start of the server schedules (``outage=``)."""
        self._revoked_shape = revoked or _unauthorized
        self._revoke_at: int | None = None
        self._queue: list[OneShot] = []
        self._cuts: set[asyncio.Future[None]] = set()
        self._released = asyncio.Event()
        self._injected_changed = asyncio.Event()
        self._servers: list[LoopbackServer] = []
        self._outages: set[asyncio.Task[None]] = set()
        self._listeners: list[Callable[[], None]] = []

    def add_listener(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` whenever a request comes in, is answered by the simulator, or
        meets a fault: a test waiting on the simulator's state re-checks it then."""
        self._listeners.append(listener)

    # -- one-shot faults ----------------------------------------------------------------------

    def fail(
        self,
        status: int = 503,
        times: int = 1,
        *,
        retry_after: int | None = None,
        path: str | None = None,
    ) -> None:
        """The next ``times`` requests are answered ``status`` (``retry_after``: whole seconds
        in a ``Retry-After`` header, as 429s and 503s carry it)."""
        if not 400 <= status <= 599:
            raise ValueError(f"an HTTP error status is 400-599, not {status}")
        self._add(times, OneShot("status", status, retry_after=retry_after, path=path))

    def html(self, times: int = 1, *, status: int = 200, path: str | None = None) -> None:
        """The next ``times`` requests are answered an HTML page with ``status``."""
        self._add(times, OneShot("html", status, path=path))

    def malformed(self, times: int = 1, *, path: str | None = None) -> None:
        """The next ``times`` requests are answered 200 with JSON cut off in the middle."""
        self._add(times, OneShot("malformed", path=path))

    def reset(self, times: int = 1, *, path: str | None = None) -> None:
        """The next ``times`` requests have their connection closed with no answer."""
        self._add(times, OneShot("reset", path=path))

    def timeout(
        self, times: int = 1, *, seconds: float | None = None, path: str | None = None
    ) -> None:
        """The next ``times`` requests are held ``seconds`` (default :attr:`hold_seconds`),
        then dropped unanswered; :meth:`clear` and the server's stop release them early."""
        self._add(times, OneShot("timeout", hold=seconds, path=path))

    @property
    def pending(self) -> int:
        """One-shot faults not used up yet."""
        return len(self._queue)

    def _add(self, times: int, fault: OneShot) -> None:
        if times < 1:
            raise ValueError(f"a fault happens at least once, not {times} times")
        self._queue.extend([fault] * times)

    # -- the token ------------------------------------------------------------------------------

    def revoke(self, *, after: int = 0) -> None:
        """Refuse the token as the vendor does, from the request ``after`` + 1 on."""
        self._revoke_at = self.requests + after

    def restore(self) -> None:
        """Accept the token again."""
        self._revoke_at = None

    @property
    def revoked(self) -> bool:
        return self._revoke_at is not None and self.requests >= self._revoke_at

    # -- requests in flight, the server ------------------------------------------------------

    def cut(self) -> int:
        """Drop every request in the simulator's hands now, unanswered; how many there were."""
        cuts = [c for c in self._cuts if not c.done()]
        for cut in cuts:
            cut.set_result(None)
        return len(cuts)

    async def take_down(self) -> None:
        """The server goes away: requests in flight dropped, nothing listening (noted as
        ``down`` in :attr:`injected`)."""
        for server in self._servers:
            await server.pause()
        self._record("down", "")

    async def bring_back(self) -> None:
        """The server listens again on the same address (noted as ``up``)."""
        for server in self._servers:
            await server.resume()
        self._record("up", "")

    def clear(self) -> None:
        """No more faults: the queue emptied, no latency or cut, the token accepted again,
        held requests released (dropped)."""
        self._queue.clear()
        self.latency = 0.0
        self.cut_after = None
        self._revoke_at = None
        self.release()

    def release(self) -> None:
        """End every hold (a ``timeout`` fault, a latency wait) now."""
        self._released.set()
        self._released = asyncio.Event()

    async def wait_injected(self, count: int, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Return once :attr:`injected` holds ``count`` faults; TimeoutError otherwise."""
        async with asyncio.timeout(timeout):
            while len(self.injected) < count:
                changed = self._injected_changed
                await changed.wait()

    # -- the command line -----------------------------------------------------------------------

    def configure(self, spec: str) -> None:
        """Apply a SPEC (the module docstring's grammar); ValueError names what is wrong."""
        for name, value, path in parse_spec(spec):
            self._apply(name, value, path)

    def _apply(self, name: str, value: str, path: str | None) -> None:
        first, _, second = value.partition(":")
        if name == "latency":
            self.latency = _seconds(name, value)
        elif name == "cut":
            self.cut_after = _seconds(name, value)
        elif name == "timeout":
            self.timeout(
                _count(name, first), seconds=_seconds(name, second) if second else None, path=path
            )
        elif name == "reset":
            self.reset(_count(name, value), path=path)
        elif name == "malformed":
            self.malformed(_count(name, value), path=path)
        elif name == "html":
            status = _count(name, second) if second else 200
            self.html(_count(name, first), status=status, path=path)
        elif name == "rate429":
            if not second:
                raise ValueError("rate429 needs N:SECONDS, e.g. rate429=2:5")
            self.fail(429, _count(name, first), retry_after=_count(name, second), path=path)
        elif name.startswith("burst"):
            self.fail(_burst_status(name), _count(name, value), path=path)
        elif name == "revoke_after":
            self.revoke(after=_count(name, value, minimum=0))
        elif name == "outage":
            if not second:
                raise ValueError("outage needs AFTER:SECONDS, e.g. outage=10:5")
            self.outage = (_seconds(name, first), _seconds(name, second))
        else:  # pragma: no cover - parse_spec refuses unknown names
            raise ValueError(f"unknown fault {name!r}")

    # -- the middleware and the server's hooks --------------------------------------------------

    def attach(self, server: LoopbackServer, app: web.Application) -> None:
        """Put the fault layer in front of ``app``'s handlers; ``server`` serves ``app``."""
        self._servers.append(server)

        @web.middleware
        async def faults(request: web.Request, handler: Handler) -> web.StreamResponse:
            return await self._handle(request, handler)

        app.middlewares.append(faults)

    def server_started(self) -> None:
        """Called by the server once listening: schedules the configured outage."""
        if self.outage is not None and not self._outages:
            task = asyncio.get_running_loop().create_task(self._outage(*self.outage))
            self._outages.add(task)
            task.add_done_callback(self._outages.discard)

    async def server_stopping(self) -> None:
        """Called by the server before it stops: no fault of ours holds a request (the
        simulator releases its own long-polls), no outage to come."""
        tasks, self._outages = self._outages, set()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self.release()

    async def _outage(self, after: float, seconds: float) -> None:
        await asyncio.sleep(after)
        await self.take_down()
        await asyncio.sleep(seconds)
        await self.bring_back()

    async def _handle(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.requests += 1
        self._changed()
        if self.latency > 0:
            await self._hold(self.latency)
        fault = next((f for f in self._queue if f.matches(request)), None)
        if fault is not None:
            self._queue.remove(fault)
            return await self._inject(fault, request)
        if self._revoke_at is not None and self.requests > self._revoke_at:
            refusal = self._revoked_shape(request)
            if refusal is not None:
                self._note("revoked", request)
                return refusal
        return await self._serve(request, handler)

    async def _inject(self, fault: OneShot, request: web.Request) -> web.StreamResponse:
        if fault.kind == "status":
            self._note(f"status {fault.status}", request)
            return _error_page(fault.status, fault.retry_after)
        if fault.kind == "html":
            self._note(f"html {fault.status}", request)
            return web.Response(status=fault.status, text=_PORTAL_PAGE, content_type="text/html")
        if fault.kind == "malformed":
            self._note("malformed", request)
            return web.Response(body=MALFORMED_BODY, content_type="application/json")
        if fault.kind == "timeout":
            self._note("timeout", request)
            await self._hold(fault.hold if fault.hold is not None else self.hold_seconds)
            return _drop(request)
        self._note("reset", request)
        return _drop(request)

    async def _serve(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """The simulator's answer, unless :meth:`cut` or ``cut_after`` drops it first."""
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[web.StreamResponse] = asyncio.ensure_future(handler(request))
        cut: asyncio.Future[None] = loop.create_future()
        self._cuts.add(cut)
        try:
            waits: list[asyncio.Future[Any]] = [answer, cut]
            await asyncio.wait(waits, timeout=self.cut_after, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._cuts.discard(cut)
            cut.cancel()
            if not answer.done():
                answer.cancel()
                await asyncio.wait({answer})
        if not answer.cancelled():
            self._changed()
            return answer.result()
        self._note("cut", request)
        return _drop(request)

    async def _hold(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._released.wait()

    def _note(self, fault: str, request: web.Request) -> None:
        self._record(fault, request.path)

    def _record(self, fault: str, path: str) -> None:
        self.injected.append(Injected(fault, path))
        self._injected_changed.set()
        self._injected_changed = asyncio.Event()
        self._changed()

    def _changed(self) -> None:
        for listener in list(self._listeners):
            listener()


# -- SPEC ------------------------------------------------------------------------------------

KNOWN: Final = (
    "latency",
    "timeout",
    "reset",
    "cut",
    "burst5xx",
    "rate429",
    "html",
    "malformed",
    "revoke_after",
    "outage",
)
_WITH_PATH: Final = frozenset({"timeout", "reset", "rate429", "html", "malformed"})


def parse_spec(spec: str) -> list[tuple[str, str, str | None]]:
    """``(name, value, path)`` of each item of a SPEC, checked; ValueError otherwise."""
    items: list[tuple[str, str, str | None]] = []
    for raw in spec.split(","):
        item = raw.strip()
        if not item:
            continue
        name, equals, rest = item.partition("=")
        name = name.strip().lower()
        value, at, path = rest.partition("@")
        value = value.strip()
        if not equals or not value:
            raise ValueError(f"fault {item!r} must look like NAME=VALUE")
        if name.startswith("burst"):
            _burst_status(name)
        elif name not in KNOWN:
            raise ValueError(f"unknown fault {name!r} (known: {', '.join(KNOWN)})")
        if at and not (name in _WITH_PATH or name.startswith("burst")):
            raise ValueError(f"{name} applies to every request: it takes no @PATH")
        if at and not path.strip():
            raise ValueError(f"fault {item!r}: @ must be followed by a path")
        items.append((name, value, path.strip() if at else None))
    # Applying to a scratch layer checks the values with the same code that uses them.
    scratch = Faults()
    for name, value, where in items:
        scratch._apply(name, value, where)
    return items


def _burst_status(name: str) -> int:
    digits = name.removeprefix("burst")
    if not (digits.isdigit() and len(digits) == 3 and digits.startswith("5")):
        raise ValueError(f"{name!r}: a burst is of 5xx answers, e.g. burst503=3")
    return int(digits)


def _count(name: str, text: str, *, minimum: int = 1) -> int:
    if not text.strip().isdigit() or int(text) < minimum:
        raise ValueError(f"{name}: {text!r} is not a whole number of at least {minimum}")
    return int(text)


def _seconds(name: str, text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise ValueError(f"{name}: {text!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"{name}: {text!r} is not a number of seconds")
    return seconds


# -- answers ---------------------------------------------------------------------------------


def _error_page(status: int, retry_after: int | None) -> web.Response:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    reason = HTTPStatus(status).phrase
    if 502 <= status <= 504:
        page = _PROXY_PAGE.format(status=status, reason=reason)
        return web.Response(status=status, text=page, content_type="text/html", headers=headers)
    return web.Response(status=status, text=reason, content_type="text/plain", headers=headers)


def _drop(request: web.Request) -> web.Response:
    """Close the connection without an answer; what aiohttp then writes goes nowhere."""
    if request.transport is not None:
        request.transport.abort()
    return web.Response(status=204)


def _unauthorized(request: web.Request) -> web.Response:
    return web.Response(status=401, text="Unauthorized", content_type="text/plain")
