"""The simulated company's Lists and ``lists/check`` (API v1: ``list_id``, ``value``; "The
response returns 1 if in the list. 0 - if not").

Our readings, where the document is silent: the answer is the bare JSON number ``1`` or
``0`` (``answer_style=ours``) or ``{"status": "ok", "result": 1}`` (``answer_style=variant``);
a value matches as the call log's numbers do (the last nine digits); an unknown ``list_id``
is a semantic error (422) like an unknown dialer.
"""

from __future__ import annotations

from typing import Final

from aiohttp import web

from agentdesk.sim.okitoki.data import same_number
from agentdesk.sim.okitoki.errors import ApiError, ok, required

BLOCK_LIST: Final = "101"
VIP_LIST: Final = "102"


def demo_lists() -> dict[str, set[str]]:
    """The guide's blacklist (101, as in its example) and a VIP list, with one number each."""
    return {BLOCK_LIST: {"380730001122"}, VIP_LIST: {"380501234567"}}


def check(lists: dict[str, set[str]], params: dict[str, str], style: str) -> web.Response:
    list_id = required(params, "list_id")
    value = required(params, "value")
    if list_id not in lists:
        raise ApiError(422, f"List {list_id} not found")
    found = 1 if any(same_number(value, listed) for listed in lists[list_id]) else 0
    if style == "variant":
        return ok("", result=found)
    return web.json_response(found)
