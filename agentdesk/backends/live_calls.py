"""The live calls of a backend that is told of them, by webhook or by its own dialling, and
never shown them: MegaFon's, Oki-Toki's and uContact's, whose vendors document no request that
says which calls are live now.

Such bookkeeping has two holes, closed here for the three:

- **An ended call comes back.** A webhook posted again (a retry after a lost or slow answer)
  or delivered late, after the one that ended the call, would make it ring again, and that
  ring would never end. So ended calls are remembered (the last :data:`ENDED_KEPT`), and
  :meth:`LiveCalls.accepts` refuses events for a call that ended :attr:`Ending.FOR_GOOD`. A
  call that only :attr:`Ending.LEFT` the agent may still live at the vendor (passed to a
  colleague, a hunt group ringing someone else before it comes round again): it may ring
  again, but an answer without a new ring is stale and refused.
- **A call whose end never comes.** Its last webhook lost, its history row not recognised
  as it, a call would stay live for good, and with it the backend's in-call polling. So
  every live call has an upper bound (:class:`LiveLimits`): while ringing,
  :data:`RINGING_LIMIT` after the last word of it; answered, :data:`TALKING_LIMIT`. A backend
  calls :meth:`LiveCalls.expire` right after its regular look at what its vendor documents
  (the call history, the recorded calls): a call that look finds over ends as that, one it
  cannot find ends at its bound all the same, since no vendor of the three documents a way
  to ask whether a call is still live. And at most :data:`LIVE_LIMIT` calls are live at once:
  past that, the one heard of longest ago ends.

Ages are read on the backend's wall clock, as the calls' own times are: after a laptop's
sleep a call that rang before it is overdue at once, as it should be; a clock set back delays
the bound by as much.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from agentdesk.core import Call, CallPhase
from agentdesk.core.recent import Recent

log = logging.getLogger(__name__)

RINGING_LIMIT: Final = timedelta(minutes=5)
"""A call still ringing this long after the last word of it is not ringing: PBXs give up on
an unanswered ring, or pass it on, within a minute or two; longer waits are spent in a
queue, not ringing at the agent."""
TALKING_LIMIT: Final = timedelta(hours=4)
"""An answered call heard nothing of for this long is taken as over: far beyond any
call-centre conversation, and past it a real one loses only its card."""
LIVE_LIMIT: Final = 10
"""Calls live at once: an agent has one or two (a call and one waiting or on hold)."""
ENDED_KEPT: Final = 1000
"""Ended calls remembered: a few shifts of a busy agent (a retry comes within minutes), about
150 kB at most."""


class Ending(enum.Enum):
    """How a call stopped being the agent's."""

    FOR_GOOD = "for good"
    """The vendor said it is over (hung up, in the history): no event brings it back."""
    LEFT = "left"
    """It left the agent but may live on at the vendor (transferred, rung elsewhere, or
    ended by AgentDesk at its bound): a new ring brings it back, a stale answer does not."""


@dataclass(frozen=True, slots=True)
class LiveLimits:
    """The bounds of :class:`LiveCalls`; tests shorten them."""

    ringing: timedelta = RINGING_LIMIT
    talking: timedelta = TALKING_LIMIT
    count: int = LIVE_LIMIT
    ended_kept: int = ENDED_KEPT

    def __post_init__(self) -> None:
        if self.count < 1 or self.ringing <= timedelta(0) or self.talking <= timedelta(0):
            raise ValueError(f"live-call limits must be above zero: {self}")


class LiveCalls:
    """The calls a backend takes as live, in the order they came, and the ones that ended."""

    def __init__(self, *, clock: Callable[[], datetime], limits: LiveLimits | None = None) -> None:
        self.limits = limits or LiveLimits()
        self._clock = clock
        self._calls: dict[str, Call] = {}
        self._heard: dict[str, datetime] = {}
        self._ended: Recent[str, Ending] = Recent(self.limits.ended_kept)

    @property
    def calls(self) -> tuple[Call, ...]:
        return tuple(self._calls.values())

    def __len__(self) -> int:
        return len(self._calls)

    def get(self, call_id: str) -> Call | None:
        return self._calls.get(call_id)

    def ended(self, call_id: str) -> Ending | None:
        """How ``call_id`` ended, if it did and is remembered."""
        return self._ended.get(call_id)

    def accepts(self, call_id: str, *, ringing: bool) -> bool:
        """Whether an event that rings (``ringing``) or answers ``call_id`` may change it."""
        ending = self._ended.get(call_id)
        if ending is None or call_id in self._calls:
            return True
        return ending is Ending.LEFT and ringing

    def put(self, call: Call) -> None:
        """``call`` is live (new or changed), heard of now. Past the count limit, the call
        heard of longest ago leaves."""
        self._calls[call.id] = call
        self._heard[call.id] = self._clock()
        self._ended.pop(call.id, None)
        while len(self._calls) > self.limits.count:
            oldest = min(self._heard, key=self._heard.__getitem__)
            log.info("call %s ended by AgentDesk: over %d live calls", oldest, self.limits.count)
            self.end([oldest], Ending.LEFT)

    def end(self, call_ids: Iterable[str], how: Ending = Ending.FOR_GOOD) -> None:
        """The calls ``call_ids`` are over (``how``), live or not: events for them are
        judged by :meth:`accepts` from now on."""
        for call_id in call_ids:
            self._calls.pop(call_id, None)
            self._heard.pop(call_id, None)
            if self._ended.get(call_id) is not Ending.FOR_GOOD:  # never weakened
                self._ended[call_id] = how

    def overdue(self) -> list[str]:
        """The live calls past their bound."""
        now = self._clock()
        return [
            call_id
            for call_id, call in self._calls.items()
            if now - self._heard[call_id] > self._limit(call)
        ]

    def expire(self) -> None:
        """End the calls past their bound (they leave: a new ring may bring one back)."""
        for call_id in self.overdue():
            log.info(
                "call %s ended by AgentDesk: nothing heard of it for %s, nor found over",
                call_id,
                self._limit(self._calls[call_id]),
            )
            self.end([call_id], Ending.LEFT)

    def _limit(self, call: Call) -> timedelta:
        return self.limits.ringing if call.phase is CallPhase.RINGING else self.limits.talking
