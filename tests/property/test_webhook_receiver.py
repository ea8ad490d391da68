"""The webhook receiver under arbitrary requests: it answers 2xx or 4xx, never 500, and its
callback sees only well-formed payloads (text to text, the secret taken out)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from hypothesis import example, given
from hypothesis import strategies as st

from agentdesk.receivers import WebhookReceiver
from agentdesk.receivers.webhook import Answer, Payload
from tests.property.strategies import FUZZ, as_json_text, json_values, words

SECRET = "s3cr3t-ček"
MAX_BODY = 512
FIELDS = st.dictionaries(
    st.sampled_from(["secret", "event", "session_id", "cmd", "crm_token"]) | st.text(max_size=8),
    st.sampled_from([SECRET, "wrong"]) | words | st.text(max_size=12),
    max_size=5,
)
# JSON may carry what a form cannot: lone surrogates ("\\ud800") and secrets that are not text.
_ODD_TEXT = st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3) | st.text(
    max_size=6
).map(lambda t: t + "\ud800")
JSON_FIELDS = st.fixed_dictionaries(
    {"secret": st.sampled_from([SECRET, "wrong"]) | _ODD_TEXT | json_values},
    optional={"event": _ODD_TEXT | json_values, "crm_token": _ODD_TEXT},
)
CONTENT_TYPES = st.sampled_from(
    ["application/json", "text/json", "application/x-www-form-urlencoded", "text/plain",
     "multipart/form-data; boundary=x", "application/json; charset=utf-16",
     "application/x-www-form-urlencoded; charset=cp1251", "application/json; charset=nonsense",
     "application/json; charset=base64", ""]
)  # fmt: skip


def _bodies() -> st.SearchStrategy[bytes]:
    with_secret = st.builds(lambda d: {**d, "secret": SECRET}, st.dictionaries(
        st.text(max_size=8), json_values, max_size=4))  # fmt: skip
    json_text = as_json_text(json_values | FIELDS | JSON_FIELDS | with_secret)
    form_text = FIELDS.map(lambda d: str(httpx.QueryParams(d)))
    return (
        json_text.map(str.encode)
        | form_text.map(str.encode)
        | st.binary(max_size=64)
        | st.integers(min_value=MAX_BODY - 2, max_value=MAX_BODY * 3).map(lambda n: b"a=" * n)
    )


REQUESTS = st.fixed_dictionaries(
    {
        "method": st.sampled_from(["GET", "POST", "POST", "POST", "PUT", "DELETE"]),
        "path": st.sampled_from(["/okitoki", "/okitoki", "/other", "/okitoki/x"]),
        "query": FIELDS | st.builds(lambda d: {**d, "secret": SECRET}, FIELDS),
        "content_type": CONTENT_TYPES,
        "body": _bodies(),
    }
)


def test_any_request_is_answered_without_a_server_error() -> None:
    seen: list[Payload] = []

    def on_payload(payload: Payload) -> Answer:
        seen.append(payload)
        return None

    receiver = WebhookReceiver(secret=SECRET, max_body=MAX_BODY, on_payload=on_payload)
    with asyncio.Runner() as runner:
        runner.run(receiver.start())
        client = httpx.AsyncClient(base_url=receiver.url.removesuffix("/okitoki"))
        try:

            @FUZZ
            @given(REQUESTS)
            @example(  # issue 14: a lone surrogate as the secret made a 500 and a traceback
                {
                    "method": "POST",
                    "path": "/okitoki",
                    "query": {},
                    "content_type": "application/json",
                    "body": b'{"secret": "\\ud800", "event": 1}',
                }
            )
            def one_request(request: dict[str, Any]) -> None:
                headers = (
                    {"Content-Type": request["content_type"]} if request["content_type"] else {}
                )
                before = len(seen)
                response = runner.run(
                    client.request(
                        request["method"],
                        request["path"],
                        params=request["query"],
                        content=request["body"] if request["method"] != "GET" else None,
                        headers=headers,
                    )
                )
                assert response.status_code < 500, response.text
                accepted = response.status_code == 200
                assert len(seen) == before + accepted
                if accepted:
                    payload = seen[-1]
                    assert all(
                        isinstance(k, str) and isinstance(v, str) for k, v in payload.items()
                    )
                    # No lone surrogate is passed on: every text has a UTF-8 form.
                    "".join([*payload, *payload.values()]).encode()
                    assert "secret" not in payload
                else:
                    assert response.status_code in (400, 403, 404, 405, 413, 415)
                    if response.status_code in (400, 403, 415):  # the receiver's own refusals
                        assert json.loads(response.text)["ok"] is False

            one_request()
            assert seen, "no request was accepted: the strategy misses the good case"
        finally:
            runner.run(client.aclose())
            runner.run(receiver.stop())
