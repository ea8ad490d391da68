"""A locked gnome-keyring (real, on a private bus, reached in-process through keyring's Secret
Service backend) in the windows: started with a profile whose secret is in it, the main window
says the keyring is locked, in the agent's words, and offers the way to Settings; there, a
profile's secret saved into it is refused with the same sentence, and kept once it is
unlocked."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import SecretService
from PySide6.QtCore import Qt

from agentdesk.gui_main import open_session
from agentdesk.store.profiles import Profile, save_profile
from agentdesk.ui.app import Shell
from agentdesk.ui.messages import Level
from agentdesk.ui.settings_window import SettingsWindow
from tests.gnome_keyring import GnomeKeyring, gnome_keyring
from tests.ui.conftest import RecordingMessageBus, wait_until

LOCKED_TEXT = (
    "The keyring is locked (or has no default collection): unlock it or set AGENTDESK_SECRET."
)


pytestmark = pytest.mark.real_keyring


@pytest.fixture
def locked_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[GnomeKeyring]:
    previous = keyring.get_keyring()
    with gnome_keyring(tmp_path, "locked") as ring:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", ring.bus_address)
        keyring.set_keyring(SecretService.Keyring())
        yield ring
    keyring.set_keyring(previous)


def test_a_locked_keyring_at_start_is_said_with_the_way_to_settings(
    locked_keyring: GnomeKeyring,
    make_shell: Callable[..., Shell],
    messages: RecordingMessageBus,
    qloop: asyncio.AbstractEventLoop,
    qtbot: Any,
) -> None:
    save_profile(Profile("work", "daktela", "https://call-centre.invalid", "jnovak"))
    shell = make_shell()
    task = qloop.create_task(shell.run(lambda: open_session("work")))
    wait_until(qloop, lambda: messages.texts(Level.ERROR), timeout=10)
    seen = locked_keyring.calls()
    assert messages.texts(Level.ERROR) == [LOCKED_TEXT]
    assert "Prompt.Prompt" not in seen, seen
    banner = shell.window.banner
    assert banner.text.text() == LOCKED_TEXT
    assert banner.action_button.isVisibleTo(shell.window)
    assert banner.action_button.text() == "Open Settings…"
    assert shell.window.state_badge.state_text.text() == "Not connected"

    qtbot.mouseClick(banner.action_button, Qt.MouseButton.LeftButton)
    assert shell.settings_window is not None and shell.settings_window.isVisible()

    shell.request_quit()
    wait_until(qloop, task.done)
    assert task.result() == 0


def test_a_secret_saved_in_settings_into_a_locked_keyring_is_refused_then_kept_once_unlocked(
    locked_keyring: GnomeKeyring, qloop: asyncio.AbstractEventLoop, qtbot: Any
) -> None:
    window = SettingsWindow()
    qtbot.addWidget(window)
    qloop.run_until_complete(window.present())
    page = window.profiles_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    editor.name_edit.setText("Work")
    editor.url_edit.setText("https://call-centre.invalid")
    editor.user_edit.setText("jnovak")
    editor.secret_edit.setText("typed-in-settings")

    def save() -> None:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        wait_until(qloop, lambda: "saved" in page.status_text.text(), timeout=10)

    save()
    assert page.status_text.text() == f"Profile “Work” saved, but not its secret: {LOCKED_TEXT}"
    login = locked_keyring.default_collection()
    assert login is not None
    locked_keyring.unlock_with_password(login)  # as the agent would, in their keyring manager
    page.status_text.clear()
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor.secret_edit.setText("typed-in-settings")
    save()
    assert page.status_text.text() == "Profile “Work” saved."
    found = locked_keyring.secret_tool("lookup", "service", "agentdesk", "username", "Work")
    assert found.stdout == "typed-in-settings"
    window.close()
    qloop.run_until_complete(window.tasks.wait_all())
