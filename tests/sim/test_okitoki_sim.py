"""The Oki-Toki simulator over real loopback HTTP, checked against the vendor's document."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from agentdesk.receivers import WebhookReceiver
from agentdesk.sim.okitoki.scenario import OkiTokiScenario
from agentdesk.sim.okitoki.simulator import OkiTokiSimulator

API = "/api/v1/"


def fast_sim(**kwargs: Any) -> OkiTokiSimulator:
    return OkiTokiSimulator(task_dial_after=0.05, outbound_answer_after=0.05, **kwargs)


async def get(
    client: httpx.AsyncClient, sim: OkiTokiSimulator, path: str, **params: str
) -> httpx.Response:
    return await client.get(sim.url + API + path, params={"api_token": sim.token, **params})


async def post(
    client: httpx.AsyncClient, sim: OkiTokiSimulator, path: str, **params: str
) -> httpx.Response:
    return await client.post(sim.url + API + path, data={"api_token": sim.token, **params})


def today() -> str:
    return datetime.now().strftime("%d.%m.%Y")


async def test_a_missing_or_wrong_token_is_401_with_a_code_and_a_message() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        missing = await client.get(sim.url + API + "contacts")
        wrong = await client.get(sim.url + API + "contacts", params={"api_token": "x"})
    for response in (missing, wrong):
        assert response.status_code == 401
        assert response.json() == {
            "status": "error",
            "code": 401,
            "message": "Unauthenticated: the api_token is missing or wrong",
        }


async def test_variables_plain_by_get_or_post_or_as_json_request() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        by_get = await get(client, sim, "user/set_status", user_id="12", status_id="3")
        by_post = await post(client, sim, "user/set_status", user_id="12", status_id="4")
        as_json = await client.post(
            sim.url + API + "dialers/create_task",
            data={
                "json_request": json.dumps(
                    {
                        "api_token": sim.token,
                        "dialer_id": 7,
                        "phones": ["380501234567", "380671112233"],
                        "details": {"name": "John", "order": "12"},
                    }
                )
            },
        )
        bad_json = await post(client, sim, "call/add_data", json_request="{nope")
    assert (by_get.status_code, by_post.status_code) == (200, 200)
    assert sim.status_id == "4"
    assert as_json.json() == {"status": "ok", "message": "Task 5001 added", "task_id": 5001}
    assert sim.tasks["5001"].phones == ["380501234567", "380671112233"]
    assert sim.requests[2][1]["details"] == '{"name": "John", "order": "12"}'
    assert bad_json.status_code == 422


async def test_wrong_paths_methods_rights_and_data_get_their_documented_codes() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        unknown = await get(client, sim, "dialers/start")
        posted = await post(client, sim, "reports/acd/calls-log")
        forbidden = await client.get(
            sim.url + API + "reports/sec/queue-status-summary",
            params={"api_token": sim.limited_token},
        )
        allowed = await client.get(
            sim.url + API + "contacts", params={"api_token": sim.limited_token}
        )
        missing = await post(client, sim, "dialers/create_task", dialer_id="3")
        too_many = await post(
            client, sim, "dialers/create_task", dialer_id="3", phones="1,2,3,4,5,6"
        )
        priority = await post(
            client, sim, "dialers/create_task", dialer_id="3", phones="1", priority="3"
        )
        dialer = await post(client, sim, "dialers/create_task", dialer_id="99", phones="1")
        nobody = await post(client, sim, "user/set_status", user_id="99", status_id="1")
        cancel_all = await post(client, sim, "dialers/cancel_task", dialer_id="0")
        sim.fail_next(500, "Server Error")
        broken = await get(client, sim, "contacts")
    assert (unknown.status_code, unknown.json()["message"]) == (
        404,
        "Not found: /api/v1/dialers/start",
    )
    assert posted.status_code == 405
    assert (forbidden.status_code, allowed.status_code) == (403, 200)
    assert missing.status_code == 422 and "phones" in missing.json()["message"]
    assert too_many.json()["message"] == "No more than 5 phones in a task"
    assert priority.json()["code"] == 422
    assert dialer.json()["message"] == "Dialer 99 not found"
    assert (nobody.status_code, nobody.json()["message"]) == (401, "User 99 not found")
    assert cancel_all.status_code == 422
    assert (broken.status_code, broken.json()["message"]) == (500, "Server Error")


async def test_over_the_limit_is_429_with_retry_after_and_the_limit() -> None:
    async with fast_sim(rate_limit=3) as sim, httpx.AsyncClient() as client:
        answers = [await get(client, sim, "contacts") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    limited = answers[-1]
    assert limited.headers["X-RateLimit-Limit"] == "3"
    assert limited.headers["X-RateLimit-Remaining"] == "0"
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    assert "limit is 3 requests a minute" in limited.json()["message"]


async def test_the_call_log_by_range_date_and_anis_in_json() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        session_id = sim.ring("+380 50 123 45 67")
        sim.pick_up()
        sim.customer_hangup()
        last_hour = (await get(client, sim, "reports/acd/calls-log")).json()
        this_month = (
            await get(client, sim, "reports/acd/calls-log", date_range="this_month")
        ).json()
        by_session = (await get(client, sim, "reports/acd/calls-log", anis=session_id)).json()
        by_number = (
            await get(client, sim, "reports/acd/calls-log", anis="0501234567", date_range="today")
        ).json()
        by_date = (await get(client, sim, "reports/acd/calls-log", date=today())).json()
        bad = await get(client, sim, "reports/acd/calls-log", date_range="forever")
    assert [row["session_id"] for row in last_hour] == [session_id]
    row = last_hour[0]
    assert row["contact"] == "Петро Шевченко" and row["user_id"] == 12
    assert row["result"] == "answered" and row["record"] == 1
    assert datetime.strptime(row["date"], "%d.%m.%Y %H:%M:%S")
    assert by_session == last_hour
    assert session_id in {r["session_id"] for r in by_number}
    assert session_id in {r["session_id"] for r in by_date}
    assert len(this_month) >= len(by_date)
    assert bad.status_code == 422


async def test_the_call_log_in_csv_is_windows_1251_and_csv_2016_utf_8() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        cp1251 = await get(
            client, sim, "reports/acd/calls-log", date_range="prev_month", format="csv"
        )
        utf8 = await get(
            client, sim, "reports/acd/calls-log", date_range="this_month", format="csv_2016"
        )
    assert cp1251.headers["Content-Type"].startswith("text/csv; charset=windows-1251")
    assert utf8.headers["Content-Type"].startswith("text/csv; charset=utf-8")
    header = cp1251.content.decode("cp1251").splitlines()[0]
    assert header.startswith("ID сессии;Дата;Направление;Номер клиента")
    text = utf8.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("ID сессии,Дата,")
    assert any(name in text for name in ("Петро Шевченко", "Ірина Бондаренко", "Марія Ґудзь"))


async def test_call_data_is_added_kept_removed_when_empty_and_read_by_date() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        session_id = sim.ring("380671112233")
        first = await post(client, sim, "call/add_data", session_id=session_id, a="1", b="2")
        await get(client, sim, "call/add_data", session_id=session_id, b="", c="3")
        read = await post(client, sim, "call/get_data", session_id=session_id, date=today())
        no_date = await post(client, sim, "call/get_data", session_id=session_id)
        yesterday = (datetime.now() - timedelta(days=1)).strftime("%d.%m.%Y")
        wrong_day = await post(client, sim, "call/get_data", session_id=session_id, date=yesterday)
        unknown = await post(client, sim, "call/add_data", session_id="1", a="1")
    assert first.json() == {
        "status": "ok",
        "message": f"Data added to call {session_id}",
        "session_id": int(session_id),
    }
    assert read.json()["data"] == {"a": "1", "c": "3"}
    assert no_date.status_code == 422
    assert wrong_day.status_code == 401  # the guide's code for a nonexistent object
    assert unknown.status_code == 401


async def test_recordings_are_wav_found_with_or_without_the_date() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        session_id = sim.ring("380931234000")
        sim.pick_up()
        sim.customer_hangup()
        missed_id = sim.ring("380931234000")
        sim.abandon()
        dated = await get(client, sim, f"record/{session_id}", date=today())
        undated = await get(client, sim, f"record/{session_id}")
        wrong_day = await get(client, sim, f"record/{session_id}", date="01.01.2020")
        missed = await get(client, sim, f"record/{missed_id}")
        posted = await post(client, sim, f"record/{session_id}")
    assert dated.headers["Content-Type"] == "audio/wav"
    assert dated.content[:4] == b"RIFF" and dated.content == undated.content
    assert (wrong_day.status_code, missed.status_code, posted.status_code) == (401, 401, 405)


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ({"phone": "380501234567"}, ["101"]),
        ({"phone": "*1234567"}, ["101", "105"]),
        ({"phone": "38067*"}, ["102"]),
        ({"name": "*Ґуд*"}, ["104"]),
        ({"id": "[102,105]"}, ["102", "105"]),
        ({"phone": "380501234567", "name": "Other"}, []),
        ({"colour": "red"}, []),
    ],
)
async def test_contacts_filters_as_documented(query: dict[str, str], ids: list[str]) -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        found = (await get(client, sim, "contacts", **query)).json()
    assert [c["id"] for c in found] == ids


async def test_queue_summary_split_by_queue_or_not() -> None:
    async with fast_sim() as sim, httpx.AsyncClient() as client:
        sim.ring("380445556677", queue_id="1")
        split = (
            await get(client, sim, "reports/sec/queue-status-summary", split_by="queue")
        ).json()
        whole = (await get(client, sim, "reports/sec/queue-status-summary")).json()
    assert [(r["queue"], r["calls_waiting"]) for r in split] == [("Підтримка", 1), ("Продажі", 0)]
    assert len(whole) == 1 and whole[0]["calls_waiting"] == 1


async def test_a_task_calls_the_agent_and_the_webhooks_reach_a_receiver_in_order() -> None:
    async with (
        WebhookReceiver(secret="hush") as receiver,
        fast_sim(webhook_url=receiver.url, webhook_secret="hush") as sim,
        httpx.AsyncClient() as client,
    ):
        answer = await post(
            client, sim, "dialers/create_task", dialer_id="3", phones="380501234567", user_id="12"
        )
        await sim.wait_until(
            lambda: sim.live_call is not None and sim.live_call.answered is not None, 3
        )
        sim.customer_hangup()
        await post(client, sim, "user/set_status", user_id="12", status_id="3")
        await sim.wait_for_webhooks(4)
        payloads = [await receiver.next_payload(timeout=2) for _ in range(4)]
    assert answer.json()["task_id"] == 5001
    assert sim.tasks["5001"].state == "dialled"
    assert [p and p["event"] for p in payloads] == ["ringing", "answered", "ended", "status"]
    ringing = payloads[0]
    assert ringing is not None
    assert ringing["direction"] == "out" and ringing["phone"] == "380501234567"
    assert ringing["contact_name"] == "Петро Шевченко" and ringing["user_id"] == "12"
    assert "secret" not in ringing
    assert payloads[3] == {
        "event": "status",
        "user_id": "12",
        "status_id": "3",
        "away_status_id": "",
    }


@pytest.mark.parametrize("method", ["GET", "JSON"])
async def test_webhooks_by_get_or_json_keep_the_secret_in_the_url(method: str) -> None:
    async with (
        WebhookReceiver(secret="hush") as receiver,
        fast_sim(webhook_url=receiver.url_with_secret(), webhook_method=method) as sim,
    ):
        session_id = sim.ring("380997776655")
        await sim.wait_for_webhooks(1)
        payload = await receiver.next_payload(timeout=2)
    assert sim.hooks.sent[0].status == 200
    assert payload is not None and payload["session_id"] == session_id


async def test_the_scenario_rings_is_answered_and_ends_while_the_agent_is_ready() -> None:
    async with (
        WebhookReceiver(secret="hush") as receiver,
        fast_sim(webhook_url=receiver.url_with_secret()) as sim,
    ):
        scenario = OkiTokiScenario(
            sim, gap=0.02, answer_after=0.02, ring_timeout=0.1, talk_time=0.05
        )
        scenario.start()
        await sim.wait_until(lambda: len(sim.hooks.sent) >= 6, 5)
        await scenario.stop()
        events = [h.payload["event"] for h in sim.hooks.sent]
    assert events[0] == "ringing"
    assert "ended" in events
    assert all(h.status == 200 for h in sim.hooks.sent)
    assert receiver.received >= len(sim.hooks.sent)
