"""The vendor-neutral language of AgentDesk: no Qt, no HTTP."""

from agentdesk.core.backend import Backend
from agentdesk.core.capabilities import Capability
from agentdesk.core.errors import (
    AgentDeskError,
    AuthenticationError,
    ConfigurationError,
    MalformedResponseError,
    NotSupportedError,
    TransientError,
    VendorError,
)
from agentdesk.core.events import (
    CallAnswered,
    CallEnded,
    CallRinging,
    ConnectionChanged,
    Event,
    StatusChanged,
    call_events,
)
from agentdesk.core.models import (
    OFFLINE,
    AgentStatus,
    Call,
    CallDirection,
    CallPhase,
    DialResult,
    Pause,
)
from agentdesk.core.states import AgentState, ConnectionState

__all__ = [
    "OFFLINE",
    "AgentDeskError",
    "AgentState",
    "AgentStatus",
    "AuthenticationError",
    "Backend",
    "Call",
    "CallAnswered",
    "CallDirection",
    "CallEnded",
    "CallPhase",
    "CallRinging",
    "Capability",
    "ConfigurationError",
    "ConnectionChanged",
    "ConnectionState",
    "DialResult",
    "Event",
    "MalformedResponseError",
    "NotSupportedError",
    "Pause",
    "StatusChanged",
    "TransientError",
    "VendorError",
    "call_events",
]
