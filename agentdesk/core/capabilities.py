"""What a backend can do: the GUI hides whatever its vendor does not document."""

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
