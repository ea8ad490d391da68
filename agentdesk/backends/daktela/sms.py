"""Daktela's ``SendSMS`` (API 3.1): ``number`` and ``message``, and ``unicode`` for a text
that is not plain ASCII, since without it "message is automatically converted to ASCII
characters". The document's limits: "Maximum length is 1377 (utf8 603) characters"; one SMS
holds 160 characters, 70 in unicode. The answer is ``{"count_sms": "1", "id": "2222"}``; a
refusal (``status: 0``) passes on in Daktela's words."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

from agentdesk.core import ConfigurationError
from agentdesk.core.sms import SmsLimits, SmsSent, measure

LIMITS: Final = SmsLimits(max_gsm=1377, max_unicode=603, ascii_unless_unicode=True)

Caller = Callable[[str, Mapping[str, str | list[str]]], Awaitable[Any]]


async def send_sms(call: Caller, number: str, text: str) -> SmsSent:
    """Send ``text`` to ``number``; ConfigurationError before asking when it is empty or
    longer than the document allows."""
    size = measure(text, LIMITS)
    if not text.strip():
        raise ConfigurationError("the message is empty")
    if LIMITS.too_long(size):
        limit = LIMITS.max_unicode if size.unicode else LIMITS.max_gsm
        raise ConfigurationError(f"the message is {size.units} characters long; at most {limit}")
    params = {"number": number, "message": text}
    if size.unicode:
        params["unicode"] = "1"
    result = await call("SendSMS", params)
    if not isinstance(result, dict):
        return SmsSent()
    count = result.get("count_sms")
    message_id = result.get("id")
    return SmsSent(
        message_id=str(message_id) if message_id not in (None, "") else None,
        parts=int(str(count)) if str(count).isdigit() else None,
    )
