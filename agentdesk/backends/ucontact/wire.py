"""uContact's wire: form-encoded POSTs to ``{instance}/Integra/resources/{path}``, the key in
``Authorization``, answers as text or JSON, ``0`` for failure.

The texts: every request is "Method: POST content-type:application/x-www-form-urlencoded;
charset=UTF-8"; results are ``TEXT`` (``1``, a GUID) or ``JSON``, "0 if Error". A ``0`` says
nothing more, so the error we raise names what was asked (:data:`ZERO_MEANS`). Our readings of
what the texts leave out:

- HTTP 401 and 403 → AuthenticationError: the key (``md5secret``, or a portal token) was
  refused; 429 and 5xx → TransientError; any other 4xx → VendorError with the body's text;
- an answer of ``0`` (or ``false``) → VendorError; to ``auth/AgentLogin`` or
  ``auth/getUserToken`` → AuthenticationError (a wrong agent or password);
- recordings are plain files on the telephony and backup hosts, fetched with a GET and no
  key ("you can reproduce the URL with HTML5 or any capable audio player"); 404 means "not
  here", so the search goes on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Final

import httpx

from agentdesk.backends import http
from agentdesk.backends.http import TransportErrors, transport_error
from agentdesk.core import (
    AuthenticationError,
    MalformedResponseError,
    VendorError,
)

API_PREFIX: Final = "/Integra/resources/"
TIMEOUT: Final = httpx.Timeout(10.0, read=30.0)  # getrecords over weeks takes a while
MAX_MESSAGE: Final = 300
FAILURE_WORDS: Final = frozenset({"0", "false"})
SUCCESS_WORDS: Final = frozenset({"1", "", "ok", "true"})
LOGIN_PATHS: Final = frozenset({"auth/AgentLogin", "auth/getUserToken"})
ZERO_MEANS: Final[Mapping[str, str]] = {
    "auth/AgentLogin": "uContact refused the agent name or password",
    "auth/getUserToken": "uContact refused the user name or password",
    "api/AgentLogoff": "uContact did not log the agent off",
    "api/AgentBreak": "uContact refused the break (is it configured for this agent?)",
    "api/AgentUnBreak": "uContact refused to end the break (is the agent on one?)",
    "Agents/AgentCall": (
        "uContact refused the call (check the number, the outbound campaign and the "
        "agent's phone; the agent may be in a call already)"
    ),
    "Agents/HungupPhone": "uContact found no call to hang up on the agent's phone",
    "api/DispositionCall": (
        "uContact refused the disposition (is it configured for the call's campaign?)"
    ),
    "Cdr/getrecords": "uContact refused the search of recorded calls",
    "Supervisor/convert": "uContact could not convert the recording to mp3",
    "Supervisor/queuesummary": "uContact refused the queue summary",
    "Supervisor/campaignstatus": "uContact refused the campaign status",
}

Form = Mapping[str, str]


class UContactWire:
    """One client on one uContact instance; :attr:`authorization` is set after sign-in."""

    def __init__(self, *, base_url: str, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.authorization: str | None = None
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/") + API_PREFIX,
            timeout=TIMEOUT,
            transport=transport,
            headers={"Accept": "application/json, text/plain, */*"},
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def text(self, path: str, form: Form) -> str:
        """A request answered with text (a GUID); ``0`` raises."""
        response = await self._post(path, form)
        answer = response.text.strip()
        if answer.lower() in FAILURE_WORDS:
            raise zero_answer(path)
        # A proxy's error page is not a GUID (nor any text uContact answers with).
        if "html" in response.headers.get("content-type", "").lower() or answer.startswith("<"):
            raise MalformedResponseError(
                f"uContact answered {path} with a web page, not its text answer", action=path
            )
        return answer

    async def done(self, path: str, form: Form) -> None:
        """A request answered ``1`` when done (or nothing, for asynchronous ones)."""
        answer = (await self._post(path, form)).text.strip()
        if answer.lower() in FAILURE_WORDS:
            raise zero_answer(path)
        if answer.lower() not in SUCCESS_WORDS:
            raise MalformedResponseError(
                f"uContact answered {path} with {answer[:40]!r}, not 1 or 0", action=path
            )

    async def json(self, path: str, form: Form) -> Any:
        """A request answered with JSON; ``0`` raises."""
        answer = (await self._post(path, form)).text.strip()
        if answer.lower() in FAILURE_WORDS:
            raise zero_answer(path)
        try:
            return json.loads(answer)
        except http.NotJson:
            raise http.not_json("uContact's", path) from None

    async def fetch(self, url: str) -> tuple[bytes, str] | None:
        """A file at an absolute URL: its bytes and media type, or None when it is not
        there (404, 403, 410)."""
        try:
            response = await self._client.get(url)
        except TransportErrors as exc:
            raise transport_error("uContact's recordings host", exc) from None
        if response.status_code in (403, 404, 410):
            return None
        if not response.is_success:
            raise refusal(url, response)
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        return response.content, content_type

    async def _post(self, path: str, form: Form) -> httpx.Response:
        headers = {"Authorization": self.authorization} if self.authorization else {}
        try:
            response = await self._client.post(path, data=dict(form), headers=headers)
        except TransportErrors as exc:
            raise transport_error("uContact", exc) from None
        if response.is_success:
            return response
        raise refusal(path, response)


def zero_answer(path: str) -> Exception:
    message = ZERO_MEANS.get(path, f"uContact answered 0 (failure) to {path}")
    if path in LOGIN_PATHS:
        return AuthenticationError(message, vendor_message="0")
    return VendorError(message, action=path)


def refusal(path: str, response: httpx.Response) -> Exception:
    """The typed error for an HTTP refusal, carrying the server's own text."""
    code = response.status_code
    message = response.text.strip()[:MAX_MESSAGE] or f"HTTP {code}"
    if code in (401, 403):
        return AuthenticationError(
            f"uContact refused the sign-in key: {message}", vendor_message=message
        )
    return http.refusal("uContact", path, response, message)
