"""The one place that knows what a secret looks like, and masks it in any text.

:func:`redact` masks the value of every parameter, header, JSON field or ``key = "value"``
line whose name ends like a secret's (``access_token``, ``api_token``, ``token``, ``secret``,
``crm_token``, ``password``, ``md5secret``, ``api_key``, ``X-API-KEY``), the credentials of an
``Authorization`` header and of a URL's ``user:password@``, and every exact value given to
:func:`register_secret` (the session's secret, so that one in an unexpected place is masked
too). :class:`RedactingFilter` applies it to log records; :func:`agentdesk.logs.setup_logging`
puts one on every handler.
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
from typing import Final
from urllib.parse import quote, quote_plus

MASK: Final = "***"
# Shorter values are not masked wherever they appear: "1234" would wipe timestamps and ids
# from the log. They are still masked where they stand as a secret's value.
MIN_SECRET_LENGTH: Final = 6

# A name that ends like a secret's: access_token, crm_token, webhook_secret, md5secret,
# X-API-KEY, apikey, password, passwd. Case does not matter.
_NAME: Final = r"[\w.-]*?(?:token|secret|password|passwd|pwd|api[_-]?key|apikey)"
_NAME_ONLY: Final = re.compile(rf"(?i){_NAME}")

_AUTHORIZATION: Final = re.compile(
    r"(?i)(?P<head>\b(?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?)"
    r"(?:(?P<scheme>basic|bearer|token|digest|negotiate)\s+)?"
    r"(?P<value>[^\s\"',;]+)"
)
# "password": "…", 'api_key': '…' (JSON, Python reprs), with escaped quotes inside.
_QUOTED_KEY: Final = re.compile(
    rf"(?i)(?P<head>(?P<q>[\"']){_NAME}(?P=q)\s*:\s*)"
    r"(?P<value>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[^\s,}\]]+)"
)
# password = "…" (TOML, Python keyword reprs) and token: … / token=… (headers, query strings,
# forms, cookies, log lines).
_BARE_KEY: Final = re.compile(
    rf"(?i)(?P<head>(?<![\w.-]){_NAME}(?:\s*=\s*|\s*:\s+|:))"
    r"(?P<value>\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[^\s&\"'<>;,)}\]]+)"
)
_URL_PASSWORD: Final = re.compile(r"(?P<head>://[^/\s:@]+:)(?P<value>[^/\s@]+)(?=@)")

_lock = threading.Lock()
_secrets: set[str] = set()
_known: re.Pattern[str] | None = None


def is_secret_name(name: str) -> bool:
    """Whether a parameter, option or field called ``name`` holds a secret."""
    return _NAME_ONLY.fullmatch(name.strip()) is not None


def register_secret(value: str | None) -> None:
    """Mask ``value`` (and its URL-encoded forms) wherever it appears from now on."""
    if not value or len(value) < MIN_SECRET_LENGTH:
        return
    global _known
    with _lock:
        forms = {value, quote(value, safe=""), quote_plus(value, safe="")}
        if forms <= _secrets:
            return
        _secrets.update(forms)
        ordered = sorted(_secrets, key=len, reverse=True)  # the longest form wins
        _known = re.compile("|".join(re.escape(s) for s in ordered))


def forget_secrets() -> None:
    """Forget every registered secret (tests; a new process starts empty anyway)."""
    global _known
    with _lock:
        _secrets.clear()
        _known = None


def _masked(match: re.Match[str]) -> str:
    value = match.group("value")
    quote_char = value[0] if value[:1] in ("'", '"') and len(value) > 1 else ""
    return match.group("head") + quote_char + MASK + quote_char


def _masked_authorization(match: re.Match[str]) -> str:
    scheme = match.group("scheme")
    return match.group("head") + (f"{scheme} " if scheme else "") + MASK


def redact(text: str) -> str:
    """``text`` with every secret in it replaced by ``***``."""
    known = _known
    if known is not None:
        text = known.sub(MASK, text)
    text = _AUTHORIZATION.sub(_masked_authorization, text)
    text = _QUOTED_KEY.sub(_masked, text)
    text = _BARE_KEY.sub(_masked, text)
    return _URL_PASSWORD.sub(_masked, text)


def redact_exception(exc: BaseException) -> str:
    """``exc`` as one line (``Type: message``), redacted: for messages and logs."""
    return redact(f"{type(exc).__name__}: {exc}")


class RedactingFilter(logging.Filter):
    """Redacts a record in place (message with its arguments, exception and stack text), so
    that every handler after it writes no secret. Never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is rather than fail the call
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
