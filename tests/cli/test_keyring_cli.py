"""`agentdesk secret set` and `agentdesk ctl` as subprocesses with a real gnome-keyring on a
private bus, through keyring's Secret Service backend as on a desktop: the secret goes in
and comes out to the vendor; a locked keyring, or one with no default collection, is one
plain line and exit status 2, with no prompt, no collection made and no hang."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.store.profiles import Profile, save_profile
from tests.gnome_keyring import (
    GnomeKeyring,
    KeyringState,
    gnome_keyring,
)

pytestmark = pytest.mark.real_keyring

LOCKED = "the keyring is locked (or has no default collection): unlock it or set AGENTDESK_SECRET"
# Well above what an answer takes (tenths of a second), well below a hang.
PROCESS_TIMEOUT = 30


@dataclass
class Desktop:
    keyring: GnomeKeyring

    async def agentdesk(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        env = {**os.environ, **self.keyring.environment()}
        env.pop("AGENTDESK_SECRET", None)
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "agentdesk",
            *args,
            env=env,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(proc.communicate(stdin.encode()), PROCESS_TIMEOUT)
        assert proc.returncode is not None
        return proc.returncode, out.decode(), err.decode()


@pytest.fixture
def desktop(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Desktop]:
    state: KeyringState = request.param
    with gnome_keyring(tmp_path, state) as ring:
        yield Desktop(ring)


@pytest.mark.parametrize("desktop", ["unlocked"], indirect=True)
async def test_the_secret_set_in_the_keyring_reaches_the_vendor(desktop: Desktop) -> None:
    async with DaktelaSimulator() as sim:
        save_profile(Profile("work", "daktela", sim.url, sim.login))
        stored = await desktop.agentdesk("secret", "set", "work", stdin=sim.token + "\n")
        state = await desktop.agentdesk("ctl", "--profile", "work", "state")
    assert stored == (0, "stored the secret of work in the OS keyring\n", "")
    assert state == (0, "ready\n", "")  # the vendor took the secret from the keyring
    found = desktop.keyring.secret_tool("lookup", "service", "agentdesk", "username", "work")
    assert found.stdout == sim.token


@pytest.mark.parametrize("desktop", ["locked", "none"], indirect=True)
async def test_a_locked_or_missing_keyring_is_one_plain_line_and_status_2(
    desktop: Desktop,
) -> None:
    collections = desktop.keyring.collections()
    async with DaktelaSimulator() as sim:
        save_profile(Profile("work", "daktela", sim.url, sim.login))
        stored = await desktop.agentdesk("secret", "set", "work", stdin="typed\n")
        state = await desktop.agentdesk("ctl", "--profile", "work", "state")
        asked = list(sim.requests)
    assert stored == (2, "", f"agentdesk secret: {LOCKED}\n")
    assert state == (2, "", f"agentdesk ctl: {LOCKED}\n")
    assert asked == []  # no secret, no request to the vendor
    calls = desktop.keyring.calls()
    assert "Prompt.Prompt" not in calls, calls
    # Only the write may ask to make the default collection (and withdraws the prompt).
    assert calls.count("Service.CreateCollection") <= 1, calls
    assert desktop.keyring.collections() == collections
