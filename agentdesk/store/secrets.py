"""Secrets live in the OS keyring, and nowhere else we write.

``AGENTDESK_SECRET`` in the environment wins, for scripts and for machines without a keyring
(headless Linux has none). Keyring calls can block (an unresponsive Secret Service,
secretstorage #33): each one here runs in a thread of its own and is given up after
:data:`KEYRING_TIMEOUT` seconds, and async code still calls these through ``asyncio.to_thread``.

Where keyring chose the Secret Service (Linux desktops), it is asked through
:class:`~agentdesk.store.secret_service.PromptlessSecretService`: a read never creates a
collection and nothing shows a prompt; a locked keyring, or one without a default collection,
is :class:`KeyringLockedError` with one plain message.

Every secret read or stored here is registered with :mod:`agentdesk.redaction` before it is
returned: the moment it exists in this process, no log line may show it, not even the
worker thread's own report of what the call returned.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from agentdesk.core import ConfigurationError
from agentdesk.redaction import register_secret

log = logging.getLogger(__name__)

SERVICE = "agentdesk"
ENV_VAR = "AGENTDESK_SECRET"
# A Secret Service answers in milliseconds; one started on demand at login, in about a second.
KEYRING_TIMEOUT = 10.0

_T = TypeVar("_T")


class SecretsUnavailableError(ConfigurationError):
    """The keyring cannot give or keep the secret: there is none, or it refused."""


class KeyringLockedError(SecretsUnavailableError):
    """The keyring is locked or has no default collection, and would need a prompt."""


class KeyringSilentError(SecretsUnavailableError):
    """The keyring did not answer within :data:`KEYRING_TIMEOUT` seconds."""


NO_KEYRING = (
    "no keyring is available on this machine to hold the secret; "
    f"set the environment variable {ENV_VAR} instead"
)
LOCKED = f"the keyring is locked (or has no default collection): unlock it or set {ENV_VAR}"


def get_secret(profile_name: str) -> str:
    """The secret of ``profile_name`` (``AGENTDESK_SECRET`` first, then the keyring), already
    registered for redaction; SecretsUnavailableError or ConfigurationError saying why not."""
    env = os.environ.get(ENV_VAR)
    if env:
        register_secret(env)
        return env
    secret = _ask_keyring(
        lambda ring: ring.get_password(SERVICE, profile_name),
        writing=False,
        failure="the keyring refused to answer",
    )
    if not secret:
        raise ConfigurationError(
            f"no secret stored for profile {profile_name!r}: "
            f"run 'agentdesk secret set {profile_name}' or set {ENV_VAR}"
        )
    register_secret(secret)
    return secret


def set_secret(profile_name: str, secret: str) -> None:
    """Keep ``secret`` for ``profile_name``; the Secret Service's default collection is made if
    missing, but only where that needs no prompt. SecretsUnavailableError saying why not."""
    register_secret(secret)
    _ask_keyring(
        lambda ring: ring.set_password(SERVICE, profile_name, secret),
        writing=True,
        failure="the keyring refused to store the secret",
    )


def read_entry(name: str) -> str | None:
    """The keyring's entry ``name`` (no ``AGENTDESK_SECRET``: that is the profile's secret
    alone), None when there is none; SecretsUnavailableError saying why it cannot answer."""
    return _ask_keyring(
        lambda ring: ring.get_password(SERVICE, name),
        writing=False,
        failure="the keyring refused to answer",
    )


def write_entry(name: str, value: str) -> None:
    """Keep ``value`` as the keyring's entry ``name``, as :func:`set_secret` does."""
    set_secret(name, value)


def delete_secret(profile_name: str) -> None:
    """Forget a profile's secret; nothing happens when none is stored or there is no keyring."""

    def delete(ring: KeyringBackend) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError, keyring.errors.NoKeyringError):
            ring.delete_password(SERVICE, profile_name)

    _ask_keyring(delete, writing=False, failure="the keyring refused to delete the secret")


def _ask_keyring(operation: Callable[[KeyringBackend], _T], *, writing: bool, failure: str) -> _T:
    """What ``operation`` returns, given the keyring's backend (a promptless one for the
    Secret Service); SecretsUnavailableError, in words for the agent, for what went wrong."""
    try:
        return _within_timeout(lambda: operation(_backend(writing=writing)))
    except keyring.errors.NoKeyringError:
        raise SecretsUnavailableError(NO_KEYRING) from None
    except keyring.errors.KeyringLocked as exc:
        log.info("the keyring is of no use now: %s", exc)
        raise KeyringLockedError(LOCKED) from None
    except TimeoutError:
        raise KeyringSilentError(
            f"the keyring did not answer within {KEYRING_TIMEOUT:g} s: "
            f"check that it runs, or set {ENV_VAR}"
        ) from None
    # A keyring backend may fail in its own library's words (secretstorage, jeepney, OS
    # errors): whatever it is, the agent gets a sentence, not a traceback.
    except Exception as exc:
        log.info("keyring call failed: %r", exc)
        raise SecretsUnavailableError(f"{failure}: {exc}") from None


def _backend(*, writing: bool) -> KeyringBackend:
    # Imported here: secretstorage and jeepney exist only on Linux, and they bring
    # cryptography (about 7 MiB resident) to a process that may never read a secret.
    from keyring.backends import SecretService

    configured = keyring.get_keyring()
    if isinstance(configured, SecretService.Keyring):
        from agentdesk.store.secret_service import PromptlessSecretService

        return PromptlessSecretService.like(configured, may_create=writing)
    return configured


def _within_timeout(call: Callable[[], _T]) -> _T:
    """``call()`` in a thread of its own; TimeoutError when it has not returned within
    :data:`KEYRING_TIMEOUT` seconds (or timed out itself). The thread is a daemon: a call that
    never returns is left behind without keeping the process alive."""
    outcome: Future[_T] = Future()

    def run() -> None:
        try:
            outcome.set_result(call())
        except BaseException as exc:
            outcome.set_exception(exc)

    threading.Thread(target=run, name="keyring call", daemon=True).start()
    return outcome.result(timeout=KEYRING_TIMEOUT)
