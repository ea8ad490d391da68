"""The fake call centre as AgentDesk's registry knows it (entry point ``agentdesk.vendors``)."""

from __future__ import annotations

from agentdesk.core import Backend, Profile
from agentdesk.core.translate import QT_TRANSLATE_NOOP
from agentdesk.core.vendor_spec import OptionSpec, VendorSpec

DEFAULT_POLL_SECONDS = "1"


def build(profile: Profile, secret: str) -> Backend:
    from tests.fake_vendor.backend import FakeBackend

    return FakeBackend(
        url=profile.url,
        login=profile.user,
        token=secret,
        poll_seconds=float(profile.option("poll_seconds", DEFAULT_POLL_SECONDS)),
    )


def positive_seconds(text: str) -> str | None:
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    return None if seconds > 0 else "a number of seconds above 0"


SPEC = VendorSpec(
    key="fake",
    display_name="Fake Call Centre",
    url_example="https://fake.example",
    build=build,
    user_hint=QT_TRANSLATE_NOOP("ProfileOptions", "The agent's nickname"),
    options=(
        OptionSpec(
            "poll_seconds",
            DEFAULT_POLL_SECONDS,
            QT_TRANSLATE_NOOP("ProfileOptions", "How often the state is read, in seconds"),
            validate=positive_seconds,
        ),
        OptionSpec(
            "mood",
            "calm",
            QT_TRANSLATE_NOOP("ProfileOptions", "How the fake agent feels"),
            choices=("calm", "busy"),
        ),
        OptionSpec(
            "door_code",
            "",
            QT_TRANSLATE_NOOP("ProfileOptions", "The code of the fake call centre's door"),
            secret=True,
        ),
    ),
)
