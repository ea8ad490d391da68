"""Secrets live in the OS keyring, and nowhere else we write.

``AGENTDESK_SECRET`` in the environment wins, for scripts and for machines without a keyring
(headless Linux has none). Keyring calls can block (an unresponsive Secret Service), so async
code calls these through ``asyncio.to_thread``.

Every secret read or stored here is registered with :mod:`agentdesk.redaction` before it is
returned: the moment it exists in this process, no log line may show it, not even the
worker thread's own report of what the call returned.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors

from agentdesk.core import ConfigurationError
from agentdesk.redaction import register_secret

SERVICE = "agentdesk"
ENV_VAR = "AGENTDESK_SECRET"


class SecretsUnavailableError(ConfigurationError):
    """No keyring backend on this machine."""


NO_KEYRING = (
    "no keyring is available on this machine to hold the secret; "
    f"set the environment variable {ENV_VAR} instead"
)


def get_secret(profile_name: str) -> str:
    """The secret of ``profile_name`` (``AGENTDESK_SECRET`` first, then the keyring), already
    registered for redaction; SecretsUnavailableError or ConfigurationError saying why not."""
    env = os.environ.get(ENV_VAR)
    if env:
        register_secret(env)
        return env
    try:
        secret = keyring.get_password(SERVICE, profile_name)
    except keyring.errors.NoKeyringError:
        raise SecretsUnavailableError(NO_KEYRING) from None
    except keyring.errors.KeyringError as exc:
        raise SecretsUnavailableError(f"the keyring refused to answer: {exc}") from None
    if not secret:
        raise ConfigurationError(
            f"no secret stored for profile {profile_name!r}: "
            f"run 'agentdesk secret set {profile_name}' or set {ENV_VAR}"
        )
    register_secret(secret)
    return secret


def set_secret(profile_name: str, secret: str) -> None:
    register_secret(secret)
    try:
        keyring.set_password(SERVICE, profile_name, secret)
    except keyring.errors.NoKeyringError:
        raise SecretsUnavailableError(NO_KEYRING) from None
    except keyring.errors.KeyringError as exc:
        raise SecretsUnavailableError(f"the keyring refused to store the secret: {exc}") from None


def delete_secret(profile_name: str) -> None:
    """Forget a profile's secret; nothing happens when none is stored or there is no keyring."""
    try:
        keyring.delete_password(SERVICE, profile_name)
    except (keyring.errors.PasswordDeleteError, keyring.errors.NoKeyringError):
        pass
    except keyring.errors.KeyringError as exc:
        raise SecretsUnavailableError(f"the keyring refused to delete the secret: {exc}") from None
