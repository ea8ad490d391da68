"""Oki-Toki as the registry, the Settings editor, ``ctl`` and the demo know it."""

from __future__ import annotations

from collections.abc import Mapping

from agentdesk.backends.okitoki.webhook_address import (
    DEFAULT_WEBHOOK_HOST,
    WEBHOOK_PATH,
    derived_webhook_secret,
)
from agentdesk.backends.relay_options import RELAY_OPTIONS, relay_note
from agentdesk.core import Backend, Profile
from agentdesk.core.translate import QT_TRANSLATE_NOOP
from agentdesk.core.vendor_spec import OptionSpec, Translate, VendorSpec


def build(profile: Profile, secret: str) -> Backend:
    # Imported here: the backend brings httpx and aiohttp, which listing vendors does not need.
    from agentdesk.backends.okitoki.backend import OkiTokiBackend

    return OkiTokiBackend.from_options(
        url=profile.url, user=profile.user, secret=secret, options=profile.options
    )


def receiver_note(options: Mapping[str, str], secret: str, translate: Translate) -> str | None:
    """The receiver's URL and the parameters to paste into Oki-Toki; None without a port."""
    if relayed := relay_note(options, translate):
        return relayed
    port = options.get("webhook_port", "").strip()
    if not port:
        return None
    base = options.get("webhook_public_url", "").strip().rstrip("/")
    if not base:
        base = f"http://{options.get('webhook_host', DEFAULT_WEBHOOK_HOST).strip()}:{port}"
    token = secret.strip()
    shown = (
        derived_webhook_secret(token)
        if token
        else translate(QT_TRANSLATE_NOOP("ProfileOptions", "(from the API token)"))
    )
    text = translate(
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "In Oki-Toki's Events and Integrations, post call events to %1 with the "
            "parameters event, session_id, phone, direction, queue, contact_name, user_id, "
            "status_id, away_status_id.",
        )
    )
    return text.replace("%1", f"{base}{WEBHOOK_PATH}?secret={shown}")


SPEC = VendorSpec(
    key="okitoki",
    display_name="Oki-Toki",
    url_example="https://mycompany.oki-toki.net",
    build=build,
    user_hint=QT_TRANSLATE_NOOP("ProfileOptions", "Your user number"),
    dial_note=QT_TRANSLATE_NOOP(
        "VendorText",
        "Oki-Toki dials through a dialer task: the call comes when the dialer places it, "
        "not at once.",
    ),
    receiver_note=receiver_note,
    options=(
        *RELAY_OPTIONS,
        OptionSpec(
            "statuses",
            "1:Ready:ready,2:Lunch,3:Break",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "The company's statuses, STATUS:TITLE, the Ready one marked :ready",
            ),
        ),
        OptionSpec(
            "dialer_id",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The dialer that places click-to-call tasks (its ID)"
            ),
        ),
        OptionSpec(
            "vip_list",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The List of VIP callers (its ID), flagged on the caller card"
            ),
        ),
        OptionSpec(
            "block_list",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The blacklist (its ID), flagged on the caller card"
            ),
        ),
        OptionSpec(
            "results",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "Call outcomes for the wrap-up, VALUE:TITLE"),
        ),
        OptionSpec(
            "fields",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "Extra wrap-up fields, NAME:TITLE[:KIND]"),
        ),
        OptionSpec(
            "webhook_port",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "Port of AgentDesk's receiver for live calls (empty: none)"
            ),
        ),
        OptionSpec(
            "webhook_host",
            DEFAULT_WEBHOOK_HOST,
            QT_TRANSLATE_NOOP("ProfileOptions", "Address the receiver listens on"),
        ),
        OptionSpec(
            "webhook_secret",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "The secret Oki-Toki sends with its webhooks (empty: one derived from the API "
                "token)",
            ),
            secret=True,
        ),
        OptionSpec(
            "webhook_public_url",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The address Oki-Toki reaches the receiver at, if another"
            ),
        ),
        OptionSpec(
            "call_log_format",
            "json",
            QT_TRANSLATE_NOOP("ProfileOptions", "How the call log is fetched"),
            choices=("json", "csv", "csv_2016"),
        ),
        OptionSpec(
            "call_log_poll_seconds",
            "60",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "How often the call log is read while idle, in seconds; "
                "four times as often during a call, half as often while the window is hidden",
            ),
        ),
        OptionSpec(
            "timezone",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The call centre's time zone, e.g. Europe/Kyiv"),
        ),
    ),
)
