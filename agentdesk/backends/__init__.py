"""One backend per vendor; :func:`create_backend` builds the one a profile names."""

from __future__ import annotations

from agentdesk.core import Backend, ConfigurationError
from agentdesk.store.profiles import Profile

_TRUE = {"1", "true", "yes", "on"}


def create_backend(profile: Profile, secret: str) -> Backend:
    """The profile's vendor backend; ConfigurationError when the profile does not fit it."""
    if profile.vendor == "daktela":
        from agentdesk.backends.daktela import DaktelaBackend

        return DaktelaBackend(
            base_url=profile.url,
            login=profile.user,
            secret=secret,
            secret_is_password=profile.option("auth", "token") == "password",
            api_version=profile.option("api_version", "4.0"),
            outbound_queue=profile.options.get("outbound_queue"),
            timezone=profile.options.get("timezone"),
            note_field=profile.options.get("note_field"),
        )
    if profile.vendor == "okitoki":
        from agentdesk.backends.okitoki import OkiTokiBackend

        return OkiTokiBackend.from_options(
            url=profile.url, user=profile.user, secret=secret, options=profile.options
        )
    if profile.vendor == "ucontact":
        from agentdesk.backends.ucontact import UContactBackend

        return UContactBackend.from_options(
            url=profile.url, user=profile.user, secret=secret, options=profile.options
        )
    if profile.vendor == "megapbx":
        from agentdesk.backends.megapbx import MegaPbxBackend

        return MegaPbxBackend.from_options(
            url=profile.url, user=profile.user, secret=secret, options=profile.options
        )
    raise ConfigurationError(f"no backend for vendor {profile.vendor!r}")
