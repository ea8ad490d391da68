"""The simulated PBX's blacklist (section 11): ``GET``, ``POST`` and ``DELETE``
``/crmapi/v1/blacklist/telnums``.

Our readings, where the document is silent: the list is a JSON array of ``{telnum,
comment, week, year}`` (its example shows the objects without brackets); the POST's JSON
body carries ``telnum`` as a string (``blacklist_telnum=string``, the default: its table's
type) or as a list of numbers and ranges (``blacklist_telnum=list``: its sentence "a list
of numbers/ranges"), and the other form is refused with 400 "Validation error"; a POST of a
number already listed keeps one entry; DELETE takes every ``telnum`` of its query; both
answer 204 No Content, as the document shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Final

from aiohttp import web

TELNUM_FORMS: Final = ("string", "list")
SEEDED: Final = (
    ("79998880011", "Нежелательный контакт"),
    ("7900800*", "Причина"),
)


@dataclass
class SimBlacklist:
    telnum_form: str = TELNUM_FORMS[0]
    entries: dict[str, str] = field(default_factory=lambda: dict(SEEDED))
    """telnum → comment, in the order they were added."""

    def listing(self) -> web.Response:
        return web.json_response(
            [{"telnum": t, "comment": c, "week": 0, "year": 0} for t, c in self.entries.items()]
        )

    async def add(self, request: web.Request) -> web.Response | None:
        """None when the body is refused (the caller answers the validation error)."""
        try:
            body = json.loads(await request.text())
        except ValueError:
            return None
        if not isinstance(body, dict):
            return None
        telnum = body.get("telnum")
        comment = str(body.get("comment") or "")
        if self.telnum_form == "string" and isinstance(telnum, str) and telnum.strip():
            numbers = [telnum.strip()]
        elif (
            self.telnum_form == "list"
            and isinstance(telnum, list)
            and telnum
            and all(isinstance(t, str) and t.strip() for t in telnum)
        ):
            numbers = [t.strip() for t in telnum]
        else:
            return None
        for number in numbers:
            self.entries[number] = comment
        return web.Response(status=204)

    def remove(self, request: web.Request) -> web.Response | None:
        numbers = request.query.getall("telnum", [])
        if not numbers:
            return None
        for number in numbers:
            self.entries.pop(number, None)
        return web.Response(status=204)
