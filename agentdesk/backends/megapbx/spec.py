"""MegaFon Virtual PBX as the registry, the Settings editor, ``ctl`` and the demo know it."""

from __future__ import annotations

from collections.abc import Mapping

from agentdesk.backends.megapbx.options import DEFAULT_LISTEN, DEFAULT_PATH, DEFAULT_POLL_SECONDS
from agentdesk.backends.relay_options import RELAY_OPTIONS, relay_note
from agentdesk.core import Backend, Profile
from agentdesk.core.translate import QT_TRANSLATE_NOOP
from agentdesk.core.vendor_spec import OptionSpec, Translate, VendorSpec, VendorUser


def build(profile: Profile, secret: str) -> Backend:
    # Imported here: the backend brings httpx and aiohttp, which listing vendors does not need.
    from agentdesk.backends.megapbx.backend import MegaPbxBackend

    return MegaPbxBackend.from_options(
        url=profile.url, user=profile.user, secret=secret, options=profile.options
    )


async def list_users(url: str, secret: str) -> list[VendorUser]:
    """The PBX's users (``GET users``), before the agent's login is known."""
    from agentdesk.backends.megapbx.backend import MegaPbxBackend

    users = await MegaPbxBackend.list_users(url=url, api_key=secret)
    return [VendorUser(user.login, user.name, user.extension) for user in users]


def receiver_note(options: Mapping[str, str], secret: str, translate: Translate) -> str:
    """Where the PBX must post its commands, and how a PBX in the cloud gets there."""
    if relayed := relay_note(options, translate):
        return relayed
    listen = options.get("listen", "").strip() or DEFAULT_LISTEN
    path = options.get("path", "").strip() or DEFAULT_PATH
    if not path.startswith("/"):
        path = "/" + path
    text = translate(
        QT_TRANSLATE_NOOP(
            "ProfileOptions",
            "In the PBX's CRM integration, set the CRM address to %1 (as your network makes "
            "it reachable) and its token to this profile's crm_token. The PBX runs in the "
            "cloud: publish this address through your company's reverse proxy or VPN.",
        )
    )
    return text.replace("%1", f"http://{listen}{path}")


SPEC = VendorSpec(
    key="megapbx",
    display_name="MegaFon Virtual PBX",
    url_example="https://mycompany.megapbx.ru",
    build=build,
    dial_note=QT_TRANSLATE_NOOP(
        "VendorText",
        "The PBX rings your phone first; the number is called once you pick up.",
    ),
    receiver_note=receiver_note,
    list_users=list_users,
    options=(
        *RELAY_OPTIONS,
        OptionSpec(
            "crm_token",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "The token the PBX sends with its webhooks (empty: no live calls)",
            ),
            secret=True,
        ),
        OptionSpec(
            "listen",
            DEFAULT_LISTEN,
            QT_TRANSLATE_NOOP("ProfileOptions", "host:port of AgentDesk's receiver for the PBX"),
        ),
        OptionSpec(
            "path", DEFAULT_PATH, QT_TRANSLATE_NOOP("ProfileOptions", "Path of the receiver")
        ),
        OptionSpec(
            "history_poll_seconds",
            f"{DEFAULT_POLL_SECONDS:g}",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "How often DND and the history are read while idle, in seconds; "
                "four times as often during a call, half as often while the window is hidden",
            ),
        ),
        OptionSpec(
            "inner_history",
            "yes",
            QT_TRANSLATE_NOOP("ProfileOptions", "Show calls between colleagues in Recent calls"),
            choices=("yes", "no"),
        ),
    ),
)
