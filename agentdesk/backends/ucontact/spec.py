"""uContact as the registry, the Settings editor, ``ctl`` and the demo know it."""

from __future__ import annotations

from agentdesk.core import Backend, Profile
from agentdesk.core.translate import QT_TRANSLATE_NOOP
from agentdesk.core.vendor_spec import OptionSpec, VendorSpec


def build(profile: Profile, secret: str) -> Backend:
    # Imported here: the backend brings httpx, which listing vendors does not need.
    from agentdesk.backends.ucontact.backend import UContactBackend

    return UContactBackend.from_options(
        url=profile.url, user=profile.user, secret=secret, options=profile.options
    )


SPEC = VendorSpec(
    key="ucontact",
    display_name="uContact",
    url_example="https://mycompany.ucontactcloud.com",
    build=build,
    options=(
        OptionSpec(
            "auth",
            "password",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "password: the secret is the agent's password; token: a portal API token",
            ),
            choices=("password", "token"),
        ),
        OptionSpec(
            "campaign",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The agent's campaign, e.g. Soporte<-"),
        ),
        OptionSpec(
            "outqueue",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The outbound campaign click-to-call uses, e.g. Ventas->"
            ),
        ),
        OptionSpec(
            "breaks",
            "Almuerzo,Baño,Postllamada:After-call work:wrap",
            QT_TRANSLATE_NOOP("ProfileOptions", "uContact's breaks, MOTIVE[:TITLE][:wrap]"),
        ),
        OptionSpec(
            "dispositions",
            "Venta>Tarjeta|Efectivo,No venta>Precio,Volver a llamar",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The disposition tree: paths L1>L2>L3, alternatives with |"
            ),
        ),
        OptionSpec(
            "data_fields",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "Extra data asked in the wrap-up: d1:TITLE,d2:TITLE"
            ),
        ),
        OptionSpec(
            "telephony_host",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The telephony host holding recordings"),
        ),
        OptionSpec(
            "backup_host",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The recordings backup host"),
            holds_address=True,
        ),
        OptionSpec(
            "callerid",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions",
                "The number calls you dial go out with (empty: the outbound campaign's own)",
            ),
        ),
        OptionSpec("tech", "SIP", QT_TRANSLATE_NOOP("ProfileOptions", "AgentCall's technology")),
        OptionSpec("context", "", QT_TRANSLATE_NOOP("ProfileOptions", "The agent's dial context")),
        OptionSpec(
            "timezone",
            "",
            QT_TRANSLATE_NOOP(
                "ProfileOptions", "The instance's time zone, e.g. America/Montevideo"
            ),
        ),
    ),
)
