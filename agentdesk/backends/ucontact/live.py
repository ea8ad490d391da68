"""What the uContact backend knows of its agent now: the calls it placed and the break it set.

The Integra API documents no per-agent live feed (the CTI object lives in the uContact portal),
so the backend cannot see calls that ring at the agent, nor breaks set elsewhere. It knows the
calls it placed with ``AgentCall`` (until it hangs them up, or ``Cdr/getrecords`` lists them as
finished) and the break it set with ``AgentBreak``. Until either happens the agent is
``logged_in``. A placed call that uContact never lists (one whose first leg the agent's phone
never answered is not recorded) ends at its bound
(:class:`~agentdesk.backends.live_calls.LiveCalls`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from agentdesk.backends.live_calls import LiveCalls, LiveLimits
from agentdesk.backends.ucontact.options import Break
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
from agentdesk.core.recent import Recent


class KnownStatus:
    """The agent's status as far as the backend can know it; changes return their events."""

    def __init__(
        self, *, agent: str, clock: Callable[[], datetime], limits: LiveLimits | None = None
    ) -> None:
        self.agent = agent
        self.fullname: str | None = None
        self._clock = clock
        self._state = AgentState.LOGGED_IN
        self._since: datetime | None = None
        self.current_break: Break | None = None
        self._calls = LiveCalls(clock=clock, limits=limits)
        self.campaigns: Recent[str, str] = Recent()
        """The outbound campaign of each call placed, for its disposition."""

    @property
    def status(self) -> AgentStatus:
        calls = self._calls.calls
        pause = self.current_break.as_pause() if self.current_break else None
        if calls:
            return AgentStatus(
                state=AgentState.TALKING,
                since=calls[0].answered_at,
                pause=pause,
                calls=calls,
                agent_login=self.agent,
                agent_name=self.fullname,
            )
        return AgentStatus(
            state=self._state,
            since=self._since,
            pause=pause,
            agent_login=self.agent,
            agent_name=self.fullname,
        )

    @property
    def live_calls(self) -> list[Call]:
        return list(self._calls.calls)

    def signed_in(self, fullname: str | None) -> list[Event]:
        return self._change(lambda: setattr(self, "fullname", fullname))

    def set_break(self, brk: Break | None) -> list[Event]:
        """Our own ``AgentBreak`` (a break) or ``AgentUnBreak`` (None) went through."""

        def change() -> None:
            self.current_break = brk
            if brk is None:
                self._state = AgentState.READY
            else:
                self._state = AgentState.WRAP_UP if brk.wrap else AgentState.PAUSED
            self._since = self._clock()

        return self._change(change)

    def placed(self, guid: str, number: str, campaign: str) -> list[Event]:
        """``AgentCall`` answered ``guid``. It is a two-step call (the agent's phone first,
        then the customer) whose progress the API does not report, so it counts as in
        progress from now on."""
        now = self._clock()
        self.campaigns[guid] = campaign

        def change() -> None:
            self._calls.put(
                Call(
                    id=guid,
                    direction=CallDirection.OUTBOUND,
                    number=number,
                    phase=CallPhase.TALKING,
                    queue=campaign or None,
                    entered_at=now,
                    answered_at=now,
                )
            )

        return self._change(change)

    def end_calls(self, guids: Iterable[str] | None = None) -> list[Event]:
        """The calls ``guids`` (all when None) are over."""
        ended = [c.id for c in self._calls.calls] if guids is None else list(guids)
        return self._change(lambda: self._calls.end(ended))

    def end_overdue(self) -> list[Event]:
        """End the calls past their bound (:mod:`agentdesk.backends.live_calls`)."""
        return self._change(self._calls.expire)

    def _change(self, change: Callable[[], None]) -> list[Event]:
        before = self.status
        change()
        after = self.status
        if after == before:
            return []
        return [StatusChanged(after), *call_events(before, after)]
