"""What a backend can do: the GUI hides whatever its vendor does not document."""

from enum import StrEnum


class Capability(StrEnum):
    LIVE_STATE = "live_state"
    PAUSE = "pause"
    DIAL = "dial"
    ANSWER = "answer"
    HANGUP = "hangup"
    TRANSFER = "transfer"
    DISPOSITION = "disposition"
    HISTORY = "history"
    RECORDINGS = "recordings"
    QUEUE_STATS = "queue_stats"
    QUEUE_LOGIN = "queue_login"
    CALLER_LOOKUP = "caller_lookup"
