"""Profile options that hold a secret (MegaFon's ``crm_token``, Oki-Toki's ``webhook_secret``,
the ``relay_token`` of both: every option a vendor's spec marks ``secret``, or whose name ends
like a secret's) live in the OS keyring beside the profile's own secret, never in
profiles.toml.

Each is kept under ``PROFILE/OPTION`` in the keyring's ``agentdesk`` service (a profile name
holds no ``/``, so it never meets a profile's own entry). :func:`split_secret_options` takes
them out of what is written; :func:`with_secret_options` puts them back into a profile read;
:func:`move_to_keyring` moves those an older version (or a hand edit) left in the file. A
keyring that is missing, locked or silent never costs a secret: the value stays where it is,
and the agent is told once, in the log and on stderr.

:mod:`agentdesk.store.secrets` (and with it ``keyring``) is imported by each function that
needs it: profiles import this module, and the window's first paint does without the keyring.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from agentdesk.core.profile import Profile
from agentdesk.redaction import is_secret_name, register_secret
from agentdesk.vendors import vendor as registered_vendor

log = logging.getLogger(__name__)

_warned: set[str] = set()
_unsaid: list[tuple[str, str]] = []


def entry_name(profile_name: str, option: str) -> str:
    return f"{profile_name}/{option}"


def is_secret_option(vendor: str, option: str) -> bool:
    """Whether the profile option ``option`` of ``vendor`` holds a secret."""
    if is_secret_name(option):
        return True
    spec = registered_vendor(vendor).option(option)
    return spec is not None and spec.secret


def declared_secret_options(vendor: str) -> list[str]:
    """The secret options ``vendor``'s spec declares: the ones looked for in the keyring."""
    spec = registered_vendor(vendor)
    return [o.name for o in spec.options if o.secret or is_secret_name(o.name)]


def split_secret_options(
    vendor: str, options: Mapping[str, str]
) -> tuple[dict[str, str], dict[str, str]]:
    """``options`` without their secrets, and the secrets (only non-empty values)."""
    plain = {k: v for k, v in options.items() if not is_secret_option(vendor, k)}
    secret = {k: v for k, v in options.items() if k not in plain and v.strip()}
    return plain, secret


def store_secret_options(profile_name: str, secrets: Mapping[str, str]) -> None:
    """Keep each of ``secrets`` in the keyring; SecretsUnavailableError when it cannot."""
    from agentdesk.store.secrets import write_entry

    for option, value in secrets.items():
        register_secret(value)
        write_entry(entry_name(profile_name, option), value)


def carry_over(vendor: str, old_name: str, new_name: str, given: Mapping[str, str]) -> None:
    """A profile renamed from ``old_name``: its secret options the editor did not give anew
    (``given``) follow it to ``new_name``. SecretsUnavailableError when the keyring cannot."""
    from agentdesk.store.secrets import delete_secret, read_entry, write_entry

    for option in declared_secret_options(vendor):
        if given.get(option, "").strip():
            continue
        value = read_entry(entry_name(old_name, option))
        if value:
            register_secret(value)
            write_entry(entry_name(new_name, option), value)
            delete_secret(entry_name(old_name, option))


def stored_secret_options(profile_name: str, vendor: str) -> list[str]:
    """The secret options of ``vendor`` the keyring keeps for ``profile_name`` (their names
    only: the values read are dropped); SecretsUnavailableError when it cannot answer."""
    from agentdesk.store.secrets import read_entry

    return [
        option
        for option in declared_secret_options(vendor)
        if read_entry(entry_name(profile_name, option))
    ]


def forget_secret_options(profile_name: str, options: Iterable[str]) -> None:
    """Delete ``options`` of ``profile_name`` from the keyring (those it lacks are no matter);
    SecretsUnavailableError when it cannot."""
    from agentdesk.store.secrets import delete_secret

    for option in options:
        delete_secret(entry_name(profile_name, option))


def with_secret_options(profile: Profile) -> Profile:
    """``profile`` with the secret options its vendor declares filled from the keyring where
    the profile lacks them (a keyring that cannot answer leaves them out, said once)."""
    from agentdesk.store.secrets import SecretsUnavailableError, read_entry

    found: dict[str, str] = {}
    for option in declared_secret_options(profile.vendor):
        if profile.options.get(option, "").strip():
            continue
        try:
            value = read_entry(entry_name(profile.name, option))
        except SecretsUnavailableError as exc:
            # Not a warning of its own: a keyring that cannot answer is said once by whoever
            # reads the profile's own secret (the window's keyring message, ctl's one line),
            # and an option left out is named by what needs it ("needs relay_token").
            log.info("profile %r: secret options not read from the keyring: %s", profile.name, exc)
            break
        if value:
            register_secret(value)
            found[option] = value
    if not found:
        return profile
    return replace(profile, options={**profile.options, **found})


def left_in_file(profile_name: str, options: Iterable[str], path: Path, why: Exception) -> None:
    """Say once that ``options`` stay in the profiles file at ``path``, and ``why``."""
    names = ", ".join(sorted(options))
    warn_once(
        profile_name, f"left in {path} for now: {names} (the keyring cannot keep them: {why})"
    )


def warn_once(profile_name: str, text: str) -> None:
    """Say ``text`` of ``profile_name`` in the log, once a process; the window shows it too
    (:func:`take_warnings`)."""
    if profile_name not in _warned:
        _warned.add(profile_name)
        _unsaid.append((profile_name, text))
        log.warning("profile %r: %s", profile_name, text)


def take_warnings() -> list[tuple[str, str]]:
    """What :func:`warn_once` said that the window has not shown yet: (profile, text)."""
    taken = list(_unsaid)
    _unsaid.clear()
    return taken
