"""What the MegaFon backend knows of its agent now, and how the PBX's webhooks change that.

The PBX posts four commands to one CRM address (section 2), each with ``crm_token``:

- ``event`` (2.2): ``type`` INCOMING (a call rings at the user), OUTGOING (the user's outgoing
  call, click-to-call included, is ringing), ACCEPTED (answered), COMPLETED (an answered call
  ended), CANCELLED (it ended unanswered), TRANSFERRED (the user passed the call on: it leaves
  them); ``user`` (login) and ``ext`` name the PBX user, ``phone`` the client, ``direction``
  ``in``/``out``, ``callid`` the call, ``groupRealName`` the department;
- ``history`` (2.1): a finished call with its ``status``, ``duration`` and recording ``link``;
- ``contact`` (2.3): who is calling, asked before the call rings; answered with
  ``contact_name`` and ``responsible`` (by the backend, from the local contacts);
- ``rating`` (2.4): the client's mark for the user after the call.

Our reading: in ``event`` the document describes ``phone`` as "the PBX user's direct number",
but its example, and every other command, carry the client's number there; we read it as the
client's. A command is the agent's when its ``user`` is the agent's login, or, only when it
names no login, when its ``ext`` is the agent's extension (an extension passes from one
employee to another; a login does not); others are ignored. ``contact`` names no user and is
answered for every call.

Calls are kept by :class:`~agentdesk.backends.tracked_status.TrackedStatus`: COMPLETED and the
history (the webhook, or a row matched by the poll) end a call for good, so that an event
posted again after them is ignored; CANCELLED and TRANSFERRED end it for the agent only (a
hunt group or a colleague may ring them with it again); and a call whose end never comes
ends at its bound.

The agent's own state is DND (:mod:`agentdesk.backends.megapbx.parse`): off is Ready, on is
the pause "Do not disturb"; before the first look the agent is ``logged_in``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from agentdesk.backends.live_calls import Ending, LiveLimits
from agentdesk.backends.megapbx.parse import phone_text
from agentdesk.backends.tracked_status import TrackedStatus
from agentdesk.core import AgentState, AgentStatus, CallDirection, Event, Pause
from agentdesk.core.recent import Recent
from agentdesk.core.translate import QT_TRANSLATE_NOOP

DND_PAUSE: Final = Pause(id="dnd", title=QT_TRANSLATE_NOOP("VendorText", "Do not disturb"))
RINGING_TYPES: Final = frozenset({"INCOMING", "OUTGOING"})
ANSWERED_TYPES: Final = frozenset({"ACCEPTED"})
ENDED_TYPES: Final = frozenset({"COMPLETED", "CANCELLED", "TRANSFERRED"})
# The types after which the call is over for everyone, not just gone from the agent's phone.
FINAL_TYPES: Final = frozenset({"COMPLETED"})
# A history row ends a live call with the same client that began at most this long before.
MATCH_SLACK: Final = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class FinishedCall:
    """A history row, as much as matching it to a live call needs."""

    call_id: str
    number: str
    direction: CallDirection
    started: datetime
    ended: datetime


class Identity:
    """Who the agent is at the PBX: the profile's user (a login or an extension), and once
    ``users/{login}`` has answered, both their login and extension and their name."""

    def __init__(self, user: str) -> None:
        self.user = user
        self.login = user
        self.extension: str | None = None
        self.name: str | None = None

    @property
    def names(self) -> set[str]:
        """Every way the PBX may name the agent in a webhook or a history row."""
        return {n for n in (self.user, self.login, self.extension) if n}

    def is_me(self, payload: Mapping[str, str]) -> bool:
        """Whether a webhook names the agent: by ``user`` (the login) when it has one, by
        ``ext`` only when it has none. Before ``users/{login}`` has answered, the profile's
        user stands for both."""
        user = payload.get("user", "").strip()
        if user:
            return user == self.login
        ext = payload.get("ext", "").strip()
        return bool(ext) and ext == (self.extension or self.user)


class LiveState(TrackedStatus):
    """The agent's status as far as the backend knows it; changes return their events."""

    def __init__(
        self,
        identity: Identity,
        *,
        clock: Callable[[], datetime],
        limits: LiveLimits | None = None,
    ) -> None:
        super().__init__(clock=clock, limits=limits)
        self.identity = identity
        self._dnd: bool | None = None
        self._since: datetime | None = None
        self.names: Recent[str, str] = Recent()
        """Caller names the ``contact`` answer gave, by call id, for the card."""

    @property
    def dnd(self) -> bool | None:
        return self._dnd

    def _own_status(self) -> AgentStatus:
        me = self.identity
        if self._dnd is None:
            return AgentStatus(state=AgentState.LOGGED_IN, agent_login=me.login, agent_name=me.name)
        return AgentStatus(
            state=AgentState.PAUSED if self._dnd else AgentState.READY,
            since=self._since,
            pause=DND_PAUSE if self._dnd else None,
            agent_login=me.login,
            agent_name=me.name,
        )

    def set_dnd(self, on: bool) -> list[Event]:
        def change() -> None:
            if on != self._dnd:
                self._dnd, self._since = on, self._clock()

        return self._change(change)

    def apply_event(self, payload: Mapping[str, str]) -> list[Event]:
        """An ``event`` command that names the agent; the events it causes."""
        kind = payload.get("type", "").strip().upper()
        call_id = payload.get("callid", "").strip()
        if not call_id:
            return []
        if kind in ENDED_TYPES:
            how = Ending.FOR_GOOD if kind in FINAL_TYPES else Ending.LEFT
            return self.end_calls([call_id], how)
        if kind in RINGING_TYPES | ANSWERED_TYPES:
            if not self._calls.accepts(call_id, ringing=kind in RINGING_TYPES):
                return []  # posted again, or late, after the call ended
            return self._change(lambda: self._update(call_id, kind, payload))
        return []

    def end_calls(
        self, call_ids: Iterable[str] | None = None, how: Ending = Ending.FOR_GOOD
    ) -> list[Event]:
        """The calls ``call_ids`` (every live one when None) are over (``how``), and the
        names of those that were live forgotten; the events for those."""
        ids = [c.id for c in self.calls] if call_ids is None else list(call_ids)
        for call_id in ids:
            if self._calls.get(call_id) is not None:
                self.names.pop(call_id, None)
        return super().end_calls(ids, how)

    def end_matching(self, finished: Iterable[FinishedCall]) -> list[Event]:
        """End live calls that the history lists as over: by id, or by the client's number,
        the direction and a time that fits (the REST history's ``uid`` need not be the
        webhooks' ``callid``)."""
        ended = []
        for done in finished:
            for call in self._calls.calls:
                rang = call.ringing_at or call.entered_at
                if call.id == done.call_id or (
                    done.number
                    and _digits(done.number) == _digits(call.number)
                    and done.direction is call.direction
                    and rang is not None
                    and done.started >= rang - MATCH_SLACK
                    and done.ended >= rang
                ):
                    ended.append(call.id)
        return self.end_calls(ended)

    def _update(self, call_id: str, kind: str, payload: Mapping[str, str]) -> None:
        word = payload.get("direction", "").strip().lower()
        said = {"in": CallDirection.INBOUND, "out": CallDirection.OUTBOUND}.get(word)
        self._heard(
            call_id,
            at=self._clock(),
            answered=kind in ANSWERED_TYPES,
            direction=said,
            new_direction=CallDirection.OUTBOUND if kind == "OUTGOING" else CallDirection.INBOUND,
            number=phone_text(payload.get("phone")),
            name=self.names.get(call_id),
            queue=payload.get("groupRealName", "").strip(),
        )


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())
