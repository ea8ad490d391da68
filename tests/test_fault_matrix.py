"""The fault matrix: every vendor's backend against its simulator making each fault that
applies, over loopback.

Two levels:

- the backend alone: one request where JSON is due (``status()``) meets the fault and raises
  the typed error the session's one policy acts on; the next request, fault gone, succeeds;
- the session (:class:`agentdesk.session.Session`, a fast policy): connected and watching,
  the vendor's watch requests meet the fault; transient faults make it RECONNECTING and then
  CONNECTED again, a 429's ``Retry-After`` sets the wait, a revoked token ends in AUTH_FAILED.

What each vendor's ``watch()`` asks, and so where the session meets faults: Daktela its held
``RTUserState`` long-poll (cut by the fault layer to make the next one come at once),
Oki-Toki the call log (``reports/acd/calls-log``) every poll, uContact ``Cdr/getrecords``
only while a call it placed is live (so those tests dial first), MegaFon the agent's DND
(``users/{login}/dnd``) every poll.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.backends.okitoki.backend import OkiTokiBackend
from agentdesk.backends.ucontact.backend import UContactBackend
from agentdesk.core import (
    AgentDeskError,
    AgentState,
    AuthenticationError,
    Backend,
    ConnectionChanged,
    ConnectionState,
    MalformedResponseError,
    TransientError,
)
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Session, SessionEvent
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.faults import Faults
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.sim.ucontact.simulator import UContactSimulator

VENDORS = ("daktela", "okitoki", "ucontact", "megapbx")
QUICK_READ = 0.3  # the client's read timeout in the timeout tests; far below any real one


class QuickTimeouts(httpx.AsyncBaseTransport):
    """The real transport with a short read timeout, so that a held request times out fast;
    the backends' own timeouts (10-75 s) stay what they are for every other test."""

    def __init__(self, read: float) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self._timeout = httpx.Timeout(2.0, read=read).as_dict()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.extensions = {**request.extensions, "timeout": self._timeout}
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@dataclass
class Rig:
    """A vendor's simulator and a backend on it, and what the test needs to know of both."""

    sim: Any
    backend: Backend
    watched: str
    """A part of the path of the requests the backend's watch() makes."""
    refusal: str
    """Words of the vendor's refusal of a revoked token, as the session shows them."""
    served: Callable[[], int]
    """How many watched requests the simulator itself answered (faulted ones never reach it)."""
    in_watch: Callable[[Session, Seen], Awaitable[None]]
    """Brings the session to where its watch() makes requests."""

    @property
    def faults(self) -> Faults:
        faults: Faults = self.sim.faults
        return faults

    def nudge(self) -> int:
        """Makes the next watch request come now; how many failures that caused itself."""
        if isinstance(self.sim, DaktelaSimulator) and self.sim.hold_seconds > 1:
            return self.faults.cut()  # the held long-poll, dropped: a reset mid-hold
        return 0


async def _nothing(session: Session, seen: Seen) -> None:
    return None


@asynccontextmanager
async def rig(vendor: str, *, read_timeout: float | None = None) -> AsyncIterator[Rig]:
    transport = QuickTimeouts(read_timeout) if read_timeout is not None else None
    sim: Any
    backend: Backend
    if vendor == "daktela":
        # A short hold when the client's read timeout is short, so that only the fault times out.
        sim = DaktelaSimulator(hold_seconds=0.1 if read_timeout else 60.0, seed_history=False)
        await sim.start()
        backend = DaktelaBackend(
            base_url=sim.url, login=sim.login, secret=sim.token, transport=transport
        )

        async def held(session: Session, seen: Seen) -> None:
            if sim.hold_seconds > 1:
                await sim.wait_for_waiters(1)

        result = Rig(
            sim,
            backend,
            "RTUserState",
            "Uživatel neexistuje",
            lambda: sum(1 for action, _ in sim.requests if action == "RTUserState"),
            held,
        )
    elif vendor == "okitoki":
        sim = OkiTokiSimulator(seed_history=False)
        await sim.start()
        backend = OkiTokiBackend(
            base_url=sim.url,
            user_id=sim.user_id,
            api_token=sim.token,
            dialer_id=sim.dialer_id,
            statuses=sim.statuses_option,
            call_log_poll_seconds=0.05,
            transport=transport,
        )
        result = Rig(
            sim,
            backend,
            "calls-log",
            "Unauthenticated",
            lambda: sum(1 for path, _ in sim.requests if "calls-log" in path),
            _nothing,
        )
    elif vendor == "ucontact":
        sim = UContactSimulator(outbound_answer_after=0.05, seed_history=False)
        await sim.start()
        backend = UContactBackend(
            **sim.backend_kwargs(), call_poll_seconds=0.05, transport=transport
        )

        async def calling(session: Session, seen: Seen) -> None:
            await session.dial("099124484")
            await seen.until(lambda: bool(session.status.calls))

        result = Rig(
            sim,
            backend,
            "getrecords",
            "refused the agent name or password",
            lambda: sum(1 for path, _ in sim.requests if path == "Cdr/getrecords"),
            calling,
        )
    else:
        sim = MegaPbxSimulator(seed_history=False)
        await sim.start()
        backend = MegaPbxBackend(
            base_url=sim.url,
            login="ivanova",
            api_key=sim.api_key,
            history_poll_seconds=0.05,
            transport=transport,
        )
        result = Rig(
            sim,
            backend,
            "/dnd",
            "Invalid token",
            lambda: sum(1 for _, path, _ in sim.requests if path.endswith("/dnd")),
            _nothing,
        )
    try:
        yield result
    finally:
        await backend.aclose()
        await sim.stop()


# -- the backend alone -------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    make: Callable[[Faults], Awaitable[None] | None]
    error: type[AgentDeskError]
    undo: Callable[[Faults], Awaitable[None] | None] = lambda faults: None
    retry_after: float | None = None
    quick: bool = False


async def _take_down(faults: Faults) -> None:
    await faults.take_down()


async def _bring_back(faults: Faults) -> None:
    await faults.bring_back()


CASES: dict[str, Case] = {
    "burst500": Case(lambda f: f.fail(500), TransientError),
    "burst502": Case(lambda f: f.fail(502), TransientError),
    "burst503": Case(lambda f: f.fail(503), TransientError),
    "rate429": Case(lambda f: f.fail(429, retry_after=7), TransientError, retry_after=7.0),
    "reset": Case(lambda f: f.reset(), TransientError),
    "timeout": Case(lambda f: f.timeout(), TransientError, quick=True),
    "gone": Case(_take_down, TransientError, undo=_bring_back),
    "html200": Case(lambda f: f.html(), MalformedResponseError),
    "html502": Case(lambda f: f.html(status=502), TransientError),
    "malformed": Case(lambda f: f.malformed(), MalformedResponseError),
    "revoked": Case(lambda f: f.revoke(), AuthenticationError, undo=lambda f: f.restore()),
}


async def _maybe(result: Awaitable[None] | None) -> None:
    if result is not None:
        await result


@pytest.mark.parametrize("fault", CASES)
@pytest.mark.parametrize("vendor", VENDORS)
async def test_the_backend_raises_the_typed_error_and_recovers(vendor: str, fault: str) -> None:
    case = CASES[fault]
    async with rig(vendor, read_timeout=QUICK_READ if case.quick else None) as r:
        await _maybe(case.make(r.faults))
        with pytest.raises(case.error) as raised:
            await r.backend.status()
        if case.retry_after is not None:
            assert isinstance(raised.value, TransientError)
            assert raised.value.retry_after == case.retry_after
        await _maybe(case.undo(r.faults))
        status = await r.backend.status()
    assert status.state is not AgentState.OFFLINE
    if fault not in ("gone", "revoked"):
        assert r.faults.pending == 0 and len(r.faults.injected) == 1


# -- the session -------------------------------------------------------------------------------


def _fast_policy() -> ReconnectPolicy:
    """The session's one policy, scaled down: waits of 10, 20, 40, 80... ms, 0.2 s at most;
    a Retry-After is honoured up to ten times that cap (2 s)."""
    return ReconnectPolicy(base=0.01, cap=0.2, minimum=0.005, rand=lambda: 1.0)


class Seen:
    """What a session announced, and a way to wait for what it will."""

    def __init__(self, session: Session, faults: Faults) -> None:
        self.session = session
        self.changes: list[ConnectionChanged] = []
        self._changed = asyncio.Event()
        session.add_listener(self._record)
        # The simulator's side too: a poll answered changes no session state.
        faults.add_listener(self._changed.set)

    def _record(self, event: SessionEvent) -> None:
        if isinstance(event, ConnectionChanged):
            self.changes.append(event)
        self._changed.set()

    async def until(self, predicate: Callable[[], bool], timeout: float = 1.5) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                self._changed.clear()
                await self._changed.wait()

    def connected(self) -> bool:
        return self.session.connection.state is ConnectionState.CONNECTED

    def reconnecting_since(self, mark: int) -> list[ConnectionChanged]:
        return [c for c in self.changes[mark:] if c.state is ConnectionState.RECONNECTING]


@asynccontextmanager
async def watching(r: Rig) -> AsyncIterator[tuple[Session, Seen]]:
    """A session on the rig's backend, connected and making watch requests."""
    session = Session(r.backend, policy=_fast_policy())
    seen = Seen(session, r.faults)
    session.start()
    try:
        await seen.until(seen.connected)
        await r.in_watch(session, seen)
        yield session, seen
    finally:
        await session.stop()


TRANSIENT: dict[str, tuple[Callable[[Faults, str], None], int, str]] = {
    # fault → (make it on the watched path, failures it makes, words of the reason shown)
    "reset": (lambda f, p: f.reset(path=p), 1, "failed"),
    "burst503": (lambda f, p: f.fail(503, 3, path=p), 3, "503"),
    "burst502": (lambda f, p: f.fail(502, 2, path=p), 2, "502"),
    "html200": (lambda f, p: f.html(path=p), 1, "JSON"),
    "malformed": (lambda f, p: f.malformed(path=p), 1, "JSON"),
    "timeout": (lambda f, p: f.timeout(path=p), 1, "in time"),
}


@pytest.mark.parametrize("fault", TRANSIENT)
@pytest.mark.parametrize("vendor", VENDORS)
async def test_the_session_reconnects_once_a_transient_fault_clears(
    vendor: str, fault: str
) -> None:
    make, failures, words = TRANSIENT[fault]
    quick = QUICK_READ if fault == "timeout" else None
    async with rig(vendor, read_timeout=quick) as r, watching(r) as (_, seen):
        mark = len(seen.changes)
        make(r.faults, r.watched)
        failures += r.nudge()
        served = r.served()
        await seen.until(
            lambda: (
                r.faults.pending == 0
                and len(seen.reconnecting_since(mark)) >= failures
                and seen.connected()
                and r.served() > served
            ),
            timeout=2.5 if fault == "timeout" else 1.5,
        )
        reasons = [c.detail or "" for c in seen.reconnecting_since(mark)]
    assert len(reasons) == failures
    assert any(words.lower() in reason.lower() for reason in reasons), reasons


@pytest.mark.parametrize("vendor", VENDORS)
async def test_the_session_waits_as_long_as_retry_after_says(vendor: str) -> None:
    async with rig(vendor) as r, watching(r) as (session, seen):
        mark = len(seen.changes)
        r.faults.fail(429, retry_after=2, path=r.watched)
        r.nudge()
        await seen.until(lambda: any(c.retry_in and c.retry_in >= 2 for c in seen.changes[mark:]))
        asked = next(c for c in seen.changes[mark:] if c.retry_in and c.retry_in >= 2)
        # The fast policy alone would have waited 0.01 s here.
        assert asked.state is ConnectionState.RECONNECTING
        assert asked.retry_in == pytest.approx(2.0)
        served = r.served()
        session.reconnect_now()  # the agent's "try now": no need to sit the 2 s out here
        await seen.until(lambda: seen.connected() and r.served() > served)


@pytest.mark.parametrize("vendor", VENDORS)
async def test_a_token_revoked_mid_shift_stops_the_session(vendor: str) -> None:
    async with rig(vendor) as r, watching(r) as (session, seen):
        r.faults.revoke()
        r.nudge()
        await seen.until(lambda: session.connection.state is ConnectionState.AUTH_FAILED)
        detail = session.connection.detail or ""
    assert r.refusal in detail, detail
    assert seen.changes[-1].state is ConnectionState.STOPPED
    assert not any(c.state is ConnectionState.CONNECTED for c in seen.changes[-2:])


@pytest.mark.parametrize("vendor", VENDORS)
async def test_the_session_comes_back_with_the_server(vendor: str) -> None:
    async with rig(vendor) as r, watching(r) as (_session, seen):
        mark = len(seen.changes)
        await r.faults.take_down()
        # Two tries while it is gone: the session keeps trying, it does not give up.
        await seen.until(lambda: len(seen.reconnecting_since(mark)) >= 2)
        served = r.served()
        await r.faults.bring_back()
        await seen.until(lambda: seen.connected() and r.served() > served)
        reasons = [c.detail or "" for c in seen.reconnecting_since(mark)]
    assert all(("reach" in reason or "failed" in reason) for reason in reasons), reasons


async def test_a_daktela_long_poll_cut_mid_hold_is_one_reconnection() -> None:
    async with rig("daktela") as r, watching(r) as (_session, seen):
        mark = len(seen.changes)
        assert r.faults.cut() == 1  # the held RTUserState, dropped by a proxy
        served = r.served()
        await seen.until(lambda: seen.connected() and r.served() > served)
        reasons = [c.detail or "" for c in seen.reconnecting_since(mark)]
    assert reasons == ["connection to Daktela failed: RemoteProtocolError"]


# -- text answers -----------------------------------------------------------------------------


async def test_ucontact_refuses_an_html_page_as_the_guid_of_a_call() -> None:
    async with rig("ucontact") as r:
        r.faults.html(path="Agents/AgentCall")
        with pytest.raises(MalformedResponseError):
            await r.backend.dial("099124484")
