"""A profile whose file still holds a relay token, opened while the keyring is locked (a real
gnome-keyring on a private bus): the window says once that the token stays in profiles.toml
for now, the file keeps it, and the session opens with it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agentdesk.gui_main import open_session
from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from agentdesk.store import option_secrets
from agentdesk.store.profiles import config_path
from agentdesk.ui.app import Shell
from agentdesk.ui.messages import Level
from tests.gnome_keyring import GnomeKeyring, process_keyring
from tests.ui.conftest import RecordingMessageBus, wait_until

pytestmark = pytest.mark.real_keyring


@pytest.fixture
def locked_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[GnomeKeyring]:
    with process_keyring(tmp_path, "locked", monkeypatch) as ring:
        yield ring


def test_a_token_the_locked_keyring_cannot_take_stays_in_the_file_said_once(
    locked_keyring: GnomeKeyring,
    make_shell: Callable[..., Shell],
    messages: RecordingMessageBus,
    qloop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(option_secrets, "_warned", set())  # said once a process: this one
    monkeypatch.setattr(option_secrets, "_unsaid", [])
    sim = MegaPbxSimulator()
    qloop.run_until_complete(sim.start())
    monkeypatch.setenv("AGENTDESK_SECRET", sim.api_key)
    text = (
        f'version = 1\n\n[profiles.work]\nvendor = "megapbx"\nurl = "{sim.url}"\n'
        'user = "ivanova"\n\n[profiles.work.options]\n'
        'relay_url = "http://127.0.0.1:9"\nrelay_token = "relay-token-kept-in-file"\n'
    )
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(text, encoding="utf-8")
    shell = make_shell()
    task = qloop.create_task(shell.run(lambda: open_session("work"), sim.stop))
    wait_until(qloop, lambda: shell.session is not None, timeout=10)
    session = shell.session
    assert session is not None
    assert session.profile_options["relay_token"] == "relay-token-kept-in-file"
    warnings = messages.texts(Level.WARNING)
    assert len(warnings) == 1
    assert warnings[0].startswith(
        "The keyring could not take the secret options of profile work; nothing is lost, "
        f"they are left in {config_path()} for now: relay_token (the keyring cannot keep them: "
    )
    assert "keyring is locked" in warnings[0]
    assert "relay-token-kept-in-file" not in warnings[0]
    assert config_path().read_text(encoding="utf-8") == text
    shell.request_quit()
    wait_until(qloop, task.done, timeout=10)
