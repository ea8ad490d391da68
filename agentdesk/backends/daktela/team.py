"""Daktela's colleagues and transfers: ``RTUsersState`` (4.1) for the Team view and the
transfer picker, ``GetUsers`` (3.0) for the colleagues it does not list, ``GetQueues`` (3.0)
for the queues a call can go to, ``Transfer`` (3.0) to pass the call on.

Our readings of the document, each tolerant of the other way:

- RTUsersState "returns array users": its example is an object keyed by the users' ids;
  a JSON list is read the same. A colleague who is not logged in is listed with
  ``agent_state`` null (as RTUserState answers for a logged-out agent) or not at all: the
  users GetUsers lists beyond it are shown as logged out (GetUsers is asked at most every
  :data:`USERS_FRESH_SECONDS`: who works here changes seldom);
- Transfer's ``dst_user`` is the "destination ID user": the user's id where RTUsersState
  gives one, else the login; when Daktela refuses one form and the other differs, the other
  is tried once. An unknown user is refused in the words the document gives a wrong access
  token ("Uživatel neexistuje"): after such a refusal of a ``dst_user`` the token is checked
  with GetPauses, and when it holds the refusal is the vendor's word about the colleague, not
  a failed sign-in; when both forms are refused, the refusal that says more is passed on;
- ``dst_queue`` is the queue's id (GetQueues' ``queue``); only inbound queues are offered.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

from agentdesk.backends.daktela.live import StatusReader
from agentdesk.core import (
    AuthenticationError,
    Colleague,
    MalformedResponseError,
    NotSupportedError,
    TransferKind,
    TransferQueue,
    TransferTarget,
    VendorError,
)
from agentdesk.core.states import AgentState

Caller = Callable[[str, Mapping[str, str | list[str]]], Awaitable[Any]]

USERS_FRESH_SECONDS: Final = 300.0
TRANSFER_PARAMS: Final[Mapping[TransferKind, str]] = {
    TransferKind.USER: "dst_user",
    TransferKind.QUEUE: "dst_queue",
    TransferKind.NUMBER: "number",
}


class Team:
    """The colleagues of agent ``login`` and the transfers of their call."""

    def __init__(self, call: Caller, login: str, reader: StatusReader) -> None:
        self._call = call
        self._login = login
        self._reader = reader
        self._users: tuple[float, list[dict[str, Any]]] | None = None

    async def colleagues(self) -> list[Colleague]:
        """Everyone but the agent, by name; the logged out last."""
        live = await self._live_rows()
        found = [c for c in [await self._colleague(row) for row in live] if c is not None]
        known = {c.login for c in found} | {self._login}
        for user in await self._all_users():
            login = _text(user.get("name"))
            if login is not None and login not in known:
                known.add(login)
                title = _text(user.get("title")) or login
                found.append(
                    Colleague(login, title, AgentState.OFFLINE, id=_text(user.get("user")))
                )
        found.sort(key=lambda c: (c.state is AgentState.OFFLINE, c.name.casefold()))
        return found

    async def queues(self) -> list[TransferQueue]:
        """GetQueues' inbound queues, not deleted, by title."""
        result = await self._call("GetQueues", {})
        if isinstance(result, dict) and "queue" in result:  # one queue, as for GetQueues/{id}
            result = [result]
        found = []
        for row in _rows(result, "GetQueues"):
            queue_id = _text(row.get("queue"))
            if queue_id is None or str(row.get("direction") or "in") != "in":
                continue
            number = _text(row.get("name"))
            title = _text(row.get("title")) or number or queue_id
            found.append(TransferQueue(queue_id, title, number))
        found.sort(key=lambda q: q.title.casefold())
        return found

    async def transfer(self, target: TransferTarget) -> None:
        params = {"user": self._login, "type": "blind" if target.blind else "attended"}
        key = TRANSFER_PARAMS[target.kind]
        forms = [target.value]
        if target.kind is TransferKind.USER:
            forms = await self._user_forms(target.value)
        # Refusals of each form; one that names no user at all says less than the other's.
        unknown: list[VendorError] = []
        other: list[VendorError] = []
        for value in forms:
            try:
                await self._call("Transfer", params | {key: value})
                return
            except AuthenticationError as exc:
                if target.kind is not TransferKind.USER:
                    raise
                await self._call("GetPauses", {})  # the token holds unless this refuses too
                unknown.append(VendorError(exc.vendor_message or str(exc), action="Transfer"))
            except VendorError as exc:
                other.append(exc)
        raise (other + unknown)[0]

    async def _user_forms(self, login: str) -> list[str]:
        """How ``dst_user`` may name ``login``: the user's id first where it is known."""
        try:
            rows = await self._live_rows()
        except (VendorError, NotSupportedError):  # before 4.1, or refused: the login alone
            rows = []
        mine = (_text(r.get("id_agent")) for r in rows if r.get("agent_name") == login)
        user_id = next(mine, None)
        return [user_id, login] if user_id and user_id != login else [login]

    async def _live_rows(self) -> list[dict[str, Any]]:
        return list(_rows(await self._call("RTUsersState", {}), "RTUsersState"))

    async def _colleague(self, row: Mapping[str, Any]) -> Colleague | None:
        login = _text(row.get("agent_name"))
        if login is None or login == self._login:
            return None
        try:
            status = await self._reader.from_user_state(row)
        except MalformedResponseError:
            return None  # a state we cannot read: better left out than shown wrong
        return Colleague(
            login=login,
            name=_text(row.get("agent_title")) or login,
            state=status.state,
            extension=_text(row.get("exten")),
            since=status.since,
            pause=status.pause,
            id=_text(row.get("id_agent")),
        )

    async def _all_users(self) -> list[dict[str, Any]]:
        held = self._users
        if held is not None and time.monotonic() - held[0] < USERS_FRESH_SECONDS:
            return held[1]
        try:
            users = list(_rows(await self._call("GetUsers", {}), "GetUsers"))
        except VendorError:
            return []  # the live ones stand without the rest
        self._users = (time.monotonic(), users)
        return users


def _rows(result: object, action: str) -> list[dict[str, Any]]:
    """A list answer or an object keyed by ids, deleted rows left out."""
    if isinstance(result, dict):
        rows = list(result.values())
    elif isinstance(result, list):
        rows = result
    elif result in (None, ""):
        rows = []
    else:
        raise MalformedResponseError(f"Daktela's {action} result is not a list", action=action)
    return [r for r in rows if isinstance(r, dict) and str(r.get("deleted", "0")) != "1"]


def _text(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None
