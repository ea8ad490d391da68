"""Calls that rang at the agent and ended unanswered, kept until the agent has seen them.

Qt-free: the window's list and the tray's badge read it. A call counts as missed when it
was inbound, rang, and ended without being answered, whoever hung up; a call answered
anywhere (the desk phone, a softphone) is not missed, whatever AgentDesk was showing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from agentdesk.core import Call, CallAnswered, CallDirection, CallEnded, CallRinging, Event
from agentdesk.core.recent import Recent

KEPT = 200
"""Missed calls listed at most: older ones drop off the end of the list."""


@dataclass(frozen=True, slots=True)
class MissedCall:
    call_id: str
    number: str
    name: str | None
    queue: str | None
    rang_at: datetime


class MissedCalls:
    """Follows the session's call events; ``on_change`` is called whenever the list or the
    unseen count changes."""

    def __init__(
        self,
        *,
        on_change: Callable[[], None] | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        kept: int = KEPT,
    ) -> None:
        self._on_change = on_change
        self._clock = clock
        self._ringing: Recent[str, datetime] = Recent(kept)
        self._missed: Recent[str, MissedCall] = Recent(kept)
        self._unseen: set[str] = set()

    @property
    def calls(self) -> list[MissedCall]:
        """Newest first."""
        return list(self._missed.values())[::-1]

    @property
    def unseen(self) -> int:
        return len(self._unseen)

    def observe(self, event: Event | object) -> None:
        if isinstance(event, CallRinging):
            self.rang(event.call)
        elif isinstance(event, CallAnswered):
            self.answered(event.call)
        elif isinstance(event, CallEnded):
            self.ended(event.call)

    def rang(self, call: Call) -> None:
        if call.direction is CallDirection.INBOUND:
            self._ringing[call.id] = call.ringing_at or self._clock()

    def answered(self, call: Call) -> None:
        self._ringing.pop(call.id, None)

    def ended(self, call: Call) -> None:
        rang_at = self._ringing.pop(call.id, None)
        if rang_at is not None and call.answered_at is None:
            self._add(call, rang_at)

    def mark_seen(self) -> None:
        if self._unseen:
            self._unseen.clear()
            self._changed()

    def remove(self, call_id: str) -> None:
        """The agent called back or dismissed it: off the list."""
        if self._missed.pop(call_id, None) is not None:
            self._unseen.discard(call_id)
            self._changed()

    def clear(self) -> None:
        if self._missed:
            self._missed.clear()
            self._unseen.clear()
            self._changed()

    def _add(self, call: Call, rang_at: datetime) -> None:
        self._missed[call.id] = MissedCall(call.id, call.number, call.name, call.queue, rang_at)
        self._unseen = {c for c in self._unseen if c in self._missed} | {call.id}
        self._changed()

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()
