import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from agentdesk.core import ConfigurationError
from agentdesk.redaction import redact
from agentdesk.store.secrets import (
    SERVICE,
    SecretsUnavailableError,
    delete_secret,
    get_secret,
    set_secret,
)
from tests.conftest import MemoryKeyring


def test_secret_round_trips_through_the_keyring() -> None:
    set_secret("work", "s3cret")
    assert get_secret("work") == "s3cret"


def test_environment_variable_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    set_secret("work", "from-keyring")
    monkeypatch.setenv("AGENTDESK_SECRET", "from-env")
    assert get_secret("work") == "from-env"


def test_a_missing_secret_says_how_to_store_one() -> None:
    with pytest.raises(ConfigurationError, match="agentdesk secret set work"):
        get_secret("work")


def test_no_keyring_on_this_machine_is_a_clear_message() -> None:
    keyring.set_keyring(NoKeyring())
    with pytest.raises(SecretsUnavailableError, match="AGENTDESK_SECRET"):
        get_secret("work")
    with pytest.raises(SecretsUnavailableError, match="AGENTDESK_SECRET"):
        set_secret("work", "x")


def test_a_deleted_secret_is_gone_and_deleting_nothing_is_fine() -> None:
    set_secret("work", "s3cret")
    delete_secret("work")
    delete_secret("work")
    with pytest.raises(ConfigurationError, match="no secret stored"):
        get_secret("work")
    keyring.set_keyring(NoKeyring())
    delete_secret("work")  # no keyring: nothing to delete, nothing to say


# The GUI reads a secret in a worker thread whose result qasync would log: the secret must be
# masked before get_secret returns it, wherever it came from.


def test_a_secret_read_from_the_keyring_is_masked_at_once(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.secrets[(SERVICE, "work")] = "from-the-keyring-1"
    assert get_secret("work") == "from-the-keyring-1"
    assert redact("Setting Future result: from-the-keyring-1") == "Setting Future result: ***"


def test_a_secret_from_the_environment_is_masked_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGENTDESK_SECRET", "from-the-environment-2")
    assert get_secret("work") == "from-the-environment-2"
    assert redact("result: from-the-environment-2") == "result: ***"


def test_a_secret_being_stored_is_masked_at_once() -> None:
    set_secret("work", "typed-in-settings-3")
    assert redact("args ('work', 'typed-in-settings-3')") == "args ('work', '***')"
