"""The company relay over loopback: webhooks routed to the agent they concern, one stream per
desk, resumption with Last-Event-ID, revocation, the service's own endpoints."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from agentdesk.relay.agents import AgentBook
from agentdesk.relay.memory_store import MemoryStore
from tests.relay.desks import (
    MEGAPBX_TOKEN,
    desk_stream,
    post_megapbx,
    post_okitoki,
    running_relay,
)


async def test_a_megapbx_event_reaches_the_desk_of_its_user_by_login_or_extension(
    tmp_path: Path,
) -> None:
    book = AgentBook(tmp_path)
    ivanov = book.add("ivanov", ("101",))
    async with (
        running_relay(tmp_path) as relay,
        httpx.AsyncClient() as client,
        desk_stream(client, relay.url, ivanov) as desk,
    ):
        by_login = await post_megapbx(client, relay.url, type="INCOMING", user="ivanov")
        by_ext = await post_megapbx(client, relay.url, type="ACCEPTED", ext="101")
        got = await desk.wait_for(2)
    assert (by_login.status_code, by_ext.status_code) == (200, 200)
    assert [e["payload"]["type"] for e in got] == ["INCOMING", "ACCEPTED"]
    assert all(e["vendor"] == "megapbx" for e in got)
    assert "crm_token" not in got[0]["payload"]
    assert relay.metrics.events_in["megapbx"] == 2 and relay.metrics.events_out == 2


async def test_an_okitoki_event_is_routed_by_user_id(tmp_path: Path) -> None:
    token = AgentBook(tmp_path).add("4711")
    async with (
        running_relay(tmp_path) as relay,
        httpx.AsyncClient() as client,
        desk_stream(client, relay.url, token) as desk,
    ):
        await post_okitoki(client, relay.url, event="ringing", user_id="4711", phone="+4206")
        got = await desk.wait_for(1)
    assert got[0]["vendor"] == "okitoki" and got[0]["payload"]["phone"] == "+4206"


async def test_events_for_no_known_agent_are_counted_not_kept(tmp_path: Path) -> None:
    token = AgentBook(tmp_path).add("ivanov")
    store = MemoryStore()
    async with running_relay(tmp_path, store) as relay, httpx.AsyncClient() as client:
        answers = [
            await post_megapbx(client, relay.url, type="INCOMING", user="petrov"),
            await post_okitoki(client, relay.url, event="ringing", user_id="99"),
            await post_megapbx(client, relay.url, type="INCOMING"),  # names nobody
        ]
        async with desk_stream(client, relay.url, token, last_id="0-0") as desk:
            metrics = (await client.get(relay.url + "/metrics")).text
    assert [a.status_code for a in answers] == [200, 200, 200]
    assert desk.received == [] and await store.last_id("petrov") == "0-0"
    assert relay.metrics.unknown_agent == {"megapbx": 2, "okitoki": 1}
    assert 'agentdesk_relay_unknown_agent_events_total{vendor="megapbx"} 2' in metrics
    assert "agentdesk_relay_connected_desks 1" in metrics


async def test_a_wrong_vendor_token_is_refused_and_nothing_is_kept(tmp_path: Path) -> None:
    token = AgentBook(tmp_path).add("ivanov")
    store = MemoryStore()
    async with running_relay(tmp_path, store) as relay, httpx.AsyncClient() as client:
        wrong = await client.post(
            relay.url + "/hooks/megapbx",
            data={"cmd": "event", "user": "ivanov", "crm_token": MEGAPBX_TOKEN + "x"},
        )
        other_vendor = await client.post(
            relay.url + "/hooks/okitoki", data={"user_id": "ivanov", "secret": MEGAPBX_TOKEN}
        )
        del token
    assert (wrong.status_code, other_vendor.status_code) == (403, 403)
    assert await store.last_id("ivanov") == "0-0"


@pytest.mark.parametrize("authorization", [None, "Bearer", "Bearer nonsense", "Basic eDp5"])
async def test_a_stream_needs_a_registered_agents_token(
    tmp_path: Path, authorization: str | None
) -> None:
    AgentBook(tmp_path).add("ivanov")
    headers = {"Authorization": authorization} if authorization else {}
    async with running_relay(tmp_path) as relay, httpx.AsyncClient() as client:
        answer = await client.get(relay.url + "/events", headers=headers)
    assert answer.status_code == 401
    assert answer.headers["WWW-Authenticate"].startswith("Bearer")


async def test_a_desk_that_reconnects_with_last_event_id_gets_what_it_missed_once_in_order(
    tmp_path: Path,
) -> None:
    token = AgentBook(tmp_path).add("ivanov")
    async with running_relay(tmp_path) as relay, httpx.AsyncClient() as client:
        async with desk_stream(client, relay.url, token) as first:
            await post_megapbx(client, relay.url, type="INCOMING", user="ivanov", callid="1")
            await first.wait_for(1)
        resume_from = first.last_id
        for n in range(2, 6):  # while the laptop sleeps
            await post_megapbx(client, relay.url, type="INCOMING", user="ivanov", callid=str(n))
        async with desk_stream(client, relay.url, token, last_id=resume_from) as second:
            await post_megapbx(client, relay.url, type="INCOMING", user="ivanov", callid="6")
            got = await second.wait_for(5)
    assert [e["payload"]["callid"] for e in got] == ["2", "3", "4", "5", "6"]
    assert len(set(second.ids)) == 5


async def test_a_desk_that_drops_before_any_event_resumes_from_its_hello(tmp_path: Path) -> None:
    token = AgentBook(tmp_path).add("ivanov")
    async with running_relay(tmp_path) as relay, httpx.AsyncClient() as client:
        await post_megapbx(client, relay.url, type="OLD", user="ivanov")
        async with desk_stream(client, relay.url, token) as first:
            pass  # connected, nothing new yet: its hello carries the newest id
        await post_megapbx(client, relay.url, type="NEW", user="ivanov")
        async with desk_stream(client, relay.url, token, last_id=first.last_id) as second:
            got = await second.wait_for(1)
    assert [e["payload"]["type"] for e in got] == ["NEW"]


async def test_a_malformed_last_event_id_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    token = AgentBook(tmp_path).add("ivanov")
    async with running_relay(tmp_path) as relay, httpx.AsyncClient() as client:
        answer = await client.get(
            relay.url + "/events",
            headers={"Authorization": f"Bearer {token}", "Last-Event-ID": "yesterday"},
        )
    assert answer.status_code == 400 and "not a relay event id" in answer.text


async def test_remove_agent_closes_the_open_stream_at_once_and_refuses_the_token(
    tmp_path: Path,
) -> None:
    token = AgentBook(tmp_path).add("ivanov")
    async with (
        running_relay(tmp_path, heartbeat=60) as relay,
        httpx.AsyncClient() as client,
        desk_stream(client, relay.url, token) as desk,
    ):
        AgentBook(tmp_path).remove("ivanov")  # as `agentdesk relay remove-agent` does
        async with asyncio.timeout(3):
            await desk.ended.wait()
        again = await client.get(
            relay.url + "/events", headers={"Authorization": f"Bearer {token}"}
        )
    assert again.status_code == 401


async def test_a_new_token_voids_the_old_ones_stream(tmp_path: Path) -> None:
    old = AgentBook(tmp_path).add("ivanov")
    async with (
        running_relay(tmp_path, heartbeat=60) as relay,
        httpx.AsyncClient() as client,
        desk_stream(client, relay.url, old) as desk,
    ):
        new = AgentBook(tmp_path).add("ivanov")
        async with asyncio.timeout(3):
            await desk.ended.wait()
        async with desk_stream(client, relay.url, new) as fresh:
            await post_megapbx(client, relay.url, type="INCOMING", user="ivanov")
            await fresh.wait_for(1)
    assert desk.received == []


async def test_health_readiness_and_metrics_answer(tmp_path: Path) -> None:
    async with running_relay(tmp_path) as relay, httpx.AsyncClient() as client:
        health = await client.get(relay.url + "/healthz")
        ready = await client.get(relay.url + "/readyz")
        metrics = await client.get(relay.url + "/metrics")
    assert (health.status_code, ready.status_code) == (200, 200)
    assert metrics.headers["Content-Type"].startswith("text/plain")
    for name in ("events_in_total", "events_out_total", "connected_desks", "delivery_lag_seconds"):
        assert f"# TYPE agentdesk_relay_{name} " in metrics.text


async def test_megapbx_contact_command_is_answered_without_a_directory(tmp_path: Path) -> None:
    async with running_relay(tmp_path) as relay, httpx.AsyncClient() as client:
        answer = await post_megapbx(client, relay.url, cmd="contact", phone="79001234567")
    assert answer.json() == {"contact_name": "", "responsible": ""}


async def test_memory_store_keeps_events_only_within_the_retention() -> None:
    now = [1_000_000.0]
    store = MemoryStore(retention=60, clock=lambda: now[0])
    first = await store.append("a", {"n": 1})
    now[0] += 30
    await store.append("a", {"n": 2})
    now[0] += 40  # the first is 70 s old
    kept = await store.read("a", "0-0", block=0)
    assert [e.data["n"] for e in kept] == [2]
    assert await store.read("a", first, block=0) == kept
