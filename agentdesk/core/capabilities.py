"""What a backend can do: the GUI hides whatever its vendor does not document, and says why
where the vendor documents it but this profile cannot have it (:class:`Unavailable`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from agentdesk.core.translate import QT_TRANSLATE_NOOP, fill


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
    TEAM = "team"  # the colleagues and their live states
    QUEUE_PICKUP = "queue_pickup"  # the calls waiting in the agent's queues, and taking one
    SHIFT_LOGIN = "shift_login"  # logging in to the call centre (at an extension)
    SHIFT_LOGOUT = "shift_logout"  # logging out of the call centre
    PHONE_STATUS = "phone_status"  # whether the agent's desk phone is registered
    MY_DAY = "my_day"  # today's calls, talk time and pauses, from the vendor's statistics
    CALLER_FLAGS = "caller_flags"  # the caller is on one of the vendor's lists (VIP, blocked)
    BLOCKING = "blocking"  # the agent may put a caller on the vendor's blacklist
    SMS = "sms"  # a text message to the caller through the vendor's gateway


@dataclass(frozen=True, slots=True)
class Unavailable:
    """Why a profile lacks a capability its vendor documents (an API version too old, an
    option not set): ``text`` is English with ``%1``… placeholders, marked
    ``QT_TRANSLATE_NOOP("VendorText", ...)`` for the GUI to translate, and ``values`` fill
    them. ``str()`` is the English sentence, as ``ctl`` prints it. ``option``, when the
    reason is a profile option not set, names it (as profiles and ``--set`` do): the window
    then says where to set it and ``ctl`` exits as for any profile that needs completing."""

    text: str
    values: tuple[str, ...] = ()
    option: str = ""

    def __str__(self) -> str:
        return fill(self.text, *self.values)

    @classmethod
    def needs_option(cls, option: str) -> Unavailable:
        """The reason of a capability whose profile lacks ``option``."""
        return cls(NEEDS_OPTION, (option,), option=option)


NEEDS_OPTION = QT_TRANSLATE_NOOP("VendorText", "Set the profile option %1 to use this.")
