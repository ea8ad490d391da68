"""The vendors AgentDesk knows, and the backend a profile names.

The built-in vendors' specs (:class:`~agentdesk.core.vendor_spec.VendorSpec`, one per
``agentdesk/backends/<vendor>/``) come first, then those installed packages declare in the
``agentdesk.vendors`` entry-point group (:mod:`agentdesk.registry`). Profiles, the Settings
editor, ``agentdesk ctl``, ``--demo`` and ``agentdesk sim`` all read this list; the UI
reaches vendors only through it, never through ``agentdesk.backends``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Final

from agentdesk.backends import daktela, megapbx, okitoki, ucontact
from agentdesk.backends.transport_policy import ALLOW_INSECURE_OPTION, check_url
from agentdesk.core import Backend, Profile
from agentdesk.core.translate import QT_TRANSLATE_NOOP
from agentdesk.core.vendor_spec import OptionSpec, VendorSpec
from agentdesk.redaction import is_secret_name, register_secret
from agentdesk.registry import Registry

ENTRY_POINT_GROUP: Final = "agentdesk.vendors"
DEFAULT_VENDOR: Final = daktela.SPEC.key
"""The vendor a new profile and ``--demo`` start with."""
_TRUE: Final = frozenset({"1", "true", "yes", "on"})

# Every vendor's calls can open the agent's CRM (agentdesk.screen_pop checks the templates).
SCREEN_POP_OPTIONS: Final = (
    OptionSpec(
        "screen_pop_ringing",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "Opened when a call rings: a URL such as https://crm/search?phone={number_e164}, "
            "or a program and its arguments",
        ),
    ),
    OptionSpec(
        "screen_pop_answered",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "Opened when a call is answered; variables: {number} {number_e164} {name} {queue} "
            "{call_id} {direction} {agent} {vendor}",
        ),
    ),
    OptionSpec(
        "screen_pop_ended",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions", "Opened when a call ends, e.g. https://crm/calls/{call_id}"
        ),
    ),
)


def _with_shared_options(spec: VendorSpec) -> VendorSpec:
    return replace(spec, options=spec.options + SCREEN_POP_OPTIONS)


VENDORS: Final = Registry(
    VendorSpec,
    ENTRY_POINT_GROUP,
    (daktela.SPEC, okitoki.SPEC, ucontact.SPEC, megapbx.SPEC),
    noun="vendor",
    complete=_with_shared_options,
)
"""Every vendor by key; also ``--vendor``'s argparse choices."""


def vendors() -> tuple[VendorSpec, ...]:
    """Every vendor, built-in first, each with the options every vendor shares."""
    return VENDORS.all()


def vendor(key: str) -> VendorSpec:
    """The vendor ``key`` (with the shared options); ConfigurationError naming the known ones
    when there is none."""
    return VENDORS.get(key)


def register_option_secrets(spec: VendorSpec, options: Mapping[str, str]) -> None:
    """Mask the values of options that hold a secret, by their name (``crm_token``...) or by
    ``spec``, wherever they would appear from now on."""
    for key, value in options.items():
        option = spec.option(key)
        if is_secret_name(key) or (option is not None and option.secret):
            register_secret(value)


def create_backend(profile: Profile, secret: str) -> Backend:
    """The profile's vendor backend; ConfigurationError when the profile does not fit it or
    its URL breaks the transport rule (:mod:`agentdesk.backends.transport_policy`).

    The secret, and options that hold one (``crm_token``, ``webhook_secret``, those the spec
    marks secret), are registered with :mod:`agentdesk.redaction` first, so that no log or
    message shows them."""
    register_secret(secret)
    spec = vendor(profile.vendor)
    register_option_secrets(spec, profile.options)
    allow_insecure = profile.option(ALLOW_INSECURE_OPTION, "no").strip().lower() in _TRUE
    check_url(profile.url, allow_insecure=allow_insecure)
    for option in spec.options:
        value = profile.options.get(option.name, "")
        if option.holds_address and "://" in value:
            check_url(value, allow_insecure=allow_insecure)
    return spec.build(profile, secret)
