"""AgentDesk's own exceptions; transport errors never leak past a backend.

AgentDeskError
├── AuthenticationError    the secret was refused: stop retrying, ask for it again
├── NotSupportedError      the vendor documents no way to do this (or not with this profile)
├── VendorError            the vendor said no; ``vendor_message`` is its own text
│   ├── MalformedResponseError  the vendor answered something we cannot read
│   └── UnknownObjectError      the vendor knows no such call, recording or user
├── TransientError         network down, timeout, 5xx, 429: worth retrying later
└── ConfigurationError     the profile is incomplete or wrong
    └── OptionNeededError  the vendor documents it, the profile lacks the option for it
"""

from __future__ import annotations

from agentdesk.core.capabilities import Capability, Unavailable


class AgentDeskError(Exception):
    """Base of every error AgentDesk raises on purpose."""


class AuthenticationError(AgentDeskError):
    def __init__(self, message: str, *, vendor_message: str | None = None) -> None:
        super().__init__(message)
        self.vendor_message = vendor_message


class NotSupportedError(AgentDeskError):
    """``reason``, when given, says why this profile cannot have what the vendor documents
    (the message is its English text; the GUI translates the reason itself)."""

    def __init__(self, message: str, *, reason: Unavailable | None = None) -> None:
        super().__init__(message)
        self.reason = reason


class VendorError(AgentDeskError):
    def __init__(self, vendor_message: str, *, action: str | None = None) -> None:
        super().__init__(vendor_message)
        self.vendor_message = vendor_message
        self.action = action


class MalformedResponseError(VendorError):
    pass


class UnknownObjectError(VendorError):
    """The vendor does not know an object the request named (a call, a recording, a user):
    asking again will not help. ``what`` names it in English (``"call 4001"``);
    ``vendor_message`` says so first, then adds the vendor's own words."""

    def __init__(self, what: str, vendor_message: str, *, action: str | None = None) -> None:
        super().__init__(vendor_message, action=action)
        self.what = what


class SavedWithProblemError(VendorError):
    """The vendor saved what the agent wrote, then failed at a step of its own (Daktela:
    switching the pause after a disposition). Saving again would duplicate it."""


class TransientError(AgentDeskError):
    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ConfigurationError(AgentDeskError):
    pass


class OptionNeededError(ConfigurationError):
    """A capability the vendor documents, asked of a profile without the option it needs."""

    def __init__(self, capability: Capability, option: str) -> None:
        super().__init__(f"{capability.value} needs the profile option {option}")
        self.capability = capability
        self.option = option
