"""The PBX's commands (section 2) through AgentDesk's receiver to the MegaFon backend's
events, posted by the simulator over loopback, as JSON and as forms."""

# Cyrillic names are the point of several checks here.
# ruff: noqa: RUF001

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from agentdesk.backends.live_calls import LiveLimits
from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.core import (
    AgentState,
    CallAnswered,
    CallDirection,
    CallEnded,
    CallerInfo,
    CallPhase,
    CallRinging,
    Event,
    RelayChanged,
    StatusChanged,
)
from agentdesk.receivers import WebhookReceiver
from agentdesk.session import Session
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.backends.daktela_helpers import EventTap

KNOWN = {"+79101234567": CallerInfo("+79101234567", "Сергей Кузнецов", "ООО «Рога и копыта»")}


def lookup(number: str) -> CallerInfo | None:
    return KNOWN.get(number)


@asynccontextmanager
async def connected(
    poll: float = 60.0, backend_options: dict[str, Any] | None = None, **sim_options: Any
) -> AsyncIterator[tuple[MegaPbxSimulator, MegaPbxBackend, EventTap]]:
    """A simulator, a backend with its receiver on a free port, and its event stream (the
    first status already read)."""
    async with MegaPbxSimulator(
        dial_ring_after=0.01, outbound_answer_after=0.01, **sim_options
    ) as sim:
        backend = MegaPbxBackend(
            base_url=sim.url,
            login="ivanova",
            api_key=sim.api_key,
            crm_token=sim.crm_token,
            listen_port=0,
            history_poll_seconds=poll,
            contacts=lookup,
            **(backend_options or {}),
        )
        sim.webhook_url = await backend.start_receiver()
        tap = EventTap(backend.watch())
        try:
            first = await tap.next_status()
            assert first.status.state is AgentState.READY
            yield sim, backend, tap
        finally:
            await tap.close()
            await backend.aclose()


def requests(sim: MegaPbxSimulator, path: str) -> list[dict[str, str]]:
    return [params for method, p, params in sim.requests if (method, p) == ("GET", path)]


async def next_call_event(tap: EventTap) -> Event:
    while True:
        event = await tap.next()
        if not isinstance(event, StatusChanged | RelayChanged):  # the relay's state: not a call
            return event


async def test_incoming_accepted_completed_ring_answer_and_end_the_call() -> None:
    async with connected() as (sim, backend, tap):
        callid = sim.ring("79101234567")
        ringing = await next_call_event(tap)
        sim.pick_up(callid)
        answered = await next_call_event(tap)
        talking = backend._live.status
        sim.hang_up(callid)
        ended = await next_call_event(tap)
        await sim.wait_for_commands(5)
    assert isinstance(ringing, CallRinging)
    call = ringing.call
    assert (call.id, call.number, call.direction, call.phase) == (
        callid,
        "+79101234567",
        CallDirection.INBOUND,
        CallPhase.RINGING,
    )
    assert call.name == "Сергей Кузнецов"  # the contact answer's name, kept for the card
    assert call.queue == "Отдел продаж"
    assert isinstance(answered, CallAnswered) and answered.call.phase is CallPhase.TALKING
    assert talking.state is AgentState.TALKING
    assert isinstance(ended, CallEnded) and ended.call.id == callid
    assert [c.status for c in sim.commands.sent] == [200] * 5
    assert {c.encoding for c in sim.commands.sent} == {"json", "form"}


async def test_cancelled_and_transferred_end_the_call_too() -> None:
    async with connected() as (sim, _backend, tap):
        first = sim.ring("79161112233")
        assert isinstance(await next_call_event(tap), CallRinging)
        sim.hang_up(first)  # never answered: CANCELLED
        cancelled = await next_call_event(tap)
        second = sim.ring("79161112233")
        await next_call_event(tap)
        sim.pick_up(second)
        await next_call_event(tap)
        sim.transfer(second)
        transferred = await next_call_event(tap)
    assert isinstance(cancelled, CallEnded) and cancelled.call.id == first
    assert cancelled.call.phase is CallPhase.RINGING
    assert isinstance(transferred, CallEnded) and transferred.call.id == second


async def test_outgoing_after_makecall_rings_then_the_client_answers() -> None:
    async with connected() as (_sim, backend, tap):
        result = await backend.dial("+79037776655")
        ringing = await next_call_event(tap)
        answered = await next_call_event(tap)
    assert isinstance(ringing, CallRinging)
    assert (ringing.call.id, ringing.call.direction, ringing.call.number) == (
        result.call_id,
        CallDirection.OUTBOUND,
        "+79037776655",
    )
    assert isinstance(answered, CallAnswered)


async def test_another_users_events_are_ignored() -> None:
    async with connected() as (sim, _backend, tap):
        theirs = sim.ring("79261234000", user="petrov")
        sim.pick_up(theirs)
        sim.hang_up(theirs, rating=2)
        mine = sim.ring("79101234567")
        event = await next_call_event(tap)
        await sim.wait_for_commands(7)
    assert isinstance(event, CallRinging) and event.call.id == mine
    assert tap.pending() == []
    assert all(c.status == 200 for c in sim.commands.sent)


async def test_another_users_login_with_the_agents_extension_is_not_the_agent() -> None:
    async with connected() as (sim, _backend, tap):
        # The extension passed on to a colleague (6.4): their events carry it now.
        sim.users["petrov"].ext = sim.agent.ext
        theirs = sim.ring("79261234000", user="petrov")
        sim.pick_up(theirs)
        sim.hang_up(theirs)
        mine = sim.ring("79101234567")
        event = await next_call_event(tap)
        await sim.wait_for_commands(7)
        # No login at all: the extension is all there is to go by.
        sim.post(
            {
                "cmd": "event",
                "type": "INCOMING",
                "phone": "79031110000",
                "ext": "702",
                "callid": "EXT-ONLY",
                "direction": "in",
            }
        )
        by_extension = await next_call_event(tap)
    assert isinstance(event, CallRinging) and event.call.id == mine
    assert isinstance(by_extension, CallRinging) and by_extension.call.id == "EXT-ONLY"
    assert tap.pending() == []


async def test_a_retried_event_after_the_call_ended_does_not_bring_it_back() -> None:
    async with connected() as (sim, backend, tap):
        callid = sim.ring("79101234567")
        assert isinstance(await next_call_event(tap), CallRinging)
        sim.pick_up(callid)
        assert isinstance(await next_call_event(tap), CallAnswered)
        sim.hang_up(callid)
        assert isinstance(await next_call_event(tap), CallEnded)
        sim.repeat_event(callid, "INCOMING")  # the PBX retries, after the end
        sim.repeat_event(callid, "ACCEPTED")
        after = sim.ring("79161112233")
        event = await next_call_event(tap)
        live = [c.id for c in backend._live.calls]
    assert isinstance(event, CallRinging) and event.call.id == after
    assert live == [after]


async def test_a_call_whose_end_never_comes_ends_at_its_bound_after_a_look_at_history() -> None:
    limits = LiveLimits(ringing=timedelta(seconds=0.5), talking=timedelta(seconds=0.5))
    async with connected(poll=0.1, backend_options={"live_limits": limits}) as (sim, _b, tap):
        callid = sim.ring("79101234567")
        assert isinstance(await next_call_event(tap), CallRinging)
        rang = time.monotonic()
        sim.webhook_url = None  # the receiver is out of reach...
        sim.transfer(callid)  # ...when the call leaves the agent, and no history lists it
        looks = len(requests(sim, "history/json"))
        ended = await next_call_event(tap)
        waited = time.monotonic() - rang
    assert isinstance(ended, CallEnded) and ended.call.id == callid
    assert waited >= 0.5
    assert len(requests(sim, "history/json")) > looks  # the history was looked at first


async def test_the_contact_command_is_answered_from_the_local_contacts() -> None:
    async with connected() as (sim, _backend, _tap):
        sim.ring("79101234567")
        sim.ring("79990001122", user="petrov")
        await sim.wait_for_commands(4)
    answers = [c.answer for c in sim.commands.sent if c.payload["cmd"] == "contact"]
    assert answers == [
        {"contact_name": "Сергей Кузнецов, ООО «Рога и копыта»", "responsible": ""},
        {"contact_name": "", "responsible": ""},
    ]


async def test_the_responsible_is_who_spoke_with_the_caller_last_when_the_lookup_knows() -> None:
    def knows_agent(number: str) -> CallerInfo | None:
        return CallerInfo(number, "Ольга", last_agent="ivanova")

    backend = MegaPbxBackend(
        base_url="https://acme.megapbx.ru",
        login="ivanova",
        api_key="k",
        crm_token="t",
        listen_port=0,
        contacts=knows_agent,
    )
    try:
        url = await backend.start_receiver()
        async with httpx.AsyncClient() as client:
            answer = await client.post(
                url,
                data={"cmd": "contact", "phone": "79161112233", "callid": "X-1", "crm_token": "t"},
            )
    finally:
        await backend.aclose()
    assert answer.json() == {"contact_name": "Ольга", "responsible": "ivanova"}


async def test_a_wrong_crm_token_and_an_oversized_body_are_refused() -> None:
    async with connected() as (sim, backend, tap):
        sim.post(
            {"cmd": "event", "type": "INCOMING", "phone": "1", "user": "ivanova", "callid": "F"},
            token="forged",
        )
        sim.post({"cmd": "event", "type": "INCOMING", "user": "ivanova", "callid": "F"}, token="")
        await sim.wait_for_commands(2)
        assert backend.receiver is not None
        async with httpx.AsyncClient() as client:
            huge = await client.post(
                backend.receiver.url,
                json={"cmd": "event", "crm_token": sim.crm_token, "junk": "x" * 70_000},
            )
        refused = backend.receiver.refused
        # What the connection details and the diagnostics show, through the session.
        figures = Session(backend).webhook_figures
    assert [c.status for c in sim.commands.sent] == [403, 403]
    assert huge.status_code == 413
    assert refused == 3
    assert figures is not None and figures.url == backend.receiver.url
    assert (figures.wrong_secret, figures.too_large, figures.refused) == (2, 1, 3)
    assert tap.pending() == []


async def test_the_history_command_adds_the_call_with_its_recording_and_rating() -> None:
    async with connected() as (sim, backend, tap):
        callid = sim.ring("79101234567")
        sim.pick_up(callid)
        uid = sim.hang_up(callid, rating=5)
        await sim.wait_for_commands(6)
        sim.history.external = [c for c in sim.history.external if c.uid != uid]  # not yet listed
        records = await backend.history(datetime.now(UTC) - timedelta(hours=1))
        recording = await backend.recording(callid)
        details = backend.call_details(callid)
        await tap.close()
    record = next(r for r in records if r.id == callid)
    assert (record.number, record.name, record.answered, record.has_recording) == (
        "+79101234567",
        "Сергей Кузнецов",
        True,
        True,
    )
    assert recording.data[:4] == b"RIFF"
    assert details is not None and details.rating == 5 and details.status == "answered"
    assert backend.rating(callid) == 5


async def test_a_missed_completed_is_recovered_from_the_history() -> None:
    async with connected(poll=0.1) as (sim, _backend, tap):
        callid = sim.ring("79101234567")
        assert isinstance(await next_call_event(tap), CallRinging)
        sim.pick_up(callid)
        assert isinstance(await next_call_event(tap), CallAnswered)
        sim.webhook_url = None  # the receiver is out of reach while the call ends
        sim.hang_up(callid)
        ended = await next_call_event(tap)
    assert isinstance(ended, CallEnded) and ended.call.id == callid


async def test_dnd_changed_elsewhere_reaches_the_stream_by_polling() -> None:
    async with connected(poll=0.1) as (sim, _backend, tap):
        sim.agent.dnd = True
        paused = await tap.next_status()
    assert paused.status.state is AgentState.PAUSED
    assert paused.status.pause is not None and paused.status.pause.id == "dnd"


# -- the receiver's own extension -------------------------------------------------------------


async def test_the_receiver_takes_a_named_secret_and_answers_what_the_callback_returns() -> None:
    seen: list[dict[str, str]] = []

    def answer(payload: dict[str, str]) -> dict[str, object] | None:
        seen.append(payload)
        return {"contact_name": "Имя"} if payload.get("cmd") == "contact" else None

    async with (
        WebhookReceiver(secret="tok", secret_param="crm_token", path="/m", on_payload=answer) as r,
        httpx.AsyncClient() as client,
    ):
        contact = await client.post(r.url, json={"cmd": "contact", "crm_token": "tok"})
        event = await client.post(r.url, data={"cmd": "event", "crm_token": "tok"})
        other_name = await client.post(r.url, data={"cmd": "event", "secret": "tok"})
        with_query = await client.post(r.url_with_secret(), data={"cmd": "rating"})
    assert contact.json() == {"contact_name": "Имя"}
    assert event.json() == {"ok": True}
    assert other_name.status_code == 403
    assert "crm_token=tok" in r.url_with_secret()
    assert with_query.status_code == 200
    assert seen == [{"cmd": "contact"}, {"cmd": "event"}, {"cmd": "rating"}]


@pytest.mark.parametrize("body", ["json", "form"])
async def test_both_encodings_reach_the_backend(body: str) -> None:
    async with connected(encoding=body) as (sim, _backend, tap):
        sim.ring("79101234567")
        event = await asyncio.wait_for(next_call_event(tap), 2)
    assert isinstance(event, CallRinging)
    assert {c.encoding for c in sim.commands.sent} == {body}


async def test_a_failing_contacts_lookup_still_answers_the_pbx() -> None:
    def broken(number: str) -> CallerInfo | None:
        raise OSError("contacts file gone")

    backend = MegaPbxBackend(
        base_url="https://acme.megapbx.ru",
        login="ivanova",
        api_key="k",
        crm_token="t",
        listen_port=0,
        contacts=broken,
    )
    try:
        url = await backend.start_receiver()
        async with httpx.AsyncClient() as client:
            answer = await client.post(
                url,
                json={"cmd": "contact", "phone": "79161112233", "callid": "X", "crm_token": "t"},
            )
    finally:
        await backend.aclose()
    assert answer.json() == {"contact_name": "", "responsible": ""}
