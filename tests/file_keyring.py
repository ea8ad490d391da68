"""A keyring backend that keeps its secrets in a JSON file, so that AgentDesk run as a
subprocess reads its secret from a keyring as it would from the OS one: give the child
``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` (keyring loads the class named
there) and ``AGENTDESK_TEST_KEYRING=PATH``, and fill the file with :func:`store`."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Final

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

BACKEND: Final = "tests.file_keyring.FileKeyring"
FILE_VARIABLE: Final = "AGENTDESK_TEST_KEYRING"


def store(path: Path, service: str, username: str, password: str) -> None:
    """Put ``password`` in the keyring file at ``path`` (made if missing)."""
    entries = _read(path)
    entries.setdefault(service, {})[username] = password
    path.write_text(json.dumps(entries), encoding="utf-8")


def _read(path: Path) -> dict[str, dict[str, str]]:
    try:
        entries: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return entries


class FileKeyring(KeyringBackend):
    """The secrets of the file named by ``AGENTDESK_TEST_KEYRING``."""

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ[FILE_VARIABLE])

    def get_password(self, service: str, username: str) -> str | None:
        return _read(self.path).get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        store(self.path, service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        entries = _read(self.path)
        if entries.get(service, {}).pop(username, None) is None:
            raise PasswordDeleteError(f"no secret for {username} in {service}")
        self.path.write_text(json.dumps(entries), encoding="utf-8")
