"""The agent's status as a backend that is never shown it keeps it: MegaFon's, Oki-Toki's and
uContact's, whose vendors document no request that says what the agent is doing now.

Each vendor's class (``megapbx/live.py``, ``okitoki/live.py``, ``ucontact/live.py``) knows
the agent's own state in its vendor's words (DND, a company status, a break) and what its
vendor tells it of calls; :class:`TrackedStatus` holds what they share: the live calls
(:class:`~agentdesk.backends.live_calls.LiveCalls`, with their bounds), how a word of a call
changes the call, the status with the calls on top of the agent's own state, and the events
each change makes.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable
from datetime import datetime

from agentdesk.backends.live_calls import Ending, LiveCalls, LiveLimits
from agentdesk.core import (
    AgentState,
    AgentStatus,
    Call,
    CallDirection,
    CallPhase,
    Event,
    StatusChanged,
    call_events,
)


class TrackedStatus(abc.ABC):
    """The agent's status as far as the backend can know it; changes return their events."""

    def __init__(self, *, clock: Callable[[], datetime], limits: LiveLimits | None = None) -> None:
        self._clock = clock
        self._calls = LiveCalls(clock=clock, limits=limits)

    @abc.abstractmethod
    def _own_status(self) -> AgentStatus:
        """The agent's own state (ready, a pause...), whatever calls are live."""

    @property
    def status(self) -> AgentStatus:
        """The agent's own state, or, while a call is live, the first call's."""
        own = self._own_status()
        calls = self._calls.calls
        if not calls:
            return own
        first = calls[0]
        return AgentStatus(
            state=AgentState.RINGING if first.phase is CallPhase.RINGING else AgentState.TALKING,
            since=first.answered_at or first.ringing_at,
            pause=own.pause,
            calls=calls,
            agent_login=own.agent_login,
            agent_name=own.agent_name,
        )

    @property
    def calls(self) -> tuple[Call, ...]:
        return self._calls.calls

    def end_calls(
        self, call_ids: Iterable[str] | None = None, how: Ending = Ending.FOR_GOOD
    ) -> list[Event]:
        """The calls ``call_ids`` (every live one when None) are over (``how``); the events
        for those that were live."""
        ids = [c.id for c in self._calls.calls] if call_ids is None else list(call_ids)
        return self._change(lambda: self._calls.end(ids, how))

    def end_overdue(self) -> list[Event]:
        """End the calls past their bound (:mod:`agentdesk.backends.live_calls`)."""
        return self._change(self._calls.expire)

    def _heard(
        self,
        call_id: str,
        *,
        at: datetime,
        answered: bool,
        direction: CallDirection | None,
        number: str,
        name: str | None,
        queue: str | None,
        new_direction: CallDirection = CallDirection.INBOUND,
    ) -> None:
        """A word of ``call_id`` at ``at``: it rings, or it is ``answered``. What the word
        leaves out (``direction`` None, the rest blank) stays as an earlier word said; a call
        first heard of goes ``new_direction`` unless the word says."""
        previous = self._calls.get(call_id)
        phase = CallPhase.TALKING if answered else CallPhase.RINGING
        if previous is not None and previous.phase is not CallPhase.RINGING:
            phase = previous.phase  # a late ring does not undo an answer
        if direction is None:
            direction = previous.direction if previous is not None else new_direction
        self._calls.put(
            Call(
                id=call_id,
                direction=direction,
                number=number or (previous.number if previous else ""),
                phase=phase,
                name=name or (previous.name if previous else None),
                queue=queue or (previous.queue if previous else None),
                entered_at=previous.entered_at if previous else at,
                ringing_at=previous.ringing_at if previous else at,
                answered_at=(
                    previous.answered_at
                    if previous and previous.answered_at
                    else (at if phase is CallPhase.TALKING else None)
                ),
            )
        )

    def _change(self, change: Callable[[], None]) -> list[Event]:
        """Make ``change``; the events that tell what it changed in :attr:`status`."""
        before = self.status
        change()
        after = self.status
        if after == before:
            return []
        return [StatusChanged(after), *call_events(before, after)]
