"""The document's "Requirement version" of every action the backend uses, and what a
profile's ``api_version`` leaves of each capability.

A Daktela installation serves the API versions up to its own, and the profile's
``api_version`` says which that is. No action newer than it is ever sent
(:class:`~agentdesk.backends.daktela.wire.DaktelaWire` refuses to): each capability takes the
first of its :data:`WAYS` (best first) whose uses are all at or below the profile's version;
without one the capability is not declared, and :class:`Plan.unavailable` says which version
it needs. The older ways are the document's own: ``RTUserState`` without its ``hash``
long-poll (3.9), ``RTStatsSessions`` + ``RTStatsCalls`` for the live state (3.5), the 3.0
``CreateCall`` that dials from an extension, ``SimpleSearchContact`` without
``LastCallNumber`` for the caller card (3.2).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from agentdesk.core import Capability, ConfigurationError, Unavailable
from agentdesk.core.translate import QT_TRANSLATE_NOOP

Version = tuple[int, ...]

DEFAULT_API_VERSION: Final = "4.1"
"""A profile without ``api_version``: the newest version the document describes."""

# Each action as the document's "Requirement version" gives it.
REQUIREMENTS: Final[Mapping[str, str]] = {
    "AboutCall": "3.0",
    "Answer": "3.7",
    "CallScriptClose": "4.0",
    "CallScriptOpened": "4.0",
    "CreateCall": "3.0",  # 3.0: "Create outbound call ( non CC )", from an extension
    "DeviceStates": "3.0",
    "GetPauses": "3.0",
    "GetRecording": "3.0",
    "GetQueues": "3.0",
    "GetStatuses": "3.8",
    "GetUsers": "3.0",
    "Hangup": "3.0",
    "LastCallNumber": "3.9",
    "Login": "3.4",
    "LoginQueue": "3.0",
    "Logout": "3.4",
    "LogoutQueue": "3.0",
    "PauseOff": "3.0",
    "PauseOn": "3.0",
    "PickupFromQueue": "4.0",
    "RTStatsCalls": "3.5",
    "RTStatsQueues": "3.5",
    "RTStatsSessions": "3.5",
    "RTUserState": "3.9",
    "RTUsersState": "4.1",
    "SendSMS": "3.1",
    "SimpleSearchContact": "3.2",
    "StatsCalls": "4.1",
    "StatsUsersPauses": "4.1",
    "StatsUsersSessions": "4.1",
    "Transfer": "3.0",
}
# Where a later version changed what an action is or what it answers: the use, its action
# and the version. The names are what the messages show.
LATER_FORMS: Final[Mapping[str, tuple[str, str]]] = {
    # 3.1: "Create ooutgoing call with request on call center", for an agent (user).
    "CreateCall for an agent": ("CreateCall", "3.1"),
    # 4.0: the optional hash (held until the state changes) and login_oqueues.
    "RTUserState with hash": ("RTUserState", "4.0"),
    "RTUserState's login_oqueues": ("RTUserState", "4.0"),
}

HASH_LONG_POLL: Final = ("RTUserState with hash",)
USER_STATE_POLL: Final = ("RTUserState",)
SESSIONS_POLL: Final = ("GetUsers", "RTStatsSessions", "RTStatsCalls")
AGENT_CALL: Final = ("CreateCall for an agent",)
EXTENSION_CALL: Final = ("CreateCall",)
CONTACT_AND_LAST_CALL: Final = ("SimpleSearchContact", "LastCallNumber")
CONTACT_ONLY: Final = ("SimpleSearchContact",)

# What each capability is made of, best way first.
WAYS: Final[Mapping[Capability, tuple[tuple[str, ...], ...]]] = {
    Capability.LIVE_STATE: (HASH_LONG_POLL, USER_STATE_POLL, SESSIONS_POLL),
    Capability.PAUSE: (("GetPauses", "PauseOn", "PauseOff"),),
    Capability.DIAL: (AGENT_CALL, EXTENSION_CALL),
    Capability.ANSWER: (("Answer",),),
    Capability.HANGUP: (("Hangup",),),
    Capability.CALLER_LOOKUP: (CONTACT_AND_LAST_CALL, CONTACT_ONLY),
    Capability.DISPOSITION: (("CallScriptOpened", "GetStatuses", "CallScriptClose"),),
    Capability.HISTORY: (("StatsCalls",),),
    Capability.RECORDINGS: (("AboutCall", "GetRecording"),),
    Capability.QUEUE_STATS: (("RTStatsQueues",),),
    Capability.QUEUE_LOGIN: (("RTUserState's login_oqueues", "LoginQueue", "LogoutQueue"),),
    Capability.MY_DAY: (("StatsCalls", "StatsUsersPauses", "StatsUsersSessions"),),
    Capability.SMS: (("SendSMS",),),
    Capability.TRANSFER: (("Transfer", "GetQueues"),),
    Capability.TEAM: (("RTUsersState",),),
    Capability.QUEUE_PICKUP: (("RTStatsCalls", "PickupFromQueue"),),
    Capability.SHIFT_LOGIN: (("Login",),),
    Capability.SHIFT_LOGOUT: (("Logout",),),
    Capability.PHONE_STATUS: (("DeviceStates",),),
}

NEWER_THAN_PROFILE = QT_TRANSLATE_NOOP(
    "VendorText", "Daktela offers %1 from API version %2 on; this profile's api_version is %3."
)
NEEDS_EXTENSION = QT_TRANSLATE_NOOP(
    "VendorText",
    "Daktela's CreateCall for an agent needs API version 3.1; at %1 it dials from an "
    "extension: set the extension in the profile.",
)


def version_tuple(version: str) -> Version:
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        raise ConfigurationError(
            f"Daktela API version must look like 4.1, got {version!r}"
        ) from None


def since(use: str) -> Version:
    """The version from which the document has ``use`` (an action or a later form)."""
    later = LATER_FORMS.get(use)
    return version_tuple(later[1] if later else REQUIREMENTS[use])


def newer_than(action: str, api_version: str) -> Unavailable | None:
    """Why ``action`` may not be sent to an installation of ``api_version``; None when it
    may (an action the table does not list is taken as 3.0's)."""
    required = REQUIREMENTS.get(action)
    if required is None or version_tuple(required) <= version_tuple(api_version):
        return None
    return Unavailable(NEWER_THAN_PROFILE, (action, required, api_version))


@dataclass(frozen=True)
class Plan:
    """How each capability is done at one API version, and why the others are not."""

    api_version: str
    ways: Mapping[Capability, tuple[str, ...]]
    unavailable: Mapping[Capability, Unavailable]

    @property
    def capabilities(self) -> frozenset[Capability]:
        return frozenset(self.ways)

    def way(self, capability: Capability) -> tuple[str, ...] | None:
        return self.ways.get(capability)


def plan(api_version: str, *, extension: str | None = None) -> Plan:
    """The ways at ``api_version``; the 3.0 CreateCall only with an ``extension``."""
    version = version_tuple(api_version)
    ways: dict[Capability, tuple[str, ...]] = {}
    unavailable: dict[Capability, Unavailable] = {}
    for capability, options in WAYS.items():
        usable = [
            way
            for way in options
            if all(since(use) <= version for use in way) and (way != EXTENSION_CALL or extension)
        ]
        if usable:
            ways[capability] = usable[0]
        elif capability is Capability.DIAL:
            unavailable[capability] = Unavailable(NEEDS_EXTENSION, (api_version,))
        else:
            unavailable[capability] = _too_old(options, version, api_version)
    return Plan(api_version, ways, unavailable)


def _too_old(
    options: tuple[tuple[str, ...], ...], version: Version, api_version: str
) -> Unavailable:
    """The oldest way: the version it needs, and its uses that need that version."""
    oldest = min(options, key=lambda way: max(since(use) for use in way))
    needed = max(since(use) for use in oldest)
    newest = [use for use in oldest if since(use) == needed]
    return Unavailable(
        NEWER_THAN_PROFILE,
        (", ".join(newest), ".".join(str(part) for part in needed), api_version),
    )
