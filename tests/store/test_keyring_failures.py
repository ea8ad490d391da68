"""Whatever keyring backend the machine has, its failures reach the agent as one sentence:
a locked one (macOS's and Windows' backends raise keyring's KeyringLocked too), one failing
in its own library's words, one that never answers."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from agentdesk.store import secrets
from agentdesk.store.secrets import (
    LOCKED,
    KeyringLockedError,
    KeyringSilentError,
    SecretsUnavailableError,
    get_secret,
    set_secret,
)


class FailingKeyring(KeyringBackend):
    """A backend whose every call raises ``error``."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class HangingKeyring(KeyringBackend):
    """A backend whose calls wait until ``release`` is set (a Secret Service that froze)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait()
        return "too-late"

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait()

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait()


def test_a_locked_keyring_of_any_kind_is_the_one_sentence() -> None:
    keyring.set_keyring(FailingKeyring(keyring.errors.KeyringLocked("Can't get password")))
    for call in (lambda: get_secret("work"), lambda: set_secret("work", "x")):
        with pytest.raises(KeyringLockedError) as caught:
            call()
        assert str(caught.value) == LOCKED


def test_a_backend_failing_in_its_own_words_is_a_sentence_not_a_traceback() -> None:
    keyring.set_keyring(FailingKeyring(ConnectionResetError(104, "Connection reset by peer")))
    with pytest.raises(SecretsUnavailableError, match=r"^the keyring refused to answer: .*reset"):
        get_secret("work")
    with pytest.raises(SecretsUnavailableError, match=r"^the keyring refused to store the secret"):
        set_secret("work", "x")


@pytest.fixture
def hanging_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[HangingKeyring]:
    monkeypatch.setattr(secrets, "KEYRING_TIMEOUT", 0.2)
    ring = HangingKeyring()
    keyring.set_keyring(ring)
    yield ring
    ring.release.set()  # lets the abandoned calls end


def test_a_keyring_that_never_answers_is_given_up_after_the_timeout(
    hanging_keyring: HangingKeyring,
) -> None:
    began = time.monotonic()
    with pytest.raises(KeyringSilentError, match=r"did not answer within 0\.2 s.*AGENTDESK_SECRET"):
        get_secret("work")
    with pytest.raises(KeyringSilentError):
        set_secret("work", "x")
    assert time.monotonic() - began < 2
