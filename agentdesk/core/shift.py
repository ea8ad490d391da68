"""The agent's shift beside the calls: callers waiting in the queues, and the desk phone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class WaitingCall:
    """A caller waiting in one of the agent's queues, whom the agent may pick up."""

    id: str
    number: str
    queue: str | None = None  # as agents know it (the queue's title)
    queue_id: str | None = None
    waiting_since: datetime | None = None
    waiting_seconds: int | None = None  # as the vendor counted when asked


class PhoneState(StrEnum):
    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"  # not registered: calls cannot ring
    IN_USE = "in_use"
    ON_HOLD = "on_hold"
    RINGING = "ringing"
    UNKNOWN = "unknown"  # a word the vendor's document does not list


@dataclass(frozen=True, slots=True)
class PhoneStatus:
    """The agent's desk phone as the vendor sees it."""

    extension: str
    state: PhoneState

    @property
    def reachable(self) -> bool:
        """False only when the vendor says the phone cannot ring (an unknown word is not
        taken as a fault: the agent is warned of what is known)."""
        return self.state is not PhoneState.UNAVAILABLE
