"""Where Oki-Toki's documents can be read two ways, the backend against the simulator
answering each way, over real loopback HTTP: what a 401 means (a refused token, or an object
that does not exist), and the shapes of answers the document never shows."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from agentdesk.backends.okitoki.backend import OkiTokiBackend
from agentdesk.backends.okitoki.token_check import TokenCheck
from agentdesk.core import (
    AuthenticationError,
    CallAnswered,
    CallEnded,
    CallRecord,
    CallRinging,
    Disposition,
    Event,
    StatusChanged,
    TransientError,
    UnknownObjectError,
)
from agentdesk.outbox_delivery import Delivery, OutboxChanged, OutboxDelivery, WriteRefused
from agentdesk.session import Session, SessionEvent
from agentdesk.sim.okitoki.data import CONTACTS
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from agentdesk.store.outbox import Outbox
from tests.backends.daktela_helpers import EventTap
from tests.backends.test_okitoki import backend_for, fast_sim

CALL_LOG = "reports/acd/calls-log"
SHAPES_LOG = "agentdesk.backends.answer_shapes"


def checks(sim: OkiTokiSimulator) -> int:
    """How many times the call log (the token check's request) was asked."""
    return sum(1 for path, _ in sim.requests if path == CALL_LOG)


def finished_call(sim: OkiTokiSimulator, phone: str = "380501234567") -> str:
    session_id = sim.ring(phone)
    sim.pick_up()
    sim.customer_hangup()
    return session_id


async def until(predicate: Callable[[], object], timeout: float = 5.0) -> None:
    async def poll() -> None:
        while not predicate():  # noqa: ASYNC110 - polling a plain predicate on purpose
            await asyncio.sleep(0.005)

    await asyncio.wait_for(poll(), timeout)


# -- a 401 means two things ---------------------------------------------------------------------


@pytest.mark.parametrize("code", [401, 404])
async def test_a_missing_recording_says_it_is_not_there_whichever_code_says_so(code: int) -> None:
    async with fast_sim(unknown_object=code) as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(UnknownObjectError) as missing:
                await backend.recording("123")
        finally:
            await backend.aclose()
    assert not isinstance(missing.value, AuthenticationError)
    assert missing.value.what == "recording of call 123"
    assert missing.value.vendor_message == (
        "Oki-Toki has no recording of call 123 (Record of call 123 not found)"
    )
    assert missing.value.action == "record/123"


async def test_a_wrap_up_for_a_call_oki_toki_does_not_know_names_the_call() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            with pytest.raises(UnknownObjectError) as unknown:
                await backend.dispose(Disposition(call_id="77", status_id="success"))
            with pytest.raises(UnknownObjectError, match="has no call 77"):
                await backend.disposition_form("77")
        finally:
            await backend.aclose()
    assert unknown.value.vendor_message == "Oki-Toki has no call 77 (Call 77 not found)"
    assert unknown.value.action == "call/add_data"
    assert checks(sim) == 1  # one check, and its verdict served the second 401


async def test_with_a_refused_token_every_401_is_still_the_token() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, api_token="revoked")
        try:
            with pytest.raises(AuthenticationError) as refused:
                await backend.recording("123")
            with pytest.raises(AuthenticationError):
                await backend.dispose(Disposition(call_id="77", status_id="success"))
        finally:
            await backend.aclose()
    assert refused.value.vendor_message == "Unauthenticated: the api_token is missing or wrong"
    assert checks(sim) == 1


async def test_a_burst_of_401s_costs_one_token_check() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            missing = await asyncio.gather(
                *(backend.recording(str(n)) for n in range(6)), return_exceptions=True
            )
            after_burst = checks(sim)
            # A request answered just now vouches for the token: no check at all.
            await backend.history(datetime.now(UTC) - timedelta(hours=1))
            answered = checks(sim)
            with pytest.raises(UnknownObjectError):
                await backend.recording("99")
        finally:
            await backend.aclose()
    assert all(isinstance(m, UnknownObjectError) for m in missing)
    assert after_burst == 1
    assert checks(sim) == answered


async def test_a_burst_with_a_refused_token_costs_one_check_too() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, api_token="revoked")
        try:
            refused = await asyncio.gather(
                *(backend.recording(str(n)) for n in range(4)), return_exceptions=True
            )
        finally:
            await backend.aclose()
    assert all(isinstance(r, AuthenticationError) for r in refused)
    assert checks(sim) == 1


async def test_a_check_that_cannot_be_made_is_transient_not_a_verdict() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim)
        sim.fail_next(503, "Maintenance", path=CALL_LOG)
        try:
            with pytest.raises(TransientError, match="Maintenance"):
                await backend.recording("123")
            with pytest.raises(UnknownObjectError):  # the next 401 checks again, and can
                await backend.recording("123")
        finally:
            await backend.aclose()
    assert checks(sim) == 2


async def test_a_token_without_report_rights_still_passes_the_check() -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, api_token=sim.limited_token)
        try:
            with pytest.raises(UnknownObjectError, match="has no call 77"):
                await backend.dispose(Disposition(call_id="77", status_id="success"))
        finally:
            await backend.aclose()


def test_a_verdict_holds_briefly_then_is_learnt_anew() -> None:
    now = [0.0]
    answers: list[BaseException | None] = [None, AuthenticationError("no")]

    async def probe() -> None:
        answer = answers.pop(0)
        if answer is not None:
            raise answer

    async def run() -> list[bool]:
        check = TokenCheck(probe, hold=30.0, clock=lambda: now[0])
        verdicts = [await check.good()]
        now[0] = 29.0
        verdicts.append(await check.good())  # still the first verdict: no request
        now[0] = 31.0
        verdicts.append(await check.good())  # expired: asked again, refused now
        now[0] = 40.0
        check.vouch()  # a request was answered: good again, without asking
        verdicts.append(await check.good())
        assert check.checks == 2
        return verdicts

    assert asyncio.run(run()) == [True, True, False, True]


async def test_the_outbox_refuses_for_good_a_wrap_up_for_a_call_oki_toki_does_not_know(
    tmp_path: Path,
) -> None:
    """Before, the 401 was a refused secret: the wrap-up stayed pending for ever."""
    async with fast_sim() as sim:
        known = finished_call(sim)
        with contextlib.closing(Outbox(tmp_path / "outbox.sqlite3")) as outbox:
            outbox.add("oki", Disposition(call_id="77", status_id="success"))
            outbox.add("oki", Disposition(call_id=known, status_id="sale"))
            session = Session(backend_for(sim), outbox=outbox, profile_key="oki")
            events: list[SessionEvent] = []
            session.add_listener(events.append)
            session.start()
            try:
                await until(lambda: session.outbox_counts == OutboxChanged(0, 1))
                refused = await session.refused_writes()
            finally:
                await session.stop()
    assert WriteRefused("77", "Oki-Toki has no call 77 (Call 77 not found)") in events
    assert [entry.disposition.call_id for entry in refused] == ["77"]
    assert sim.call_data[known] == {"result": "sale"}


async def test_the_outbox_keeps_a_wrap_up_while_the_token_is_refused(tmp_path: Path) -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, api_token="revoked")
        events: list[object] = []
        with contextlib.closing(Outbox(tmp_path / "outbox.sqlite3")) as outbox:
            delivery = OutboxDelivery(outbox, "oki", backend.dispose, events.append)
            try:
                queued = await delivery.dispose(Disposition(call_id="77", status_id="success"))
                assert delivery.counts == OutboxChanged(1, 0)
            finally:
                await delivery.stop()
                await backend.aclose()
    assert queued is Delivery.QUEUED
    assert [p for p, _ in sim.requests] == ["call/add_data", CALL_LOG]
    assert not [e for e in events if isinstance(e, WriteRefused)]


# -- answers whose shape the document does not show ---------------------------------------------


def comparable(records: list[CallRecord]) -> list[tuple[Any, ...]]:
    return [
        (
            r.id,
            r.started_at,
            r.direction,
            r.number,
            r.name,
            r.queue,
            r.agent,
            r.answered,
            r.wait_seconds,
            r.duration_seconds,
            r.has_recording,
        )
        for r in records
    ]


@pytest.mark.parametrize("log_format", ["json", "csv", "csv_2016"])
async def test_the_call_log_reads_alike_in_our_shape_and_the_variant(
    log_format: str, caplog: pytest.LogCaptureFixture
) -> None:
    since = datetime.now(UTC) - timedelta(days=14)
    seeded = datetime.now()  # both simulators hold the same calls, to the second
    histories = {}
    for style in ("ours", "variant"):
        async with fast_sim(answer_style=style, seed_history=False) as sim:
            sim.call_log.seed(now=seeded, count=30, first_id=39_000_001)
            backend = backend_for(sim, call_log_format=log_format)
            try:
                histories[style] = await backend.history(since)
            finally:
                await backend.aclose()
    ours, variant = histories["ours"], histories["variant"]
    assert len(ours) >= 15 and comparable(variant) == comparable(ours)
    assert any(r.has_recording for r in variant) and any(not r.answered for r in variant)
    # The contacts' names, in Cyrillic (which of them the seeded log holds depends on the
    # time of day the test runs: calls that would be in the last 90 minutes are moved).
    assert {r.name for r in variant} & {contact.name for contact in CONTACTS}
    assert not [r for r in caplog.records if r.name == SHAPES_LOG]  # both fit


async def test_queue_figures_read_alike_in_our_shape_and_the_variant(
    caplog: pytest.LogCaptureFixture,
) -> None:
    figures = {}
    for style in ("ours", "variant"):
        async with fast_sim(answer_style=style) as sim:
            sim.ring("380997776655", queue_id="2")
            backend = backend_for(sim)
            try:
                figures[style] = await backend.queue_figures()
            finally:
                await backend.aclose()
    assert figures["variant"] == figures["ours"]
    assert [(f.queue, f.waiting, f.agents_logged_in) for f in figures["ours"]] == [
        ("Підтримка", 0, 2),
        ("Продажі", 1, 2),
    ]
    assert not [r for r in caplog.records if r.name == SHAPES_LOG]


async def webhook_events(style: str) -> list[Event]:
    async with fast_sim(answer_style=style) as sim:
        backend = backend_for(sim, webhook_port=0)
        tap = EventTap(backend.watch())
        try:
            await tap.next_status()
            sim.webhook_url = backend.webhook_url
            sim.ring("380501234567", queue_id="2")
            sim.pick_up()
            sim.customer_hangup()
            sim.set_status("3")
            events: list[Event] = []
            while not (
                events and isinstance(events[-1], StatusChanged) and events[-1].status.pause
            ):
                events.append(await tap.next())
        finally:
            await tap.close()
            await backend.aclose()
    return events


async def test_webhooks_under_other_names_bring_the_same_calls(
    caplog: pytest.LogCaptureFixture,
) -> None:
    ours, variant = await webhook_events("ours"), await webhook_events("variant")

    def seen(events: list[Event]) -> list[tuple[str, ...]]:
        shown: list[tuple[str, ...]] = []
        for event in events:
            if isinstance(event, CallRinging | CallAnswered | CallEnded):
                call = event.call
                shown.append((type(event).__name__, call.number, call.name or "", call.queue or ""))
                shown[-1] += (call.direction.value,)
            elif isinstance(event, StatusChanged):
                shown.append((event.status.state.value,))
        return shown

    assert seen(variant) == seen(ours)
    assert ("CallRinging", "380501234567", "Петро Шевченко", "Продажі", "in") in seen(ours)
    assert seen(ours)[-1] == ("paused",)
    assert not [r for r in caplog.records if r.name == SHAPES_LOG]


CALL_LOG_ROW = {
    "Session": "4001",
    "When": "24.11.2026 10:15:00",  # a date under a name we do not know
    "phone": "380501234567",
    "talk": "95",
}


def answering(log_rows: list[dict[str, str]], queue_rows: list[dict[str, object]]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("queue-status-summary"):
            return httpx.Response(200, json=queue_rows)
        return httpx.Response(200, json=log_rows)

    return httpx.MockTransport(answer)


async def test_a_real_answer_that_does_not_fit_is_logged_once_per_kind_naming_its_keys(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rows = [CALL_LOG_ROW | {"Session": str(4001 + n)} for n in range(20)]
    backend = OkiTokiBackend(
        base_url="https://company.oki-toki.net",
        user_id="12",
        api_token="t0ken-value",
        transport=answering(rows, [{"queue": "Support", "Waiting now": 3}]),
    )
    caplog.set_level(logging.WARNING, logger=SHAPES_LOG)
    try:
        for _ in range(3):
            history = await backend.history(datetime.now(UTC) - timedelta(hours=1))
            await backend.queue_figures()
    finally:
        await backend.aclose()
    warnings = [r.getMessage() for r in caplog.records if r.name == SHAPES_LOG]
    assert history == []  # no readable time: no row, and a warning says why
    assert len(warnings) == 2, warnings
    log_warning, queue_warning = warnings
    assert log_warning.startswith("Oki-Toki's call log (json) has no date, direction, ")
    assert "(it has: ani, session_id, talk_time, when)" in log_warning
    assert "docs/vendors/okitoki.md" in log_warning
    assert queue_warning.startswith(
        "Oki-Toki's queue summary has no waiting, ready, online, longest "
        "(it has: queue, waiting now)"
    )
    assert "t0ken-value" not in " ".join(warnings)


async def test_webhooks_that_do_not_fit_are_said_once(caplog: pytest.LogCaptureFixture) -> None:
    async with fast_sim() as sim:
        backend = backend_for(sim, webhook_port=0)
        tap = EventTap(backend.watch())
        caplog.set_level(logging.WARNING, logger=SHAPES_LOG)
        try:
            await tap.next_status()
            sim.webhook_url = backend.webhook_url
            for n in range(3):
                sim.hooks.send({"kind": "incoming", "call": str(n)})
                sim.hooks.send({"event": "ringing", "id": str(n), "user_id": sim.user_id})
                sim.hooks.send({"event": "transferred", "session_id": str(n)})
            await sim.wait_for_webhooks(9)
        finally:
            await tap.close()
            await backend.aclose()
    warnings = [r.getMessage() for r in caplog.records if r.name == SHAPES_LOG]
    assert warnings == [
        "Oki-Toki's webhooks: one came without an event (it had: call, kind) "
        "(see docs/vendors/okitoki.md)",
        "Oki-Toki's call webhook has no session_id, phone, direction (it has: event, id, "
        "user_id); AgentDesk assumed another shape, listed in docs/vendors/okitoki.md: "
        "please tell us what your installation answers",
    ]


async def test_a_refusal_of_the_check_by_a_vendor_error_is_not_a_refused_token() -> None:
    """The check's own 404 (a report moved, say) proves the token as well as a 200."""
    async with fast_sim() as sim:
        backend = backend_for(sim)
        sim.fail_next(404, "No such report", path=CALL_LOG)
        try:
            with pytest.raises(UnknownObjectError):
                await backend.recording("5")
        finally:
            await backend.aclose()
