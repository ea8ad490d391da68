"""The desktop's stream from the company relay (docs/RELAY.md), as the window, the
diagnostics and ``ctl watch`` show it: where, in what state, how far it has read."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RelayState(StrEnum):
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    REFUSED = "refused"  # the relay refused the agent's token: revoked or wrong


@dataclass(frozen=True, slots=True)
class RelayLink:
    """The relay stream now. ``retry_in``: seconds until the next attempt (RECONNECTING and
    REFUSED); ``reconnects``: streams opened after the first; ``http_status``: the relay's
    answer to the last refused attempt."""

    url: str
    state: RelayState
    retry_in: float | None = None
    last_event_id: str | None = None
    reconnects: int = 0
    events: int = 0
    http_status: int | None = None


@dataclass(frozen=True, slots=True)
class RelayChanged:
    """The relay stream changed state (a backend that reads one announces it)."""

    link: RelayLink
