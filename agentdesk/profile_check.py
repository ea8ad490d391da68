"""What the Settings window asks of a vendor before a profile is saved, without Qt: whether
the fields being edited connect ("Test connection"), and who the call centre's users are
(the login picker). The backends are reached through the registry (:mod:`agentdesk.vendors`),
as everywhere outside ``agentdesk.backends``."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace

from agentdesk.core import AgentStatus, NotSupportedError, Profile
from agentdesk.core.vendor_spec import VendorUser
from agentdesk.store.option_secrets import with_secret_options
from agentdesk.store.secrets import get_secret
from agentdesk.vendors import create_backend, vendor


@dataclass(frozen=True)
class StoredOptions:
    """Where :func:`check_connection` finds the secret options left blank: the keyring's
    entries of the profile named ``under`` (None: the profile's own name; another before an
    unsaved rename), except those in ``leave_out`` (removed in the editor)."""

    under: str | None = None
    leave_out: frozenset[str] = frozenset()


async def check_connection(
    profile: Profile, secret: str | None, stored: StoredOptions = StoredOptions()
) -> AgentStatus:
    """The agent's status through a backend built for ``profile``; the stored secret when
    ``secret`` is None, and the ``stored`` secret options where the profile's are blank.
    Raises what the backend and the keyring raise."""
    if not secret:
        secret = await asyncio.to_thread(get_secret, profile.name)
    lookup = replace(profile, name=stored.under or profile.name)
    filled = await asyncio.to_thread(with_secret_options, lookup)
    options = {
        k: v
        for k, v in filled.options.items()
        if k not in stored.leave_out or profile.options.get(k)
    }
    profile = replace(profile, options=options)
    backend = create_backend(profile, secret)
    try:
        return await backend.status()
    finally:
        await backend.aclose()


async def vendor_users(
    vendor_key: str, url: str, secret: str | None, profile_name: str
) -> list[VendorUser]:
    """The users of the call centre at ``url``; the secret stored under ``profile_name`` when
    ``secret`` is empty. NotSupportedError for a vendor that cannot list them; otherwise raises
    what the vendor and the keyring raise."""
    lister = vendor(vendor_key).list_users
    if lister is None:
        raise NotSupportedError(f"{vendor_key} does not list its users")
    if not secret:
        secret = await asyncio.to_thread(get_secret, profile_name)
    return await lister(url, secret)
