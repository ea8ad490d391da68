"""Crafted secrets: whatever a wrong token is made of, the answer is 403 and nothing else.

Lone surrogates (``"\\ud800"`` in JSON, which Python decodes to a str that UTF-8 cannot
encode), JSON values that are not strings, invalid UTF-8 in a form or a query, and very long
tokens, on both receivers the backends run (Oki-Toki's ``secret``, MegaFon's ``crm_token``).
"""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from agentdesk.receivers import WebhookReceiver

SECRET = "s3cr3t-ček"
RECEIVERS = [("secret", "/okitoki"), ("crm_token", "/megapbx")]

JSON_TOKENS: list[object] = [
    "\ud800",
    "\udfff",
    "a\ud800b",
    SECRET + "\ud800",
    "\ud800" * 10_000,
    "x" * 60_000,
    "",
    12345,
    1.5,
    True,
    None,
    [SECRET],
    {"secret": SECRET},
]


def receiver_for(param: str, path: str, secret: str = SECRET) -> WebhookReceiver:
    return WebhookReceiver(secret=secret, path=path, secret_param=param)


@pytest.mark.parametrize(("param", "path"), RECEIVERS)
@pytest.mark.parametrize("token", JSON_TOKENS, ids=lambda t: repr(t)[:20])
async def test_a_wrong_json_token_of_any_kind_is_refused_403(
    param: str, path: str, token: object
) -> None:
    # ensure_ascii: a lone surrogate travels as the six characters \ud800, as curl sends it.
    body = json.dumps({"cmd": "event", param: token}, ensure_ascii=True).encode()
    async with receiver_for(param, path) as receiver, httpx.AsyncClient() as client:
        response = await client.post(
            receiver.url, content=body, headers={"Content-Type": "application/json"}
        )
        nothing = await receiver.next_payload(timeout=0.01)
    assert response.status_code == 403, response.text
    assert response.json()["ok"] is False
    assert nothing is None
    assert receiver.figures().wrong_secret == 1


@pytest.mark.parametrize(("param", "path"), RECEIVERS)
async def test_a_token_that_is_not_a_json_string_is_refused_even_when_it_reads_the_same(
    param: str, path: str
) -> None:
    """The secret is text; the number 12345 is not the text "12345"."""
    async with (
        receiver_for(param, path, secret="12345") as receiver,
        httpx.AsyncClient() as client,
    ):
        number = await client.post(receiver.url, json={param: 12345})
        listed = await client.post(receiver.url, json={param: ["12345"]})
        text = await client.post(receiver.url, json={param: "12345"})
    assert (number.status_code, listed.status_code, text.status_code) == (403, 403, 200)


@pytest.mark.parametrize(("param", "path"), RECEIVERS)
@pytest.mark.parametrize(
    "encoded",
    ["%ED%A0%80", "%FF%FE", "%C3", "%00", "%E2%80%AE" + "x" * 20, "%F0%9F%98%80", "x" * 6000],
)
async def test_a_wrong_token_in_a_form_or_a_query_is_refused_403(
    param: str, path: str, encoded: str
) -> None:
    async with receiver_for(param, path) as receiver, httpx.AsyncClient() as client:
        form = await client.post(
            receiver.url,
            content=f"cmd=event&{param}={encoded}".encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        cp1251 = await client.post(
            receiver.url,
            content=f"{param}={encoded}".encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=cp1251"},
        )
        query = await client.get(f"{receiver.url}?cmd=event&{param}={encoded}")
        query_and_body = await client.post(
            f"{receiver.url}?{param}={encoded}", json={param: SECRET, "cmd": "event"}
        )
        nothing = await receiver.next_payload(timeout=0.01)
    statuses = [r.status_code for r in (form, cp1251, query, query_and_body)]
    assert statuses == [403, 403, 403, 403]
    assert nothing is None


@pytest.mark.parametrize(("param", "path"), RECEIVERS)
async def test_raw_bytes_in_the_query_string_are_refused_by_the_parser_without_a_traceback(
    param: str, path: str
) -> None:
    """Bytes a client library would have escaped, sent as they are over a socket: not HTTP
    (a request target is ASCII), so aiohttp's parser answers 400 before any handler runs; the
    receiver counts it as unreadable and logs no error."""
    async with receiver_for(param, path) as receiver:
        reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
        writer.write(
            f"GET {path}?{param}=".encode()
            + b"\xed\xa0\x80\xff"
            + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        answer = await reader.read()
        writer.close()
        figures = receiver.figures()
    assert answer.split(b" ", 2)[1] == b"400", answer[:80]
    assert (figures.unreadable, figures.accepted) == (1, 0)


async def test_a_lone_surrogate_elsewhere_is_passed_on_as_a_replacement_character() -> None:
    """Text that cannot be written as UTF-8 would break whatever later logs, stores or shows
    it; the receiver hands on U+FFFD in its place."""
    body = json.dumps({"secret": SECRET, "contact_name": "Pe\ud800tr", "n": ["\udfff"]})
    async with WebhookReceiver(secret=SECRET) as receiver, httpx.AsyncClient() as client:
        response = await client.post(
            receiver.url, content=body, headers={"Content-Type": "application/json"}
        )
        payload = await receiver.next_payload(timeout=2)
    assert response.status_code == 200
    assert payload == {"contact_name": "Pe\ufffdtr", "n": '["\ufffd"]'}
    assert payload is not None
    for value in payload.values():
        value.encode()  # raises if a surrogate got through


async def test_a_form_in_another_charset_is_read_in_that_charset() -> None:
    """Percent-escapes in a form stand for bytes of the declared charset (cp1251: И = %C8)."""
    body = "secret=%EF%E0%F0%EE%EB%FC&contact_name=%C8%E2%E0%ED"
    async with WebhookReceiver(secret="пароль") as receiver, httpx.AsyncClient() as client:
        response = await client.post(
            receiver.url,
            content=body.encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=cp1251"},
        )
        payload = await receiver.next_payload(timeout=2)
    assert response.status_code == 200
    assert payload == {"contact_name": "Иван"}
