"""Oki-Toki's wire: ``{company}.oki-toki.net/api/v1/{path}`` with the user's ``api_token``.

The document: "Authorization by user api token. The request must necessarily contain a
variable api_token containing the user token", in a GET or a POST. Reads are GETs (the
reports, ``contacts`` and ``record/{session_id}`` are documented as GET only); writes are POSTs
with the parameters, token included, as a form, which keeps the token out of the access logs
of every proxy on the way.

Refusals are HTTP status codes (the guide, "API request error codes"), each "accompanied by a
code and a message". Our mapping:

- 401 "a nonexistent object or your token is incorrect" → AuthenticationError: retrying
  cannot help, and for the agent both mean the profile (token or user number) is wrong;
- 403 "understood the request but refuses access: you may not have the rights" →
  VendorError: the token is good, its user lacks a right; asking for the token again would
  mislead;
- 404, 405, 422 and any other 4xx → VendorError with the server's message;
- 429 "exceeding the request limit" → TransientError with ``Retry-After`` and the limit
  (``X-RateLimit-Limit``) when the server sends them;
- 500 and other 5xx → TransientError.

The shape of the message is not documented. We read it from a JSON object's ``message``, else
its ``error`` (text, or an object with ``message``), else a Laravel-style ``errors`` object
(field → list of texts; the documented links are Scribe anchors of a Laravel API), else the
body's text. A 200 answer whose JSON says ``"status": "error"`` or ``"success": false`` is a
refusal too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import httpx

from agentdesk.backends import http
from agentdesk.backends.http import TransportErrors, transport_error
from agentdesk.core import (
    AuthenticationError,
    VendorError,
)

API_PREFIX: Final = "/api/v1/"
TIMEOUT: Final = httpx.Timeout(10.0, read=30.0)  # reports over a month take a while
MAX_MESSAGE: Final = 300
REFUSED_STATUSES: Final = frozenset({"error", "fail", "failed"})

Params = Mapping[str, str]


class OkiTokiWire:
    """One client on one company's API."""

    def __init__(
        self, *, base_url: str, token: str, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._token = token
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/") + API_PREFIX, timeout=TIMEOUT, transport=transport
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get(self, path: str, params: Params) -> Any:
        """A GET answered with JSON."""
        return _json(path, await self._send("GET", path, params))

    async def post(self, path: str, params: Params) -> Any:
        """A POST (form) answered with JSON."""
        return _json(path, await self._send("POST", path, params))

    async def get_bytes(self, path: str, params: Params) -> tuple[bytes, str]:
        """A GET answered with data (CSV, audio): the bytes and their media type."""
        response = await self._send("GET", path, params)
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type == "application/json":
            _json(path, response)  # a refusal dressed as 200
        return response.content, content_type

    async def _send(self, method: str, path: str, params: Params) -> httpx.Response:
        signed = {"api_token": self._token, **params}
        try:
            if method == "GET":
                response = await self._client.get(path, params=signed)
            else:
                response = await self._client.post(path, data=signed)
        except TransportErrors as exc:
            raise transport_error("Oki-Toki", exc) from None
        if response.is_success:
            return response
        raise refusal(path, response)


def refusal(path: str, response: httpx.Response) -> Exception:
    """The typed error for an HTTP refusal, carrying the server's own message."""
    code = response.status_code
    message = vendor_message(response) or f"HTTP {code}"
    if code == 401:
        return AuthenticationError(
            f"Oki-Toki refused the API token or the user number: {message}",
            vendor_message=message,
        )
    limit = response.headers.get("X-RateLimit-Limit")
    limit_note = f" (limit {limit} requests)" if limit else ""
    return http.refusal("Oki-Toki", path, response, message, limit_note=limit_note)


def vendor_message(response: httpx.Response) -> str | None:
    try:
        body = response.json()
    except http.NotJson:
        text = response.text.strip()
        return text[:MAX_MESSAGE] or None
    return message_of(body)


def message_of(body: object) -> str | None:
    if isinstance(body, str):
        return body.strip()[:MAX_MESSAGE] or None
    if not isinstance(body, dict):
        return None
    for key in ("message", "error", "msg"):
        value = body.get(key)
        if isinstance(value, dict):
            value = value.get("message")
        if isinstance(value, str) and value.strip():
            message = value.strip()
            break
    else:
        message = ""
    errors = body.get("errors")
    if isinstance(errors, dict):
        details = [
            str(text)
            for texts in errors.values()
            for text in (texts if isinstance(texts, list) else [texts])
        ]
        message = " ".join(p for p in [message, *details] if p)
    return message[:MAX_MESSAGE] or None


def _json(path: str, response: httpx.Response) -> Any:
    body = http.json_answer(response, whose="Oki-Toki's", action=path)
    if isinstance(body, dict) and (
        str(body.get("status", "")).lower() in REFUSED_STATUSES or body.get("success") is False
    ):
        raise VendorError(message_of(body) or f"{path} failed", action=path)
    return body
