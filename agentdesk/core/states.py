"""The agent's states, in the vendor-neutral words every backend translates into."""

from enum import StrEnum


class AgentState(StrEnum):
    OFFLINE = "offline"
    LOGGED_IN = "logged_in"  # signed in to the call centre but not taking calls from a queue
    READY = "ready"
    PAUSED = "paused"
    RINGING = "ringing"
    TALKING = "talking"
    ON_HOLD = "on_hold"
    WRAP_UP = "wrap_up"

    @property
    def in_call(self) -> bool:
        return self in (AgentState.RINGING, AgentState.TALKING, AgentState.ON_HOLD)


class ConnectionState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    AUTH_FAILED = "auth_failed"
    FAILED = "failed"  # the profile is wrong in a way retrying cannot mend
    STOPPED = "stopped"
