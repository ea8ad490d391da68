"""Secret-valued profile options (``relay_token``, MegaFon's ``crm_token``, Oki-Toki's
``webhook_secret``) live in the keyring, never in profiles.toml: saved there, read back, and
moved there from a file an older version wrote; a keyring that cannot take them leaves them
in the file, said once. A real gnome-keyring on a private bus, and every vendor's profile."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import keyring
import pytest

from agentdesk.core import Profile
from agentdesk.store import option_secrets
from agentdesk.store.option_secrets import declared_secret_options
from agentdesk.store.profiles import load_profile, save_profile
from agentdesk.vendors import VENDORS
from tests.gnome_keyring import GnomeKeyring, KeyringState, process_keyring

Start = Callable[[KeyringState], GnomeKeyring]

OLD_FILE = """\
version = 1
default = "work"

[profiles.work]
vendor = "megapbx"
url = "https://pbx.example.ru"
user = "ivanova"

[profiles.work.options]
crm_token = "crm-token-from-2025"
relay_url = "https://relay.example.ru"
relay_token = "relay-token-of-ivanova"
history_poll_seconds = "90"
"""


@pytest.fixture
def start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Start]:
    with ExitStack() as stack:
        yield lambda state: stack.enter_context(process_keyring(tmp_path, state, monkeypatch))


@pytest.fixture(autouse=True)
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test says its warnings afresh, and leaves none for a later test's window."""
    monkeypatch.setattr(option_secrets, "_warned", set())
    monkeypatch.setattr(option_secrets, "_unsaid", [])


@pytest.mark.real_keyring
def test_an_old_file_is_moved_to_the_keyring_and_rewritten_without_them(
    start: Start, tmp_path: Path
) -> None:
    ring = start("unlocked")
    path = tmp_path / "profiles.toml"
    path.write_text(OLD_FILE, encoding="utf-8")
    profile = load_profile(None, path)
    assert profile.options["crm_token"] == "crm-token-from-2025"
    assert profile.options["relay_token"] == "relay-token-of-ivanova"
    text = path.read_text(encoding="utf-8")
    assert "crm-token-from-2025" not in text and "relay-token-of-ivanova" not in text
    assert 'relay_url = "https://relay.example.ru"' in text
    assert 'history_poll_seconds = "90"' in text
    found = ring.secret_tool("lookup", "service", "agentdesk", "username", "work/relay_token")
    assert (found.returncode, found.stdout) == (0, "relay-token-of-ivanova")
    # Read again from the keyring alone, the same profile.
    assert load_profile("work", path) == profile


@pytest.mark.real_keyring
def test_a_locked_keyring_leaves_them_in_the_file_and_says_so_once(
    start: Start, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    start("locked")
    path = tmp_path / "profiles.toml"
    path.write_text(OLD_FILE, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="agentdesk.store.option_secrets"):
        first = load_profile(None, path)
        again = load_profile(None, path)
    assert path.read_text(encoding="utf-8") == OLD_FILE  # nothing lost, nothing moved
    assert first.options["relay_token"] == again.options["relay_token"]
    assert first.options["relay_token"] == "relay-token-of-ivanova"
    said = [r.getMessage() for r in caplog.records]
    assert len(said) == 1
    assert f"left in {path} for now: crm_token, relay_token (the keyring" in said[0]
    assert "keyring is locked" in said[0]
    assert "relay-token-of-ivanova" not in said[0]


@pytest.mark.real_keyring
def test_saving_with_a_locked_keyring_keeps_the_token_in_the_file(
    start: Start, tmp_path: Path
) -> None:
    start("locked")
    path = tmp_path / "profiles.toml"
    options = {"relay_url": "https://relay.example.ru", "relay_token": "token-never-lost"}
    save_profile(Profile("work", "okitoki", "https://oki.example", "12", None, options), path=path)
    assert "token-never-lost" in path.read_text(encoding="utf-8")


@pytest.mark.real_keyring
def test_saved_in_an_unlocked_keyring_and_read_back(start: Start, tmp_path: Path) -> None:
    start("unlocked")
    path = tmp_path / "profiles.toml"
    options = {"webhook_secret": "oki-hook-secret", "webhook_port": "8092"}
    save_profile(Profile("oki", "okitoki", "https://oki.example", "12", None, options), path=path)
    assert "oki-hook-secret" not in path.read_text(encoding="utf-8")
    assert load_profile("oki", path).options == options


@pytest.mark.parametrize("vendor", [v for v in VENDORS if declared_secret_options(v)])
def test_no_secret_option_of_any_vendor_is_written_to_profiles_toml(
    vendor: str, tmp_path: Path
) -> None:
    path = tmp_path / "profiles.toml"
    secrets = {name: f"{vendor}-{name}-value-9" for name in declared_secret_options(vendor)}
    # Secret by name alone, though the vendor does not declare it.
    secrets["partner_api_key"] = f"{vendor}-undeclared-key-9"
    profile = Profile("p", vendor, "https://vendor.example", "agent", None, {**secrets})
    save_profile(profile, path=path)
    written = path.read_text(encoding="utf-8")
    assert not [value for value in secrets.values() if value in written]
    declared = {k: v for k, v in secrets.items() if k != "partner_api_key"}
    assert load_profile("p", path).options == declared


def test_the_vendors_declare_their_secret_options() -> None:
    assert set(declared_secret_options("megapbx")) == {"crm_token", "relay_token"}
    assert set(declared_secret_options("okitoki")) == {"webhook_secret", "relay_token"}
    assert declared_secret_options("daktela") == ["relay_token"]  # the relay's shared polls
    assert declared_secret_options("ucontact") == []


def test_a_renamed_profile_keeps_its_secret_options(tmp_path: Path) -> None:
    path = tmp_path / "profiles.toml"
    options = {"relay_url": "https://relay.example.ru", "relay_token": "follows-the-rename"}
    save_profile(
        Profile("old", "megapbx", "https://pbx.example", "ivanova", None, options), path=path
    )
    # The editor shows no secret option: the renamed profile comes without the token.
    renamed = Profile(
        "new",
        "megapbx",
        "https://pbx.example",
        "ivanova",
        None,
        {"relay_url": "https://relay.example.ru"},
    )
    save_profile(renamed, replaces="old", path=path)
    assert load_profile("new", path).options == options
    assert keyring.get_password("agentdesk", "old/relay_token") is None
