"""The profile options of vendors whose webhooks may come through the company relay
(MegaFon, Oki-Toki): ``relay_url``, ``relay_token`` and ``relay_ca_file`` (the authority of a
relay serving HTTPS with a company certificate), shared so both read them alike."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from agentdesk.core import ConfigurationError
from agentdesk.core.translate import QT_TRANSLATE_NOOP
from agentdesk.core.vendor_spec import OptionSpec, Translate

RELAY_OPTIONS = (
    OptionSpec(
        "relay_url",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "The company relay's address, e.g. https://relay.example.com (empty: this "
            "computer receives the webhooks itself)",
        ),
        holds_address=True,
    ),
    OptionSpec(
        "relay_token",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions", "This agent's relay token (agentdesk relay add-agent prints it)"
        ),
        secret=True,
    ),
    OptionSpec(
        "relay_ca_file",
        "",
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "A PEM file of the certificate authority that signed the relay's certificate, if "
            "not a public one (empty: the usual authorities)",
        ),
    ),
)


def relay_options(options: Mapping[str, str], vendor: str) -> dict[str, Any]:
    """``relay_url`` and ``relay_token`` as backend keywords; nothing when no relay is set."""
    url = options.get("relay_url", "").strip()
    if not url:
        return {}
    if not url.startswith(("http://", "https://")):
        raise ConfigurationError(
            f"{vendor} option relay_url must look like https://relay.example.com, got {url!r}"
        )
    token = options.get("relay_token", "").strip()
    if not token:
        raise ConfigurationError(
            f"{vendor} option relay_url needs relay_token, the token `agentdesk relay "
            "add-agent` printed for this agent"
        )
    found = {"relay_url": url, "relay_token": token}
    if ca_file := options.get("relay_ca_file", "").strip():
        found["relay_ca_file"] = ca_file
    return found


def relay_note(options: Mapping[str, str], translate: Translate) -> str | None:
    """With ``relay_url``, the profile editor's note on where the vendor posts its events: to
    the relay, set up once for the company, so nothing on this computer (the desk's own
    receiver address would be wrong advice)."""
    relay = options.get("relay_url", "").strip()
    if not relay:
        return None
    text = translate(
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "Events come through the company relay %1: the vendor posts them there, and this "
            "computer needs no address of its own.",
        )
    )
    return text.replace("%1", relay)
