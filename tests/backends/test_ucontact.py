"""The uContact backend against the uContact simulator, over real loopback HTTP."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from agentdesk.backends.live_calls import LiveLimits
from agentdesk.backends.ucontact import parse
from agentdesk.backends.ucontact.backend import UContactBackend
from agentdesk.backends.ucontact.options import (
    backend_options,
    disposition_levels,
    parse_breaks,
    parse_data_fields,
    parse_dispositions,
)
from agentdesk.backends.ucontact.records import record_urls
from agentdesk.core import (
    AgentState,
    AuthenticationError,
    CallAnswered,
    CallDirection,
    CallEnded,
    Capability,
    ConfigurationError,
    Disposition,
    SavedWithProblemError,
    StatusChanged,
    TransientError,
    VendorError,
)
from agentdesk.sim.ucontact.data import OUTBOUND, CdrRow
from agentdesk.sim.ucontact.simulator import UContactSimulator
from agentdesk.store.profiles import Profile
from agentdesk.vendors import create_backend
from tests.backends.daktela_helpers import EventTap


def fast_sim(**kwargs: Any) -> UContactSimulator:
    return UContactSimulator(outbound_answer_after=0.05, **kwargs)


def backend_for(sim: UContactSimulator, **kwargs: Any) -> UContactBackend:
    options = sim.backend_kwargs() | {"call_poll_seconds": 0.05}
    options.update(kwargs)
    return UContactBackend(**options)


def recorded_call(sim: UContactSimulator, location: int, *, days_ago: int = 2) -> CdrRow:
    row = CdrRow(
        guid=f"7e4e7db9-f080-494e-b04b-7c8e4771{location:04d}",
        calldate=(datetime.now() - timedelta(days=days_ago)).replace(microsecond=0),
        agent=sim.agent,
        campaign="Soporte<-",
        source="098344484",
        destination="29001234",
        duration=65,
    )
    sim.add_record(row, location)
    return row


# -- sign-in, status, capabilities ---------------------------------------------------------------


async def test_agent_login_gives_the_key_the_phone_and_the_name() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            status = await backend.status()
            logins = sim.paths("auth/AgentLogin")
        finally:
            await backend.aclose()
        logoff = sim.paths("api/AgentLogoff")
    assert status.state is AgentState.LOGGED_IN
    assert (status.agent_login, status.agent_name) == ("jperez", "Juan Pérez")
    assert logins == [{"agent": "jperez", "password": "Clave-2026"}]
    assert backend.phone == "1001"
    assert backend.context == "agentes"
    assert logoff == [{"agent": "jperez", "interface": "1001", "message": "AgentDesk closed"}]
    assert not sim.logged_in
    assert Capability.LIVE_STATE not in backend.capabilities
    assert {Capability.PAUSE, Capability.DIAL, Capability.HANGUP} <= backend.capabilities
    assert {Capability.DISPOSITION, Capability.HISTORY, Capability.RECORDINGS} <= (
        backend.capabilities
    )
    assert not {Capability.ANSWER, Capability.TRANSFER, Capability.CANCEL_DIAL} & (
        backend.capabilities
    )


async def test_a_wrong_password_is_the_login_s_0_and_a_wrong_token_is_401() -> None:
    async with fast_sim() as sim:
        wrong = backend_for(sim, secret="nope")
        token = backend_for(sim, auth="token", secret="not-the-token", phone="1001")
        try:
            with pytest.raises(AuthenticationError, match="agent name or password"):
                await wrong.status()
            await token.status()  # a token is not checked until it is used
            with pytest.raises(AuthenticationError, match="Unauthorized"):
                await token.pause("Almuerzo")
        finally:
            await wrong.aclose()
            await token.aclose()
        assert sim.paths("api/AgentLogoff") == []  # nobody was signed in


async def test_a_portal_token_is_sent_as_bearer_and_never_logs_off() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, auth="token", secret=sim.token, phone="1001", context="x")
        bare = backend_for(sim, auth="token", secret=sim.token)
        try:
            await backend.pause("Baño")
            on_break = sim.on_break
            with pytest.raises(ConfigurationError, match="option phone"):
                await bare.pause("Baño")
        finally:
            await backend.aclose()
            await bare.aclose()
        assert sim.paths("auth/AgentLogin") == []
        assert sim.paths("api/AgentLogoff") == []
    assert on_break == "Baño"


async def test_a_refused_key_signs_in_again_once() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            await backend.status()
            sim.keys.clear()  # another AgentLogin elsewhere replaced the key
            await backend.pause("Almuerzo")
        finally:
            await backend.aclose()
        assert len(sim.paths("auth/AgentLogin")) == 2
        assert len(sim.paths("api/AgentBreak")) == 2


async def test_capabilities_follow_the_profile() -> None:
    async with fast_sim() as sim:
        bare = UContactBackend(base_url=sim.url, agent=sim.agent, secret=sim.password)
        try:
            assert not {Capability.PAUSE, Capability.DIAL, Capability.DISPOSITION} & (
                bare.capabilities
            )
            assert {Capability.HANGUP, Capability.HISTORY, Capability.QUEUE_STATS} <= (
                bare.capabilities
            )
            with pytest.raises(Exception, match="pause"):
                await bare.pauses()
            with pytest.raises(Exception, match="dial"):
                await bare.dial("099124484")
        finally:
            await bare.aclose()


# -- pauses ----------------------------------------------------------------------------------------


async def test_breaks_are_the_profile_s_and_go_as_motive() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, breaks="Almuerzo:Lunch,Baño,Postllamada:After call:wrap")
        try:
            pauses = await backend.pauses()
            await backend.pause("Almuerzo")
            paused = await backend.status()
            await backend.unpause()
            ready = await backend.status()
            await backend.pause("Postllamada")
            wrap = await backend.status()
        finally:
            await backend.aclose()
        breaks = sim.paths("api/AgentBreak")
        unbreaks = sim.paths("api/AgentUnBreak")
    assert [(p.id, p.title, p.is_wrap_up) for p in pauses] == [
        ("Almuerzo", "Lunch", False),
        ("Baño", "Baño", False),
        ("Postllamada", "After call", True),
    ]
    assert paused.state is AgentState.PAUSED
    assert paused.pause is not None and paused.pause.title == "Lunch"
    assert ready.state is AgentState.READY and ready.pause is None
    assert wrap.state is AgentState.WRAP_UP
    assert breaks[0] == {
        "agent": "jperez",
        "interface": "1001",
        "motive": "Almuerzo",
        "message": "",
    }
    assert unbreaks == [
        {"agent": "jperez", "interface": "1001", "motive": "Almuerzo", "message": ""}
    ]


async def test_zero_answers_to_breaks_are_vendor_errors_that_say_what_was_asked() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError, match="refused the break") as refused:
                await backend.pause("Siesta")
            with pytest.raises(VendorError, match="end the break"):
                await backend.unpause()  # on no break
            status = await backend.status()
        finally:
            await backend.aclose()
    assert refused.value.action == "api/AgentBreak"
    assert status.state is AgentState.LOGGED_IN


# -- calls -----------------------------------------------------------------------------------------


async def test_dial_places_an_agent_call_and_hangup_ends_it() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, callerid="29001234")
        tap = EventTap(backend.watch())
        try:
            first = await tap.next_status()
            result = await backend.dial("+598 99 124 484")
            talking = await tap.next_status()
            answered = await tap.next()
            await backend.hangup()
            ended_status = await tap.next_status()
            ended = await tap.next()
        finally:
            await tap.close()
            await backend.aclose()
        calls = sim.paths("Agents/AgentCall")
        hangups = sim.paths("Agents/HungupPhone")
    assert first.status.state is AgentState.LOGGED_IN
    assert result.call_id is not None and len(result.call_id) == 36
    assert calls == [
        {
            "callerid": "29001234",
            "agent": "jperez",
            "phone": "1001",
            "tech": "SIP",
            "context": "agentes",
            "outqueue": OUTBOUND,
            "destination": "+59899124484",
        }
    ]
    assert talking.status.state is AgentState.TALKING
    call = talking.status.calls[0]
    assert (call.id, call.direction, call.number, call.queue) == (
        result.call_id,
        CallDirection.OUTBOUND,
        "+59899124484",
        OUTBOUND,
    )
    assert isinstance(answered, CallAnswered)
    assert hangups == [{"phone": "1001"}]
    assert ended_status.status.state is AgentState.LOGGED_IN
    assert isinstance(ended, CallEnded) and ended.call.id == result.call_id


async def test_a_call_the_customer_ends_ends_when_uContact_lists_it() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            result = await backend.dial("099124484")
            await tap.next_status()
            sim.customer_hangup()
            ended = await tap.next_status()
            assert ended.status.calls == ()
            assert any(isinstance(e, CallEnded) for e in tap.pending()) or isinstance(
                await tap.next(), CallEnded
            )
        finally:
            await tap.close()
            await backend.aclose()
        polls = sim.paths("Cdr/getrecords")
    assert polls
    query = json.loads(polls[-1]["filter"])
    assert query["agent"] == "jperez" and query["type"] == "record"
    assert result.call_id is not None


async def test_a_placed_call_ucontact_never_lists_ends_at_its_bound() -> None:
    limits = LiveLimits(talking=timedelta(seconds=0.5))
    async with UContactSimulator(outbound_answer_after=30) as sim:
        backend = backend_for(sim, live_limits=limits)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            result = await backend.dial("099124484")
            placed = time.monotonic()
            sim.agent_leg_unanswered()  # no call to the customer: nothing is ever recorded
            while not isinstance(ended := await tap.next(), CallEnded):
                pass
            waited = time.monotonic() - placed
        finally:
            await tap.close()
            await backend.aclose()
    assert ended.call.id == result.call_id and waited >= 0.4
    assert sim.paths("Cdr/getrecords")  # recorded calls were looked at first


async def test_watch_waits_quietly_without_a_call() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            before = len(sim.requests)
            with pytest.raises(TimeoutError):
                await tap.next(timeout=0.3)
            assert len(sim.requests) == before
        finally:
            await tap.close()
            await backend.aclose()


async def test_zero_answers_to_calls() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError, match="no call to hang up"):
                await backend.hangup()
            await backend.dial("099124484")
            with pytest.raises(VendorError, match="refused the call"):
                await backend.dial("091000000")  # one call at a time
            sim.customer_hangup()
            await backend.hangup()  # uContact's 0: the call the backend placed is over
            status = await backend.status()
        finally:
            await backend.aclose()
    assert status.calls == ()


async def test_http_failures_are_transient_and_an_unreadable_answer_is_malformed() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            await backend.status()
            sim.fail_next(503, "Service Unavailable")
            with pytest.raises(TransientError, match="503"):
                await backend.queue_figures()
            sim.fail_next(400, "Bad Request", path="api/AgentBreak")
            with pytest.raises(VendorError, match="Bad Request"):
                await backend.pause("Almuerzo")
        finally:
            await backend.aclose()


# -- dispositions ----------------------------------------------------------------------------------


async def test_dispose_sends_the_tree_s_levels_the_data_and_the_tag() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, data_fields="d1:Pedido,d2:Cliente", tag_title="Etiqueta")
        try:
            result = await backend.dial("099124484")
            assert result.call_id is not None
            await backend.hangup()
            form = await backend.disposition_form(result.call_id)
            callback = datetime(2026, 12, 1, 15, 30, tzinfo=UTC)
            await backend.dispose(
                Disposition(
                    call_id=result.call_id,
                    status_id="No venta>Precio>Muy caro",
                    fields={"d1": "A-17", "d2": "", "tag": "precio"},
                    note="Lo pensará",
                    callback_at=callback,
                    then_pause="Almuerzo",
                )
            )
        finally:
            await backend.aclose()
        saved = sim.dispositions
        tags = sim.tags
        on_break = sim.paths("api/AgentBreak")
    assert form is not None
    assert form.number == "099124484"
    assert [s.title for s in form.statuses][:3] == [
        "Venta › Tarjeta",  # noqa: RUF001
        "Venta › Efectivo",  # noqa: RUF001
        "No venta › Precio › Muy caro",  # noqa: RUF001
    ]
    assert [(f.name, f.title) for f in form.fields] == [
        ("d1", "Pedido"),
        ("d2", "Cliente"),
        ("tag", "Etiqueta"),
    ]
    assert saved == [
        {
            "campaign": OUTBOUND,
            "agent": "jperez",
            "callerid": "099124484",
            "guid": result.call_id,
            "l1": "No venta",
            "l2": "Precio",
            "l3": "Muy caro",
            "d1": "A-17",
            "d2": "",
            "comment": "Lo pensará",
            "schedule": callback.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        }
    ]
    assert tags == [{"phone": "099124484", "guid": result.call_id, "data": "precio"}]
    assert on_break[-1]["motive"] == "Almuerzo"


async def test_a_history_call_is_disposed_in_its_own_campaign() -> None:
    async with fast_sim() as sim:
        row = recorded_call(sim, 0, days_ago=1)
        backend = backend_for(sim)
        try:
            await backend.dispose(Disposition(call_id=row.guid, status_id="Volver a llamar"))
        finally:
            await backend.aclose()
    assert sim.dispositions[0]["campaign"] == "Soporte<-"
    assert sim.dispositions[0]["callerid"] == "098344484"
    assert (sim.dispositions[0]["l1"], sim.dispositions[0]["l2"]) == ("Volver a llamar", "")


async def test_a_refused_disposition_is_a_vendor_error_and_a_failed_tag_a_saved_problem() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, tag_title="Etiqueta")
        row = recorded_call(sim, 0, days_ago=1)
        try:
            with pytest.raises(VendorError, match="refused the disposition"):
                await backend.dispose(Disposition(call_id=row.guid, status_id="Venta>Cheque"))
            sim.fail_next(500, path="Agents/TagRecord")
            with pytest.raises(SavedWithProblemError):
                await backend.dispose(
                    Disposition(call_id=row.guid, status_id="Venta", fields={"tag": "x"})
                )
            with pytest.raises(ConfigurationError, match="paths like"):
                await backend.dispose(Disposition(call_id=row.guid, status_id="a>b>c>d"))
        finally:
            await backend.aclose()
    assert len(sim.dispositions) == 1


# -- history and recordings ------------------------------------------------------------------------


async def test_history_pages_through_getrecords_fifty_at_a_time() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        since = datetime.now(UTC) - timedelta(days=7)
        try:
            records = await backend.history(since)
            few = await backend.history(since, limit=10)
        finally:
            await backend.aclose()
        pages = sim.paths("Cdr/getrecords")
        mine = [r for r in sim.records.rows if r.agent == sim.agent]
    assert len(records) == len(mine) > 50
    assert [p["lastrow"] for p in pages] == ["0", "50", "0"]
    assert {p["searchLimit"] for p in pages} == {"50"} and {p["Random"] for p in pages} == {"1"}
    query = json.loads(pages[0]["filter"])
    assert set(query) == {
        "calldatei",
        "calldatef",
        "agent",
        "campaign",
        "source",
        "destination",
        "data",
        "range",
        "rating",
        "mindur",
        "exclude",
        "type",
        "cont",
    }
    assert query["agent"] == "jperez" and query["type"] == "record"
    assert [r.started_at for r in records] == sorted((r.started_at for r in records), reverse=True)
    assert len(few) == 10 and few == records[:10]
    newest = mine[0]
    first = records[0]
    assert first.id == newest.guid and first.has_recording and first.answered
    outbound = next(r for r in records if r.queue == OUTBOUND)
    inbound = next(r for r in records if r.queue == "Soporte<-")
    assert outbound.direction is CallDirection.OUTBOUND
    assert inbound.direction is CallDirection.INBOUND and inbound.number != "29001234"


async def test_getrecords_0_is_a_vendor_error() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            await backend.status()
            sim.answer_zero_next("Cdr/getrecords")
            with pytest.raises(VendorError, match="search of recorded calls"):
                await backend.history(datetime.now(UTC) - timedelta(days=1))
        finally:
            await backend.aclose()


@pytest.mark.parametrize(
    ("location", "tried"),
    [
        (0, 1),  # telephony/records/guid.mp3
        (1, 2),  # telephony/records/DAY/guid.mp3
        (2, 3),  # backup/records/DAY/guid.mp3
        (3, 4),  # backup/records/guid.mp3
    ],
)
async def test_recordings_are_sought_in_the_documented_order(location: int, tried: int) -> None:
    async with fast_sim(seed_history=False) as sim:
        row = recorded_call(sim, location)
        backend = backend_for(sim)
        try:
            await backend.history(datetime.now(UTC) - timedelta(days=7))  # learns the day
            recording = await backend.recording(row.guid)
        finally:
            await backend.aclose()
        looked = list(sim.record_requests)
    folder = row.folder
    order = [
        ("telephony", f"{row.guid}.mp3"),
        ("telephony", f"{folder}/{row.guid}.mp3"),
        ("backup", f"{folder}/{row.guid}.mp3"),
        ("backup", f"{row.guid}.mp3"),
    ]
    assert looked == order[:tried]
    assert recording.data[:4] == b"RIFF" and recording.content_type == "audio/wav"
    assert sim.paths("Supervisor/convert") == []


async def test_a_gsm_only_recording_is_converted_then_fetched_as_mp3() -> None:
    async with fast_sim(seed_history=False) as sim:
        row = recorded_call(sim, 5)  # backup/records/DAY/guid.gsm only
        backend = backend_for(sim)
        try:
            recording = await backend.recording(row.guid)  # the day comes from getrecords
        finally:
            await backend.aclose()
        looked = [path for _host, path in sim.record_requests]
        converts = sim.paths("Supervisor/convert")
        where = sim.store.where(row.guid)
    folder = row.folder
    assert looked[:8] == [
        f"{row.guid}.mp3",
        f"{folder}/{row.guid}.mp3",
        f"{folder}/{row.guid}.mp3",
        f"{row.guid}.mp3",
        f"{row.guid}.gsm",
        f"{folder}/{row.guid}.gsm",
        f"{folder}/{row.guid}.gsm",
        f"{row.guid}.mp3",  # converted: the search starts again
    ]
    assert converts == [{"guid": row.guid, "folder": folder}]
    assert ("backup", f"{folder}/{row.guid}.mp3") in where
    assert recording.data[:4] == b"RIFF"


async def test_a_failed_conversion_hands_over_the_gsm_and_no_recording_is_an_error() -> None:
    async with fast_sim(seed_history=False) as sim:
        row = recorded_call(sim, 4)  # telephony/records/DAY/guid.gsm only
        backend = backend_for(sim)
        try:
            await backend.history(datetime.now(UTC) - timedelta(days=7))
            sim.answer_zero_next("Supervisor/convert")
            recording = await backend.recording(row.guid)
            gsm = sim.store.get("telephony", f"{row.folder}/{row.guid}.gsm")
            sim.store.remove(row.guid)
            with pytest.raises(VendorError, match="no recording of call"):
                await backend.recording(row.guid)
        finally:
            await backend.aclose()
    assert recording.data == gsm
    assert sim.paths("Supervisor/convert") == [{"guid": row.guid, "folder": row.folder}]
    assert recording.content_type == "audio/wav"  # the bytes say WAV, whatever the name


def test_record_urls_skip_what_is_not_known() -> None:
    urls = record_urls("g", None, "mp3", telephony="https://t", backup=None)
    assert urls == [("https://t/records/g.mp3", None)]
    dated = record_urls(
        "g", datetime(2016, 1, 18).date(), "gsm", telephony="https://t", backup="https://b"
    )
    assert [u for u, _ in dated] == [
        "https://t/records/g.gsm",
        "https://t/records/20160118/g.gsm",
        "https://b/records/20160118/g.gsm",
        "https://b/records/g.gsm",
    ]


# -- queue figures ---------------------------------------------------------------------------------


async def test_queue_figures_are_the_agent_s_campaigns_from_queuesummary() -> None:
    async with fast_sim() as sim:
        sim.set_logged_in(True)
        sim.on_break = "Almuerzo"  # busy elsewhere: the callers wait
        sim.ring("098344484")
        sim.ring("099124484")
        backend = backend_for(sim)
        everything = backend_for(sim, campaign="", outqueue="")
        try:
            figures = await backend.queue_figures()
            all_figures = await everything.queue_figures()
        finally:
            await backend.aclose()
            await everything.aclose()
    assert [f.queue for f in figures] == ["Soporte<-", "Ventas->"]
    support = figures[0]
    assert (support.waiting, support.agents_logged_in) == (2, 2)
    assert support.longest_wait_seconds is not None
    assert [f.queue for f in all_figures] == ["Soporte<-", "Ventas<-", "Ventas->"]


def test_campaignstatus_and_queuesummary_parse_the_document_s_examples() -> None:
    summary = [
        {"queue": "Power<-", "loggedIn": 10, "available": 5, "callers": 3, "holdTime": 18,
         "talkTime": 130, "longestHoldTime": 220, "internalActionId": "1982468278_6312",
         "dateReceived": "Nov 2, 2018 11:31:42 AM"},
        {"internalActionId": "1982468278_6312", "dateReceived": "Nov 2, 2018 11:31:42 AM"},
    ]  # fmt: skip
    status = {"Power<-": {"campaign": "Power<-", "availables": 0, "logged": 1, "acd": 4}}
    (power,) = parse.queue_figures(summary)
    assert (power.queue, power.waiting, power.agents_ready, power.agents_logged_in) == (
        "Power<-",
        3,
        5,
        10,
    )
    assert power.longest_wait_seconds == 220
    found = parse.campaign_figures(status, "Power<-")
    assert found is not None and (found.waiting, found.agents_ready) == (4, 0)
    assert parse.campaign_figures(status, "Other->") is None


# -- profile options -------------------------------------------------------------------------------


def test_the_disposition_tree_s_one_line_form() -> None:
    statuses = parse_dispositions("Venta>Tarjeta|Efectivo, No venta>Precio>Caro|Otro ,Volver")
    assert [s.id for s in statuses] == [
        "Venta>Tarjeta",
        "Venta>Efectivo",
        "No venta>Precio>Caro",
        "No venta>Precio>Otro",
        "Volver",
    ]
    assert disposition_levels("Venta>Tarjeta") == ("Venta", "Tarjeta", "")
    assert parse_dispositions("") == ()
    for wrong, says in [
        ("a>b>c>d", "4 levels"),
        ("a|b>c", "only the last level"),
        ("a>>b", "empty level"),
        ("a>b|", "empty level"),
        ("a,a", "given twice"),
    ]:
        with pytest.raises(ConfigurationError, match=says):
            parse_dispositions(wrong)


def test_breaks_and_data_fields_options() -> None:
    assert [(b.motive, b.title, b.wrap) for b in parse_breaks("A, B:Bee ,C:wrap")] == [
        ("A", "A", False),
        ("B", "Bee", False),
        ("C", "C", True),
    ]
    with pytest.raises(ConfigurationError, match="given twice"):
        parse_breaks("A,A")
    with pytest.raises(ConfigurationError, match="should look like"):
        parse_breaks("A:b:c:d")
    assert [f.name for f in parse_data_fields("d2:Two,D1:One")] == ["d2", "d1"]
    with pytest.raises(ConfigurationError, match="d1 and d2"):
        parse_data_fields("d3:Three")


def test_from_options_and_create_backend() -> None:
    options = {
        "auth": "token",
        "phone": "1001",
        "outqueue": "Ventas->",
        "breaks": "Almuerzo",
        "logoff": "no",
        "call_poll_seconds": "3",
        "tech": "PJSIP",
        "backup_host": "backup.example.uy",
    }
    found = backend_options(options)
    assert found["logoff"] is False and found["call_poll_seconds"] == 3.0
    profile = Profile(
        name="uc", vendor="ucontact", url="https://demo.ucontactcloud.com", user="jperez",
        options=options,
    )  # fmt: skip
    backend = create_backend(profile, "token")
    assert isinstance(backend, UContactBackend)
    assert (backend.auth, backend.tech, backend.phone) == ("token", "PJSIP", "1001")
    assert Capability.DIAL in backend.capabilities
    for bad, says in [
        ({"auth": "sso"}, "password"),
        ({"logoff": "maybe"}, "yes or no"),
        ({"call_poll_seconds": "0.1"}, "at least"),
        ({"call_poll_seconds": "soon"}, "a number"),
    ]:
        with pytest.raises(ConfigurationError, match=says):
            backend_options(bad)
    with pytest.raises(ConfigurationError, match="https://company"):
        UContactBackend(base_url="demo.ucontactcloud.com", agent="a", secret="b")
    with pytest.raises(ConfigurationError, match="time zone"):
        UContactBackend(base_url="https://x", agent="a", secret="b", timezone="Mars/Olympus")


def test_status_changes_are_the_backend_s_own() -> None:
    # A tiny check of the events' shape without a server: StatusChanged first, then the call.
    from agentdesk.backends.ucontact.live import KnownStatus

    known = KnownStatus(agent="jperez", clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    events = known.placed("g", "099", "Ventas->")
    assert isinstance(events[0], StatusChanged) and isinstance(events[1], CallAnswered)
    assert known.end_calls(["other"]) == []
    ended = known.end_calls()
    assert isinstance(ended[-1], CallEnded)
