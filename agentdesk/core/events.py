"""Events a backend's stream yields and the session passes on to the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from agentdesk.core.models import AgentStatus, Call, CallPhase
from agentdesk.core.relay_link import RelayChanged
from agentdesk.core.states import ConnectionState


@dataclass(frozen=True, slots=True)
class StatusChanged:
    status: AgentStatus


@dataclass(frozen=True, slots=True)
class CallRinging:
    call: Call


@dataclass(frozen=True, slots=True)
class CallAnswered:
    call: Call


@dataclass(frozen=True, slots=True)
class CallEnded:
    call: Call


@dataclass(frozen=True, slots=True)
class ConnectionChanged:
    state: ConnectionState
    retry_in: float | None = None
    detail: str | None = None


Event = StatusChanged | CallRinging | CallAnswered | CallEnded | ConnectionChanged | RelayChanged


def call_events(before: AgentStatus | None, after: AgentStatus) -> list[Event]:
    """The call events that lead from one status to the next.

    Vendors that report snapshots (Daktela's ``RTUserState``) use this so that every backend
    announces ringing, answered and ended calls the same way; a call that rings and vanishes
    still gets its ``CallEnded``.
    """
    old = {c.id: c for c in before.calls} if before else {}
    new = {c.id: c for c in after.calls}
    events: list[Event] = []
    for call_id, call in new.items():
        previous = old.get(call_id)
        if previous is None and call.phase is CallPhase.RINGING:
            events.append(CallRinging(call))
        elif call.phase is not CallPhase.RINGING and (
            previous is None or previous.phase is CallPhase.RINGING
        ):
            events.append(CallAnswered(call))
    events.extend(CallEnded(call) for call_id, call in old.items() if call_id not in new)
    return events
