"""Wiring for the GUI: which session to open, real or demo. Qt is imported only when called."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING

from agentdesk.vendors import DEFAULT_VENDOR

if TYPE_CHECKING:
    from agentdesk.session import Session
    from agentdesk.store.outbox import Outbox

# The session, the outbox, the profiles and the keyring are imported once the window has
# painted (open_session runs after it): the first paint needs none of them.


async def open_session(profile_name: str | None, *, outbox: Outbox | None = None) -> Session:
    """The session of a saved profile, keeping its wrap-ups in ``outbox`` (by default the one
    in the user data dir) until the vendor has them; raises AgentDeskError with a message for
    the agent."""
    from agentdesk.session import Session
    from agentdesk.store.outbox import Outbox
    from agentdesk.store.profiles import load_profile
    from agentdesk.store.secrets import get_secret
    from agentdesk.vendors import create_backend

    # All three can block (a slow disk, an unresponsive Secret Service): off Qt's thread.
    profile = await asyncio.to_thread(load_profile, profile_name)
    secret = await asyncio.to_thread(get_secret, profile.name)
    if outbox is None:
        outbox = await asyncio.to_thread(Outbox)
    return Session(
        create_backend(profile, secret),
        outbox=outbox,
        profile_key=profile.name,
        profile_user=profile.user,
        profile_options=profile.options,
    )


def with_profile_options(
    start: Callable[[], Awaitable[Session]], options: Mapping[str, str]
) -> Callable[[], Awaitable[Session]]:
    """The demo's session with profile options given on the command line (``--set``), as a
    saved profile would carry them (the screen pop, say)."""

    async def started() -> Session:
        session = await start()
        session.profile_options = {**session.profile_options, **options}
        return session

    return started


def run_gui(
    *,
    demo: bool,
    profile_name: str | None,
    dial_on_start: str | None = None,
    demo_vendor: str = DEFAULT_VENDOR,
    demo_options: Mapping[str, str] | None = None,
) -> int:
    """Run the GUI; ``dial_on_start`` (a tel:, callto: or sip: link from ``agentdesk dial``)
    is called as soon as the session allows it."""
    from agentdesk.ui.app import run_app

    if demo:
        from agentdesk.demo import demo_call_centre, demo_title

        centre = demo_call_centre(demo_vendor)
        return run_app(
            with_profile_options(centre.start_session, demo_options or {}),
            title=demo_title(demo_vendor),
            cleanup=centre.stop,
            dial_on_start=dial_on_start,
        )
    return run_app(lambda: open_session(profile_name), dial_on_start=dial_on_start)
