"""What the Oki-Toki backend knows of its agent now, and how webhooks change that.

The API has no request for an agent's live state (the status reports are summaries of the
last hour). So the backend knows what it set itself (``user/set_status``) and what Oki-Toki
tells it through "Events and Integrations": webhooks the company's administrator binds to
call and user-action events. Until either says something the agent is ``logged_in``.

The guide leaves the webhook's parameters to the administrator ("action parameters ...
Variables are listed"), so AgentDesk documents the names it reads (README, "Oki-Toki
set-up"); each accepts the spellings in :data:`PAYLOAD_KEYS`:

- ``event``: ``ringing``, ``answered``, ``ended`` (calls) or ``status`` (user actions), see
  :data:`EVENT_WORDS`;
- ``session_id``, ``phone``, ``direction`` (``in``/``out``), ``queue``, ``contact_name``;
- ``user_id``: events naming another user are ignored;
- ``status_id`` and ``away_status_id`` for ``status``.

Calls are kept by :class:`~agentdesk.backends.live_calls.LiveCalls`: "ended", and the call
log listing a session as finished, end a call for good, so that a webhook delivered again
after them is ignored; a call whose end never comes ends at its bound.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Final

from agentdesk.backends.live_calls import LiveCalls, LiveLimits
from agentdesk.backends.okitoki.options import CompanyStatus
from agentdesk.backends.okitoki.parse import direction
from agentdesk.core import (
    AgentState,
    AgentStatus,
    Call,
    CallPhase,
    Event,
    Pause,
    StatusChanged,
    call_events,
)
from agentdesk.core.recent import Recent

RINGING: Final = "ringing"
ANSWERED: Final = "answered"
ENDED: Final = "ended"
STATUS: Final = "status"
EVENT_WORDS: Final[Mapping[str, str]] = {
    "ringing": RINGING,
    "call_ringing": RINGING,
    "incoming": RINGING,
    "answered": ANSWERED,
    "call_answered": ANSWERED,
    "ended": ENDED,
    "call_ended": ENDED,
    "hangup": ENDED,
    "completed": ENDED,
    "status": STATUS,
    "user_status": STATUS,
}
PAYLOAD_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    "event": ("event", "event_type", "type"),
    "session_id": ("session_id", "call_id", "session"),
    "phone": ("phone", "ani", "number", "client_phone"),
    "direction": ("direction",),
    "queue": ("queue", "queue_name"),
    "contact_name": ("contact_name", "name", "contact"),
    "user_id": ("user_id", "user"),
    "status_id": ("status_id",),
    "away_status_id": ("away_status_id",),
}


def read_payload(payload: Mapping[str, str]) -> dict[str, str]:
    """A webhook payload with our names for the parameters we read (blank ones left out)."""
    found: dict[str, str] = {}
    for name, spellings in PAYLOAD_KEYS.items():
        value = next((payload[s].strip() for s in spellings if payload.get(s, "").strip()), "")
        if value:
            found[name] = value
    if "event" in found:
        found["event"] = EVENT_WORDS.get(found["event"].lower().replace(".", "_"), "")
    return found


class KnownStatus:
    """The agent's status as far as the backend can know it; changes return their events."""

    def __init__(
        self,
        *,
        user_id: str,
        statuses: Iterable[CompanyStatus],
        clock: Callable[[], datetime],
        limits: LiveLimits | None = None,
    ) -> None:
        self.user_id = user_id
        self._statuses = {s.id: s for s in statuses}
        self._clock = clock
        self._base = AgentStatus(state=AgentState.LOGGED_IN, agent_login=user_id)
        self._calls = LiveCalls(clock=clock, limits=limits)
        self.call_started: Recent[str, datetime] = Recent()
        """When each call the backend heard of began: ``call/get_data`` and ``record`` want
        the call's date."""

    @property
    def status(self) -> AgentStatus:
        calls = self._calls.calls
        if not calls:
            return self._base
        phase = calls[0].phase
        state = AgentState.RINGING if phase is CallPhase.RINGING else AgentState.TALKING
        return AgentStatus(
            state=state,
            since=calls[0].answered_at or calls[0].ringing_at,
            pause=self._base.pause,
            calls=calls,
            agent_login=self.user_id,
        )

    @property
    def live_call_ids(self) -> list[str]:
        return [c.id for c in self._calls.calls]

    def set_status(self, status: CompanyStatus) -> list[Event]:
        """Our own ``user/set_status`` went through."""
        return self._change(lambda: self._set_base(status))

    def apply(self, payload: Mapping[str, str]) -> list[Event]:
        """A webhook's payload; events it causes (none for other users' or unknown events)."""
        found = read_payload(payload)
        user = found.get("user_id")
        if user is not None and user != self.user_id:
            return []
        event = found.get("event")
        if event == STATUS and "status_id" in found:
            key = found["status_id"]
            if found.get("away_status_id"):
                key += "/" + found["away_status_id"]
            known = self._statuses.get(key) or self._statuses.get(found["status_id"])
            return self.set_status(known or CompanyStatus(found["status_id"], None, key))
        session_id = found.get("session_id")
        if session_id is None or event not in (RINGING, ANSWERED, ENDED):
            return []
        if event == ENDED:
            return self.end_calls([session_id])
        if not self._calls.accepts(session_id, ringing=event == RINGING):
            return []  # delivered again, or late, after the call ended
        return self._change(lambda: self._call_update(session_id, event, found))

    def end_calls(self, session_ids: Iterable[str]) -> list[Event]:
        """The calls ``session_ids`` are over for good; the events for those that were live."""
        ids = list(session_ids)
        return self._change(lambda: self._calls.end(ids))

    def end_overdue(self) -> list[Event]:
        """End the calls past their bound (:mod:`agentdesk.backends.live_calls`)."""
        return self._change(self._calls.expire)

    def _set_base(self, status: CompanyStatus) -> None:
        if status.ready:
            state, pause = AgentState.READY, None
        else:
            state = AgentState.WRAP_UP if status.wrap else AgentState.PAUSED
            pause = Pause(id=status.id, title=status.title, is_wrap_up=status.wrap)
        if (state, pause) != (self._base.state, self._base.pause):
            self._base = AgentStatus(
                state=state, since=self._clock(), pause=pause, agent_login=self.user_id
            )

    def _call_update(self, session_id: str, event: str, found: Mapping[str, str]) -> None:
        now = self._clock()
        previous = self._calls.get(session_id)
        phase = CallPhase.RINGING if event == RINGING else CallPhase.TALKING
        if previous is not None and previous.phase is not CallPhase.RINGING:
            phase = previous.phase  # a late "ringing" does not undo an answer
        self.call_started.setdefault(session_id, now)
        self._calls.put(
            Call(
                id=session_id,
                direction=(
                    direction(found.get("direction"))
                    if "direction" in found or previous is None
                    else previous.direction
                ),
                number=found.get("phone") or (previous.number if previous else ""),
                phase=phase,
                name=found.get("contact_name") or (previous.name if previous else None),
                queue=found.get("queue") or (previous.queue if previous else None),
                entered_at=previous.entered_at if previous else now,
                ringing_at=previous.ringing_at if previous else now,
                answered_at=(
                    previous.answered_at
                    if previous and previous.answered_at
                    else (now if phase is CallPhase.TALKING else None)
                ),
            )
        )

    def _change(self, change: Callable[[], None]) -> list[Event]:
        before = self.status
        change()
        after = self.status
        if after == before:
            return []
        return [StatusChanged(after), *call_events(before, after)]
