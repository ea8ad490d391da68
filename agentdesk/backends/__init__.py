"""One backend per vendor; :func:`create_backend` builds the one a profile names."""

from __future__ import annotations

from agentdesk.backends.transport_policy import ALLOW_INSECURE_OPTION, check_url
from agentdesk.core import Backend, ConfigurationError
from agentdesk.redaction import is_secret_name, register_secret
from agentdesk.store.profiles import Profile

_TRUE = {"1", "true", "yes", "on"}
# Options that name another host the backend sends the secret to.
_URL_OPTIONS = ("backup_host",)


def create_backend(profile: Profile, secret: str) -> Backend:
    """The profile's vendor backend; ConfigurationError when the profile does not fit it or
    its URL breaks the transport rule (:mod:`agentdesk.backends.transport_policy`).

    The secret, and options that hold one (``crm_token``, ``webhook_secret``), are registered
    with :mod:`agentdesk.redaction` first, so that no log or message shows them."""
    register_secret(secret)
    for key, value in profile.options.items():
        if is_secret_name(key):
            register_secret(value)
    allow_insecure = profile.option(ALLOW_INSECURE_OPTION, "no").strip().lower() in _TRUE
    check_url(profile.url, allow_insecure=allow_insecure)
    for key in _URL_OPTIONS:
        value = profile.options.get(key, "")
        if "://" in value:
            check_url(value, allow_insecure=allow_insecure)
    if profile.vendor == "daktela":
        from agentdesk.backends.daktela.backend import DaktelaBackend

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
        from agentdesk.backends.okitoki.backend import OkiTokiBackend

        return OkiTokiBackend.from_options(
            url=profile.url, user=profile.user, secret=secret, options=profile.options
        )
    if profile.vendor == "ucontact":
        from agentdesk.backends.ucontact.backend import UContactBackend

        return UContactBackend.from_options(
            url=profile.url, user=profile.user, secret=secret, options=profile.options
        )
    if profile.vendor == "megapbx":
        from agentdesk.backends.megapbx.backend import MegaPbxBackend

        return MegaPbxBackend.from_options(
            url=profile.url, user=profile.user, secret=secret, options=profile.options
        )
    raise ConfigurationError(f"no backend for vendor {profile.vendor!r}")
