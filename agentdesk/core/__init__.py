"""The vendor-neutral language of AgentDesk: no Qt, no HTTP."""

from agentdesk.core.backend import Backend
from agentdesk.core.capabilities import Capability, Unavailable
from agentdesk.core.errors import (
    AgentDeskError,
    AuthenticationError,
    ConfigurationError,
    MalformedResponseError,
    NotSupportedError,
    OptionNeededError,
    SavedWithProblemError,
    TransientError,
    UnknownObjectError,
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
from agentdesk.core.profile import Profile
from agentdesk.core.records import (
    CallerInfo,
    CallHistory,
    CallRecord,
    Disposition,
    DispositionField,
    DispositionForm,
    DispositionStatus,
    FieldKind,
    QueueFigures,
    QueueMembership,
    Recording,
)
from agentdesk.core.relay_link import RelayChanged, RelayLink, RelayState
from agentdesk.core.shift import PhoneState, PhoneStatus, WaitingCall
from agentdesk.core.states import AgentState, ConnectionState
from agentdesk.core.team import Colleague, TransferKind, TransferQueue, TransferTarget
from agentdesk.core.webhooks import WebhookFigures

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
    "CallHistory",
    "CallPhase",
    "CallRecord",
    "CallRinging",
    "CallerInfo",
    "Capability",
    "Colleague",
    "ConfigurationError",
    "ConnectionChanged",
    "ConnectionState",
    "DialResult",
    "Disposition",
    "DispositionField",
    "DispositionForm",
    "DispositionStatus",
    "Event",
    "FieldKind",
    "MalformedResponseError",
    "NotSupportedError",
    "OptionNeededError",
    "Pause",
    "PhoneState",
    "PhoneStatus",
    "Profile",
    "QueueFigures",
    "QueueMembership",
    "Recording",
    "RelayChanged",
    "RelayLink",
    "RelayState",
    "SavedWithProblemError",
    "StatusChanged",
    "TransferKind",
    "TransferQueue",
    "TransferTarget",
    "TransientError",
    "Unavailable",
    "UnknownObjectError",
    "VendorError",
    "WaitingCall",
    "WebhookFigures",
    "call_events",
]
