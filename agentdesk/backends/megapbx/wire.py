"""MegaFon Virtual PBX's wire: ``https://{domain}/crmapi/v1/{endpoint}`` with ``X-API-KEY``.

The domain is the profile's URL, never ours to fix: the same platform runs MegaFon's
``*.megapbx.ru`` and white-label PBXs under other names.

Refusals (section 3.3, "Коды ошибок"), each carrying the server's own text:

- 400 "Validation error" (wrong parameters) → VendorError;
- 401 "CRM disabled" (the CRM service is unavailable), "Invalid token" (a wrong key),
  "CRM switched off" (API access is switched off) → AuthenticationError: retrying cannot
  help; the key, or the integration in the PBX's web cabinet, must be put right;
- 405 "Method Not Allowed" and other 4xx → VendorError;
- 429 and 5xx → TransientError.

The document gives the returned values but not the body's shape: we read a JSON object's
``error``/``message``/``detail`` (both when they differ), else the body's text.

Recording links (``record`` in the history, ``link`` in the ``history`` webhook) are fetched
as public integrations do, with the same ``X-API-KEY``, but only from the profile's own
origin: its scheme, host and port (https, unless the profile itself is http, as a simulator
on loopback is). A link anywhere else, a sibling under the parent domain included (on the
same platform that is another company's PBX), another port, or plain http for an https
profile, is fetched without the key; redirects are never followed with it. A refusal from
elsewhere is that storage's (VendorError), never "the PBX refused the API key".
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, Final
from urllib.parse import SplitResult, urlsplit

import httpx

from agentdesk.backends import http
from agentdesk.backends.audio_type import media_type
from agentdesk.backends.http import TransportErrors, transport_error
from agentdesk.core import (
    AuthenticationError,
    ConfigurationError,
    VendorError,
)

API_PREFIX: Final = "/crmapi/v1/"
TIMEOUT: Final = httpx.Timeout(10.0, read=30.0)
RECORD_TIMEOUT: Final = httpx.Timeout(10.0, read=60.0)
MAX_MESSAGE: Final = 300
DEFAULT_PORTS: Final[Mapping[str, int]] = {"http": 80, "https": 443}
# What each documented 401 text means for the agent.
AUTH_TEXTS: Final[Mapping[str, str]] = {
    "crm disabled": "the PBX's CRM service is not available",
    "invalid token": "the PBX refused the API key",
    "crm switched off": "API access is switched off in the PBX's integration settings",
}

# What a PBX without an endpoint answers for it: 404, or 3.3's 405 "Method Not Allowed".
MISSING_STATUSES: Final = frozenset({404, 405})

Params = Mapping[str, str]


class Missing(Enum):
    """The type of :data:`MISSING`."""

    ENDPOINT = "missing"


MISSING: Final = Missing.ENDPOINT
"""What :meth:`MegaPbxWire.get_unless_missing` returns for an endpoint the PBX lacks."""


def api_base(url: str) -> str:
    """The profile's ``https://{domain}`` (with or without ``/crmapi/v1``) as the API's base."""
    text = url.strip().rstrip("/")
    if not text.startswith(("http://", "https://")) or not urlsplit(text).hostname:
        raise ConfigurationError(
            f"the PBX's URL must look like https://yourcompany.megapbx.ru, got {url!r}"
        )
    if text.endswith(API_PREFIX.rstrip("/")):
        text = text[: -len(API_PREFIX.rstrip("/"))]
    return text + API_PREFIX


class MegaPbxWire:
    """One client on one PBX's ``crmapi/v1``."""

    def __init__(
        self, *, base_url: str, api_key: str, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.base_url = api_base(base_url)
        self._key = api_key
        self._client = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=TIMEOUT,
            transport=transport,
            headers={"X-API-KEY": api_key},
        )
        # Recordings may live on another host: a client without the key, used for those.
        self._bare = httpx.AsyncClient(timeout=RECORD_TIMEOUT, transport=transport)

    async def aclose(self) -> None:
        await self._client.aclose()
        await self._bare.aclose()

    async def get(self, path: str, params: Params | None = None) -> Any:
        """A GET answered with JSON."""
        return _json(path, await self.send("GET", path, params=params))

    async def get_unless_missing(self, path: str, params: Params | None = None) -> Missing | Any:
        """A GET of an endpoint that a PBX may not have: :data:`MISSING` when it answers 404
        or 405 (3.3's "the method is not supported": an older or white-label PBX without
        it), else as :meth:`get`."""
        response = await self.send("GET", path, params=params, accept=MISSING_STATUSES)
        return MISSING if response.status_code in MISSING_STATUSES else _json(path, response)

    async def send(
        self,
        method: str,
        path: str,
        *,
        params: Params | None = None,
        body: Mapping[str, object] | None = None,
        accept: frozenset[int] = frozenset(),
    ) -> httpx.Response:
        """One request; a refusal raises, unless its status is in ``accept``. ``body`` is sent
        as JSON, as the examples are."""
        try:
            response = await self._client.request(
                method, path, params=dict(params) if params else None, json=body
            )
        except TransportErrors as exc:
            raise transport_error("the PBX", exc) from None
        if response.is_success or response.status_code in accept:
            return response
        raise refusal(path, response)

    async def fetch_record(self, url: str) -> tuple[bytes, str]:
        """A recording link's bytes and media type."""
        trusted = self._trusts(url)
        client = self._client if trusted else self._bare
        try:
            response = await client.get(url, timeout=RECORD_TIMEOUT, follow_redirects=False)
            if response.is_redirect and "Location" in response.headers:
                target = str(response.url.join(response.headers["Location"]))
                response = await self._bare.get(target, follow_redirects=True)
                trusted = False
        except TransportErrors as exc:
            raise transport_error("the PBX's recording storage", exc) from None
        if not response.is_success:
            if trusted:
                raise refusal("record", response)
            # Not our key refused (it was not sent): the storage's answer, as it is.
            message = vendor_message(response) or f"HTTP {response.status_code}"
            if response.status_code == 429 or response.status_code >= 500:
                raise refusal("record", response)
            raise VendorError(
                f"the recording storage at {response.url.host} refused: {message}",
                action="record",
            )
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        return response.content, media_type(content_type, response.content)

    def _trusts(self, url: str) -> bool:
        """Whether ``url`` is on the profile's own origin: the one place the key may go."""
        ours, theirs = _origin(urlsplit(self.base_url)), _origin(urlsplit(url))
        return theirs is not None and theirs == ours


def _origin(parts: SplitResult) -> tuple[str, str, int] | None:
    """Scheme, host and port (the scheme's default when not written); None for a link that
    has no host or an unreadable port."""
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host:
        return None
    try:
        port = parts.port
    except ValueError:  # out of range or not a number
        return None
    return scheme, host, port or DEFAULT_PORTS[scheme]


def refusal(path: str, response: httpx.Response) -> Exception:
    """The typed error for an HTTP refusal, carrying the server's own text."""
    code = response.status_code
    message = vendor_message(response) or f"HTTP {code}"
    if code == 401:
        meaning = next(
            (m for text, m in AUTH_TEXTS.items() if text in message.lower()),
            "the PBX refused the API key",
        )
        return AuthenticationError(f"{meaning}: {message}", vendor_message=message)
    return http.refusal("the PBX", path, response, message)


def vendor_message(response: httpx.Response) -> str | None:
    try:
        body = response.json()
    except http.NotJson:
        return response.text.strip()[:MAX_MESSAGE] or None
    if isinstance(body, str):
        return body.strip()[:MAX_MESSAGE] or None
    if not isinstance(body, dict):
        return None
    parts: list[str] = []
    for key in ("error", "message", "detail"):
        value = body.get(key)
        if isinstance(value, str) and value.strip() and value.strip() not in parts:
            parts.append(value.strip())
    if not parts:
        return None
    first, *rest = parts
    text = f"{first} ({'; '.join(rest)})" if rest else first
    return text[:MAX_MESSAGE]


def _json(path: str, response: httpx.Response) -> Any:
    if response.status_code == 204 or not response.content:
        return None
    return http.json_answer(response, whose="the PBX's", action=path)
