"""Oki-Toki's ``lists/check`` (API v1): whether a value is on one of the company's Lists,
for the caller card's VIP and blocked flags. The profile names the lists by id
(``vip_list``, ``block_list``: the number in the list's address, as the guide shows).

"The response returns 1 if in the list. 0 - if not" does not say in what: we read the bare
number (or ``true``/``false``, or the text ``"1"``), and an object that carries it under
``result``, ``data``, ``exists`` or ``in_list``; anything else is a malformed answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

from agentdesk.core import MalformedResponseError

PATH: Final = "lists/check"
ANSWER_KEYS: Final = ("result", "data", "exists", "in_list")

Getter = Callable[[str, Mapping[str, str]], Awaitable[Any]]


async def on_list(get: Getter, list_id: str, number: str) -> bool:
    """Whether ``number`` is on list ``list_id``."""
    return in_list(await get(PATH, {"list_id": list_id, "value": number}))


def in_list(answer: object) -> bool:
    if isinstance(answer, dict):
        key = next((k for k in ANSWER_KEYS if k in answer), None)
        if key is None:
            raise MalformedResponseError(f"Oki-Toki's {PATH} answer has no result", action=PATH)
        answer = answer[key]
    if isinstance(answer, bool):
        return answer
    if isinstance(answer, int | str) and str(answer).strip() in ("0", "1"):
        return str(answer).strip() == "1"
    raise MalformedResponseError(f"Oki-Toki's {PATH} answered {answer!r}, not 1 or 0", action=PATH)
