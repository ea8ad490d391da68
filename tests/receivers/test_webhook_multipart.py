"""``multipart/form-data`` bodies at the webhook receiver, over real loopback HTTP: MegaFon's
document says its PBX posts history and event so (section 2). Bodies come from httpx's and
aiohttp's own multipart writers (not our reading of the format) and, for what a hostile or
broken sender makes, by hand. Every refusal is a 4xx, counted, with no traceback (the suite
fails on an error log)."""

# Cyrillic names are the point of several checks here.
# ruff: noqa: RUF001

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import httpx
import pytest

from agentdesk.backends.okitoki.backend import OkiTokiBackend
from agentdesk.receivers import WebhookReceiver
from agentdesk.receivers.multipart import MAX_PARTS
from agentdesk.receivers.webhook import Payload

TOKEN = "76fsd7tfs-fhjdgfdjsfsk-hfgsdguuuwoeiwey1111"
BOUNDARY = "----AgentDeskTestBoundary7MA4YWxkTrZu0gW"
EVENT = {
    "cmd": "event",
    "type": "INCOMING",
    "phone": "79101234567",
    "user": "ivanova",
    "groupRealName": "Отдел продаж",
    "callid": "B10D0EB124F4E64AF4EA-1511",
}


def pbx_receiver(**options: object) -> WebhookReceiver:
    """A receiver as MegaFon's backend makes it."""
    return WebhookReceiver(
        secret=TOKEN, secret_param="crm_token", path="/megapbx", multipart=True, **options
    )


def part(name: str, value: bytes, *headers: str) -> bytes:
    head = "\r\n".join([f'Content-Disposition: form-data; name="{name}"', *headers])
    return f"--{BOUNDARY}\r\n{head}\r\n\r\n".encode() + value + b"\r\n"


def body(*parts: bytes, close: bool = True) -> bytes:
    return b"".join(parts) + (f"--{BOUNDARY}--\r\n".encode() if close else b"")


def signed(*parts: bytes) -> bytes:
    """``parts``, then the right token, then the closing delimiter."""
    return body(*parts, part("crm_token", TOKEN.encode()))


def with_token(fields: dict[str, str] = EVENT) -> bytes:
    return body(*(part(k, v.encode()) for k, v in {**fields, "crm_token": TOKEN}.items()))


async def post(
    receiver: WebhookReceiver, content: bytes, content_type: str | None = None
) -> httpx.Response:
    kind = content_type or f"multipart/form-data; boundary={BOUNDARY}"
    async with httpx.AsyncClient() as client:
        return await client.post(receiver.url, content=content, headers={"Content-Type": kind})


# -- what is passed on ----------------------------------------------------------------------


async def test_an_httpx_multipart_body_is_passed_on_like_a_form_and_files_are_not() -> None:
    async with pbx_receiver() as receiver, httpx.AsyncClient() as client:
        response = await client.post(
            receiver.url,
            data={**EVENT, "crm_token": TOKEN},
            files={"record": ("call.mp3", b"ID3\x00\xff" * 100, "audio/mpeg")},
        )
        payload = await receiver.next_payload(timeout=2)
    assert response.status_code == 200
    assert response.json() == {"ok": True}
    assert payload == EVENT  # the token taken out, the file part passed over
    assert (receiver.received, receiver.refused) == (1, 0)


async def test_an_aiohttp_multipart_body_is_passed_on() -> None:
    fields = aiohttp.FormData(default_to_multipart=True)
    for name, value in {**EVENT, "crm_token": TOKEN}.items():
        fields.add_field(name, value)
    async with pbx_receiver() as receiver, aiohttp.ClientSession() as session:
        async with session.post(receiver.url, data=fields) as response:
            status = response.status
        payload = await receiver.next_payload(timeout=2)
    assert status == 200
    assert payload == EVENT


async def test_parts_in_their_own_charset_an_extended_name_a_preamble_and_folding() -> None:
    content = b"a preamble that RFC 2046 says to ignore\r\n" + body(
        part("cmd", b"event"),
        part(
            "groupRealName",
            "Отдел продаж".encode("cp1251"),
            "Content-Type: text/plain; charset=windows-1251",
        ),
        f"--{BOUNDARY}\r\nContent-Disposition: form-data;\r\n name*=utf-8''%D0%B8%D0%BC%D1%8F"
        "\r\n\r\nАнна\r\n".encode(),
        part("crm_token", TOKEN.encode()),
        part("user", b"first"),
        part("user", b"ivanova"),  # given twice: the last wins, as in a form
    )
    async with pbx_receiver() as receiver:
        response = await post(receiver, content)
        payload = await receiver.next_payload(timeout=2)
    assert response.status_code == 200
    assert payload == {
        "cmd": "event",
        "groupRealName": "Отдел продаж",
        "имя": "Анна",
        "user": "ivanova",
    }


async def test_the_token_in_a_multipart_body_is_checked_and_counted_as_any_other() -> None:
    async with pbx_receiver() as receiver:
        wrong = await post(receiver, body(part("cmd", b"event"), part("crm_token", b"forged")))
        missing = await post(receiver, body(part("cmd", b"event")))
        empty = await post(receiver, body())  # no part at all: no token either
        right = await post(receiver, with_token())
        figures = receiver.figures()
    assert [r.status_code for r in (wrong, missing, empty, right)] == [403, 403, 403, 200]
    assert (figures.accepted, figures.wrong_secret, figures.refused) == (1, 3, 3)


# -- what is refused --------------------------------------------------------------------------

HOSTILE = {
    "no boundary parameter": (with_token(), "multipart/form-data", 400),
    "an empty boundary": (with_token(), 'multipart/form-data; boundary=""', 400),
    "a boundary longer than RFC 2046 allows": (
        with_token(),
        f"multipart/form-data; boundary={'b' * 71}",
        400,
    ),
    "a boundary the body never opens with": (
        with_token(),
        "multipart/form-data; boundary=another",
        400,
    ),
    "a body cut off in a part": (with_token()[:-40], None, 400),
    "a body without its closing delimiter": (
        body(part("cmd", b"event"), part("crm_token", TOKEN.encode()), close=False),
        None,
        400,
    ),
    "a part without a name": (
        signed(f"--{BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nx\r\n".encode()),
        None,
        400,
    ),
    "a part that is not form-data": (
        signed(f'--{BOUNDARY}\r\nContent-Disposition: attachment; name="a"\r\n\r\nx\r\n'.encode()),
        None,
        400,
    ),
    "a part header without a colon": (
        signed(part("cmd", b"event", "X-Broken header")),
        None,
        400,
    ),
    "a part without the blank line after its headers": (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="cmd"\r\nevent'.encode()
        + f"\r\n--{BOUNDARY}--\r\n".encode(),
        None,
        400,
    ),
    "junk after a boundary": (
        signed().replace(b"\r\n", b"junk\r\n", 1),
        None,
        400,
    ),
    "a part that is not in its charset": (
        signed(part("cmd", b"\xff\xfe", "Content-Type: text/plain; charset=utf-8")),
        None,
        400,
    ),
    "a part in a charset that does not exist": (
        signed(part("cmd", b"x", "Content-Type: text/plain; charset=klingon")),
        None,
        400,
    ),
    "a part in a codec that is not text (punycode raises UnicodeError)": (
        signed(part("cmd", b"a\\x", "Content-Type: text/plain; charset=punycode")),
        None,
        400,
    ),
    "too many tiny parts": (
        body(*(part(f"f{n}", b"") for n in range(MAX_PARTS + 1)), part("crm_token", b"x")),
        None,
        413,
    ),
}


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
async def test_a_broken_or_hostile_multipart_body_is_refused_counted_and_not_passed_on(
    case: str,
) -> None:
    content, content_type, status = HOSTILE[case]
    async with pbx_receiver() as receiver:
        response = await post(receiver, content, content_type)
        nothing = await receiver.next_payload(timeout=0.05)
        figures = receiver.figures()
    assert response.status_code == status, response.text
    assert response.json()["ok"] is False
    assert nothing is None
    assert (figures.accepted, figures.refused) == (0, 1)
    assert (figures.unreadable, figures.too_large) == ((1, 0) if status == 400 else (0, 1))


async def test_a_huge_part_is_refused_as_too_large_with_or_without_a_length() -> None:
    huge = body(part("cmd", b"x" * 70_000), part("crm_token", TOKEN.encode()))

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(huge), 8192):
            yield huge[start : start + 8192]

    async with pbx_receiver() as receiver, httpx.AsyncClient() as client:
        with_length = await post(receiver, huge)
        chunked = await client.post(
            receiver.url,
            content=chunks(),
            headers={"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
        )
        figures = receiver.figures()
    assert (with_length.status_code, chunked.status_code) == (413, 413)
    assert (figures.too_large, figures.accepted) == (2, 0)


async def test_the_part_cap_is_the_receivers_to_set() -> None:
    fields = {f"f{n}": "v" for n in range(5)}
    async with pbx_receiver(max_parts=5) as receiver:
        five = await post(receiver, with_token({k: v for k, v in list(fields.items())[:4]}))
        six = await post(receiver, with_token(fields))
    assert (five.status_code, six.status_code) == (200, 413)


async def test_a_multipart_body_that_stops_coming_is_answered_408() -> None:
    content = with_token()
    head = (
        f"POST /megapbx HTTP/1.1\r\nHost: x\r\nContent-Length: {len(content)}\r\n"
        f"Content-Type: multipart/form-data; boundary={BOUNDARY}\r\n\r\n"
    ).encode()
    async with pbx_receiver(body_timeout=0.3) as receiver:
        reader, writer = await asyncio.open_connection("127.0.0.1", receiver.port)
        writer.write(head + content[:50])  # and no more: the server closes at its limit
        async with asyncio.timeout(10):
            answer = await reader.read()
        writer.close()
        figures = receiver.figures()
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:60]
    assert (figures.timed_out, figures.accepted) == (1, 0)


# -- the other receiver -------------------------------------------------------------------------


async def test_oki_tokis_receiver_still_refuses_multipart_415() -> None:
    """Nothing in Oki-Toki's document says it posts multipart: its receiver is as before."""
    backend = OkiTokiBackend(
        base_url="https://acme.oki-toki.net", user_id="7", api_token="t", webhook_port=0
    )
    try:
        url = await backend.start_receiver()
        async with httpx.AsyncClient() as client:
            response = await client.post(url, data={"event": "ringing"}, files={"f": b"x"})
            form = await client.post(url, data={"event": "ringing"})
    finally:
        await backend.aclose()
    assert (response.status_code, form.status_code) == (415, 200)


@pytest.mark.parametrize("multipart", [False, True])
async def test_a_form_in_a_codec_that_raises_unicode_error_is_400_not_500(
    multipart: bool,
) -> None:
    """Regression: ``charset=punycode`` (or ``idna``) made the receiver answer 500 with a
    traceback in the log: those codecs raise UnicodeError, not UnicodeDecodeError."""
    seen: list[Payload] = []
    async with (
        WebhookReceiver(secret="s", multipart=multipart, on_payload=seen.append) as receiver,
        httpx.AsyncClient() as client,
    ):
        answers = [
            await client.post(
                receiver.url_with_secret(),
                content=content,
                headers={"Content-Type": f"application/x-www-form-urlencoded; charset={codec}"},
            )
            for codec, content in (("punycode", b"a\\x"), ("idna", b"a=%41"))
        ]
        figures = receiver.figures()
    assert [a.status_code for a in answers] == [400, 400]
    assert (figures.unreadable, seen) == (2, [])
