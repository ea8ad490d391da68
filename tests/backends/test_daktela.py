"""The Daktela backend against the Daktela simulator, over real loopback HTTP."""

from __future__ import annotations

import asyncio
import hashlib
import time

import httpx
import pytest

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.core import (
    AgentState,
    AuthenticationError,
    CallAnswered,
    CallDirection,
    CallEnded,
    CallPhase,
    CallRinging,
    MalformedResponseError,
    StatusChanged,
    TransientError,
    VendorError,
)
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import EventTap, backend_for


async def test_status_shows_a_ringing_call_with_number_name_and_queue() -> None:
    async with DaktelaSimulator() as sim:
        call_id = sim.ring("601234567", name="Petr Svoboda", queue_id="3")
        backend = backend_for(sim)
        try:
            status = await backend.status()
        finally:
            await backend.aclose()
    assert status.state is AgentState.RINGING
    assert status.agent_login == "agent"
    assert status.agent_name == "Jana Nováková"
    (call,) = status.calls
    assert (call.id, call.number, call.name, call.queue) == (
        call_id,
        "601234567",
        "Petr Svoboda",
        "Sales",
    )
    assert call.direction is CallDirection.INBOUND
    assert call.phase is CallPhase.RINGING
    assert call.ringing_at is not None and call.ringing_at.tzinfo is not None


async def test_a_state_change_reaches_the_event_stream_well_under_a_second() -> None:
    async with DaktelaSimulator() as sim:
        backend = backend_for(sim)
        tap = EventTap(backend.watch())
        try:
            first = await tap.next_status()
            assert first.status.state is AgentState.READY
            await sim.wait_for_waiters(1)
            started = time.perf_counter()
            sim.set_pause("7")
            paused = await tap.next_status(timeout=1.0)
            elapsed = time.perf_counter() - started
        finally:
            await tap.close()
            await backend.aclose()
    assert paused.status.state is AgentState.PAUSED
    assert paused.status.pause is not None and paused.status.pause.title == "Oběd"
    assert elapsed < 0.5


async def test_an_idle_long_poll_is_held_then_reissued_with_the_returned_hash() -> None:
    async with DaktelaSimulator(hold_seconds=0.3) as sim:
        backend = backend_for(sim)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            # Two hold periods pass with nothing new: the backend re-asks, and says nothing.
            await sim.wait_until(
                lambda: sum(1 for action, _ in sim.requests if action == "RTUserState") >= 4,
                timeout=3,
            )
            assert tap.pending() == []
        finally:
            await tap.close()
            await backend.aclose()
    polls = [params for action, params in sim.requests if action == "RTUserState"]
    assert "hash" not in polls[0]
    hashes = {params.get("hash") for params in polls[1:]}
    assert len(hashes) == 1 and None not in hashes


async def test_a_call_rings_is_answered_and_ends_with_events_in_order() -> None:
    async with DaktelaSimulator(wrapup_seconds=0.3) as sim:
        backend = backend_for(sim)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            call_id = sim.ring("00420777111222", name=None)
            assert isinstance(await tap.next(), StatusChanged)
            ringing = await tap.next()
            assert isinstance(ringing, CallRinging) and ringing.call.id == call_id
            await backend.answer()
            talking = await tap.next_status()
            assert talking.status.state is AgentState.TALKING
            assert isinstance(await tap.next(), CallAnswered)
            await backend.hangup()
            wrap = await tap.next_status()
            assert wrap.status.state is AgentState.WRAP_UP
            assert isinstance(await tap.next(), CallEnded)
            ready = await tap.next_status()
            assert ready.status.state is AgentState.READY
        finally:
            await tap.close()
            await backend.aclose()
    assert ("Answer", {"user": "agent"}) in sim.requests
    assert ("Hangup", {"user": "agent"}) in sim.requests


async def test_a_call_that_rings_and_is_abandoned_ends() -> None:
    async with DaktelaSimulator() as sim:
        backend = backend_for(sim)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            sim.ring("601000111")
            await tap.next_status()
            assert isinstance(await tap.next(), CallRinging)
            sim.abandon()
            assert (await tap.next_status()).status.state is AgentState.READY
            assert isinstance(await tap.next(), CallEnded)
        finally:
            await tap.close()
            await backend.aclose()


async def test_dial_returns_the_call_id_and_the_call_goes_out() -> None:
    async with DaktelaSimulator(outbound_answer_after=0.05) as sim:
        backend = backend_for(sim, outbound_queue="2")
        try:
            result = await backend.dial("601234567")
            assert result.call_id
            status = await backend.status()
            assert status.calls[0].direction is CallDirection.OUTBOUND
            assert status.calls[0].number == "601234567"
        finally:
            await backend.aclose()
    assert ("CreateCall", {"user": "agent", "number": "601234567", "queue": "2"}) in sim.requests


async def test_pauses_in_both_documented_shapes_without_deleted_ones() -> None:
    async with DaktelaSimulator() as sim:
        for version in ("3.0", "4.0"):
            backend = backend_for(sim, api_version=version)
            try:
                pauses = {p.id: p for p in await backend.pauses()}
            finally:
                await backend.aclose()
            assert pauses["7"].title == "Oběd", version
            assert "9" not in pauses, version  # deleted
        assert pauses["2"].is_wrap_up  # only the 3.3+ shape says which pause is wrap-up


async def test_pause_and_unpause() -> None:
    async with DaktelaSimulator() as sim:
        backend = backend_for(sim)
        try:
            await backend.pause("4")
            status = await backend.status()
            assert status.state is AgentState.PAUSED
            assert status.pause is not None and status.pause.title == "Backoffice"
            await backend.unpause()
            assert (await backend.status()).state is AgentState.READY
        finally:
            await backend.aclose()


async def test_the_password_form_of_the_access_token_is_accepted() -> None:
    async with DaktelaSimulator(password="tajneheslo") as sim:
        backend = backend_for(sim, secret="tajneheslo", secret_is_password=True)
        try:
            assert (await backend.status()).state is AgentState.READY
        finally:
            await backend.aclose()
    expected = hashlib.sha1(b"agenttajneheslo").hexdigest()
    assert expected != sim.token


async def test_refusals_carry_the_vendors_own_text() -> None:
    async with DaktelaSimulator(outbound_logged=False) as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError, match="Tato pauza nebyla nalezena"):
                await backend.pause("100")
            with pytest.raises(VendorError, match="Agent není přihlášen do odchozí"):
                await backend.dial("601234567")
            with pytest.raises(VendorError) as caught:
                await backend.answer()
        finally:
            await backend.aclose()
    assert caught.value.action == "Answer"


async def test_cancelling_a_held_long_poll_is_clean() -> None:
    async with DaktelaSimulator() as sim:
        backend = backend_for(sim)
        tap = EventTap(backend.watch())
        await tap.next_status()
        await sim.wait_for_waiters(1)
        await tap.close()
        await backend.aclose()
        # Warnings are errors here: an unclosed connection or transport would fail the test.
        assert tap.task.cancelled()
        # The server is unharmed: a new client is answered at once.
        other = backend_for(sim)
        try:
            assert (await other.status()).state is AgentState.READY
        finally:
            await other.aclose()


# -- narrow edge cases the simulator is not for: httpx's MockTransport ----------------------


def _backend_answering(response: httpx.Response) -> DaktelaBackend:
    return DaktelaBackend(
        base_url="https://example.daktela.test",
        login="agent",
        secret="t",
        transport=httpx.MockTransport(lambda request: response),
    )


@pytest.mark.parametrize(
    ("response", "error", "match"),
    [
        (httpx.Response(200, text="<html>Maintenance</html>"), MalformedResponseError, "not JSON"),
        (httpx.Response(200, json=["no", "status"]), MalformedResponseError, "no status"),
        (httpx.Response(503, headers={"Retry-After": "7"}), TransientError, "HTTP 503"),
        (httpx.Response(401), AuthenticationError, "HTTP 401"),
        (
            httpx.Response(200, json={"status": 1, "result": {"agent_state": "Dancing"}}),
            MalformedResponseError,
            "Dancing",
        ),
    ],
)
async def test_unreadable_answers_become_typed_errors(
    response: httpx.Response, error: type[Exception], match: str
) -> None:
    backend = _backend_answering(response)
    try:
        with pytest.raises(error, match=match) as caught:
            await backend.status()
    finally:
        await backend.aclose()
    if isinstance(caught.value, TransientError):
        assert caught.value.retry_after == 7


async def test_without_a_hash_the_backend_polls_gently_instead_of_spinning() -> None:
    async with DaktelaSimulator() as sim:
        backend = backend_for(sim, api_version="3.9")
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            await asyncio.sleep(0.3)  # the span the requests are counted in: a rate is tested
        finally:
            await tap.close()
            await backend.aclose()
    assert sum(1 for action, _ in sim.requests if action == "RTUserState") <= 2
