"""Where MegaFon's document reads two ways, the backend against a simulator answering either
way, over loopback: what an absent history ``end`` means (4.5), how list answers page (3.2:
``info.next`` listed, the examples without it, a PBX giving fewer than asked), and a PBX
without ``history/inner/json``."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from agentdesk.backends.megapbx import parse
from agentdesk.backends.megapbx.backend import MAX_PAGES, PAGE, MegaPbxBackend
from agentdesk.core import CallEnded, CallHistory, CallRinging, TransientError
from agentdesk.core.records import history_notes
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.receivers.test_megapbx import connected, next_call_event

COMPANY = ["admin", "ivanova", "petrov"]  # the simulated company's own users
AGENTS_DEPARTMENTS = {"Отдел продаж", "Техподдержка"}


def backend_for(sim: MegaPbxSimulator, **options: Any) -> MegaPbxBackend:
    return MegaPbxBackend(base_url=sim.url, login="ivanova", api_key=sim.api_key, **options)


def answered_by(answer: Callable[[httpx.Request], httpx.Response]) -> MegaPbxBackend:
    """A backend whose PBX is ``answer`` (narrow tests of one reading)."""
    return MegaPbxBackend(
        base_url="https://acme.megapbx.ru",
        login="ivanova",
        api_key="k",
        transport=httpx.MockTransport(answer),
    )


def asked(sim: MegaPbxSimulator, path: str) -> list[dict[str, str]]:
    return [params for method, p, params in sim.requests if (method, p) == ("GET", path)]


# -- 4.5: "if end is not set, end is today's date" ---------------------------------------------


@pytest.mark.parametrize("end_reading", ["date", "midnight"])
async def test_a_lost_completed_is_found_in_the_history_whatever_an_absent_end_means(
    end_reading: str,
) -> None:
    """Regression: the poll asked for the history with a start and no end; a PBX that reads
    the absent end as today 00:00 answered nothing, and the call stayed live to its bound."""
    async with connected(poll=0.1, end_reading=end_reading) as (sim, _backend, tap):
        callid = sim.ring("79101234567")
        assert isinstance(await next_call_event(tap), CallRinging)
        sim.pick_up(callid)
        await next_call_event(tap)
        sim.webhook_url = None  # the receiver is out of reach while the call ends
        sim.hang_up(callid)
        ended = await asyncio.wait_for(next_call_event(tap), 5)
        polls = asked(sim, "history/json")
    assert isinstance(ended, CallEnded) and ended.call.id == callid
    assert polls and all(p.get("start") and p.get("end") for p in polls)


async def test_every_history_request_names_both_ends_or_a_period() -> None:
    async with connected(poll=0.1, end_reading="midnight") as (sim, backend, tap):
        callid = sim.ring("79101234567")
        await next_call_event(tap)
        await backend.history(datetime.now(UTC) - timedelta(days=2))
        await backend.recording(next(c.uid for c in sim.history.external if c.record))
        sim.hang_up(callid)
        await asyncio.wait_for(next_call_event(tap), 5)
        requests = asked(sim, "history/json") + asked(sim, "history/inner/json")
    assert requests
    for params in requests:
        assert params.get("period") or (params.get("start") and params.get("end")), params


@pytest.mark.parametrize(("end_reading", "found"), [("date", True), ("midnight", False)])
async def test_the_simulator_reads_an_absent_end_as_it_is_told(
    end_reading: str, found: bool
) -> None:
    async with (
        MegaPbxSimulator(end_reading=end_reading) as sim,
        httpx.AsyncClient(
            base_url=sim.url + "/crmapi/v1/", headers={"X-API-KEY": sim.api_key}
        ) as client,
    ):
        sim.hang_up(sim.ring("79101234567"))  # a call today, whatever the hour
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0)
        start, soon = parse.request_time(today), datetime.now(UTC) + timedelta(minutes=1)
        lone_start = (await client.get("history/json", params={"start": start})).json()
        both = await client.get(
            "history/json", params={"start": start, "end": parse.request_time(soon)}
        )
        neither = (await client.get("history/json")).json()
        backwards = await client.get(
            "history/json", params={"start": start, "end": parse.request_time(today - timedelta(1))}
        )
    todays = {c["uid"] for c in both.json()}
    assert todays
    assert bool(lone_start) is found
    assert {c["uid"] for c in neither} == todays  # neither end: today, on either reading
    assert backwards.status_code == 400  # both given, the wrong way round: refused


# -- 3.2: paging -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page_size", "info_next", "pages"),
    [
        (None, True, 2),  # as asked, with next: 500 + 103
        (None, False, 2),  # the examples' info, without next
        (100, True, 7),  # a PBX that gives 100 whatever limit asks
        (100, False, 7),
    ],
)
async def test_users_and_departments_load_page_after_page(
    page_size: int | None, info_next: bool, pages: int
) -> None:
    """Regression (``info_next=False``): without ``info.next`` only the first page loaded,
    so on a PBX of more than 500 users the agent's departments were not found."""
    async with MegaPbxSimulator(padding=600, page_size=page_size, info_next=info_next) as sim:
        backend = backend_for(sim)
        try:
            users = await backend.users()
            queues = await backend.queues()
        finally:
            await backend.aclose()
        user_pages, group_pages = asked(sim, "users"), asked(sim, "groups")
    assert len(users) == 603 and len({u.login for u in users}) == 603
    assert [u.login for u in users][-3:] == COMPANY
    assert {q.title for q in queues} == AGENTS_DEPARTMENTS
    assert (len(user_pages), len(group_pages)) == (pages, pages)
    starts = [int(p["start"]) for p in user_pages]
    assert starts[0] == 0 and starts == sorted(set(starts))
    assert all(p["limit"] == str(PAGE) for p in user_pages)


async def test_a_list_that_never_ends_stops_at_the_page_cap(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with MegaPbxSimulator(padding=MAX_PAGES + 10, page_size=1) as sim:
        backend = backend_for(sim)
        try:
            with caplog.at_level(logging.WARNING, "agentdesk.backends.megapbx.backend"):
                users = await backend.users()
        finally:
            await backend.aclose()
        pages = asked(sim, "users")
    assert len(pages) == MAX_PAGES
    assert len(users) == MAX_PAGES
    assert f"beyond {MAX_PAGES} pages" in caplog.text


async def test_a_pbx_that_ignores_start_is_asked_twice_not_for_ever() -> None:
    """A PBX that does not page answers the same entries at any ``start``: the second page
    brings nothing new, and that is the end (narrow: the simulator pages)."""
    page = {
        "items": [{"login": "admin", "name": "A", "ext": "701"}],
        "info": {"start": 0, "limit": 500, "total": 900, "next": 1},
    }
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.params.get("start", ""))
        return httpx.Response(200, json=page)

    backend = answered_by(answer)
    try:
        users = await backend.users()
    finally:
        await backend.aclose()
    assert [u.login for u in users] == ["admin"]
    assert seen == ["0", "1"]


@pytest.mark.parametrize(
    ("info", "start", "got", "expected"),
    [
        ({"next": 500, "total": 1200}, 0, 500, 500),
        ({"next": "500", "total": "1200"}, 0, 500, 500),  # digits as text
        ({"total": 1200}, 0, 500, 500),  # the examples' info: no next
        ({"total": 1200}, 0, 100, 100),  # fewer than asked, no next
        ({"total": 1200}, 1100, 100, None),  # the last page reaches the total
        ({"next": 1200, "total": 1200}, 1100, 100, None),
        ({}, 0, 500, 500),  # no total: on until a page brings none
        ({}, 500, 0, None),
        ({"next": 0, "total": 1200}, 500, 500, None),  # next not beyond start: the PBX says no
        ({"next": None, "total": 1200}, 0, 500, 500),
        ({"next": True, "total": 1200}, 0, 500, 500),  # not a number: as if absent
    ],
)
def test_where_the_next_page_starts(
    info: dict[str, Any], start: int, got: int, expected: int | None
) -> None:
    assert parse.next_start({"items": [], "info": info}, start=start, got=got) == expected
    if not info:
        assert parse.next_start([{}] * got, start=start, got=got) == expected  # a bare list


# -- 4.4: history/inner/json may be missing -----------------------------------------------------


async def test_without_inner_history_the_outer_one_comes_with_a_note() -> None:
    """Regression: a PBX without ``history/inner/json`` (404) failed the whole list."""
    async with MegaPbxSimulator(inner_history=False) as sim:
        backend = backend_for(sim)
        try:
            first = await backend.history(datetime.now(UTC) - timedelta(days=11))
            again = await backend.history(datetime.now(UTC) - timedelta(days=11))
        finally:
            await backend.aclose()
        inner_asked = asked(sim, "history/inner/json")
    mine = {c.uid for c in sim.history.external if c.user is sim.agent}
    assert mine and mine <= {r.id for r in first}
    assert not {c.uid for c in sim.history.inner} & {r.id for r in first}
    assert isinstance(first, CallHistory)
    assert history_notes(first) == history_notes(again) == (parse.INNER_MISSING,)
    assert first.notes == ("Calls between colleagues are not available from this PBX.",)
    assert len(inner_asked) == 1  # remembered: not asked again


@pytest.mark.parametrize(
    ("inner_history", "option", "notes", "inner_asked"),
    [
        (True, True, (), 1),  # the PBX has it: colleagues' calls, no note
        (False, False, (), 0),  # the profile says not to ask: no note either
        (True, False, (), 0),
    ],
)
async def test_no_note_when_nothing_is_missing(
    inner_history: bool, option: bool, notes: tuple[str, ...], inner_asked: int
) -> None:
    async with MegaPbxSimulator(inner_history=inner_history) as sim:
        backend = backend_for(sim, inner_history=option)
        try:
            records = await backend.history(datetime.now(UTC) - timedelta(days=11))
        finally:
            await backend.aclose()
        asked_inner = asked(sim, "history/inner/json")
    assert history_notes(records) == notes
    assert len(asked_inner) == inner_asked
    inner = {c.uid for c in sim.history.inner}
    assert bool(inner & {r.id for r in records}) is (inner_history and option)


@pytest.mark.parametrize(("status", "missing"), [(404, True), (405, True), (500, False)])
async def test_405_is_a_missing_endpoint_too_and_a_server_error_still_fails(
    status: int, missing: bool
) -> None:
    """3.3's 405 "the method is not supported" is what a PBX may answer for an API method it
    does not have; a 500 is trouble, and says so as before (narrow: a transport)."""

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/crmapi/v1/")
        if path == "users/ivanova":
            return httpx.Response(200, json={"login": "ivanova", "ext": "702"})
        if path == "history/inner/json":
            return httpx.Response(status, json={"error": "Method Not Allowed"})
        if path == "groups":
            return httpx.Response(200, json={"items": [], "info": {"total": 0}})
        row = {"uid": "1", "direction": "in", "status": "success", "user": "ivanova"}
        return httpx.Response(200, content=json.dumps([row | {"start": "2026-01-20T08:58:42Z"}]))

    backend = answered_by(answer)
    try:
        if missing:
            records = await backend.history(datetime(2026, 1, 20, tzinfo=UTC))
            assert [r.id for r in records] == ["1"]
            assert history_notes(records) == (parse.INNER_MISSING,)
        else:
            with pytest.raises(TransientError):
                await backend.history(datetime(2026, 1, 20, tzinfo=UTC))
    finally:
        await backend.aclose()
