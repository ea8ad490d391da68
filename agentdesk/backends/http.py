"""What every HTTP backend does the same way at its edge: transport failures, refusals and
answers that are not JSON become ours."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from agentdesk.core import MalformedResponseError, TransientError, VendorError
from agentdesk.redaction import redact

TransportErrors = (httpx.TransportError, httpx.StreamError)
NotJson = (ValueError, RecursionError)
"""What reading JSON raises for a text that is none: JSONDecodeError, bad Unicode, huge
integers, deep nesting."""


def transport_error(vendor: str, exc: Exception) -> TransientError:
    """Ours for an httpx transport failure; its text is redacted, since httpx's may carry the
    request's URL (and Daktela's token is in the URL)."""
    if isinstance(exc, httpx.TimeoutException):
        return TransientError(f"{vendor} did not answer in time")
    if isinstance(exc, httpx.ConnectError):
        return TransientError(f"cannot reach {vendor}: {redact(str(exc) or 'connection refused')}")
    return TransientError(f"connection to {vendor} failed: {type(exc).__name__}")


def refusal(
    who: str, path: str, response: httpx.Response, message: str, *, limit_note: str = ""
) -> TransientError | VendorError:
    """Ours for an HTTP refusal other than a vendor's refusal to sign in: too many requests
    (429, with its ``Retry-After``) and server errors (5xx) are transient, for the session's
    one retry policy; anything else is the vendor refusing ``path``, in its ``message``.
    ``who`` names the vendor in our texts; ``limit_note`` says more of a 429."""
    code = response.status_code
    if code == 429:
        return TransientError(
            f"{who}: too many requests{limit_note}: {message}",
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )
    if code >= 500:
        return TransientError(f"{who} answered HTTP {code}: {message}")
    return VendorError(message, action=path)


def json_answer(response: httpx.Response, *, whose: str, action: str) -> Any:
    """The JSON ``response`` holds; :func:`not_json` when it holds none."""
    try:
        return response.json()
    except NotJson:
        raise not_json(whose, action) from None


def not_json(whose: str, action: str) -> MalformedResponseError:
    """Ours for an answer to ``action`` that is not JSON; ``whose``: the vendor's, in our
    texts (``Oki-Toki's``)."""
    return MalformedResponseError(f"{whose} answer to {action} is not JSON", action=action)


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds or as an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
