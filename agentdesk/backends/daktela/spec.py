"""Daktela as the registry, the Settings editor, ``ctl`` and the demo know it."""

from __future__ import annotations

from agentdesk.backends.daktela.versions import DEFAULT_API_VERSION
from agentdesk.backends.relay_options import RELAY_OPTIONS
from agentdesk.core import Backend, Profile
from agentdesk.core.translate import QT_TRANSLATE_NOOP
from agentdesk.core.vendor_spec import OptionSpec, VendorSpec


def build(profile: Profile, secret: str) -> Backend:
    # Imported here: the backend brings httpx, which listing vendors does not need.
    from agentdesk.backends.daktela.backend import DaktelaBackend
    from agentdesk.backends.relay_options import relay_options

    return DaktelaBackend(
        base_url=profile.url,
        login=profile.user,
        secret=secret,
        secret_is_password=profile.option("auth", "token") == "password",
        api_version=profile.option("api_version", DEFAULT_API_VERSION),
        extension=profile.extension,
        outbound_queue=profile.options.get("outbound_queue"),
        timezone=profile.options.get("timezone"),
        note_field=profile.options.get("note_field"),
        **relay_options(profile.options, "Daktela"),
    )


SPEC = VendorSpec(
    key="daktela",
    display_name="Daktela",
    url_example="https://mycompany.daktela.com",
    build=build,
    options=(
        OptionSpec(
            "api_version",
            DEFAULT_API_VERSION,
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "The newest Daktela API version your installation serves (4.1, 4.0, 3.9...): "
                "what needs a newer one is hidden",
            ),
        ),
        OptionSpec(
            "auth",
            "token",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "token: the secret is an access token; password: it is the agent's password",
            ),
            choices=("token", "password"),
        ),
        OptionSpec(
            "outbound_queue",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The queue outgoing calls go through (its ID)"),
        ),
        OptionSpec(
            "timezone",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The call centre's time zone, e.g. Europe/Prague"),
        ),
        OptionSpec(
            "note_field",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The call-script field that takes the wrap-up note"
            ),
        ),
        OptionSpec(
            "relay_url",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "The company relay's address, e.g. https://relay.example.com: the queue "
                "figures come from it (empty: this computer asks Daktela for them)",
            ),
            holds_address=True,
        ),
        RELAY_OPTIONS[1],
    ),
)
