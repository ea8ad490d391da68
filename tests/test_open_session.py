"""Opening a saved profile's session: profile file and keyring, with clear failures."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from agentdesk.backends.daktela.backend import DaktelaBackend
from agentdesk.gui_main import open_session
from agentdesk.store.secrets import SecretsUnavailableError, set_secret

PROFILE = """
version = 1
default = "work"

[profiles.work]
vendor = "daktela"
url = "https://mycompany.daktela.com"
user = "jnovak"

[profiles.work.options]
api_version = "3.9"
auth = "password"
"""


@pytest.fixture
def profiles_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "profiles.toml"
    path.write_text(PROFILE, encoding="utf-8")
    monkeypatch.setattr("agentdesk.store.profiles.config_path", lambda: path)
    return path


async def test_the_default_profile_opens_with_its_keyring_secret(profiles_file: Path) -> None:
    set_secret("work", "heslo")
    session = await open_session(None)
    try:
        backend = session.backend
        assert isinstance(backend, DaktelaBackend)
        assert backend.login == "jnovak"
        assert backend.api_version == "3.9"
        assert session.vendor_name == "Daktela"
    finally:
        await session.stop()


async def test_without_a_keyring_the_message_offers_the_environment_variable(
    profiles_file: Path,
) -> None:
    keyring.set_keyring(NoKeyring())
    with pytest.raises(SecretsUnavailableError, match="AGENTDESK_SECRET"):
        await open_session("work")


async def test_the_environment_variable_works_without_a_keyring(
    profiles_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_keyring(NoKeyring())
    monkeypatch.setenv("AGENTDESK_SECRET", "heslo")
    session = await open_session("work")
    await session.stop()
