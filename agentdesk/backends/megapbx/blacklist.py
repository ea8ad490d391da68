"""MegaFon's blacklist (``crmapi/v1`` section 11): ``GET blacklist/telnums`` lists the
numbers and ranges (``7900800*``), ``POST`` adds one, ``DELETE ?telnum=`` takes it off.

Our readings, where the document is silent or vague:

- the list answer is a JSON array of ``{telnum, comment, week, year}`` (the example shows the
  objects without their brackets); an object carrying the array under ``items``, ``data`` or
  ``result`` is read too;
- the POST's body "passes a list of numbers/ranges and a comment", while its table calls
  ``telnum`` a string: we send ``{"telnum": "7..."}`` first and, if the PBX refuses that
  with 400, ``{"telnum": ["7..."]}``, and keep to the form that worked;
- a number is written as the document's examples are, digits without ``+``; a number is on
  the list when its last ten digits equal an entry's, or when it starts with a range's
  digits (a national ``8`` read as ``7``);
- unblocking deletes the entries that name the number itself; a number blocked only by a
  range stays blocked, and we say which range.
"""

from __future__ import annotations

from typing import Final

from agentdesk.backends.megapbx.wire import MegaPbxWire
from agentdesk.core import MalformedResponseError, VendorError

PATH: Final = "blacklist/telnums"
LIST_KEYS: Final = ("items", "data", "result")


def digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def covers(entry: str, number: str) -> bool:
    """Whether the blacklist's ``entry`` (a number or a ``prefix*`` range) holds ``number``."""
    mine = digits(number)
    if not mine:
        return False
    if entry.strip().endswith("*"):
        prefix = digits(entry)
        national = "7" + mine[1:] if len(mine) == 11 and mine.startswith("8") else mine
        return bool(prefix) and (mine.startswith(prefix) or national.startswith(prefix))
    theirs = digits(entry)
    return bool(theirs) and theirs[-10:] == mine[-10:]


def entries(answer: object) -> list[str]:
    """The ``telnum`` of each entry of the list answer."""
    if isinstance(answer, dict):
        answer = next((answer[k] for k in LIST_KEYS if isinstance(answer.get(k), list)), None)
    if not isinstance(answer, list):
        raise MalformedResponseError(f"the PBX's {PATH} answer is not a list", action=PATH)
    return [str(row["telnum"]) for row in answer if isinstance(row, dict) and row.get("telnum")]


class Blacklist:
    """The company's blacklist through ``wire``."""

    def __init__(self, wire: MegaPbxWire) -> None:
        self._wire = wire
        self._as_list = False  # the PBX wants telnum as a list (see the module docstring)

    async def listed(self) -> list[str]:
        return entries(await self._wire.get(PATH))

    async def holds(self, number: str) -> bool:
        return any(covers(entry, number) for entry in await self.listed())

    async def add(self, number: str) -> None:
        telnum = digits(number)
        if not telnum:
            raise VendorError(f"{number!r} is not a phone number", action=PATH)
        if not self._as_list:
            response = await self._wire.send(
                "POST", PATH, body={"telnum": telnum}, accept=frozenset({400})
            )
            if response.status_code != 400:
                return
            self._as_list = True
        await self._wire.send("POST", PATH, body={"telnum": [telnum]})

    async def remove(self, number: str) -> None:
        listed = await self.listed()
        exact = [e for e in listed if not e.strip().endswith("*") and covers(e, number)]
        if not exact:
            ranges = [e for e in listed if covers(e, number)]
            if ranges:
                raise VendorError(
                    f"{number} is blocked by the range {ranges[0]}, not on its own",
                    action=PATH,
                )
            return  # not on the list: nothing to do
        for entry in exact:
            await self._wire.send("DELETE", PATH, params={"telnum": entry})
