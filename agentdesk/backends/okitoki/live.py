"""What the Oki-Toki backend knows of its agent now, and how webhooks change that.

The API has no request for an agent's live state (the status reports are summaries of the
last hour). So the backend knows what it set itself (``user/set_status``) and what Oki-Toki
tells it through "Events and Integrations": webhooks the company's administrator binds to
call and user-action events. Until either says something the agent is ``logged_in``.

The guide leaves the webhook's parameters to the administrator ("action parameters ...
Variables are listed"), so AgentDesk documents the names it reads (README, "Oki-Toki
set-up", and docs/vendors/okitoki.md); each accepts the spellings in :data:`PAYLOAD_KEYS`, in
any case and with spaces, ``_`` or ``-`` alike:

- ``event``: ``ringing``, ``answered``, ``ended`` (calls) or ``status`` (user actions), see
  :data:`EVENT_WORDS`;
- ``session_id``, ``phone``, ``direction`` (``in``/``out``), ``queue``, ``contact_name``;
- ``user_id``: events naming another user are ignored;
- ``status_id`` and ``away_status_id`` for ``status``.

Calls are kept by :class:`~agentdesk.backends.tracked_status.TrackedStatus`: "ended", and the call
log listing a session as finished, end a call for good, so that a webhook delivered again
after them is ignored; a call whose end never comes ends at its bound.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Final

from agentdesk.backends.answer_shapes import alias_table, pick
from agentdesk.backends.live_calls import LiveLimits
from agentdesk.backends.okitoki.options import CompanyStatus
from agentdesk.backends.okitoki.parse import direction
from agentdesk.backends.tracked_status import TrackedStatus
from agentdesk.core import AgentState, AgentStatus, Event, Pause
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
    "call_end": ENDED,
    "call_finished": ENDED,
    "status": STATUS,
    "user_status": STATUS,
    "status_changed": STATUS,
    "user_status_changed": STATUS,
}
PAYLOAD_KEYS: Final[Mapping[str, tuple[str, ...]]] = {
    "event": ("event", "event_type", "type", "action"),
    "session_id": ("session_id", "call_id", "session", "call_session_id"),
    "phone": ("phone", "ani", "number", "client_phone", "caller_id", "phone_number"),
    "direction": ("direction", "call_direction", "call_type"),
    "queue": ("queue", "queue_name", "queue_title"),
    "contact_name": ("contact_name", "name", "contact", "client_name"),
    "user_id": ("user_id", "user", "operator_id", "agent_id"),
    "status_id": ("status_id", "status"),
    "away_status_id": ("away_status_id", "away_status", "away_id"),
}
CALL_EVENT_KEYS: Final = ("session_id", "phone", "direction")
"""What a call event's webhook should carry: without these the card lacks the caller."""
STATUS_EVENT_KEYS: Final = ("status_id",)
_PAYLOAD_FORMS: Final = alias_table(PAYLOAD_KEYS)


def payload_keys(payload: Mapping[str, str]) -> dict[str, str]:
    """A webhook payload keyed by our names where a spelling of them is there (blank or
    not), the other parameters by their compared form: for telling what a payload lacks."""
    return pick(payload, _PAYLOAD_FORMS)


def read_payload(payload: Mapping[str, str]) -> dict[str, str]:
    """A webhook payload with our names for the parameters we read (blank ones left out)."""
    named = payload_keys(payload)
    found: dict[str, str] = {}
    for name in PAYLOAD_KEYS:
        value = str(named.get(name) or "").strip()
        if value:
            found[name] = value
    if "event" in found:
        found["event"] = EVENT_WORDS.get(found["event"].lower().replace(".", "_"), "")
    return found


class KnownStatus(TrackedStatus):
    """The agent's status as far as the backend can know it; changes return their events."""

    def __init__(
        self,
        *,
        user_id: str,
        statuses: Iterable[CompanyStatus],
        clock: Callable[[], datetime],
        limits: LiveLimits | None = None,
    ) -> None:
        super().__init__(clock=clock, limits=limits)
        self.user_id = user_id
        self._statuses = {s.id: s for s in statuses}
        self._base = AgentStatus(state=AgentState.LOGGED_IN, agent_login=user_id)
        self.call_started: Recent[str, datetime] = Recent()
        """When each call the backend heard of began: ``call/get_data`` and ``record`` want
        the call's date."""

    def _own_status(self) -> AgentStatus:
        return self._base

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
        self.call_started.setdefault(session_id, now)
        self._heard(
            session_id,
            at=now,
            answered=event != RINGING,
            direction=direction(found["direction"]) if "direction" in found else None,
            number=found.get("phone", ""),
            name=found.get("contact_name"),
            queue=found.get("queue"),
        )
