"""Plain values that cross the line between backends, the session and the GUI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from agentdesk.core.states import AgentState


class CallDirection(StrEnum):
    INBOUND = "in"
    OUTBOUND = "out"


class CallPhase(StrEnum):
    RINGING = "ringing"
    TALKING = "talking"
    ON_HOLD = "on_hold"


@dataclass(frozen=True, slots=True)
class Call:
    """One live call of the agent, as the vendor reports it."""

    id: str
    direction: CallDirection
    number: str
    phase: CallPhase
    name: str | None = None
    queue: str | None = None
    entered_at: datetime | None = None
    ringing_at: datetime | None = None
    answered_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Pause:
    """A not-ready reason the agent can choose."""

    id: str
    title: str
    is_wrap_up: bool = False


@dataclass(frozen=True, slots=True)
class AgentStatus:
    """Everything the vendor says about the agent at one moment."""

    state: AgentState
    since: datetime | None = None
    pause: Pause | None = None
    calls: tuple[Call, ...] = ()
    agent_login: str | None = None
    agent_name: str | None = None

    @property
    def current_call(self) -> Call | None:
        return self.calls[0] if self.calls else None


OFFLINE = AgentStatus(state=AgentState.OFFLINE)


@dataclass(frozen=True, slots=True)
class DialResult:
    call_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
