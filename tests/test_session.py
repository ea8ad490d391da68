"""The session over the real Daktela backend and simulator: connection, reconnection, rules."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest

from agentdesk.core import (
    AgentState,
    AgentStatus,
    Backend,
    CallEnded,
    Capability,
    ConfigurationError,
    ConnectionChanged,
    ConnectionState,
    Event,
)
from agentdesk.reconnect import ReconnectPolicy
from agentdesk.session import Action, PausesLoaded, Refusal, Session, SessionEvent
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import backend_for


def _fast_policy() -> ReconnectPolicy:
    return ReconnectPolicy(base=0.05, cap=0.2, minimum=0.01, rand=lambda: 1.0)


class Recorder:
    def __init__(self, session: Session) -> None:
        self.events: list[SessionEvent] = []
        self._changed = asyncio.Event()
        session.add_listener(self._record)

    def _record(self, event: SessionEvent) -> None:
        self.events.append(event)
        self._changed.set()

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 3.0) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                self._changed.clear()
                await self._changed.wait()

    def connections(self) -> list[ConnectionState]:
        return [e.state for e in self.events if isinstance(e, ConnectionChanged)]


async def test_session_connects_loads_pauses_and_follows_the_agent() -> None:
    async with DaktelaSimulator() as sim:
        session = Session(backend_for(sim), policy=_fast_policy())
        seen = Recorder(session)
        session.start()
        try:
            await seen.wait_for(lambda: session.connection.state is ConnectionState.CONNECTED)
            assert any(isinstance(e, PausesLoaded) for e in seen.events)
            assert session.status.state is AgentState.READY
            assert session.can(Action.PAUSE) and session.can(Action.DIAL)
            assert not session.can(Action.ANSWER) and not session.can(Action.READY)

            sim.ring("601234567", name="Petr Svoboda")
            await seen.wait_for(lambda: session.status.state is AgentState.RINGING)
            assert session.can(Action.ANSWER) and session.can(Action.HANGUP)
            assert session.why_not(Action.DIAL) is Refusal.IN_CALL

            await session.answer()
            await seen.wait_for(lambda: session.status.state is AgentState.TALKING)
            assert not session.can(Action.ANSWER) and session.can(Action.HANGUP)
        finally:
            await session.stop()
    assert seen.connections()[:2] == [ConnectionState.CONNECTING, ConnectionState.CONNECTED]
    assert seen.connections()[-1] is ConnectionState.STOPPED


async def test_session_reconnects_when_the_server_comes_back() -> None:
    sim = DaktelaSimulator(hold_seconds=0.2)
    await sim.start()
    port = int(sim.url.rsplit(":", 1)[1])
    session = Session(backend_for(sim), policy=_fast_policy())
    seen = Recorder(session)
    session.start()
    try:
        await seen.wait_for(lambda: session.connection.state is ConnectionState.CONNECTED)
        await sim.stop()
        await seen.wait_for(lambda: session.connection.state is ConnectionState.RECONNECTING)
        assert session.connection.retry_in is not None and session.connection.retry_in <= 0.2
        assert not session.can(Action.DIAL)
        assert session.why_not(Action.DIAL) is Refusal.NOT_CONNECTED

        sim = DaktelaSimulator(port=port, token=sim.token)
        await sim.start()
        await seen.wait_for(lambda: session.connection.state is ConnectionState.CONNECTED)
    finally:
        await session.stop()
        await sim.stop()


async def test_a_refused_secret_stops_retrying() -> None:
    async with DaktelaSimulator() as sim:
        session = Session(backend_for(sim, secret="f" * 40), policy=_fast_policy())
        seen = Recorder(session)
        session.start()
        try:
            await seen.wait_for(lambda: session.connection.state is ConnectionState.AUTH_FAILED)
            asked = len(sim.requests)
            await asyncio.sleep(0.3)  # several backoff periods of the fast policy
            assert len(sim.requests) == asked
            assert "Uživatel neexistuje" in (session.connection.detail or "")
        finally:
            await session.stop()


class _MisconfiguredBackend(Backend):
    """A backend whose profile cannot work: watch() raises ConfigurationError every time."""

    vendor = "test"
    display_name = "Test"
    capabilities = frozenset({Capability.LIVE_STATE})

    def __init__(self) -> None:
        self.attempts = 0

    async def status(self) -> AgentStatus:
        raise ConfigurationError("no such API version")

    async def watch(self) -> AsyncIterator[Event]:
        self.attempts += 1
        raise ConfigurationError("no such API version")
        yield  # pragma: no cover - makes this an async generator


async def test_a_profile_that_cannot_work_is_not_retried() -> None:
    backend = _MisconfiguredBackend()
    session = Session(backend, policy=_fast_policy())
    seen = Recorder(session)
    session.start()
    try:
        await seen.wait_for(lambda: session.connection.state is ConnectionState.FAILED)
        await asyncio.sleep(0.3)  # several backoff periods of the fast policy
        assert backend.attempts == 1
        assert session.connection.detail == "no such API version"
        assert session.vendor_name == "Test"
    finally:
        await session.stop()


class _BuggyBackend(_MisconfiguredBackend):
    """A backend with a bug: its stream raises something that is not ours."""

    async def watch(self) -> AsyncIterator[Event]:
        self.attempts += 1
        raise KeyError("agent_state")
        yield  # pragma: no cover - makes this an async generator


@pytest.mark.allow_error_logs
async def test_a_backend_bug_is_logged_and_retried_not_a_frozen_connection() -> None:
    backend = _BuggyBackend()
    session = Session(backend, policy=_fast_policy())
    seen = Recorder(session)
    session.start()
    try:
        await seen.wait_for(lambda: backend.attempts >= 2)
        assert session.connection.state is ConnectionState.RECONNECTING
        assert "unexpected error" in (session.connection.detail or "")
    finally:
        await session.stop()


async def test_after_a_sleep_a_connected_stream_is_renewed_at_once() -> None:
    async with DaktelaSimulator() as sim:
        session = Session(backend_for(sim), policy=_fast_policy())
        seen = Recorder(session)
        session.start()
        try:
            await seen.wait_for(lambda: session.connection.state is ConnectionState.CONNECTED)
            await sim.wait_for_waiters(1)
            asked = sum(1 for action, _ in sim.requests if action == "RTUserState")
            session.reconnect_now(renew=True)
            # A fresh RTUserState without the old hash, at once (not after the 60 s hold).
            await sim.wait_until(
                lambda: sum(1 for action, _ in sim.requests if action == "RTUserState") > asked,
                timeout=2,
            )
            fresh = [p for action, p in sim.requests if action == "RTUserState"][asked]
            assert "hash" not in fresh
            await seen.wait_for(lambda: session.connection.state is ConnectionState.CONNECTED)
        finally:
            await session.stop()


async def test_a_call_that_ends_while_the_connection_is_down_still_ends() -> None:
    async with DaktelaSimulator(hold_seconds=0.2) as sim:
        session = Session(backend_for(sim), policy=_fast_policy())
        seen = Recorder(session)
        session.start()
        try:
            await seen.wait_for(lambda: session.connection.state is ConnectionState.CONNECTED)
            call_id = sim.ring("601234567")
            await seen.wait_for(lambda: session.status.state is AgentState.RINGING)
            await sim.faults.take_down()
            await seen.wait_for(lambda: session.connection.state is ConnectionState.RECONNECTING)
            sim.abandon(call_id)
            await sim.faults.bring_back()
            await seen.wait_for(
                lambda: any(isinstance(e, CallEnded) and e.call.id == call_id for e in seen.events)
            )
            assert session.status.calls == ()
        finally:
            await session.stop()
