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
client's. Commands naming another user (``user`` or ``ext``) are not the agent's and are
ignored; ``contact`` names no user and is answered for every call.

The agent's own state is DND (:mod:`agentdesk.backends.megapbx_parse`): off is Ready, on is
the pause "Do not disturb"; before the first look the agent is ``logged_in``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from agentdesk.backends.megapbx_parse import phone_text
from agentdesk.core import (
    AgentState,
    AgentStatus,
    Call,
    CallDirection,
    CallPhase,
    Event,
    Pause,
    StatusChanged,
    call_events,
)
from agentdesk.core.recent import Recent
from agentdesk.store.settings import QT_TRANSLATE_NOOP

DND_PAUSE: Final = Pause(id="dnd", title=QT_TRANSLATE_NOOP("VendorText", "Do not disturb"))
RINGING_TYPES: Final = frozenset({"INCOMING", "OUTGOING"})
ANSWERED_TYPES: Final = frozenset({"ACCEPTED"})
ENDED_TYPES: Final = frozenset({"COMPLETED", "CANCELLED", "TRANSFERRED"})
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
        """Whether a webhook names the agent (by ``user``, else by ``ext``)."""
        user = payload.get("user", "").strip()
        ext = payload.get("ext", "").strip()
        if not user and not ext:
            return False
        return bool({user, ext} & self.names)


class LiveState:
    """The agent's status as far as the backend knows it; changes return their events."""

    def __init__(self, identity: Identity, *, clock: Callable[[], datetime]) -> None:
        self.identity = identity
        self._clock = clock
        self._dnd: bool | None = None
        self._since: datetime | None = None
        self._calls: dict[str, Call] = {}
        self.names: Recent[str, str] = Recent()
        """Caller names the ``contact`` answer gave, by call id, for the card."""

    @property
    def dnd(self) -> bool | None:
        return self._dnd

    @property
    def status(self) -> AgentStatus:
        me = self.identity
        if self._dnd is None:
            base = AgentStatus(state=AgentState.LOGGED_IN, agent_login=me.login, agent_name=me.name)
        else:
            base = AgentStatus(
                state=AgentState.PAUSED if self._dnd else AgentState.READY,
                since=self._since,
                pause=DND_PAUSE if self._dnd else None,
                agent_login=me.login,
                agent_name=me.name,
            )
        calls = tuple(self._calls.values())
        if not calls:
            return base
        first = calls[0]
        return AgentStatus(
            state=AgentState.RINGING if first.phase is CallPhase.RINGING else AgentState.TALKING,
            since=first.answered_at or first.ringing_at,
            pause=base.pause,
            calls=calls,
            agent_login=me.login,
            agent_name=me.name,
        )

    @property
    def calls(self) -> tuple[Call, ...]:
        return tuple(self._calls.values())

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
            return self.end_calls([call_id])
        if kind in RINGING_TYPES | ANSWERED_TYPES:
            return self._change(lambda: self._update(call_id, kind, payload))
        return []

    def end_calls(self, call_ids: Iterable[str]) -> list[Event]:
        # dict.fromkeys: a call named twice (two history rows matching it) ends once.
        ids = list(dict.fromkeys(i for i in call_ids if i in self._calls))
        if not ids:
            return []

        def end() -> None:
            for call_id in ids:
                del self._calls[call_id]
                self.names.pop(call_id, None)

        return self._change(end)

    def end_matching(self, finished: Iterable[FinishedCall]) -> list[Event]:
        """End live calls that the history lists as over: by id, or by the client's number,
        the direction and a time that fits (the REST history's ``uid`` need not be the
        webhooks' ``callid``)."""
        ended = []
        for done in finished:
            for call in self._calls.values():
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
        now = self._clock()
        previous = self._calls.get(call_id)
        phase = CallPhase.TALKING if kind in ANSWERED_TYPES else CallPhase.RINGING
        if previous is not None and previous.phase is not CallPhase.RINGING:
            phase = previous.phase  # a late INCOMING does not undo an answer
        word = payload.get("direction", "").strip().lower()
        if word in ("in", "out"):
            direction = CallDirection.OUTBOUND if word == "out" else CallDirection.INBOUND
        elif previous is not None:
            direction = previous.direction
        else:
            direction = CallDirection.OUTBOUND if kind == "OUTGOING" else CallDirection.INBOUND
        number = phone_text(payload.get("phone")) or (previous.number if previous else "")
        self._calls[call_id] = Call(
            id=call_id,
            direction=direction,
            number=number,
            phase=phase,
            name=self.names.get(call_id) or (previous.name if previous else None),
            queue=payload.get("groupRealName", "").strip()
            or (previous.queue if previous else None),
            entered_at=previous.entered_at if previous else now,
            ringing_at=previous.ringing_at if previous else now,
            answered_at=(
                previous.answered_at
                if previous and previous.answered_at
                else (now if phase is CallPhase.TALKING else None)
            ),
        )

    def _change(self, change: Callable[[], None]) -> list[Event]:
        before = self.status
        change()
        after = self.status
        if after == before:
            return []
        return [StatusChanged(after), *call_events(before, after)]


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())
