"""The shift through a session, against the Daktela simulator over loopback: log-out's rules
(not during a call, not with a wrap-up unsaved) and the phone watch (at start, on
reconnection, on log-in, at its interval; a warning that goes when the phone is back)."""

from __future__ import annotations

import asyncio

import pytest

from agentdesk.core import AgentState, ConnectionState, PhoneState, PhoneStatus
from agentdesk.phone_watch import CHECK_SECONDS, PhoneWatch
from agentdesk.session import Session
from agentdesk.shift import Shift, ShiftRefusal, ShiftRefusedError
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import backend_for
from tests.test_session import Recorder, _fast_policy


async def _connected(sim: DaktelaSimulator) -> tuple[Session, Recorder]:
    session = Session(backend_for(sim), policy=_fast_policy())
    seen = Recorder(session)
    session.start()
    await seen.wait_for(lambda: session.connection.state is ConnectionState.CONNECTED)
    return session, seen


async def test_log_out_is_refused_during_a_call_without_asking_the_vendor() -> None:
    async with DaktelaSimulator() as sim:
        session, seen = await _connected(sim)
        shift = Shift(session)
        try:
            sim.ring("601234567")
            await seen.wait_for(lambda: session.status.state is AgentState.RINGING)
            with pytest.raises(ShiftRefusedError) as caught:
                await shift.log_out()
        finally:
            await session.stop()
    assert caught.value.refusal is ShiftRefusal.IN_CALL
    assert "Logout" not in [action for action, _ in sim.requests]


async def test_log_out_is_refused_while_a_wrap_up_is_unsaved_then_allowed() -> None:
    async with DaktelaSimulator(wrapup_seconds=30) as sim:
        session, seen = await _connected(sim)
        shift = Shift(session)
        try:
            sim.ring("601234567")
            sim.pick_up()
            sim.customer_hangup()
            await seen.wait_for(lambda: session.status.state is AgentState.WRAP_UP)
            with pytest.raises(ShiftRefusedError, match="wrap-up of the last call is not saved"):
                await shift.log_out()
            sim.set_pause(None)  # the wrap-up time is over
            await seen.wait_for(lambda: session.status.state is AgentState.READY)
            # The window still holds what the agent typed: still refused.
            assert shift.why_not_log_out(unsaved_wrap_up=True) is ShiftRefusal.WRAP_UP_UNSAVED
            await shift.log_out()
            await seen.wait_for(lambda: session.status.state is AgentState.OFFLINE)
            assert shift.logged_out
            await shift.log_in()
            await seen.wait_for(lambda: session.status.state is AgentState.READY)
        finally:
            await session.stop()
    assert [a for a, _ in sim.requests].count("Logout") == 1


async def test_the_phone_watch_warns_while_logged_in_and_clears_when_the_phone_is_back() -> None:
    async with DaktelaSimulator() as sim:
        sim.set_phone("UNAVAILABLE")
        session, _ = await _connected(sim)
        changes: list[PhoneStatus | None] = []
        changed = asyncio.Event()

        def on_change(phone: PhoneStatus | None) -> None:
            changes.append(phone)
            changed.set()

        watch = PhoneWatch(session, on_change, interval=0.05)
        watch.start()
        try:
            await asyncio.wait_for(changed.wait(), 3)
            assert changes == [PhoneStatus("201", PhoneState.UNAVAILABLE)]
            changed.clear()
            sim.set_phone("AVAILABLE")
            await asyncio.wait_for(changed.wait(), 3)
            assert changes[-1] is None and watch.warning is None
            changed.clear()
            sim.set_phone("UNAVAILABLE")
            await asyncio.wait_for(changed.wait(), 3)
            changed.clear()
            sim.log_out()  # logged out, no call is expected: no warning
            await asyncio.wait_for(changed.wait(), 3)
            assert changes[-1] is None
        finally:
            await watch.stop()
            await session.stop()


async def test_the_phone_is_checked_at_start_on_reconnection_and_on_log_in_only() -> None:
    async with DaktelaSimulator() as sim:
        session, seen = await _connected(sim)
        watch = PhoneWatch(session, lambda phone: None)  # the default interval: no tick here
        watch.start()
        try:
            await _checked(watch, 1)
            session.reconnect_now(renew=True)
            await seen.wait_for(lambda: seen.connections().count(ConnectionState.CONNECTED) == 2)
            await _checked(watch, 2)
            sim.log_out()
            await seen.wait_for(lambda: session.status.state is AgentState.OFFLINE)
            assert watch.check_soon() is None  # logged out: nothing to ask
            sim.log_in()
            await seen.wait_for(lambda: session.status.state is AgentState.READY)
            await _checked(watch, 3)
        finally:
            await watch.stop()
            await session.stop()
    assert [a for a, _ in sim.requests].count("DeviceStates") == 3
    assert 3600 / CHECK_SECONDS <= 12  # the idle budget: at most 12 requests an hour


async def _checked(watch: PhoneWatch, count: int) -> None:
    check = watch.current_check
    assert check is not None
    await asyncio.wait_for(asyncio.shield(check), 3)
    assert watch.checks == count
