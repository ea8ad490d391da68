"""The agent's live state in the ways the document offers, read into core values; and, below
API 3.5 where it offers none, what the agent's own commands did.

- ``RTUserState`` (3.9; from 4.0 with ``hash``, held until the state changes): the agent's
  state, pause and calls in one answer (:meth:`StatusReader.from_user_state`);
- ``RTStatsSessions`` + ``RTStatsCalls`` (3.5), for installations older than 3.9
  (:class:`SessionsFeed`): the agent's session (state, pause) found by the agent's id, which
  is GetUsers' ``user`` of the row whose ``name`` is the login; and, only while the session
  is in a call state, the centre's ongoing calls that name the agent (``agent`` or
  ``users``). Neither answer has a queue's title: calls show the queue's id;
- :class:`CommandedStatus` (3.0 to 3.4): logged in, then paused or ready as the agent's own
  PauseOn and PauseOff made it; no calls.

Our readings: a logged-out agent has no ``agent_state`` in RTUserState and no row in
RTStatsSessions (the document shows neither); RTStatsCalls' ``Waiting`` and ``Transfered``
are read as ringing and talking.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any, Final

from agentdesk.core import (
    OFFLINE,
    AgentState,
    AgentStatus,
    Call,
    CallDirection,
    CallPhase,
    ConfigurationError,
    MalformedResponseError,
    Pause,
)

# Daktela's words → ours. "Calling" is RTStatsSessions' word for an agent dialling out.
AGENT_STATES: Final[Mapping[str, AgentState]] = {
    "Logged": AgentState.LOGGED_IN,
    "Idle": AgentState.READY,
    "Paused": AgentState.PAUSED,
    "Calling": AgentState.RINGING,
    "Ringing": AgentState.RINGING,
    "Speaking": AgentState.TALKING,
    "On Hold": AgentState.ON_HOLD,
}
CALL_PHASES: Final[Mapping[str, CallPhase]] = {
    "Waiting": CallPhase.RINGING,
    "Ringing": CallPhase.RINGING,
    "Speaking": CallPhase.TALKING,
    "Transfered": CallPhase.TALKING,
    "On Hold": CallPhase.ON_HOLD,
}
IN_CALL: Final = frozenset({AgentState.RINGING, AgentState.TALKING, AgentState.ON_HOLD})

Caller = Callable[[str, Mapping[str, str | list[str]]], Awaitable[Any]]
TimeParser = Callable[[object], datetime | None]


class StatusReader:
    """Daktela's answers about the agent → :class:`AgentStatus`; a pause id is looked up
    through ``pause_by_id`` (a pause of type ``wrap`` makes the state WRAP_UP)."""

    def __init__(
        self, login: str, pause_by_id: Callable[[str], Awaitable[Pause]], parse_time: TimeParser
    ) -> None:
        self._login = login
        self._pause_by_id = pause_by_id
        self._time = parse_time

    async def from_user_state(self, result: Mapping[str, Any]) -> AgentStatus:
        raw_state = result.get("agent_state")
        if not raw_state:
            return OFFLINE
        state, pause = await self._state_and_pause(raw_state, result.get("id_pause"))
        raw_calls = result.get("calls") or []
        if not isinstance(raw_calls, list):
            raise MalformedResponseError("Daktela's calls is not a list")
        return AgentStatus(
            state=state,
            since=self._time(result.get("state_time")),
            pause=pause,
            calls=tuple(self._user_state_call(c) for c in raw_calls if isinstance(c, dict)),
            agent_login=str(result.get("agent_name") or self._login),
            agent_name=_text(result.get("agent_title")),
        )

    async def from_session(
        self,
        session: Mapping[str, Any] | None,
        calls: list[Mapping[str, Any]],
        agent_name: str | None,
    ) -> AgentStatus:
        """An RTStatsSessions row (None: not logged in) and the RTStatsCalls rows of the agent."""
        if session is None:
            return OFFLINE
        state, pause = await self._state_and_pause(session.get("state"), session.get("pause"))
        return AgentStatus(
            state=state,
            since=self._time(session.get("state_time_absolute")),
            pause=pause,
            calls=tuple(self._session_call(c) for c in calls),
            agent_login=self._login,
            agent_name=agent_name,
        )

    async def _state_and_pause(
        self, raw_state: object, pause_id: object
    ) -> tuple[AgentState, Pause | None]:
        state = AGENT_STATES.get(str(raw_state))
        if state is None:
            raise MalformedResponseError(f"unknown Daktela agent state {raw_state!r}")
        if state is not AgentState.PAUSED or pause_id in (None, ""):
            return state, None
        pause = await self._pause_by_id(str(pause_id))
        return (AgentState.WRAP_UP if pause.is_wrap_up else state), pause

    def _user_state_call(self, raw: Mapping[str, Any]) -> Call:
        queue = raw.get("oqueue")
        queue_title = _text(queue.get("title")) if isinstance(queue, dict) else None
        return Call(
            id=str(raw.get("id_call") or ""),
            direction=_direction(raw),
            number=str(raw.get("clid") or ""),
            phase=CALL_PHASES.get(str(raw.get("call_state")), CallPhase.RINGING),
            name=_text(raw.get("clid_name")),
            queue=queue_title or _text(raw.get("id_queue")),
            entered_at=self._time(raw.get("entered")),
            ringing_at=self._time(raw.get("ringed")),
            answered_at=self._time(raw.get("answered")),
        )

    def _session_call(self, raw: Mapping[str, Any]) -> Call:
        return Call(
            id=str(raw.get("id") or ""),
            direction=_direction(raw),
            number=str(raw.get("clid") or ""),
            phase=CALL_PHASES.get(str(raw.get("state")), CallPhase.RINGING),
            queue=_text(raw.get("queue")),
            entered_at=self._time(raw.get("enter_time_absolute")),
            ringing_at=self._time(raw.get("ring_time_absolute")),
            answered_at=self._time(raw.get("answer_time_absolute")),
        )


class SessionsFeed:
    """The live state from RTStatsSessions and RTStatsCalls (see the module docstring)."""

    def __init__(self, call: Caller, login: str, reader: StatusReader) -> None:
        self._call = call
        self._login = login
        self._reader = reader
        self._me: tuple[str, str | None] | None = None

    async def status(self) -> AgentStatus:
        me, title = await self._agent()
        sessions = await self._call("RTStatsSessions", {"users[]": [me]})
        session = next((r for r in _rows(sessions) if str(r.get("id")) == me), None)
        calls: list[Mapping[str, Any]] = []
        if session is not None and AGENT_STATES.get(str(session.get("state"))) in IN_CALL:
            ongoing = await self._call("RTStatsCalls", {})
            calls = [c for c in _rows(ongoing) if _names(c, me)]
        return await self._reader.from_session(session, calls, title)

    async def _agent(self) -> tuple[str, str | None]:
        """The agent's id and name, asked once."""
        if self._me is None:
            users = await self._call("GetUsers", {})
            row = next((r for r in _rows(users) if r.get("name") == self._login), None)
            if row is None or row.get("user") in (None, ""):
                raise ConfigurationError(f"Daktela lists no user {self._login!r} (GetUsers)")
            self._me = str(row["user"]), _text(row.get("title"))
        return self._me


class CommandedStatus:
    """Below API 3.5: logged in, then what the agent's own PauseOn and PauseOff made it."""

    def __init__(self, login: str) -> None:
        self.status = AgentStatus(AgentState.LOGGED_IN, agent_login=login)
        self._changed = asyncio.Event()

    def paused(self, pause: Pause, at: datetime) -> None:
        self._set(AgentStatus(AgentState.PAUSED, at, pause, agent_login=self.status.agent_login))

    def ready(self, at: datetime) -> None:
        self._set(AgentStatus(AgentState.READY, at, agent_login=self.status.agent_login))

    async def changes(self) -> AsyncIterator[AgentStatus]:
        """The status now, then each change; ends only when cancelled."""
        while True:
            self._changed.clear()
            yield self.status
            await self._changed.wait()

    def _set(self, status: AgentStatus) -> None:
        self.status = status
        self._changed.set()


def _names(call: Mapping[str, Any], me: str) -> bool:
    users = call.get("users")
    listed = [str(u) for u in users] if isinstance(users, list) else []
    return str(call.get("agent")) == me or me in listed


def _direction(raw: Mapping[str, Any]) -> CallDirection:
    return CallDirection.OUTBOUND if raw.get("direction") == "out" else CallDirection.INBOUND


def _rows(result: object) -> list[Mapping[str, Any]]:
    """A list answer, or an object keyed by the rows' ids; anything else has no rows."""
    if isinstance(result, dict):
        rows = list(result.values())
    elif isinstance(result, list):
        rows = result
    else:
        return []
    return [row for row in rows if isinstance(row, dict)]


def _text(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
