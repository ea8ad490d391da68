"""What one vendor *is* to AgentDesk, declared once per vendor package and typed for mypy.

Each ``agentdesk/backends/<vendor>/__init__.py`` exports a :class:`VendorSpec` as ``SPEC``;
the registry (:mod:`agentdesk.vendors`) lists them, builds backends from profiles with them,
and the Settings editor, ``agentdesk ctl``, ``--demo`` and ``agentdesk sim`` read them. A
spec must stay light to import: its ``build`` and hooks import the backend module when
called, so that listing vendors brings in neither httpx nor aiohttp.

Texts agents read (hints, the user hint, notes) are English source texts marked with
``QT_TRANSLATE_NOOP("ProfileOptions", ...)`` (the dial note: ``"VendorText"``); the UI
translates them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from agentdesk.core.backend import Backend
from agentdesk.core.profile import Profile

OPTIONS_CONTEXT = "ProfileOptions"
"""The translation context of option hints and of the editor's vendor texts."""

Translate = Callable[[str], str]
"""Turns a source text of :data:`OPTIONS_CONTEXT` into the agent's language."""


@dataclass(frozen=True)
class OptionSpec:
    """One profile option the vendor's backend reads, offered in the Settings editor."""

    name: str
    default: str
    """What the editor fills in when the agent adds the option."""
    hint: str
    """What the option holds (English source text in :data:`OPTIONS_CONTEXT`)."""
    secret: bool = False
    """The value is a secret: masked in logs and messages from the moment it is read."""
    choices: tuple[str, ...] = ()
    """The only values the editor accepts; empty: any text."""
    validate: Callable[[str], str | None] | None = None
    """A non-empty value's problem (a source text in :data:`OPTIONS_CONTEXT`), None if fine."""
    holds_address: bool = False
    """The value may name another host the backend sends the secret to: ``create_backend``
    applies the transport rule to it as to the profile's URL."""


@dataclass(frozen=True)
class VendorUser:
    """One of the vendor's users, offered as the profile's login."""

    login: str
    name: str
    extension: str


@dataclass(frozen=True)
class VendorSpec:
    """A vendor as the registry, the Settings editor, ``ctl``, ``--demo`` and ``sim`` know it.

    ``build`` makes the backend for a profile and its secret (raising ConfigurationError when
    the profile does not fit it); the registry's ``create_backend`` checks the transport rule
    and registers the secrets first, so ``build`` need not.
    """

    key: str
    """What profiles, ``--vendor`` and the entry point name it by, e.g. ``"daktela"``."""
    display_name: str
    """As agents know it, e.g. ``"MegaFon Virtual PBX"``: the vendor list, window titles."""
    url_example: str
    """The URL field's placeholder, e.g. ``"https://mycompany.daktela.com"``."""
    build: Callable[[Profile, str], Backend]
    options: tuple[OptionSpec, ...] = ()
    """The vendor's own options; the registry adds those every vendor shares."""
    user_hint: str = ""
    """The user field's placeholder when not a login name (source text in
    :data:`OPTIONS_CONTEXT`), e.g. "Your user number"."""
    dial_note: str = ""
    """How this vendor places a call, when agents would not expect it (source text in context
    ``"VendorText"``; the backend's :attr:`~agentdesk.core.Backend.dial_note`)."""
    receiver_note: Callable[[Mapping[str, str], str, Translate], str | None] | None = None
    """For vendors that post to a receiver of AgentDesk's: from the options and the secret
    being edited, where and how the vendor must post (in the agent's language), or None when
    the options run no receiver."""
    list_users: Callable[[str, str], Awaitable[list[VendorUser]]] | None = None
    """For vendors whose API lists their users: those of the call centre at a URL, given the
    secret (the editor's login picker)."""

    def option(self, name: str) -> OptionSpec | None:
        """The spec of the option ``name``; None for one the vendor does not declare."""
        return next((option for option in self.options if option.name == name), None)
