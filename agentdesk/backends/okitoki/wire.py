"""Oki-Toki's wire: ``{company}.oki-toki.net/api/v1/{path}`` with the user's ``api_token``.

The document: "Authorization by user api token. The request must necessarily contain a
variable api_token containing the user token", in a GET or a POST. Reads are GETs (the
reports, ``contacts`` and ``record/{session_id}`` are documented as GET only); writes are POSTs
with the parameters, token included, as a form, which keeps the token out of the access logs
of every proxy on the way.

Refusals are HTTP status codes (the guide, "API request error codes"), each "accompanied by a
code and a message". Our mapping:

- 401 "the request specifies an nonexistent object or your token is incorrect": for a
  request that names no object (the reports, ``contacts``), AuthenticationError; for one
  that names a call, a recording, a user or a dialer, a check of the token tells which
  (:mod:`~agentdesk.backends.okitoki.token_check`): AuthenticationError when the token is
  refused there too, else UnknownObjectError naming the object (a wrap-up for a call
  Oki-Toki does not know is refused for good, a missing recording is said to be missing);
- 404 to a request whose path names the object (``record/{session_id}``) → UnknownObjectError
  too ("in the URL-link there are errors": the object the link names is not there), with the
  same words for the agent; a 404 elsewhere is a VendorError with the server's words;
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
from agentdesk.backends.okitoki.token_check import TokenCheck
from agentdesk.core import (
    AuthenticationError,
    UnknownObjectError,
    VendorError,
)

API_PREFIX: Final = "/api/v1/"
TIMEOUT: Final = httpx.Timeout(10.0, read=30.0)  # reports over a month take a while
MAX_MESSAGE: Final = 300
REFUSED_STATUSES: Final = frozenset({"error", "fail", "failed"})
# The token check: names no object, needs only a valid token, and is what the backend's
# watch reads anyway.
CHECK_PATH: Final = "reports/acd/calls-log"
CHECK_PARAMS: Final = {"date_range": "last_hour"}

Params = Mapping[str, str]


class OkiTokiWire:
    """One client on one company's API.

    ``names`` of a request: what it names that Oki-Toki may not know, in English (``"call
    4001"``, ``"user 12 or dialer 3"``); None for a request that names nothing (see the
    module docstring for what a 401 then means). ``in_path``: the path itself names it."""

    def __init__(
        self, *, base_url: str, token: str, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self._token = token
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/") + API_PREFIX, timeout=TIMEOUT, transport=transport
        )
        self.token_check = TokenCheck(self._check_token)

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get(self, path: str, params: Params, *, names: str | None = None) -> Any:
        """A GET answered with JSON."""
        return _json(path, await self._send("GET", path, params, names))

    async def post(self, path: str, params: Params, *, names: str | None = None) -> Any:
        """A POST (form) answered with JSON."""
        return _json(path, await self._send("POST", path, params, names))

    async def get_bytes(
        self, path: str, params: Params, *, names: str | None = None, in_path: bool = False
    ) -> tuple[bytes, str]:
        """A GET answered with data (CSV, audio): the bytes and their media type."""
        response = await self._send("GET", path, params, names, in_path=in_path)
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type == "application/json":
            _json(path, response)  # a refusal dressed as 200
        return response.content, content_type

    async def _send(
        self,
        method: str,
        path: str,
        params: Params,
        names: str | None = None,
        *,
        in_path: bool = False,
    ) -> httpx.Response:
        signed = {"api_token": self._token, **params}
        try:
            if method == "GET":
                response = await self._client.get(path, params=signed)
            else:
                response = await self._client.post(path, data=signed)
        except TransportErrors as exc:
            raise transport_error("Oki-Toki", exc) from None
        if response.is_success:
            self.token_check.vouch()
            return response
        if names is not None and await self._names_unknown(response.status_code, in_path):
            raise unknown_object(names, path, response)
        raise refusal(path, response)

    async def _names_unknown(self, code: int, in_path: bool) -> bool:
        """Whether a refusal of a request that names an object means Oki-Toki knows no such
        object: a 401 while the token is good, or a 404 when the path names it."""
        return (code == 404 and in_path) or (code == 401 and await self.token_check.good())

    async def _check_token(self) -> None:
        """The token check's request: returns when the token passed, AuthenticationError
        when it was refused."""
        try:
            await self._send("GET", CHECK_PATH, CHECK_PARAMS)
        except VendorError:  # 403 (a right is missing), 404...: the token itself passed
            return


def refusal(path: str, response: httpx.Response) -> Exception:
    """The typed error for an HTTP refusal, carrying the server's own message."""
    code = response.status_code
    message = vendor_message(response) or f"HTTP {code}"
    if code == 401:
        return AuthenticationError(
            f"Oki-Toki refused the API token: {message}",
            vendor_message=message,
        )
    limit = response.headers.get("X-RateLimit-Limit")
    limit_note = f" (limit {limit} requests)" if limit else ""
    return http.refusal("Oki-Toki", path, response, message, limit_note=limit_note)


def unknown_object(names: str, path: str, response: httpx.Response) -> UnknownObjectError:
    """Ours for a refusal that means Oki-Toki does not know ``names``."""
    message = vendor_message(response) or f"HTTP {response.status_code}"
    return UnknownObjectError(names, f"Oki-Toki has no {names} ({message})", action=path)


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
