"""The Oki-Toki backend against the Oki-Toki simulator, over real loopback HTTP."""

# Cyrillic names are the point of several checks here.
# ruff: noqa: RUF001

from __future__ import annotations

import io
import time
import wave
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from agentdesk.backends.live_calls import LiveLimits
from agentdesk.backends.okitoki import parse
from agentdesk.backends.okitoki.backend import OkiTokiBackend, derived_webhook_secret
from agentdesk.backends.okitoki.options import parse_fields, parse_statuses
from agentdesk.core import (
    AgentState,
    AuthenticationError,
    CallAnswered,
    CallDirection,
    CallEnded,
    CallRinging,
    Capability,
    ConfigurationError,
    Disposition,
    FieldKind,
    SavedWithProblemError,
    TransientError,
    UnknownObjectError,
    VendorError,
)
from agentdesk.sim.okitoki.data import render_csv
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.store.profiles import Profile
from agentdesk.vendors import create_backend
from tests.backends.daktela_helpers import EventTap


def fast_sim(**kwargs: Any) -> OkiTokiSimulator:
    return OkiTokiSimulator(task_dial_after=0.05, outbound_answer_after=0.05, **kwargs)


def backend_for(sim: OkiTokiSimulator, **kwargs: Any) -> OkiTokiBackend:
    options: dict[str, Any] = {
        "base_url": sim.url,
        "user_id": sim.user_id,
        "api_token": sim.token,
        "dialer_id": sim.dialer_id,
        "statuses": sim.statuses_option,
    }
    options.update(kwargs)
    return OkiTokiBackend(**options)


def paths(sim: OkiTokiSimulator, path: str) -> list[dict[str, str]]:
    return [params for p, params in sim.requests if p == path]


# -- status, pauses, capabilities --------------------------------------------------------------


async def test_without_webhooks_the_status_is_what_the_backend_set_and_no_live_state() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            first = await backend.status()
            await backend.pause("3")
            paused = await backend.status()
            await backend.unpause()
            ready = await backend.status()
        finally:
            await backend.aclose()
    assert Capability.LIVE_STATE not in backend.capabilities
    assert backend.webhook_figures() is None
    assert {Capability.PAUSE, Capability.DIAL, Capability.HISTORY} <= backend.capabilities
    assert not {Capability.ANSWER, Capability.HANGUP, Capability.TRANSFER} & backend.capabilities
    assert first.state is AgentState.LOGGED_IN and first.agent_login == "12"
    assert paused.state is AgentState.PAUSED
    assert paused.pause is not None and paused.pause.title == "Обід"
    assert ready.state is AgentState.READY and ready.pause is None
    # status() proved the token once with the call log, then answered from what it knows.
    assert len(paths(sim, "reports/acd/calls-log")) == 1
    assert paths(sim, "user/set_status") == [
        {"user_id": "12", "status_id": "3"},
        {"user_id": "12", "status_id": "1"},
    ]


async def test_pauses_are_the_profile_statuses_but_ready_and_away_ones_send_both_numbers() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            pauses = await backend.pauses()
            await backend.pause("2/21", comment="back in 5")
            state = (sim.status_id, sim.away_status_id, sim.status_comment)
            await backend.pause("4")  # a company status the profile need not list
        finally:
            await backend.aclose()
    assert [(p.id, p.title, p.is_wrap_up) for p in pauses] == [
        ("2/21", "Кава", False),
        ("2/22", "Нарада", False),
        ("3", "Обід", False),
        ("4", "Навчання", False),
        ("5", "Постобробка", True),
    ]
    assert state == ("2", "21", "back in 5")
    assert sim.status_id == "4"


async def test_an_unknown_status_is_the_servers_422_and_a_malformed_one_is_ours() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError, match="Status 99 not found") as refused:
                await backend.pause("99")
            with pytest.raises(ConfigurationError, match="numbers like 3"):
                await backend.pause("lunch")
        finally:
            await backend.aclose()
    assert refused.value.vendor_message == "Status 99 not found"
    assert len(paths(sim, "user/set_status")) == 1


async def test_capabilities_follow_the_profile() -> None:
    async with fast_sim() as sim:
        bare = OkiTokiBackend(base_url=sim.url, user_id="12", api_token=sim.token)
        hooked = backend_for(sim, webhook_port=0)
        try:
            assert not {Capability.PAUSE, Capability.DIAL, Capability.LIVE_STATE} & (
                bare.capabilities
            )
            assert Capability.LIVE_STATE in hooked.capabilities
            with pytest.raises(Exception, match="pause"):
                await bare.pauses()
            with pytest.raises(Exception, match="dial"):
                await bare.dial("380501234567")
            with pytest.raises(ConfigurationError, match="webhook_port"):
                await bare.start_receiver()
        finally:
            await bare.aclose()
            await hooked.aclose()
    assert OkiTokiBackend.dial_note.startswith("Oki-Toki dials through a dialer task")


# -- click-to-call -------------------------------------------------------------------------------


async def test_dial_creates_a_top_priority_task_for_the_agent_and_the_call_follows() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            result = await backend.dial("380501234567")
            await sim.wait_until(lambda: sim.live_call is not None, 3)
        finally:
            await backend.aclose()
    assert result.call_id == "5001"
    assert result.extra == {"task_id": "5001", "via": "dialer_task"}
    assert paths(sim, "dialers/create_task") == [
        {"dialer_id": "3", "phones": "380501234567", "user_id": "12", "priority": "2"}
    ]
    call = sim.live_call
    assert call is not None and call.direction == "out" and call.task_id == "5001"


async def test_a_dial_not_yet_placed_can_be_cancelled() -> None:
    async with OkiTokiSimulator(task_dial_after=30) as sim:
        backend = backend_for(sim)
        try:
            result = await backend.dial("380671112233")
            assert result.call_id is not None
            await backend.cancel_dial(result.call_id)
            with pytest.raises(VendorError, match="No queued tasks match"):
                await backend.cancel_dial(result.call_id)
        finally:
            await backend.aclose()
    assert sim.tasks[result.call_id].state == "canceled"
    assert paths(sim, "dialers/cancel_task")[0] == {"dialer_id": "3", "task_id": "5001"}


# -- disposition ----------------------------------------------------------------------------------


async def _finished_call(sim: OkiTokiSimulator) -> str:
    session_id = sim.ring("380501234567")
    sim.pick_up()
    sim.customer_hangup()
    return session_id


async def test_the_form_offers_the_profile_results_and_shows_what_the_call_holds() -> None:
    async with fast_sim() as sim:
        session_id = await _finished_call(sim)
        sim.call_data[session_id] = {"order": "A-17", "crm_id": "990", "result": "callback"}
        backend = backend_for(
            sim,
            results="sale:Sale,callback:Call back",
            fields="order*:Order number,topic:Topic:choice=Billing|Delivery",
        )
        try:
            form = await backend.disposition_form(session_id)
        finally:
            await backend.aclose()
    assert form is not None
    assert [(s.id, s.title) for s in form.statuses] == [("sale", "Sale"), ("callback", "Call back")]
    assert [(f.name, f.kind, f.required, f.value) for f in form.fields] == [
        ("order", FieldKind.TEXT, True, "A-17"),
        ("topic", FieldKind.CHOICE, False, ""),
        ("crm_id", FieldKind.TEXT, False, "990"),
    ]
    assert form.fields[1].choices == ("Billing", "Delivery")
    assert form.accepts_note and form.accepts_callback and form.accepts_pause
    today = datetime.now().strftime("%d.%m.%Y")
    assert paths(sim, "call/get_data") == [{"session_id": session_id, "date": today}]


async def test_dispose_stores_result_note_and_fields_then_sets_the_pause() -> None:
    async with fast_sim() as sim:
        session_id = await _finished_call(sim)
        sim.call_data[session_id] = {"old": "gone soon"}
        backend = backend_for(sim, result_field="outcome", comment_field="note")
        try:
            await backend.dispose(
                Disposition(
                    call_id=session_id,
                    status_id="success",
                    fields={"order": "A-17", "old": ""},
                    note="Wants the blue one",
                    then_pause="3",
                )
            )
        finally:
            await backend.aclose()
    assert sim.call_data[session_id] == {
        "order": "A-17",
        "outcome": "success",
        "note": "Wants the blue one",
    }
    assert sim.status_id == "3"


async def test_a_call_back_is_a_dated_dialer_task_and_its_failure_says_the_data_is_saved() -> None:
    async with OkiTokiSimulator(task_dial_after=30) as sim:
        session_id = await _finished_call(sim)
        backend = backend_for(sim)
        when = datetime(2030, 3, 4, 10, 30, tzinfo=UTC)
        try:
            await backend.history(datetime.now(UTC) - timedelta(hours=1))  # learns the number
            await backend.dispose(
                Disposition(call_id=session_id, status_id="callback", callback_at=when)
            )
            sim.fail_next(422, "Dialer is stopped", path="dialers/create_task")
            with pytest.raises(SavedWithProblemError, match="Dialer is stopped"):
                await backend.dispose(
                    Disposition(call_id=session_id, status_id="callback", callback_at=when)
                )
        finally:
            await backend.aclose()
    task = sim.tasks["5001"]
    assert task.phones == ["380501234567"]
    assert task.when == when.astimezone().replace(tzinfo=None)
    assert sim.call_data[session_id] == {"result": "callback"}


async def test_dispose_of_an_unknown_call_is_the_servers_404() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(VendorError, match="Call 1 not found") as refused:
                await backend.dispose(Disposition(call_id="1", status_id="success"))
        finally:
            await backend.aclose()
    assert refused.value.action == "call/add_data"


# -- history, recordings, callers, queues ---------------------------------------------------------


async def test_history_in_json_csv_and_csv_2016_is_the_same_with_cyrillic_names() -> None:
    since = datetime.now(UTC) - timedelta(days=14)
    histories = {}
    async with fast_sim() as sim:
        for log_format in ("json", "csv", "csv_2016"):
            backend = backend_for(sim, call_log_format=log_format)
            try:
                histories[log_format] = await backend.history(since)
            finally:
                await backend.aclose()
        formats = [p.get("format") for p in paths(sim, "reports/acd/calls-log")]
    json_history = histories["json"]
    assert json_history == histories["csv"] == histories["csv_2016"]
    assert len(json_history) >= 15
    assert all(r.agent == "12" for r in json_history)  # the colleague's calls are left out
    assert [r.started_at for r in json_history] == sorted(
        (r.started_at for r in json_history), reverse=True
    )
    names = {r.name for r in json_history} - {None}
    assert names & {"Петро Шевченко", "Ірина Бондаренко", "Їжакевич Богдан", "Марія Ґудзь"}
    answered = next(r for r in json_history if r.answered)
    assert answered.has_recording and answered.duration_seconds > 0
    assert {"csv", "csv_2016", None} == set(formats)


def test_the_csv_forms_are_windows_1251_and_utf_8() -> None:
    from agentdesk.sim.okitoki.data import CallLog

    log = CallLog()
    log.seed(now=datetime.now(), count=30, first_id=1)
    cp1251 = render_csv(log.calls, "csv")
    utf8 = render_csv(log.calls, "csv_2016")
    with pytest.raises(UnicodeDecodeError):
        cp1251.decode("utf-8")
    assert utf8.startswith(b"\xef\xbb\xbf")
    rows_a, rows_b = parse.csv_rows(cp1251, "csv"), parse.csv_rows(utf8, "csv_2016")
    assert rows_a == rows_b
    assert {"session_id", "date", "ani", "contact", "talk_time"} <= rows_a[0].keys()
    assert any(r["contact"] == "Їжакевич Богдан" for r in rows_a)


async def test_history_asks_the_fewest_date_ranges() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            # Five minutes back, but never before today's midnight (a run at 00:02 would ask
            # for yesterday too).
            midnight = datetime.now().astimezone().replace(hour=0, minute=0, second=0)
            await backend.history(max(datetime.now(UTC) - timedelta(minutes=5), midnight))
            today_only = [p for p in paths(sim, "reports/acd/calls-log")]
            await backend.history(datetime.now(UTC) - timedelta(days=40))
        finally:
            await backend.aclose()
    assert today_only == [{"date_range": "today"}]
    later = paths(sim, "reports/acd/calls-log")[1:]
    assert later[:2] == [{"date_range": "prev_month"}, {"date_range": "this_month"}]
    assert all(set(p) == {"date"} for p in later[2:])


async def test_a_recording_is_the_wav_of_the_call_fetched_with_its_date() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            history = await backend.history(datetime.now(UTC) - timedelta(days=14))
            record = next(r for r in history if r.has_recording)
            recording = await backend.recording(record.id)
            missed = next(r for r in history if not r.answered)
            with pytest.raises(VendorError, match="not found"):
                await backend.recording(missed.id)
        finally:
            await backend.aclose()
    assert recording.content_type == "audio/wav" and recording.suffix == ".wav"
    with wave.open(io.BytesIO(recording.data)) as audio:
        assert audio.getframerate() == 8000 and audio.getnframes() > 0
    asked = paths(sim, f"record/{record.id}")
    assert asked == [{"date": record.started_at.astimezone().strftime("%d.%m.%Y")}]


async def test_caller_info_comes_from_contacts_by_the_numbers_end_and_the_call_log() -> None:
    async with fast_sim() as sim:
        session_id = await _finished_call(sim)
        backend = backend_for(sim)
        try:
            known = await backend.caller_info("+380 (50) 123-45-67")
            unknown = await backend.caller_info("+420 601 000 111")
        finally:
            await backend.aclose()
    assert known is not None
    assert (known.name, known.company, known.last_agent) == ("Петро Шевченко", "ТОВ «Зоря»", "12")
    assert known.last_call_at is not None
    assert unknown is None
    assert paths(sim, "contacts")[0] == {"phone": "*501234567"}
    assert {"anis": "380501234567", "date_range": "this_month"} in paths(
        sim, "reports/acd/calls-log"
    )
    assert session_id


async def test_queue_figures_split_by_queue() -> None:
    async with fast_sim() as sim:
        sim.ring("380997776655", queue_id="2")
        backend = backend_for(sim)
        try:
            figures = await backend.queue_figures()
        finally:
            await backend.aclose()
    assert [(f.queue, f.waiting, f.agents_logged_in) for f in figures] == [
        ("Підтримка", 0, 2),
        ("Продажі", 1, 2),
    ]
    assert paths(sim, "reports/sec/queue-status-summary") == [
        {"split_by": "queue", "date_range": "last_hour"}
    ]


# -- refusals --------------------------------------------------------------------------------


async def test_a_wrong_token_is_an_authentication_error_with_the_servers_words() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, api_token="nope")
        try:
            with pytest.raises(AuthenticationError) as refused:
                await backend.status()
        finally:
            await backend.aclose()
    assert refused.value.vendor_message == "Unauthenticated: the api_token is missing or wrong"


async def test_a_user_number_that_names_nobody_is_401_but_not_a_refused_token() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, user_id="99")
        try:
            with pytest.raises(UnknownObjectError, match=r"user 99 .*User 99 not found"):
                await backend.pause("3")
        finally:
            await backend.aclose()


async def test_a_token_without_the_right_is_a_vendor_error_403_not_a_bad_secret() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, api_token=sim.limited_token)
        try:
            with pytest.raises(VendorError, match="no right to view reports") as refused:
                await backend.history(datetime.now(UTC) - timedelta(hours=1))
            await backend.pause("3")  # the same token may still set statuses
        finally:
            await backend.aclose()
    assert not isinstance(refused.value, AuthenticationError)


@pytest.mark.parametrize(
    ("code", "message", "error"),
    [
        (401, "Token expired", AuthenticationError),
        (403, "Forbidden for your role", VendorError),
        (404, "Not found: /api/v1/x", VendorError),
        (405, "The GET method is not supported", VendorError),
        (422, "The phones field is required", VendorError),
        (500, "Server Error: database is away", TransientError),
        (503, "Maintenance", TransientError),
    ],
)
async def test_every_documented_code_is_its_typed_error_with_the_servers_message(
    code: int, message: str, error: type[Exception]
) -> None:
    async with fast_sim() as sim:
        sim.fail_next(code, message)
        if code == 401:  # and the token check that tells a refused token from a missing object
            sim.fail_next(code, message)
        backend = backend_for(sim)
        try:
            with pytest.raises(error) as refused:
                await backend.dial("380501234567")
        finally:
            await backend.aclose()
    assert message in str(refused.value)
    if isinstance(refused.value, VendorError | AuthenticationError):
        assert refused.value.vendor_message == message


async def test_429_is_transient_with_the_limit_and_when_to_retry() -> None:
    async with fast_sim(rate_limit=2) as sim:
        backend = backend_for(sim)
        try:
            await backend.pause("3")
            await backend.unpause()
            with pytest.raises(TransientError) as limited:
                await backend.pause("4")
        finally:
            await backend.aclose()
    assert "limit 2 requests" in str(limited.value)
    assert "Too Many Requests" in str(limited.value)
    assert limited.value.retry_after is not None and 0 < limited.value.retry_after <= 60


# -- live calls by webhook, and the call-log poll ----------------------------------------------


async def test_the_simulators_webhooks_become_ringing_answered_and_ended_events() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, webhook_port=0)
        tap = EventTap(backend.watch())
        try:
            first = await tap.next_status()
            assert first.status.state is AgentState.LOGGED_IN
            assert backend.webhook_url is not None
            sim.webhook_url = backend.webhook_url
            session_id = sim.ring("380501234567", queue_id="2")
            ringing_status = await tap.next_status()
            ringing = await tap.next()
            sim.pick_up()
            talking = await tap.next_status()
            answered = await tap.next()
            sim.customer_hangup()
            after = await tap.next_status()
            ended = await tap.next()
        finally:
            await tap.close()
            await backend.aclose()
    assert ringing_status.status.state is AgentState.RINGING
    assert isinstance(ringing, CallRinging)
    call = ringing.call
    assert (call.id, call.number, call.name, call.queue) == (
        session_id,
        "380501234567",
        "Петро Шевченко",
        "Продажі",
    )
    assert call.direction is CallDirection.INBOUND
    assert talking.status.state is AgentState.TALKING
    assert isinstance(answered, CallAnswered) and answered.call.answered_at is not None
    assert after.status.state is AgentState.LOGGED_IN and after.status.calls == ()
    assert isinstance(ended, CallEnded) and ended.call.id == session_id
    assert all(hook.status == 200 for hook in sim.hooks.sent)


async def test_status_webhooks_and_other_users_events() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, webhook_port=0, webhook_secret="agreed")
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            sim.webhook_url = backend.webhook_url
            assert sim.webhook_url is not None and sim.webhook_url.endswith("?secret=agreed")
            sim.set_status("5")
            wrap = await tap.next_status()
            sim.hooks.send({"event": "ringing", "session_id": "1", "user_id": "15"})
            sim.set_status("2", "22")
            away = await tap.next_status()
            figures = backend.webhook_figures()
        finally:
            await tap.close()
            await backend.aclose()
    assert figures is not None and (figures.accepted, figures.refused) == (3, 0)
    assert wrap.status.state is AgentState.WRAP_UP
    assert wrap.status.pause is not None and wrap.status.pause.title == "Постобробка"
    assert away.status.state is AgentState.PAUSED
    assert away.status.pause is not None and away.status.pause.id == "2/22"
    assert tap.pending() == []  # the colleague's call said nothing


async def test_the_log_poll_is_one_request_an_interval_and_ends_a_call_left_open() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, webhook_port=0, call_log_poll_seconds=0.2)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            sim.webhook_url = backend.webhook_url
            sim.ring("380671112233")
            sim.pick_up()
            await tap.next()
            await tap.next()
            await tap.next()
            assert isinstance(await tap.next(), CallAnswered)
            sim.webhook_url = None  # the "ended" webhook will never come
            started = time.monotonic()
            polls_before = len(paths(sim, "reports/acd/calls-log"))
            sim.customer_hangup()
            status = await tap.next_status(timeout=3)
            ended = await tap.next()
            await sim.wait_until(
                lambda: len(paths(sim, "reports/acd/calls-log")) >= polls_before + 3, 3
            )
            elapsed = time.monotonic() - started
        finally:
            await tap.close()
            await backend.aclose()
    assert status.status.calls == ()
    assert isinstance(ended, CallEnded)
    polls = len(paths(sim, "reports/acd/calls-log")) - polls_before
    assert polls <= elapsed / 0.2 + 1  # no spinning: one request per interval at most
    assert all(p == {"date_range": "last_hour"} for p in paths(sim, "reports/acd/calls-log"))


async def test_a_webhook_delivered_again_after_the_call_ended_does_not_bring_it_back() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, webhook_port=0)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            sim.webhook_url = backend.webhook_url
            session_id = sim.ring("380501234567")
            sim.pick_up()
            sim.customer_hangup()
            while not isinstance(await tap.next(), CallEnded):
                pass
            sim.repeat_hook(session_id, "ringing")  # delivered again, after the end
            sim.repeat_hook(session_id, "answered")
            sim.set_status("5")
            after = await tap.next_status()
        finally:
            await tap.close()
            await backend.aclose()
    assert after.status.state is AgentState.WRAP_UP and after.status.calls == ()
    assert tap.pending() == []


async def test_a_call_the_log_never_lists_ends_at_its_bound_after_a_look_at_the_log() -> None:
    limits = LiveLimits(ringing=timedelta(seconds=0.5), talking=timedelta(seconds=0.5))
    async with fast_sim() as sim:
        backend = backend_for(sim, webhook_port=0, call_log_poll_seconds=0.1, live_limits=limits)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            sim.webhook_url = backend.webhook_url
            # A ring whose "ended" never comes, for a call the log lists as nobody's of ours
            # (a colleague took it).
            sim.hooks.send({"event": "ringing", "session_id": "77", "user_id": sim.user_id})
            while not isinstance(await tap.next(), CallRinging):
                pass
            rang = time.monotonic()
            looks = len(paths(sim, "reports/acd/calls-log"))
            while not isinstance(ended := await tap.next(), CallEnded):
                pass
            waited = time.monotonic() - rang
        finally:
            await tap.close()
            await backend.aclose()
    assert ended.call.id == "77" and waited >= 0.4
    assert len(paths(sim, "reports/acd/calls-log")) > looks


async def test_the_receiver_starts_with_watch_and_stops_with_aclose() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, webhook_port=0, webhook_public_url="https://desk.example/oki")
        assert backend.webhook_url == (
            "https://desk.example/oki?secret=" + derived_webhook_secret(sim.token)
        )
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            assert backend.receiver is not None and backend.receiver.running
        finally:
            await tap.close()
            await backend.aclose()
    assert not backend.receiver.running


# -- the profile ----------------------------------------------------------------------------------


def test_create_backend_reads_the_profile_options() -> None:
    profile = Profile(
        name="work",
        vendor="okitoki",
        url="https://acme.oki-toki.net",
        user="12",
        options={
            "dialer_id": "3",
            "statuses": "1:Ready:ready,3:Lunch",
            "call_log_poll_seconds": "30",
            "call_log_format": "csv_2016",
            "webhook_port": "8765",
            "timezone": "Europe/Kyiv",
        },
    )
    backend = create_backend(profile, "token")
    assert isinstance(backend, OkiTokiBackend)
    assert (backend.dialer_id, backend.poll_seconds, backend.log_format) == ("3", 30.0, "csv_2016")
    assert backend.receiver is not None and backend.receiver.port == 8765
    assert backend.receiver.host == "127.0.0.1"
    assert backend.display_name == "Oki-Toki"


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"statuses": "1:Ready,3:Lunch"}, "exactly one status as ready"),
        ({"statuses": "1:Ready:ready,x:Lunch"}, "status number"),
        ({"statuses": "1:Ready:ready,3:Lunch:later"}, "unknown flag"),
        ({"statuses": "1:Ready:ready,3:Lunch,3:Lunch"}, "given twice"),
        ({"statuses": "Lunch"}, "should look like"),
        ({"call_log_poll_seconds": "1"}, "at least 5"),
        ({"call_log_poll_seconds": "often"}, "must be a number"),
        ({"webhook_port": "http"}, "port number"),
        ({"call_log_format": "xml"}, "json, csv or csv_2016"),
        ({"dialer_id": "sales"}, "dialer_id must be a number"),
        ({"priority": "9"}, "0, 1 or 2"),
        ({"fields": "order:Order:colour"}, "unknown kind"),
        ({"timezone": "Mars/Olympus"}, "unknown time zone"),
    ],
)
def test_a_wrong_profile_option_is_a_clear_configuration_error(
    options: dict[str, str], words: str
) -> None:
    profile = Profile("p", "okitoki", "https://acme.oki-toki.net", "12", options=options)
    with pytest.raises(ConfigurationError, match=words):
        create_backend(profile, "token")


def test_the_user_must_be_the_agents_number() -> None:
    profile = Profile("p", "okitoki", "https://acme.oki-toki.net", "olena")
    with pytest.raises(ConfigurationError, match="user number"):
        create_backend(profile, "token")


def test_statuses_and_fields_formats() -> None:
    statuses = parse_statuses(" 1:Ready:ready , 2/21:Coffee, 5:After-call work:WRAP ")
    assert [(s.id, s.status_id, s.away_status_id, s.ready, s.wrap) for s in statuses] == [
        ("1", "1", None, True, False),
        ("2/21", "2", "21", False, False),
        ("5", "5", None, False, True),
    ]
    assert parse_statuses("") == ()
    fields = parse_fields("note:Note:textarea,amount*:Amount:number")
    assert [(f.name, f.kind, f.required) for f in fields] == [
        ("note", FieldKind.TEXTAREA, False),
        ("amount", FieldKind.NUMBER, True),
    ]
