"""What the uContact backend knows of its agent now: the calls it placed and the break it set.

The Integra API documents no per-agent live feed (the CTI object lives in the uContact portal),
so the backend cannot see calls that ring at the agent, nor breaks set elsewhere. It knows the
calls it placed with ``AgentCall`` (until it hangs them up, or ``Cdr/getrecords`` lists them as
finished) and the break it set with ``AgentBreak``. Until either happens the agent is
``logged_in``. A placed call that uContact never lists (one whose first leg the agent's phone
never answered is not recorded) ends at its bound
(:class:`~agentdesk.backends.tracked_status.TrackedStatus`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from agentdesk.backends.live_calls import LiveLimits
from agentdesk.backends.tracked_status import TrackedStatus
from agentdesk.backends.ucontact.options import Break
from agentdesk.core import AgentState, AgentStatus, Call, CallDirection, CallPhase, Event
from agentdesk.core.recent import Recent


class KnownStatus(TrackedStatus):
    """The agent's status as far as the backend can know it; changes return their events."""

    def __init__(
        self, *, agent: str, clock: Callable[[], datetime], limits: LiveLimits | None = None
    ) -> None:
        super().__init__(clock=clock, limits=limits)
        self.agent = agent
        self.fullname: str | None = None
        self._state = AgentState.LOGGED_IN
        self._since: datetime | None = None
        self.current_break: Break | None = None
        self.campaigns: Recent[str, str] = Recent()
        """The outbound campaign of each call placed, for its disposition."""

    def _own_status(self) -> AgentStatus:
        return AgentStatus(
            state=self._state,
            since=self._since,
            pause=self.current_break.as_pause() if self.current_break else None,
            agent_login=self.agent,
            agent_name=self.fullname,
        )

    @property
    def live_calls(self) -> list[Call]:
        return list(self._calls.calls)

    def signed_in(self, fullname: str | None) -> list[Event]:
        return self._change(lambda: setattr(self, "fullname", fullname))

    def logged_off(self) -> list[Event]:
        """Our own ``AgentLogoff`` went through."""

        def change() -> None:
            self.current_break = None
            self._state = AgentState.OFFLINE
            self._since = self._clock()

        return self._change(change)

    def logged_in(self) -> list[Event]:
        """Signed in again after a log-off: logged in, not on a break."""

        def change() -> None:
            self._state = AgentState.LOGGED_IN
            self._since = self._clock()

        return self._change(change)

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
