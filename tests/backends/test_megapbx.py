"""The MegaFon Virtual PBX backend against its simulator, over real loopback HTTP: every REST
operation and refusal."""

# Cyrillic names and the PBX's Russian texts are the point of several checks here.

from __future__ import annotations

import io
import wave
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from agentdesk.backends.megapbx import parse
from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.backends.megapbx.options import backend_options, parse_listen
from agentdesk.backends.megapbx.wire import MegaPbxWire, api_base
from agentdesk.core import (
    AgentDeskError,
    AgentState,
    AuthenticationError,
    CallDirection,
    Capability,
    ConfigurationError,
    QueueMembership,
    VendorError,
)
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.store.profiles import Profile
from agentdesk.vendors import create_backend


def backend_for(sim: MegaPbxSimulator, **kwargs: Any) -> MegaPbxBackend:
    options: dict[str, Any] = {"base_url": sim.url, "login": "ivanova", "api_key": sim.api_key}
    options.update(kwargs)
    return MegaPbxBackend(**options)


def requests(sim: MegaPbxSimulator, method: str, path: str) -> list[dict[str, str]]:
    return [params for m, p, params in sim.requests if (m, p) == (method, path)]


def since_days(days: int) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)


# -- status, DND as the one pause, capabilities ------------------------------------------------


async def test_status_is_ready_while_dnd_is_off_and_names_the_agent() -> None:
    async with MegaPbxSimulator() as sim:
        backend = backend_for(sim, login="702")  # the extension is accepted as the login
        try:
            status = await backend.status()
        finally:
            await backend.aclose()
    assert status.state is AgentState.READY and status.pause is None
    assert (status.agent_login, status.agent_name) == ("ivanova", "Анна Иванова")
    assert backend.identity.names == {"702", "ivanova"}
    assert requests(sim, "GET", "users/702") == [{}]
    assert requests(sim, "GET", "users/ivanova/dnd") == [{}]


async def test_dnd_is_the_pause_post_turns_it_on_and_delete_off() -> None:
    async with MegaPbxSimulator() as sim:
        backend = backend_for(sim)
        try:
            pauses = await backend.pauses()
            await backend.pause("dnd")
            on = (sim.agent.dnd, (await backend.status()).state)
            await backend.unpause()
            off = (sim.agent.dnd, (await backend.status()).state)
            sim.agent.dnd = True  # switched on the phone or in the web cabinet
            seen = await backend.status()
            with pytest.raises(ConfigurationError, match="one pause"):
                await backend.pause("lunch")
        finally:
            await backend.aclose()
    assert [(p.id, p.title) for p in pauses] == [("dnd", "Do not disturb")]
    assert on == (True, AgentState.PAUSED)
    assert off == (False, AgentState.READY)
    assert seen.state is AgentState.PAUSED and seen.pause is not None
    assert [m for m, p, _ in sim.requests if p == "users/ivanova/dnd" and m != "GET"] == [
        "POST",
        "DELETE",
    ]


def test_the_dnd_reading_is_one_value_in_the_parser() -> None:
    assert (parse.DND.on_method, parse.DND.off_method) == ("POST", "DELETE")
    assert parse.dnd_is_on({"state": True}) is True
    assert parse.dnd_is_on({"state": False}) is False


async def test_capabilities_follow_the_crm_token() -> None:
    async with MegaPbxSimulator() as sim:
        without = backend_for(sim)
        with_token = backend_for(sim, crm_token=sim.crm_token, listen_port=0)
        await without.aclose()
        await with_token.aclose()
    assert Capability.LIVE_STATE not in without.capabilities
    assert Capability.LIVE_STATE in with_token.capabilities
    expected = {Capability.PAUSE, Capability.DIAL, Capability.HISTORY, Capability.RECORDINGS}
    assert expected | {Capability.QUEUE_LOGIN} <= without.capabilities
    not_documented = {
        Capability.ANSWER,
        Capability.HANGUP,
        Capability.TRANSFER,
        Capability.DISPOSITION,
        Capability.QUEUE_STATS,
        Capability.CALLER_LOOKUP,
    }
    assert not not_documented & with_token.capabilities


# -- click-to-call -------------------------------------------------------------------------


async def test_dial_is_makecall_with_digits_and_the_login_and_keeps_the_call_id() -> None:
    async with MegaPbxSimulator(dial_ring_after=30) as sim:
        backend = backend_for(sim, login="702")
        try:
            await backend.status()
            result = await backend.dial("+7 (910) 123-45-67")
        finally:
            await backend.aclose()
    assert requests(sim, "POST", "makecall") == [{"phone": "79101234567", "user": "ivanova"}]
    assert result.call_id is not None and result.call_id in sim.live
    assert sim.live[result.call_id].direction == "out"


# -- refusals ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "text"),
    [
        ("crm_disabled", "CRM disabled (Сервис CRM не доступен)"),
        ("switched_off", "CRM switched off (Доступ к API выключен)"),
    ],
)
async def test_a_switched_off_integration_is_an_authentication_error(state: str, text: str) -> None:
    async with MegaPbxSimulator() as sim:
        sim.api_state = state
        backend = backend_for(sim)
        try:
            with pytest.raises(AuthenticationError) as refused:
                await backend.status()
        finally:
            await backend.aclose()
    assert refused.value.vendor_message == text
    assert "integration" in str(refused.value) or "not available" in str(refused.value)


async def test_validation_method_and_unknown_things_are_vendor_errors() -> None:
    async with MegaPbxSimulator() as sim:
        backend = backend_for(sim)
        wire = MegaPbxWire(base_url=sim.url, api_key=sim.api_key)
        stranger = backend_for(sim, login="nobody")
        try:
            with pytest.raises(VendorError, match="Validation error") as invalid:
                await backend.dial("abc")
            with pytest.raises(VendorError, match="Method Not Allowed") as method:
                await wire.send("PUT", "makecall")
            with pytest.raises(VendorError, match="Not found"):
                await stranger.status()
            with pytest.raises(VendorError, match="Validation error"):
                await backend.queue_login("no-such-group")
            with pytest.raises(VendorError, match="Validation error"):
                await wire.get("history/json", {"period": "week"})
        finally:
            await stranger.aclose()
            await wire.aclose()
            await backend.aclose()
    assert invalid.value.vendor_message == "Validation error (Переданы неверные параметры: phone)"
    assert invalid.value.action == "makecall"
    assert "Указанный метод не поддерживается" in method.value.vendor_message


# -- history -------------------------------------------------------------------------------------


async def test_history_is_the_agents_calls_and_their_departments_missed_ones() -> None:
    async with MegaPbxSimulator() as sim:
        backend = backend_for(sim)
        try:
            records = await backend.history(since_days(11))
            window = requests(sim, "GET", "history/json")[-1]
        finally:
            await backend.aclose()
    mine = {c.uid for c in sim.history.external if c.user is sim.agent}
    group_missed = {c.uid for c in sim.history.external if c.user is None and c.group is not None}
    inner = {c.uid for c in sim.history.inner}
    assert {r.id for r in records} == mine | group_missed | inner
    assert records == sorted(records, key=lambda r: r.started_at, reverse=True)
    assert set(window) == {"start", "end", "type"}
    assert window["type"] == "all" and window["start"].endswith("Z") and "T" in window["start"]
    answered = next(r for r in records if r.id in mine and r.answered)
    assert answered.number.startswith("+7") and answered.has_recording
    assert answered.agent == "Анна Иванова"
    assert answered.outcome == "answered"  # the history's status, in words to translate
    missed = next(r for r in records if r.id in group_missed)
    assert (missed.answered, missed.queue, missed.direction) == (
        False,
        "Отдел продаж",
        CallDirection.INBOUND,
    )
    details = backend.call_details(missed.id)
    assert details is not None
    assert (details.status, details.destination) == ("missed", "missed by the department")
    colleague_call = next(r for r in records if r.id in inner)
    assert colleague_call.number in {"701", "703"}  # a colleague: their extension


async def test_history_honours_until_and_limit() -> None:
    async with MegaPbxSimulator() as sim:
        backend = backend_for(sim, inner_history=False)
        try:
            until = since_days(3)
            older = await backend.history(since_days(11), until)
            few = await backend.history(since_days(11), limit=2)
        finally:
            await backend.aclose()
    assert older and all(r.started_at <= until for r in older)
    assert len(few) == 2
    assert not requests(sim, "GET", "history/inner/json")


async def test_the_simulator_keeps_the_period_rules_and_serves_csv() -> None:
    async with (
        MegaPbxSimulator() as sim,
        httpx.AsyncClient(
            base_url=sim.url + "/crmapi/v1/", headers={"X-API-KEY": sim.api_key}
        ) as client,
    ):
        now = datetime.now(UTC)
        yesterday = (now - timedelta(days=1)).strftime(parse.REQUEST_TIME)
        nothing = (await client.get("history/json")).json()
        period_wins = (
            await client.get("history/json", params={"period": "today", "start": yesterday})
        ).json()
        end_only = (await client.get("history/json", params={"end": yesterday})).json()
        today = {c.uid for c in sim.history.external if c.start.date() == now.date()}
        csv_text = (await client.get("history/csv", params={"period": "this_month"})).text
        missed = (await client.get("history/json", params={"type": "missed", "limit": "3"})).json()
    assert {r["uid"] for r in nothing} == today == {r["uid"] for r in period_wins}
    assert all(
        r["start"].startswith((now - timedelta(days=1)).strftime("%Y-%m-%d")) for r in end_only
    )
    first = csv_text.splitlines()[0].split(",")
    assert len(first) == 9 and first[3].endswith("@demo.megapbx.ru")
    assert all(r["status"] != "success" for r in missed) and len(missed) <= 3


# -- recordings ---------------------------------------------------------------------------------


async def test_a_recording_is_the_history_link_fetched_with_the_key() -> None:
    async with MegaPbxSimulator() as sim:
        backend = backend_for(sim)
        try:
            records = await backend.history(since_days(11))
            with_one = next(r for r in records if r.has_recording)
            recording = await backend.recording(with_one.id)
            cold = backend_for(sim)  # knows no history yet: looks the call up by period
            try:
                again = await cold.recording(with_one.id)
            finally:
                await cold.aclose()
            without = next(r for r in records if not r.has_recording and r.id.isdigit())
            with pytest.raises(VendorError, match="no recording"):
                await backend.recording(without.id)
        finally:
            await backend.aclose()
        async with httpx.AsyncClient() as client:
            bare = await client.get(sim.record_url(with_one.id))
    assert recording.content_type == "audio/wav" and recording.suffix == ".wav"
    with wave.open(io.BytesIO(recording.data)) as audio:
        assert audio.getnframes() > 0
    assert again.data == recording.data
    assert bare.status_code == 401  # the link wants the key


def test_the_key_goes_only_to_the_profiles_own_scheme_host_and_port() -> None:
    wire = MegaPbxWire(base_url="https://acme.megapbx.ru", api_key="k")
    assert wire._trusts("https://acme.megapbx.ru/rec/1.mp3")
    assert wire._trusts("https://ACME.megapbx.ru:443/rec/1.mp3")
    assert not wire._trusts("http://acme.megapbx.ru/rec/1.mp3")  # in the clear
    assert not wire._trusts("https://acme.megapbx.ru:8080/rec/1.mp3")
    assert not wire._trusts("https://othertenant.megapbx.ru/rec/1.mp3")
    assert not wire._trusts("https://records.megapbx.ru/1.mp3")
    assert not wire._trusts("https://megapbx.ru/1.mp3")
    assert not wire._trusts("https://evil.example.com/1.mp3")
    assert not wire._trusts("https://acme.megapbx.ru.evil.com/1.mp3")
    assert not wire._trusts("https://acme.megapbx.ru@evil.com/1.mp3")
    assert not wire._trusts("https://acme.megapbx.ru:99999/1.mp3")
    assert not wire._trusts("//evil.com/1.mp3")
    loopback = MegaPbxWire(base_url="http://127.0.0.1:9", api_key="k")
    assert loopback._trusts("http://127.0.0.1:9/records/1.wav")
    assert not loopback._trusts("https://127.0.0.1:9/records/1.wav")
    assert not loopback._trusts("http://127.0.0.1:10/records/1.wav")
    assert not loopback._trusts("http://localhost:9/records/1.wav")
    assert not loopback._trusts("http://10.0.0.1/1.wav")


async def test_a_recording_elsewhere_is_fetched_without_the_key() -> None:
    """The same recording served on the PBX's own origin, on another port of its host, on
    another host (another tenant) and, for a profile on https, over plain http: only the
    first gets the key. The other listeners would accept the key, so a leak would show."""
    async with MegaPbxSimulator() as sim:
        port = int(sim.url.rsplit(":", 1)[1])
        async with (
            MegaPbxSimulator(api_key=sim.api_key, seed_history=False) as other_port,
            MegaPbxSimulator(host="127.0.0.2", port=port, api_key=sim.api_key) as other_host,
        ):
            links = {
                "own": sim.url,
                "other port": other_port.url,
                "other host": other_host.url,
            }
            fetched: dict[str, str] = {}
            for where, origin in links.items():
                fetched[where] = await _fetch_through_history_webhook(sim, sim.url, origin)
            fetched["http for https"] = await _fetch_through_history_webhook(
                sim, sim.url.replace("http://", "https://"), sim.url
            )
    keys = {
        "own": sim.record_requests[0][1],
        "other port": other_port.record_requests[0][1],
        "other host": other_host.record_requests[0][1],
        "http for https": sim.record_requests[1][1],
    }
    assert keys == {
        "own": sim.api_key,
        "other port": None,
        "other host": None,
        "http for https": None,
    }
    assert fetched == {
        "own": "audio/wav",
        # Not "the PBX refused the API key": the agent's key is fine, that storage wants one.
        "other port": "VendorError",
        "other host": "VendorError",
        "http for https": "VendorError",
    }


async def _fetch_through_history_webhook(
    sim: MegaPbxSimulator, profile_url: str, origin: str
) -> str:
    """A backend on ``profile_url`` told by the PBX's ``history`` command that the call's
    recording is at ``origin``; what fetching it gave (its media type, or the error's)."""
    backend = backend_for(sim, base_url=profile_url, crm_token=sim.crm_token, listen_port=0)
    try:
        sim.webhook_url = await backend.start_receiver()
        uid = next(c.uid for c in sim.history.external if c.record)
        sent = len(sim.commands.sent)
        sim.post(
            {
                "cmd": "history",
                "type": "in",
                "status": "Success",
                "phone": "79101234567",
                "user": "ivanova",
                "start": "20261201T101010Z",
                "duration": 60,
                "callid": "CALL-1",
                "link": f"{origin}/records/{uid}.wav",
            }
        )
        await sim.wait_for_commands(sent + 1)
        try:
            recording = await backend.recording("CALL-1")
        except AgentDeskError as exc:  # which one says whose fault it was
            return type(exc).__name__
        return recording.content_type
    finally:
        await backend.aclose()


# -- departments and users -------------------------------------------------------------------


async def test_departments_are_queues_and_reception_is_log_in_and_out() -> None:
    async with MegaPbxSimulator() as sim:
        backend = backend_for(sim)
        support = "g_0a922987-97ac-4f45-9e47-59a27d23c2cb"
        try:
            before = await backend.queues()
            await backend.queue_login(support)
            await backend.queue_logout("sales")
            after = await backend.queues()
            await backend.queue_logout_all()
            none = [q.logged_in for q in await backend.queues()]
            await backend.queue_login_all()
            every = [q.logged_in for q in await backend.queues()]
        finally:
            await backend.aclose()
    assert before == [
        QueueMembership("sales", "Отдел продаж", True),
        QueueMembership(support, "Техподдержка", False),
    ]
    assert [(q.id, q.logged_in) for q in after] == [("sales", False), (support, True)]
    assert none == [False, False] and every == [True, True]
    assert requests(sim, "POST", "users/ivanova/subscription")[0] == {"group_id": support}
    assert requests(sim, "DELETE", "users/ivanova/subscription") == [{"group_id": "sales"}, {}]
    assert sim.groups["g_buh"].members == {"admin": True}  # not the agent's department


async def test_users_list_logins_names_and_extensions_page_by_page() -> None:
    async with MegaPbxSimulator() as sim:
        backend = backend_for(sim)
        try:
            users = await backend.users()
        finally:
            await backend.aclose()
    assert [(u.login, u.name, u.extension) for u in users] == [
        ("admin", "Администратор", "701"),
        ("ivanova", "Анна Иванова", "702"),
        ("petrov", "Пётр Петров", "703"),
    ]


# -- profile options ----------------------------------------------------------------------------


def test_create_backend_reads_the_profile_options() -> None:
    profile = Profile(
        "p",
        "megapbx",
        "https://acme.megapbx.ru",
        "ivanova",
        options={
            "crm_token": "t0k",
            "listen": "0.0.0.0:9090",
            "path": "/pbx/hook",
            "history_poll_seconds": "30",
            "inner_history": "no",
        },
    )
    backend = create_backend(profile, "key")
    assert isinstance(backend, MegaPbxBackend)
    assert backend.receiver is not None
    assert (backend.receiver.host, backend.receiver.port, backend.receiver.path) == (
        "0.0.0.0",
        9090,
        "/pbx/hook",
    )
    assert backend.receiver.secret_param == "crm_token"
    assert (backend.poll_seconds, backend.inner_history) == (30.0, False)
    plain = create_backend(Profile("p", "megapbx", "https://acme.megapbx.ru", "701"), "key")
    assert isinstance(plain, MegaPbxBackend) and plain.receiver is None


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"listen": "8091"}, "listen"),
        ({"listen": "host:99999"}, "listen"),
        ({"path": "megapbx"}, "path"),
        ({"history_poll_seconds": "2"}, "at least"),
        ({"history_poll_seconds": "often"}, "number"),
        ({"inner_history": "maybe"}, "yes or no"),
    ],
)
def test_wrong_options_say_what_is_wrong(options: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        backend_options(options)


def test_listen_and_url_forms() -> None:
    assert parse_listen("[::1]:8091") == ("::1", 8091)
    assert parse_listen("127.0.0.1:0") == ("127.0.0.1", 0)
    assert api_base("https://acme.vpbx.kcell.kz/") == "https://acme.vpbx.kcell.kz/crmapi/v1/"
    assert api_base("https://acme.megapbx.ru/crmapi/v1") == "https://acme.megapbx.ru/crmapi/v1/"
    with pytest.raises(ConfigurationError, match="https://"):
        api_base("acme.megapbx.ru")
    with pytest.raises(ConfigurationError, match="API key"):
        MegaPbxBackend(base_url="https://acme.megapbx.ru", login="a", api_key="")


def test_numbers_and_times_at_the_edge() -> None:
    assert parse.phone_text("79101234567") == "+79101234567"
    assert parse.phone_text("702") == "702"
    assert parse.dial_text("+7 (910) 123-45-67") == "79101234567"
    assert parse.parse_time("2022-01-20T08:59:22Z") == datetime(2022, 1, 20, 8, 59, 22, tzinfo=UTC)
    assert parse.parse_time("20170703T121110Z") == datetime(2017, 7, 3, 12, 11, 10, tzinfo=UTC)
    assert parse.request_time(datetime(2022, 1, 20, 8, 59, 22, tzinfo=UTC)) == "20220120T085922Z"
    assert parse.outcome("SUCCESS") == ("answered", True)
    assert parse.outcome("NotAvailable") == ("not available", False)
