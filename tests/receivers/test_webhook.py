"""The webhook receiver over real loopback HTTP: what it passes on and what it refuses."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from agentdesk.receivers import WebhookReceiver
from agentdesk.receivers.webhook import Payload

SECRET = "s3cr3t-ček"


async def test_a_form_post_with_the_secret_in_the_url_is_passed_on_without_it() -> None:
    async with WebhookReceiver(secret=SECRET) as receiver, httpx.AsyncClient() as client:
        assert receiver.url.startswith("http://127.0.0.1:") and receiver.url.endswith("/okitoki")
        response = await client.post(
            receiver.url_with_secret(),
            data={"event": "ringing", "session_id": "40000001", "contact_name": "Петро"},
        )
        payload = await receiver.next_payload(timeout=2)
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    assert payload == {"event": "ringing", "session_id": "40000001", "contact_name": "Петро"}


async def test_json_and_get_are_accepted_with_the_secret_in_the_body_or_query() -> None:
    async with WebhookReceiver(secret=SECRET) as receiver, httpx.AsyncClient() as client:
        by_json = await client.post(
            receiver.url, json={"event": "answered", "session_id": 7, "secret": SECRET, "x": [1]}
        )
        by_get = await client.get(
            receiver.url, params={"event": "ended", "session_id": "7", "secret": SECRET}
        )
        first = await receiver.next_payload(timeout=2)
        second = await receiver.next_payload(timeout=2)
    assert (by_json.status_code, by_get.status_code) == (200, 200)
    assert first == {"event": "answered", "session_id": "7", "x": "[1]"}
    assert second == {"event": "ended", "session_id": "7"}


@pytest.mark.parametrize(
    ("secret_in", "value"),
    [("query", "wrong"), ("body", "wrong"), ("nowhere", None), ("query", SECRET[:-1])],
)
async def test_a_wrong_or_missing_secret_is_refused_403_and_nothing_is_passed_on(
    secret_in: str, value: str | None
) -> None:
    async with WebhookReceiver(secret=SECRET) as receiver, httpx.AsyncClient() as client:
        url = receiver.url + (f"?secret={value}" if secret_in == "query" else "")
        data = {"event": "ringing", "session_id": "1"}
        if secret_in == "body" and value is not None:
            data["secret"] = value
        response = await client.post(url, data=data)
        nothing = await receiver.next_payload(timeout=0.05)
    assert response.status_code == 403
    assert nothing is None
    assert (receiver.received, receiver.refused) == (0, 1)


async def test_an_oversized_body_is_refused_413() -> None:
    async with WebhookReceiver(secret=SECRET, max_body=1024) as receiver:
        async with httpx.AsyncClient() as client:
            response = await client.post(
                receiver.url_with_secret(), data={"event": "ringing", "junk": "x" * 2000}
            )
        nothing = await receiver.next_payload(timeout=0.05)
    assert response.status_code == 413
    assert nothing is None


async def test_the_default_cap_is_64_kib() -> None:
    async with WebhookReceiver(secret=SECRET) as receiver, httpx.AsyncClient() as client:
        small = await client.post(receiver.url_with_secret(), data={"v": "x" * 60_000})
        big = await client.post(receiver.url_with_secret(), data={"v": "x" * 70_000})
    assert (small.status_code, big.status_code) == (200, 413)


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/xml", "multipart/form-data; boundary=x"]
)
async def test_other_content_types_are_refused_415(content_type: str) -> None:
    async with WebhookReceiver(secret=SECRET) as receiver, httpx.AsyncClient() as client:
        response = await client.post(
            receiver.url_with_secret(),
            content=b"event=ringing",
            headers={"Content-Type": content_type},
        )
        nothing = await receiver.next_payload(timeout=0.05)
    assert response.status_code == 415
    assert nothing is None


async def test_bad_json_other_paths_and_methods_are_refused() -> None:
    async with WebhookReceiver(secret=SECRET) as receiver, httpx.AsyncClient() as client:
        not_json = await client.post(
            receiver.url_with_secret(),
            content=b"{nope",
            headers={"Content-Type": "application/json"},
        )
        a_list = await client.post(receiver.url_with_secret(), json=[1, 2])
        other_path = await client.post(
            receiver.url.replace("/okitoki", "/other") + f"?secret={SECRET}"
        )
        put = await client.put(receiver.url_with_secret(), data={"a": "b"})
    assert (not_json.status_code, a_list.status_code) == (400, 400)
    assert other_path.status_code == 404
    assert put.status_code == 405
    assert receiver.received == 0


async def test_a_callback_gets_payloads_instead_of_the_queue_and_order_is_kept() -> None:
    seen: list[Payload] = []
    async with (
        WebhookReceiver(secret=SECRET, on_payload=seen.append) as receiver,
        httpx.AsyncClient() as client,
    ):
        for n in range(5):
            await client.post(receiver.url_with_secret(), data={"n": str(n)})
        nothing = await receiver.next_payload(timeout=0.05)
    assert [p["n"] for p in seen] == ["0", "1", "2", "3", "4"]
    assert nothing is None


async def test_payloads_iterator_and_stop_twice() -> None:
    receiver = WebhookReceiver(secret=SECRET)
    await receiver.start()
    try:
        async with httpx.AsyncClient() as client:
            await client.get(receiver.url, params={"event": "status", "secret": SECRET})
        payloads = receiver.payloads()
        got = await asyncio.wait_for(anext(payloads), 2)
        await payloads.aclose()
    finally:
        await receiver.stop()
        await receiver.stop()
    assert got == {"event": "status"}
    assert not receiver.running


def test_a_receiver_needs_a_secret_and_an_absolute_path() -> None:
    with pytest.raises(ValueError, match="secret"):
        WebhookReceiver(secret="")
    with pytest.raises(ValueError, match="path"):
        WebhookReceiver(secret=SECRET, path="okitoki")


async def test_every_answer_is_counted_by_kind() -> None:
    """What IT sees in the connection details and the diagnostics."""
    async with (
        WebhookReceiver(secret=SECRET, max_body=1024) as receiver,
        httpx.AsyncClient() as client,
    ):
        url = receiver.url_with_secret()
        statuses = [
            (await client.post(url, data={"event": "ringing"})).status_code,
            (await client.get(url + "&event=ended")).status_code,
            (await client.post(receiver.url, data={"secret": "wrong"})).status_code,
            (await client.post(receiver.url, data={"event": "no secret"})).status_code,
            (
                await client.post(url, content=b"{", headers={"Content-Type": "text/json"})
            ).status_code,
            (await client.post(url, data={"junk": "x" * 2000})).status_code,
            (
                await client.post(url, content=b"a", headers={"Content-Type": "text/plain"})
            ).status_code,
            (await client.put(url, data={"a": "b"})).status_code,
            (await client.post(receiver.url + "/other", data={"a": "b"})).status_code,
        ]
        figures = receiver.figures()
    assert statuses == [200, 200, 403, 403, 400, 413, 415, 405, 404]
    assert figures.url == receiver.url
    assert (figures.accepted, figures.wrong_secret, figures.unreadable) == (2, 2, 1)
    assert (figures.too_large, figures.not_a_webhook) == (1, 3)
    assert figures.refused == 7
    assert (figures.timed_out, figures.dropped, figures.turned_away) == (0, 0, 0)
    assert (receiver.received, receiver.refused) == (2, 7)
