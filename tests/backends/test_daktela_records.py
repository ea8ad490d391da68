"""The Daktela backend's caller lookup, dispositions, history, recordings and queue figures,
against the simulator over loopback (and MockTransport for the narrow wire cases)."""

from __future__ import annotations

import asyncio
import io
import wave
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from agentdesk.backends.daktela.backend import DaktelaBackend, SavedButPauseFailedError
from agentdesk.backends.daktela.wire import DaktelaWire
from agentdesk.core import (
    CallDirection,
    Capability,
    ConfigurationError,
    Disposition,
    FieldKind,
    SavedWithProblemError,
    VendorError,
)
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.backends.daktela_helpers import backend_for


def quiet_sim(**kwargs: object) -> DaktelaSimulator:
    """No seeded history, a long wrap-up (tests end it themselves)."""
    options: dict[str, object] = {"seed_history": False, "wrapup_seconds": 30.0}
    options.update(kwargs)
    return DaktelaSimulator(**options)  # type: ignore[arg-type]


def answered_call(sim: DaktelaSimulator, number: str = "601234567", queue_id: str = "1") -> str:
    call_id = sim.ring(number, queue_id=queue_id)
    sim.pick_up()
    sim.customer_hangup()
    return call_id


def test_capabilities_are_declared() -> None:
    for capability in (
        Capability.CALLER_LOOKUP,
        Capability.DISPOSITION,
        Capability.HISTORY,
        Capability.RECORDINGS,
        Capability.QUEUE_STATS,
    ):
        assert capability in DaktelaBackend.capabilities


async def test_caller_info_joins_the_contact_and_the_last_call() -> None:
    async with quiet_sim() as sim:
        answered_call(sim, "601234567", queue_id="3")
        backend = backend_for(sim)
        try:
            known = await backend.caller_info("00420601234567")
            company_only = await backend.caller_info("222333444")
            stranger = await backend.caller_info("999888777")
        finally:
            await backend.aclose()
    assert known is not None
    assert (known.name, known.company) == ("Petr Svoboda", "Svoboda Instalace s.r.o.")
    assert (known.last_agent, known.last_queue) == ("Jana Nováková", "Sales")
    assert known.last_call_at is not None and known.last_call_at.tzinfo is not None
    assert company_only is not None
    assert (company_only.name, company_only.company) == (None, "Pekařství U Mostu")
    assert company_only.last_agent is None
    assert stranger is None


async def test_no_form_when_no_script_is_open_or_it_is_another_calls() -> None:
    async with quiet_sim() as sim:
        backend = backend_for(sim)
        try:
            assert await backend.disposition_form("1.1") is None
            call_id = answered_call(sim)
            assert await backend.disposition_form("someone-else") is None
            form = await backend.disposition_form(call_id)
        finally:
            await backend.aclose()
    assert form is not None
    assert form.call_id == call_id and form.number == "601234567"
    titles = {s.id: s.title for s in form.statuses}
    assert titles["objednavka"] == "Objednávka"
    assert titles["volat_pozdeji"] == "Volat později"
    assert "prevolavka" not in titles  # deleted
    note, product = form.fields
    assert (note.name, note.title, note.kind) == ("field_poznamka", "Poznámka", FieldKind.TEXT)
    assert product.kind is FieldKind.CHOICE
    assert product.choices == ("Internet", "Televize", "Mobilní tarif", "Pevná linka")
    assert form.accepts_note is False  # no note_field configured


async def test_a_note_field_takes_the_note_out_of_the_fields() -> None:
    async with quiet_sim() as sim:
        call_id = answered_call(sim)
        backend = backend_for(sim, note_field="field_poznamka")
        try:
            form = await backend.disposition_form(call_id)
            assert form is not None
            assert form.accepts_note is True
            assert [f.name for f in form.fields] == ["field_produkt"]
            await backend.dispose(
                Disposition(
                    call_id,
                    "objednavka",
                    {"field_produkt": "Internet"},
                    note="Chce rychlejší připojení",
                )
            )
        finally:
            await backend.aclose()
        saved = sim.closed_scripts[-1]
    assert saved.values == {
        "field_produkt": "Internet",
        "field_poznamka": "Chce rychlejší připojení",
    }


async def test_dispose_saves_ends_the_wrap_up_and_takes_the_pause_by_its_name() -> None:
    async with quiet_sim() as sim:
        first = answered_call(sim)
        assert (sim.state, sim.id_pause) == ("Paused", "2")  # wrap-up
        backend = backend_for(sim, timezone="Europe/Prague")
        callback = datetime(2026, 12, 1, 17, 0, tzinfo=UTC)
        try:
            await backend.dispose(
                Disposition(first, "volat_pozdeji", {"field_produkt": "Televize"}, None, callback)
            )
            assert sim.state == "Idle"
            second = answered_call(sim, "777123456")
            await backend.dispose(Disposition(second, "nezajem", then_pause="7"))
        finally:
            await backend.aclose()
        close = [p for a, p in sim.requests if a == "CallScriptClose"]
        saved = sim.closed_scripts
        assert (sim.state, sim.id_pause) == ("Paused", "7")
    # Prague is an hour ahead of UTC in December; "7" (Oběd) is named "10" in GetPauses.
    assert close[0]["nextcall"] == "2026-12-01 18:00:00"
    assert close[0]["fields[field_produkt]"] == "Televize"
    assert close[1]["pause"] == "10"
    assert [s.status.code for s in saved if s.status] == ["volat_pozdeji", "nezajem"]
    assert saved[0].action == 6 and saved[1].action == 5


async def test_a_refused_disposition_carries_the_vendors_words() -> None:
    async with quiet_sim() as sim:
        call_id = answered_call(sim)
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError) as refused:
                await backend.dispose(Disposition(call_id, "neexistujici_stav"))
            with pytest.raises(VendorError, match="Formulář k tomuto hovoru není otevřen"):
                await backend.dispose(Disposition("1.1", "objednavka"))
            with pytest.raises(ConfigurationError, match="note_field"):
                await backend.dispose(Disposition(call_id, "objednavka", note="hi"))
        finally:
            await backend.aclose()
        assert sim.call_script is not None  # nothing was saved
    assert refused.value.vendor_message == "Stav neexistuje"
    assert refused.value.action == "CallScriptClose"


async def test_saved_but_the_pause_switch_failed_is_its_own_error() -> None:
    async with quiet_sim() as sim:
        call_id = answered_call(sim)
        for queue_id in sim.queues:
            sim.set_queue_logged(queue_id, False)
        backend = backend_for(sim)
        try:
            with pytest.raises(SavedButPauseFailedError) as caught:
                await backend.dispose(Disposition(call_id, "objednavka", then_pause="7"))
        finally:
            await backend.aclose()
        assert sim.call_script is None and sim.closed_scripts[-1].call_id == call_id
    assert isinstance(caught.value, SavedWithProblemError)
    assert caught.value.vendor_message == (
        "Agent není přihlášen do žádné z front, tedy není možné ho dát na pauzu"
    )


async def test_history_lists_the_agents_calls_newest_first() -> None:
    async with quiet_sim() as sim:
        missed = sim.ring("731555010", queue_id="3")
        sim.abandon()
        talked = answered_call(sim, "601234567")
        backend = backend_for(sim)
        try:
            calls = await backend.history(datetime.now(UTC) - timedelta(hours=1))
            nothing = await backend.history(
                datetime.now(UTC) - timedelta(days=3), datetime.now(UTC) - timedelta(days=2)
            )
        finally:
            await backend.aclose()
    assert [c.id for c in calls] == [talked, missed]
    newest, oldest = calls
    assert (newest.number, newest.name, newest.queue, newest.agent) == (
        "601234567",
        "Petr Svoboda",
        "Support",
        "agent",
    )
    assert newest.direction is CallDirection.INBOUND
    assert newest.answered and newest.has_recording
    assert (oldest.answered, oldest.has_recording, oldest.name) == (False, False, None)
    assert oldest.started_at.tzinfo is not None
    assert nothing == []


async def test_seeded_history_fills_the_last_week() -> None:
    async with DaktelaSimulator() as sim:
        backend = backend_for(sim)
        since = datetime.now(UTC) - timedelta(days=8)
        try:
            calls = await backend.history(since)
            few = await backend.history(since, limit=5)
        finally:
            await backend.aclose()
    assert 25 <= len(calls) <= 40  # the colleague's calls are not the agent's
    assert [c.started_at for c in calls] == sorted((c.started_at for c in calls), reverse=True)
    assert all(c.started_at >= since for c in calls)
    assert any(c.name == "Jana Dvořáková" for c in calls)
    assert len(few) == 5


async def test_recording_is_a_wav_file() -> None:
    async with quiet_sim() as sim:
        call_id = answered_call(sim)
        missed = sim.ring("731555010")
        sim.abandon()
        backend = backend_for(sim)
        try:
            recording = await backend.recording(call_id)
            with pytest.raises(VendorError, match="no recording"):
                await backend.recording(missed)
            with pytest.raises(VendorError) as unknown:
                await backend.recording("1.999")
        finally:
            await backend.aclose()
    assert recording.content_type == "audio/wav" and recording.suffix == ".wav"
    with wave.open(io.BytesIO(recording.data)) as audio:
        assert (audio.getnchannels(), audio.getsampwidth(), audio.getframerate()) == (1, 2, 8000)
        assert 1 <= audio.getnframes() / 8000 <= 4
    assert unknown.value.vendor_message == "Hovor nebyl nalezen"


async def test_get_recording_of_an_unknown_hash_is_the_vendors_refusal() -> None:
    async with quiet_sim() as sim:
        wire = DaktelaWire(base_url=sim.url, token=sim.token, api_version="4.0")
        try:
            with pytest.raises(VendorError) as refused:
                await wire.download("GetRecording", {"recording_hash": "0" * 40 + "1.1"})
        finally:
            await wire.aclose()
    assert refused.value.vendor_message == "Nahrávka nebyla nalezena"


async def test_queue_figures_follow_the_agent_and_the_ringing_calls() -> None:
    async with quiet_sim() as sim:
        backend = backend_for(sim)
        try:
            idle = {f.queue: f for f in await backend.queue_figures()}
            sim.ring("601234567", queue_id="1")
            ringing = {f.queue: f for f in await backend.queue_figures()}
            sim.abandon()
            sim.set_pause("7")
            paused = {f.queue: f for f in await backend.queue_figures()}
        finally:
            await backend.aclose()
    assert list(idle) == ["Support", "Sales"]  # the inbound queues the agent is logged in
    assert (idle["Support"].waiting, idle["Support"].agents_ready) == (0, 1)
    assert idle["Support"].agents_logged_in == 1
    assert (ringing["Support"].waiting, ringing["Support"].agents_ready) == (1, 0)
    assert ringing["Sales"].waiting == 0
    assert (paused["Sales"].waiting, paused["Sales"].agents_ready) == (0, 0)


# -- the wire's narrow cases: MockTransport --------------------------------------------------


async def test_actions_go_to_the_profiles_or_their_pinned_version() -> None:
    paths: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return httpx.Response(200, json={"status": 1, "error": None, "result": {}})

    for version in ("4.1", "4.2"):
        wire = DaktelaWire(
            base_url="https://example.daktela.test",
            token="t",
            api_version=version,
            transport=httpx.MockTransport(answer),
        )
        try:
            for action in ("StatsCalls", "GetStatuses", "RTUserState"):
                await wire.call(action, {})
        finally:
            await wire.aclose()
    assert paths == [
        "/api/4.1/StatsCalls/json",
        "/api/3.8/GetStatuses/json",
        "/api/4.1/RTUserState/json",
        "/api/4.2/StatsCalls/json",
        "/api/3.8/GetStatuses/json",
        "/api/4.2/RTUserState/json",
    ]


async def test_an_octet_stream_recording_is_named_by_its_bytes() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/AboutCall/json"):
            result = [{"id_call": "1.1", "recording_hash": "abc1.1"}]
            return httpx.Response(200, json={"status": 1, "error": None, "result": result})
        assert request.url.params["recording_hash"] == "abc1.1"
        return httpx.Response(
            200, content=b"ID3\x03rest", headers={"Content-Type": "application/octet-stream"}
        )

    backend = DaktelaBackend(
        base_url="https://example.daktela.test",
        login="agent",
        secret="t",
        transport=httpx.MockTransport(answer),
    )
    try:
        recording = await backend.recording("1.1")
    finally:
        await backend.aclose()
    assert (recording.content_type, recording.data) == ("audio/mpeg", b"ID3\x03rest")


async def test_queue_log_in_and_out_by_the_queue_number() -> None:
    async with DaktelaSimulator() as sim:
        backend = backend_for(sim)
        try:
            queues = {q.id: q for q in await backend.queues()}
            assert queues["2000"].title == "Support"
            assert queues["2000"].logged_in
            await backend.queue_logout("2000")
            assert not {q.id: q for q in await backend.queues()}["2000"].logged_in
            await backend.queue_login("2000")
            assert {q.id: q for q in await backend.queues()}["2000"].logged_in
            sim.ring("601234567", queue_id="1")
            with pytest.raises(VendorError, match="Nelze se odhlasit z fronty"):
                await backend.queue_logout("2000")
        finally:
            await backend.aclose()
    assert ("LoginQueue", {"user": "agent", "queue": "2000"}) in sim.requests


async def test_while_the_long_poll_is_held_queue_figures_ask_no_rtuserstate_of_their_own() -> None:
    async with quiet_sim(hold_seconds=60.0) as sim:
        backend = backend_for(sim)
        seen: asyncio.Queue[object] = asyncio.Queue()

        async def follow() -> None:
            async for event in backend.watch():
                seen.put_nowait(event)

        watching = asyncio.ensure_future(follow())
        try:
            await sim.wait_for_waiters(1)  # answered once, and now held
            before = [action for action, _ in sim.requests].count("RTUserState")
            figures = {f.queue: f for f in await backend.queue_figures()}
            after = [action for action, _ in sim.requests].count("RTUserState")
            assert after == before  # only RTStatsQueues went out
            assert list(figures) == ["Support", "Sales"]
            # Logged out of a queue: the held request answers at once, and the figures follow.
            held = [action for action, _ in sim.requests].count("RTUserState")
            await backend.queue_logout("1")
            async with asyncio.timeout(5):
                while [a for a, _ in sim.requests].count("RTUserState") < held + 1:  # noqa: ASYNC110
                    await asyncio.sleep(0.005)
            await sim.wait_for_waiters(1)
            figures = {f.queue: f for f in await backend.queue_figures()}
            assert list(figures) == ["Sales"]
        finally:
            watching.cancel()
            await asyncio.gather(watching, return_exceptions=True)
            await backend.aclose()
    # Without a watch there is no held answer to trust: RTUserState is asked.
    async with quiet_sim() as sim:
        backend = backend_for(sim)
        try:
            await backend.queue_figures()
        finally:
            await backend.aclose()
        assert [action for action, _ in sim.requests].count("RTUserState") == 1
