"""Daktela's wire: ``/api/{version}/{Action}/json?access_token=...``, answers and refusals.

Daktela answers every request with HTTP 200 and ``{"status": 1|0, "error": ..., "result": ...}``;
a refusal is ``status: 0`` with the reason in ``error``, often in Czech, which we pass on as
the vendor's own words. ``GetRecording`` alone answers bytes (and JSON when it refuses).

Every action goes out under the profile's API version, the newest the installation serves;
an action whose "Requirement version" (:mod:`agentdesk.backends.daktela.versions`) is newer
than that is refused here with NotSupportedError, never sent. ``GetStatuses`` is always
called under 3.8, because 4.0 documents another action of that name (the autodialer's
"statuses for checking numbers") and only the version tells the two apart.

The document does not say how Daktela answers an action its version does not know: with its
usual refusal (HTTP 200, ``status: 0``), which passes on as the vendor's words, or with HTTP
404, which becomes a ConfigurationError naming the action, the version and the profile's
``api_version``: retrying cannot help, mending the profile can.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

import httpx

from agentdesk.backends.audio_type import media_type
from agentdesk.backends.daktela.versions import newer_than, version_tuple
from agentdesk.backends.http import (
    TransportErrors,
    json_answer,
    parse_retry_after,
    transport_error,
)
from agentdesk.core import (
    AuthenticationError,
    ConfigurationError,
    MalformedResponseError,
    NotSupportedError,
    TransientError,
    VendorError,
)

# The document's answer to a wrong access token (GetUser: "Error state when access token is
# wrong"); the same words answer an unknown user, which for the agent is the same problem.
AUTH_ERRORS = frozenset({"Uživatel neexistuje"})

# The document asks clients of the hash long-poll to wait at least 70 s for an answer.
LONG_POLL_TIMEOUT = httpx.Timeout(10.0, read=75.0)
COMMAND_TIMEOUT = httpx.Timeout(10.0)
# Actions whose name means something else in later versions (see the module docstring).
PINNED_VERSIONS: Final[Mapping[str, str]] = {"GetStatuses": "3.8"}


class DaktelaWire:
    """Two clients on one Daktela API: one for commands, one for the long-poll."""

    def __init__(
        self,
        *,
        base_url: str,
        token: str,
        api_version: str,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.api_version = api_version
        self.version = version_tuple(api_version)
        self._token = token
        base = f"{base_url.rstrip('/')}/api/"
        # The long-poll gets its own client so that cancelling it never poisons the pool that
        # commands use (httpx #1461).
        self._commands = httpx.AsyncClient(
            base_url=base, timeout=COMMAND_TIMEOUT, transport=transport
        )
        self._poll = httpx.AsyncClient(
            base_url=base, timeout=LONG_POLL_TIMEOUT, transport=transport
        )

    async def aclose(self) -> None:
        await self._poll.aclose()
        await self._commands.aclose()

    def path(self, action: str) -> str:
        return f"{self.version_of(action)}/{action}/json"

    def version_of(self, action: str) -> str:
        """The API version ``action`` goes out under."""
        return PINNED_VERSIONS.get(action, self.api_version)

    async def call(
        self, action: str, params: Mapping[str, str | list[str]], *, long_poll: bool = False
    ) -> Any:
        """``action``'s ``result``; typed errors with the vendor's words when it refuses."""
        response = await self._get(action, params, self._poll if long_poll else self._commands)
        return self._result(action, response)

    async def download(
        self, action: str, params: Mapping[str, str | list[str]]
    ) -> tuple[bytes, str]:
        """An action that answers bytes when it agrees and the usual JSON when it refuses."""
        response = await self._get(action, params, self._commands)
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type in ("application/json", "text/json") or response.content[:1] == b"{":
            self._result(action, response)  # raises the vendor's refusal
            raise MalformedResponseError(f"Daktela's {action} answered no data", action=action)
        return response.content, media_type(content_type, response.content)

    async def _get(
        self, action: str, params: Mapping[str, str | list[str]], client: httpx.AsyncClient
    ) -> httpx.Response:
        newer = newer_than(action, self.api_version)
        if newer is not None:
            raise NotSupportedError(str(newer), reason=newer)
        try:
            response = await client.get(
                self.path(action), params={"access_token": self._token, **params}
            )
        except TransportErrors as exc:
            raise transport_error("Daktela", exc) from None
        if response.status_code == 429 or response.status_code >= 500:
            raise TransientError(
                f"Daktela answered HTTP {response.status_code}",
                retry_after=parse_retry_after(response.headers.get("Retry-After")),
            )
        if response.status_code in (401, 403):
            raise AuthenticationError(
                f"Daktela refused the access token (HTTP {response.status_code})"
            )
        if response.status_code == 404:
            raise ConfigurationError(
                f"Daktela answered HTTP 404 to {action} under API {self.version_of(action)}: check "
                f"the URL, and that the profile's api_version ({self.api_version}) is not newer "
                "than your Daktela's"
            )
        if response.status_code != 200:
            raise VendorError(f"HTTP {response.status_code} for {action}", action=action)
        return response

    def _result(self, action: str, response: httpx.Response) -> Any:
        body = json_answer(response, whose="Daktela's", action=action)
        if not isinstance(body, dict) or "status" not in body:
            raise MalformedResponseError(
                f"Daktela's answer to {action} has no status", action=action
            )
        if str(body["status"]) != "1":
            error = str(body.get("error") or "unknown error")
            if error in AUTH_ERRORS:
                raise AuthenticationError(
                    f"Daktela refused the access token or user: {error}", vendor_message=error
                )
            raise VendorError(error, action=action)
        return body.get("result")
