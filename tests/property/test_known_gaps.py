"""Crashes the property tests found in the wires, the receiver and the MegaFon backend,
kept as regression tests now that they are fixed.

Python's ``json`` raises ValueError (not JSONDecodeError) for an integer of more than 4300
digits and RecursionError for nesting thousands deep: the wires answer MalformedResponseError
and the receiver 400.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.backends.megapbx.backend import MegaPbxBackend
from agentdesk.backends.okitoki.backend import OkiTokiBackend
from agentdesk.backends.ucontact.backend import UContactBackend
from agentdesk.core import AgentDeskError, MalformedResponseError
from agentdesk.receivers import WebhookReceiver

HUGE_INT = b'{"status": 1, "result": ' + b"9" * 5000 + b"}"
DEEP = b"[" * 5_000  # deeper than the recursion limit, smaller than max_body
UNREADABLE = pytest.mark.parametrize("body", [HUGE_INT, DEEP], ids=["huge-int", "deep"])


def _json(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(
        lambda _: httpx.Response(200, headers={"Content-Type": "application/json"}, content=body)
    )


async def _typed_only(
    backend: DaktelaBackend | OkiTokiBackend | UContactBackend | MegaPbxBackend,
) -> None:
    try:
        await backend.queue_figures() if not isinstance(
            backend, MegaPbxBackend
        ) else await backend.status()
    except MalformedResponseError:
        pass
    except AgentDeskError as exc:
        pytest.fail(f"not read as malformed: {exc!r}")
    finally:
        await backend.aclose()


@UNREADABLE
async def test_daktela_wire(body: bytes) -> None:
    await _typed_only(
        DaktelaBackend(base_url="https://a.test", login="j", secret="t", transport=_json(body))
    )


@UNREADABLE
async def test_okitoki_wire(body: bytes) -> None:
    await _typed_only(
        OkiTokiBackend(base_url="https://a.test", user_id="7", api_token="t", transport=_json(body))
    )


@UNREADABLE
async def test_ucontact_wire(body: bytes) -> None:
    await _typed_only(
        UContactBackend(
            base_url="https://a.test",
            agent="j",
            secret="s",
            auth="token",
            phone="SIP/1",
            campaign="C<-",
            transport=_json(body),
        )
    )


@UNREADABLE
async def test_megapbx_wire(body: bytes) -> None:
    await _typed_only(
        MegaPbxBackend(base_url="https://a.test", login="j", api_key="k", transport=_json(body))
    )


@pytest.mark.allow_error_logs  # aiohttp logs the handler's exception
@UNREADABLE
async def test_webhook_receiver(body: bytes) -> None:
    async with WebhookReceiver(secret="s") as receiver, httpx.AsyncClient() as client:
        response = await client.post(
            receiver.url_with_secret(), content=body, headers={"Content-Type": "application/json"}
        )
    assert response.status_code == 400


@pytest.mark.parametrize("mark", ["inf", "1e400"])
def test_megapbx_rating_webhook(mark: str) -> None:
    async def run() -> None:
        backend = MegaPbxBackend(
            base_url="https://a.test", login="jan", api_key="k", crm_token="t", listen_port=0
        )
        try:
            backend._on_webhook({"cmd": "rating", "user": "jan", "callid": "c1", "rating": mark})
            backend._on_webhook(
                {"cmd": "history", "user": "jan", "callid": "c2", "start": "20260102T100000Z",
                 "duration": mark}
            )  # fmt: skip
        finally:
            await backend.aclose()

    asyncio.run(run())


async def test_megapbx_history_row_at_the_end_of_time() -> None:
    rows = {
        "items": [
            {"uid": "u1", "start": "9999-12-31T23:59:59Z", "user": "jan", "client": "79101234567",
             "duration": "95", "wait": "5"}
        ]
    }  # fmt: skip

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/dnd"):
            return httpx.Response(200, json={"state": False})
        if request.url.path.endswith("/users/jan"):
            return httpx.Response(200, json={"login": "jan"})
        return httpx.Response(200, json=rows)

    backend = MegaPbxBackend(
        base_url="https://a.test",
        login="jan",
        api_key="k",
        crm_token="t",
        listen_port=0,
        transport=httpx.MockTransport(answer),
    )
    try:
        backend._on_webhook({"cmd": "event", "user": "jan", "type": "INCOMING", "callid": "c1",
                             "phone": "79101234567"})  # fmt: skip
        await backend._poll()
    except AgentDeskError:
        pass
    finally:
        await backend.aclose()
