"""Shared test set-up: async tests without a plugin, an in-memory keyring, no network."""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from agentdesk.redaction import forget_secrets


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict, so tests never touch the OS one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def private_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Profiles, settings, contacts and cached recordings of a test never touch the real home
    (platformdirs follows the XDG variables on Linux)."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / folder))
    # Nor the real desktop: no session bus (the shortcut portal) or display to reach.
    for variable in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={home / 'no-system-bus'}")


@pytest.fixture(autouse=True)
def secrets_unregistered() -> Iterator[None]:
    """Each test starts with no secret registered for redaction, as a new process does: one
    registered by an earlier test must not mask what a later one checks."""
    forget_secrets()
    yield
    forget_secrets()


@pytest.fixture(autouse=True)
def memory_keyring(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring]:
    """Secrets in memory, unless the test is marked ``real_keyring`` (it sets its own)."""
    monkeypatch.delenv("AGENTDESK_SECRET", raising=False)
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    if request.node.get_closest_marker("real_keyring") is None:
        keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


class _ErrorTrap(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_error_logs(request: pytest.FixtureRequest) -> Iterator[None]:
    """An error logged during a test fails it, unless the test says it expects one."""
    trap = _ErrorTrap()
    root = logging.getLogger()
    root.addHandler(trap)
    yield
    root.removeHandler(trap)
    if trap.records and request.node.get_closest_marker("allow_error_logs") is None:
        logged = "; ".join(f"{r.name}: {r.getMessage()}" for r in trap.records)
        pytest.fail(f"unexpected error logged: {logged}")


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests (non-GUI ones) in a fresh asyncio loop, failing on leftovers."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    kwargs = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    with asyncio.Runner() as runner:
        runner.run(pyfuncitem.obj(**kwargs))
    return True
