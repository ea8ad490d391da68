"""Secrets live in the OS keyring, and nowhere else we write.

``AGENTDESK_SECRET`` in the environment wins, for scripts and for machines without a keyring
(headless Linux has none). Keyring calls can block (an unresponsive Secret Service), so async
code calls these through ``asyncio.to_thread``.
"""

from __future__ import annotations

import os

import keyring
import keyring.errors

from agentdesk.core import ConfigurationError

SERVICE = "agentdesk"
ENV_VAR = "AGENTDESK_SECRET"


class SecretsUnavailableError(ConfigurationError):
    """No keyring backend on this machine."""


NO_KEYRING = (
    "no keyring is available on this machine to hold the secret; "
    f"set the environment variable {ENV_VAR} instead"
)


def get_secret(profile_name: str) -> str:
    env = os.environ.get(ENV_VAR)
    if env:
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
    return secret


def set_secret(profile_name: str, secret: str) -> None:
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
