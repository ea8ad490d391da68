"""The Daktela simulator's users and real-time overviews: ``GetUsers`` (3.0),
``RTStatsSessions`` and ``RTStatsCalls`` (3.5), which installations older than 3.9 (without
RTUserState) offer for the agents' states and the ongoing calls. A mixin of
:class:`agentdesk.sim.daktela.simulator.DaktelaSimulator`.

Our readings, where the document is silent: only the simulated agent has a session (the
colleagues are users, listed by GetUsers, whose states only RTUsersState shows); an outgoing
call not answered yet makes the session ``Calling``; RTStatsCalls' ``agent`` is the agent
once the call is answered, and ``users`` the agent from the first ring,
as the document describes them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agentdesk.sim.daktela.calllog import SimUser
from agentdesk.sim.daktela.records import (
    USER_NOT_FOUND,
    ApiError,
    Params,
    SimCall,
    SimQueue,
    stamp,
)


class SessionActions:
    """Handlers of GetUsers, RTStatsSessions and RTStatsCalls (see the module docstring)."""

    agent: SimUser
    colleague: SimUser
    colleagues: dict[str, Any]
    password: str
    queues: dict[str, SimQueue]
    _calls: list[SimCall]
    _logintime: datetime | None
    _state_time: datetime | None

    @property
    def state(self) -> str | None:
        raise NotImplementedError

    @property
    def id_pause(self) -> str | None:
        raise NotImplementedError

    async def _get_users(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        users = [self.agent] + [
            SimUser(c.id, c.login, c.title, c.extension) for c in self.colleagues.values()
        ]
        wanted = params.get("id") or item_id
        if wanted is not None:
            user = next((u for u in users if u.id == wanted), None)
            if user is None:
                raise ApiError(USER_NOT_FOUND)
            return self._user_shape(user)
        extension = params.get("extension")
        return {u.id: self._user_shape(u) for u in users if extension in (None, u.extension)}

    def _user_shape(self, user: SimUser) -> dict[str, str]:
        # The document's GetUsers rows, password included as there.
        return {
            "user": user.id,
            "role": "role_agent",
            "profile": "profile_agent",
            "name": user.login,
            "title": user.title,
            "description": "",
            "password": self.password if user is self.agent else "",
            "email": "",
            "deleted": "0",
        }

    async def _rt_stats_sessions(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        users, queues = params.array("users"), params.array("queues")
        logged = [q.queue for q in self.queues.values() if q.rt_logged]
        state = self.state
        if state is None or (users and self.agent.id not in users):
            return {}
        if queues and not set(queues) & set(logged):
            return {}
        calling = self._calls and self._calls[0].direction == "out" and state == "Ringing"
        now = datetime.now()
        return {
            self.agent.id: {
                "id": self.agent.id,
                "extension": self.agent.extension,
                "queues": logged,
                "state": "Calling" if calling else state,
                "pause": self.id_pause,
                "state_time_absolute": stamp(self._state_time),
                "state_time_relative": _seconds_since(self._state_time, now),
                "login_time_absolute": stamp(self._logintime),
                "login_time_relative": _seconds_since(self._logintime, now),
            }
        }

    async def _rt_stats_calls(
        self, params: Params, version: tuple[int, int], item_id: str | None
    ) -> object:
        now = datetime.now()
        return {call.id_call: self._call_overview(call, now) for call in self._calls}

    def _call_overview(self, call: SimCall, now: datetime) -> dict[str, Any]:
        answered = call.answered
        return {
            "id": call.id_call,
            "queue": call.queue.queue,
            "agent": self.agent.id if answered is not None else None,
            "users": [self.agent.id],
            "clid": call.clid,
            "direction": call.direction,
            "state": call.call_state,
            "enter_time_absolute": stamp(call.entered),
            "enter_time_relative": _seconds_since(call.entered, now),
            "wait_time_absolute": stamp(call.entered),
            "wait_time_relative": _seconds_between(call.entered, call.ringed),
            "ring_time_absolute": stamp(call.ringed),
            "ring_time_relative": _seconds_between(call.ringed, answered or now),
            "answer_time_absolute": stamp(answered),
            "answer_time_relative": _seconds_since(answered, now),
            "hold_time_absolute": stamp(call.onhold),
            "hold_time_relative": _seconds_since(call.onhold, now) if call.onhold else "0",
        }


def _seconds_since(moment: datetime | None, now: datetime) -> str | None:
    return _seconds_between(moment, now) if moment is not None else None


def _seconds_between(start: datetime, end: datetime) -> str:
    return str(max(0, round((end - start).total_seconds())))
