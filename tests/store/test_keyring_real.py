"""AgentDesk's secrets in a real gnome-keyring on a private bus: stored and read back when the
login keyring is unlocked; when it is locked or there is none, one plain message, no prompt,
no collection made by a read, and an answer in bounded time even from a daemon that hangs."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService

from agentdesk.core import ConfigurationError
from agentdesk.store import secrets
from agentdesk.store.secrets import (
    LOCKED,
    KeyringLockedError,
    KeyringSilentError,
    delete_secret,
    get_secret,
    set_secret,
)
from tests.gnome_keyring import (
    GnomeKeyring,
    KeyringState,
    gnome_keyring,
)

pytestmark = pytest.mark.real_keyring

Start = Callable[[KeyringState], GnomeKeyring]

# Calls that would put a dialog in front of the agent, or make a keyring they never asked for.
PROMPT = "Prompt.Prompt"
CREATE = "Service.CreateCollection"


@pytest.fixture
def start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Start]:
    """Starts gnome-keyring in a state, and makes it this process's keyring through keyring's
    own Secret Service backend, as on a desktop."""
    previous = keyring.get_keyring()
    with ExitStack() as stack:

        def started(state: KeyringState) -> GnomeKeyring:
            ring = stack.enter_context(gnome_keyring(tmp_path, state))
            monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", ring.bus_address)
            keyring.set_keyring(SecretService.Keyring())
            return ring

        yield started
    keyring.set_keyring(previous)


def test_an_unlocked_login_keyring_keeps_and_gives_the_secret(
    start: Start,
) -> None:
    ring = start("unlocked")
    collections = ring.collections()
    set_secret("work", "s3cret-in-gnome-keyring")
    assert get_secret("work") == "s3cret-in-gnome-keyring"
    # Another client of the Secret Service (libsecret's) finds it where keyring put it...
    found = ring.secret_tool("lookup", "service", "agentdesk", "username", "work")
    assert (found.returncode, found.stdout) == (0, "s3cret-in-gnome-keyring")
    # ...and what it stores, AgentDesk reads.
    stored = ring.secret_tool(
        "store", "--label=home", "service", "agentdesk", "username", "home", stdin="from-libsecret"
    )
    assert stored.returncode == 0, stored.stderr
    assert get_secret("home") == "from-libsecret"
    with pytest.raises(ConfigurationError, match="no secret stored for profile 'nobody'"):
        get_secret("nobody")
    delete_secret("work")
    with pytest.raises(ConfigurationError, match="no secret stored for profile 'work'"):
        get_secret("work")
    assert ring.collections() == collections


def test_a_locked_keyring_is_said_plainly_without_a_prompt(
    start: Start,
) -> None:
    ring = start("unlocked")
    set_secret("work", "kept-while-unlocked")
    login = ring.default_collection()
    assert login is not None
    ring.lock(login)
    collections = ring.collections()
    began = time.monotonic()
    with pytest.raises(KeyringLockedError) as read:
        get_secret("work")
    with pytest.raises(KeyringLockedError) as write:
        set_secret("work", "typed-while-locked")
    took = time.monotonic() - began
    assert str(read.value) == str(write.value) == LOCKED
    assert LOCKED == (
        "the keyring is locked (or has no default collection): unlock it or set AGENTDESK_SECRET"
    )
    calls = ring.calls()
    assert PROMPT not in calls and CREATE not in calls, calls
    assert ring.collections() == collections and ring.is_locked(login)
    assert took < 5, took  # no prompt waited for
    # Nothing was written while it was locked: unlocked, the keyring holds what it held.
    ring.unlock_with_password(login)
    assert get_secret("work") == "kept-while-unlocked"


def test_without_a_default_collection_a_read_makes_none(
    start: Start,
) -> None:
    ring = start("none")
    collections = ring.collections()
    with pytest.raises(KeyringLockedError, match="no default collection"):
        get_secret("work")
    delete_secret("work")  # nothing to delete: nothing to say, nothing made
    calls = ring.calls()
    assert CREATE not in calls and PROMPT not in calls, calls
    assert ring.collections() == collections
    assert ring.default_collection() is None


def test_without_a_default_collection_a_write_makes_none_that_needs_a_prompt(
    start: Start,
) -> None:
    ring = start("none")
    collections = ring.collections()
    with pytest.raises(KeyringLockedError, match="no default collection"):
        set_secret("work", "nowhere-to-go")
    # gnome-keyring makes a collection only after asking for its password: AgentDesk asks
    # whether it may (CreateCollection), sees the prompt it would need, and withdraws it.
    calls = ring.calls()
    assert CREATE in calls and "Prompt.Dismiss" in calls and PROMPT not in calls, calls
    assert ring.collections() == collections
    assert ring.default_collection() is None


def test_a_keyring_that_unlocks_without_a_prompt_is_unlocked_and_used(
    start: Start,
) -> None:
    ring = start("none")
    open_keyring = ring.add_keyring_without_password()  # locked, empty password
    set_secret("work", "in-the-open-keyring")
    ring.lock(open_keyring)
    assert get_secret("work") == "in-the-open-keyring"
    calls = ring.calls()
    assert "Service.Unlock" in calls and PROMPT not in calls, calls


def test_a_secret_service_that_hangs_is_given_up_in_bounded_time(
    start: Start, monkeypatch: pytest.MonkeyPatch
) -> None:
    ring = start("unlocked")
    set_secret("work", "behind-a-frozen-daemon")
    monkeypatch.setattr(secrets, "KEYRING_TIMEOUT", 1.0)
    os.kill(ring.process.pid, signal.SIGSTOP)  # still owns its name, answers nothing
    try:
        began = time.monotonic()
        with pytest.raises(KeyringSilentError, match=r"did not answer within 1 s"):
            get_secret("work")
        took = time.monotonic() - began
    finally:
        os.kill(ring.process.pid, signal.SIGCONT)
    assert 1 <= took < 3, took
    assert get_secret("work") == "behind-a-frozen-daemon"  # awake again, it answers again
