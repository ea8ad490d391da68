"""What a backend can do, and why it cannot when it cannot: the GUI hides whatever its
vendor does not document, and says which profile option is missing when that is the reason."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Capability(StrEnum):
    LIVE_STATE = "live_state"
    PAUSE = "pause"
    DIAL = "dial"
    CANCEL_DIAL = "cancel_dial"  # a dial the vendor queues (a dialer task) can be taken back
    ANSWER = "answer"
    HANGUP = "hangup"
    TRANSFER = "transfer"
    DISPOSITION = "disposition"
    HISTORY = "history"
    RECORDINGS = "recordings"
    QUEUE_STATS = "queue_stats"
    QUEUE_LOGIN = "queue_login"
    CALLER_LOOKUP = "caller_lookup"


@dataclass(frozen=True, slots=True)
class NotDocumented:
    """The vendor's documents offer no way to do it: no profile can change that."""


@dataclass(frozen=True, slots=True)
class NeedsOption:
    """The vendor documents it, but this profile lacks the option it needs (Oki-Toki's
    ``statuses`` for pauses: its API lists none, so the profile must)."""

    option: str
    """The profile option to set, as profiles and ``--set`` name it."""


Unavailable = NotDocumented | NeedsOption
"""Why a capability is missing (:meth:`agentdesk.core.backend.Backend.unavailable`)."""
