"""The Daktela backend's shift against the simulator over loopback: callers waiting in the
queues and picking one up, logging in and out of the call centre, and the desk phone."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from agentdesk.backends.daktela import shift
from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import (
    AgentState,
    CallPhase,
    Capability,
    NotSupportedError,
    PhoneState,
    PhoneStatus,
    VendorError,
)
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import backend_for


async def test_waiting_callers_are_listed_longest_first_with_number_and_queue() -> None:
    async with DaktelaSimulator() as sim:
        first = sim.queue_caller("601111111", queue_id="1")
        sim.waiting[first].entered -= timedelta(minutes=2)
        second = sim.queue_caller("602222222", queue_id="3")
        sim.ring("603333333")  # ringing at the agent: not waiting
        backend = backend_for(sim)
        try:
            waiting = await backend.waiting_calls()
        finally:
            await backend.aclose()
    assert [(w.id, w.number, w.queue, w.queue_id) for w in waiting] == [
        (first, "601111111", "Support", "1"),
        (second, "602222222", "Sales", "3"),
    ]
    assert waiting[0].waiting_seconds is not None and waiting[0].waiting_seconds >= 120
    assert all(w.waiting_seconds is not None and w.waiting_since is not None for w in waiting)
    assert [r[0] for r in sim.requests].count("RTStatsCalls") == 1


async def test_a_picked_up_caller_becomes_the_agents_call() -> None:
    async with DaktelaSimulator() as sim:
        call_id = sim.queue_caller("601111111")
        backend = backend_for(sim)
        try:
            await backend.pickup(call_id)
            status = await backend.status()
            assert await backend.waiting_calls() == []
        finally:
            await backend.aclose()
    assert status.state is AgentState.TALKING
    (call,) = status.calls
    assert (call.id, call.number, call.phase) == (call_id, "601111111", CallPhase.TALKING)
    assert ("PickupFromQueue", {"call_id": call_id, "user": "agent"}) in sim.requests


async def test_with_the_ringing_reading_a_picked_up_caller_rings_first() -> None:
    async with DaktelaSimulator(pickup="ringing") as sim:
        call_id = sim.queue_caller("601111111")
        backend = backend_for(sim)
        try:
            await backend.pickup(call_id)
            status = await backend.status()
        finally:
            await backend.aclose()
    assert status.state is AgentState.RINGING
    assert status.calls[0].id == call_id


async def test_a_caller_no_longer_waiting_is_refused_in_daktelas_words() -> None:
    async with DaktelaSimulator() as sim:
        call_id = sim.queue_caller("601111111")
        sim.caller_leaves(call_id)
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError) as caught:
                await backend.pickup(call_id)
        finally:
            await backend.aclose()
    assert caught.value.vendor_message == f"Hovor {call_id} již nečeká ve frontě"
    assert caught.value.action == "PickupFromQueue"


async def test_log_out_and_log_in_at_an_extension() -> None:
    async with DaktelaSimulator() as sim:
        backend = backend_for(sim)
        try:
            await backend.shift_logout()
            assert (await backend.status()).state is AgentState.OFFLINE
            await backend.shift_login("100")
            assert (await backend.status()).state is AgentState.READY
        finally:
            await backend.aclose()
    assert ("Logout", {"user": "agent"}) in sim.requests
    assert ("Login", {"user": "agent", "extension": "100"}) in sim.requests
    assert sim.extension == "100"


async def test_log_in_without_an_extension_sends_none_and_an_unknown_one_is_refused() -> None:
    async with DaktelaSimulator() as sim:
        sim.log_out()
        backend = backend_for(sim)
        try:
            await backend.shift_login()
            with pytest.raises(VendorError, match="Klapka 999 neexistuje"):
                await backend.shift_login("999")
        finally:
            await backend.aclose()
    assert ("Login", {"user": "agent"}) in sim.requests


async def test_logout_during_a_call_is_refused_by_the_simulated_vendor() -> None:
    async with DaktelaSimulator() as sim:
        sim.ring("601234567")
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError, match="probíhá hovor s číslem 601234567"):
                await backend.shift_logout()
        finally:
            await backend.aclose()


async def test_the_phone_drops_and_returns() -> None:
    async with DaktelaSimulator() as sim:
        backend = backend_for(sim)
        try:
            assert await backend.phone_status() == PhoneStatus("201", PhoneState.AVAILABLE)
            sim.set_phone("UNAVAILABLE")
            dropped = await backend.phone_status()
            sim.set_phone("AVAILABLE")
            back = await backend.phone_status()
        finally:
            await backend.aclose()
    assert dropped == PhoneStatus("201", PhoneState.UNAVAILABLE)
    assert dropped is not None and not dropped.reachable
    assert back is not None and back.reachable


async def test_the_phone_is_the_extension_the_agent_logged_in_at() -> None:
    async with DaktelaSimulator() as sim:
        sim.set_phone("UNAVAILABLE", "100")
        backend = backend_for(sim, extension="201")
        try:
            await backend.shift_login("100")
            status = await backend.phone_status()
        finally:
            await backend.aclose()
    assert status == PhoneStatus("100", PhoneState.UNAVAILABLE)


async def test_an_older_profile_has_no_pickup_and_says_which_version_it_needs() -> None:
    async with DaktelaSimulator(api_version="3.9") as sim:
        backend = backend_for(sim, api_version="3.9")
        try:
            assert Capability.QUEUE_PICKUP not in backend.capabilities
            assert {Capability.SHIFT_LOGIN, Capability.PHONE_STATUS} <= backend.capabilities
            with pytest.raises(NotSupportedError, match=r"PickupFromQueue from API version 4\.0"):
                await backend.pickup("1.1")
        finally:
            await backend.aclose()
        old = backend_for(sim, api_version="3.3")
        try:
            assert Capability.SHIFT_LOGIN not in old.capabilities
            assert "3.4" in str(old.unavailable[Capability.SHIFT_LOGIN])
        finally:
            await old.aclose()


def test_device_states_are_read_in_either_shape_and_unknown_words_are_not_faults() -> None:
    listed = [{"exten": "201", "status": "unavailable", "ip": "-none-", "port": "0"}]
    keyed = {"201": {"status": "INUSE"}}
    assert shift.phone_status(listed, "201").state is PhoneState.UNAVAILABLE
    assert shift.phone_status(keyed, "201").state is PhoneState.IN_USE
    assert shift.phone_status({"201": "RINGING"}, "201").state is PhoneState.RINGING
    assert shift.phone_status(listed, "300").state is PhoneState.UNKNOWN
    assert shift.phone_status([{"exten": "201", "status": "LAGGED"}], "201").reachable


async def test_an_unreadable_device_answer_is_a_typed_error() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": 1, "error": None, "result": "nonsense"})

    backend = DaktelaBackend(
        base_url="http://sim.invalid",
        login="agent",
        secret="0" * 40,
        api_version="3.5",
        extension="201",
        transport=httpx.MockTransport(answer),
    )
    try:
        with pytest.raises(VendorError, match="DeviceStates result is not a list"):
            await backend.phone_status()
    finally:
        await backend.aclose()


async def test_waiting_callers_count_in_the_queue_figures() -> None:
    async with DaktelaSimulator() as sim:
        sim.queue_caller("601111111", queue_id="1")
        sim.waiting[next(iter(sim.waiting))].entered -= timedelta(seconds=30)
        backend = backend_for(sim)
        try:
            figures = {f.queue: f for f in await backend.queue_figures()}
        finally:
            await backend.aclose()
    assert figures["Support"].waiting == 1
    assert figures["Support"].longest_wait_seconds is not None
    assert figures["Support"].longest_wait_seconds >= 30
    assert figures["Sales"].waiting == 0
