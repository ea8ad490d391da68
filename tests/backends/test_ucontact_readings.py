"""Where uContact's text can be read two ways, the backend against the simulator answering
each way, over real loopback HTTP: the number a call goes out with (``callerid``), and the
recorded calls (``Cdr/getrecords``) whose shape the text never shows."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from agentdesk.backends.ucontact import parse
from agentdesk.backends.ucontact.backend import UContactBackend
from agentdesk.core import CallRecord, VendorError
from agentdesk.sim.ucontact.data import seed_recordings
from agentdesk.store.profiles import Profile
from agentdesk.vendors import create_backend, vendor
from tests.backends.test_ucontact import backend_for, fast_sim

SHAPES_LOG = "agentdesk.backends.answer_shapes"


# -- callerid: the number the call goes out with --------------------------------------------------


async def test_without_the_option_a_call_goes_out_with_no_number_of_ours_not_the_agents_phone() -> (
    None
):
    async with fast_sim() as sim:
        backend = backend_for(sim)
        try:
            await backend.dial("099124484")
        finally:
            await backend.aclose()
    (call,) = sim.paths("Agents/AgentCall")
    assert call["callerid"] == ""  # before: "1001", the agent's extension
    assert call["phone"] == sim.phone


async def test_the_profile_option_callerid_is_the_number_the_call_goes_out_with() -> None:
    async with fast_sim() as sim:
        backend = create_backend(
            Profile(
                name="uc",
                vendor="ucontact",
                url=sim.url,
                user=sim.agent,
                options={"outqueue": sim.outqueue, "callerid": "29001234"},
            ),
            sim.password,
        )
        try:
            await backend.dial("099124484")
        finally:
            await backend.aclose()
    assert [c["callerid"] for c in sim.paths("Agents/AgentCall")] == ["29001234"]


async def test_an_instance_that_wants_the_number_says_which_option_to_set() -> None:
    async with fast_sim(empty_callerid="refuse") as sim:
        backend = backend_for(sim)
        given = backend_for(sim, callerid="29001234")
        try:
            with pytest.raises(VendorError) as refused:
                await backend.dial("099124484")
            await given.dial("099124484")
        finally:
            await backend.aclose()
            await given.aclose()
    assert refused.value.vendor_message.endswith(
        "no number to call out with was sent: if uContact needs one, set the profile option "
        "callerid"
    )
    assert refused.value.action == "Agents/AgentCall"


def test_the_spec_offers_callerid_with_a_hint() -> None:
    option = vendor("ucontact").option("callerid")
    assert option is not None and option.default == ""
    assert "go out with" in option.hint


# -- Cdr/getrecords -------------------------------------------------------------------------------


def comparable(records: list[CallRecord]) -> list[tuple[Any, ...]]:
    return [
        (r.id, r.started_at, r.direction, r.number, r.queue, r.agent, r.duration_seconds)
        for r in records
    ]


async def test_recorded_calls_read_alike_in_our_shape_and_the_variant(
    caplog: pytest.LogCaptureFixture,
) -> None:
    since = datetime.now(UTC) - timedelta(days=7)
    seeded = datetime.now()  # both simulators hold the same calls, to the second
    histories = {}
    for style in ("ours", "variant"):
        async with fast_sim(answer_style=style, seed_history=False) as sim:
            seed_recordings(sim.store, sim.records.seed(now=seeded, count=80))
            backend = backend_for(sim)
            try:
                histories[style] = await backend.history(since)
                guid = histories[style][0].id
                recording = await backend.recording(guid)  # its day read from the variant too
            finally:
                await backend.aclose()
        assert recording.data[:4] == b"RIFF"
    ours, variant = histories["ours"], histories["variant"]
    assert len(ours) > 50  # more than one page of 50
    assert comparable(variant) == comparable(ours)
    assert not [r for r in caplog.records if r.name == SHAPES_LOG]


def test_other_likely_spellings_of_a_row_are_read() -> None:
    rows = parse.record_rows(
        [
            {
                "GUID": "a1",
                "CallDate": "Nov 2, 2018 11:31:42 AM",  # as Gson writes uContact's dates
                "UserName": "jperez",
                "Queue": "Ventas->",
                "SRC": "1001",
                "DST": "098344484",
                "Duration": "0:01:35",
            },
            {"uniqueid": "a2", "calldate": "2018-11-02T11:31:42", "billsec": 7},
        ]
    )
    first = parse.call_record(rows[0], UTC, agent_phone="1001")
    second = parse.call_record(rows[1], UTC, agent_phone="1001")
    assert first is not None and second is not None
    assert (first.id, first.number, first.queue, first.agent) == (
        "a1",
        "098344484",
        "Ventas->",
        "jperez",
    )
    assert first.started_at == datetime(2018, 11, 2, 11, 31, 42, tzinfo=UTC)
    assert first.duration_seconds == 95
    assert second.started_at == first.started_at and second.duration_seconds == 7


async def test_a_real_answer_that_does_not_fit_is_logged_once_naming_its_keys(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("auth/AgentLogin"):
            return httpx.Response(200, json={"md5secret": "k3y", "callerid": "1001"})
        if request.url.path.endswith("api/AgentLogoff"):
            return httpx.Response(200, text="1")
        offset = int(dict(httpx.QueryParams(request.content.decode()))["lastrow"])
        rows = [
            {"id": f"g{offset + n}", "fecha": "2026-11-24 10:00:00", "agente": "jperez"}
            for n in range(50 if offset == 0 else 10)
        ]
        return httpx.Response(200, json=rows)

    backend = UContactBackend(
        base_url="https://company.ucontactcloud.com",
        agent="jperez",
        secret="Clave-2026",
        transport=httpx.MockTransport(answer),
    )
    caplog.set_level(logging.WARNING, logger=SHAPES_LOG)
    try:
        for _ in range(2):
            await backend.history(datetime.now(UTC) - timedelta(days=1))
    finally:
        await backend.aclose()
    warnings = [r.getMessage() for r in caplog.records if r.name == SHAPES_LOG]
    assert warnings == [
        "uContact's Cdr/getrecords answer has no calldate, agent, campaign, source, "
        "destination, duration (it has: agente, fecha, guid); AgentDesk assumed another "
        "shape, listed in docs/vendors/ucontact.md: please tell us what your installation "
        "answers"
    ]
