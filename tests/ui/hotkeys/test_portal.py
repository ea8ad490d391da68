"""The desktop-portal mechanism against a fake portal on a private session bus: sessions,
bindings and activations travel over real D-Bus messages."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

from agentdesk.ui.hotkeys import DEFAULT_SHORTCUTS, GlobalShortcuts, create_global_shortcuts
from tests.ui.hotkeys.fake_portal import FakeShortcutsPortal


@pytest.fixture
def portal_shortcuts(
    bus_address: str, fake_portal: FakeShortcutsPortal
) -> Iterator[GlobalShortcuts]:
    shortcuts = create_global_shortcuts(
        environ={"DBUS_SESSION_BUS_ADDRESS": bus_address}, platform_name="wayland"
    )
    yield shortcuts
    shortcuts.close()


def test_the_portal_is_chosen_and_binds_the_default_shortcuts(
    qtbot: Any, portal_shortcuts: GlobalShortcuts, fake_portal: FakeShortcutsPortal
) -> None:
    assert portal_shortcuts.mechanism == "portal"
    with qtbot.waitSignal(portal_shortcuts.changed, timeout=5000):
        portal_shortcuts.bind(DEFAULT_SHORTCUTS)

    assert portal_shortcuts.taken() == {}
    assert portal_shortcuts.bound()["answer"] == "Press CTRL+ALT+a"
    (asked,) = fake_portal.bind_calls
    triggers = {shortcut_id: props["preferred_trigger"][1] for shortcut_id, props in asked}
    assert triggers == {
        "answer": "CTRL+ALT+a",
        "hangup": "CTRL+ALT+h",
        "toggle_ready": "CTRL+ALT+r",
        "dial_selection": "CTRL+ALT+d",
        "show_window": "CTRL+ALT+w",
    }
    assert dict(asked)["hangup"]["description"] == ("s", "Hang up")


def test_a_press_the_portal_reports_activates_the_action(
    qtbot: Any, portal_shortcuts: GlobalShortcuts, fake_portal: FakeShortcutsPortal
) -> None:
    with qtbot.waitSignal(portal_shortcuts.changed, timeout=5000):
        portal_shortcuts.bind({"answer": "Ctrl+Alt+A", "toggle_ready": "Ctrl+Alt+R"})
    with qtbot.waitSignal(portal_shortcuts.activated, timeout=5000) as pressed:
        fake_portal.press("toggle_ready")
    assert pressed.args == ["toggle_ready"]


def test_a_chord_the_desktop_would_not_grant_is_reported_taken(
    qtbot: Any, portal_shortcuts: GlobalShortcuts, fake_portal: FakeShortcutsPortal
) -> None:
    fake_portal.held_elsewhere = {"CTRL+ALT+h"}
    with qtbot.waitSignal(portal_shortcuts.changed, timeout=5000):
        portal_shortcuts.bind({"answer": "Ctrl+Alt+A", "hangup": "Ctrl+Alt+H", "dial": "Q"})
    taken = portal_shortcuts.taken()
    assert set(taken) == {"hangup", "dial"}
    assert "another application may use Ctrl+Alt+H" in taken["hangup"]
    assert set(portal_shortcuts.bound()) == {"answer"}


def test_declining_the_portal_dialog_leaves_every_shortcut_taken(
    qtbot: Any, portal_shortcuts: GlobalShortcuts, fake_portal: FakeShortcutsPortal
) -> None:
    fake_portal.response_code = 1
    with qtbot.waitSignal(portal_shortcuts.changed, timeout=5000):
        portal_shortcuts.bind({"answer": "Ctrl+Alt+A"})
    assert portal_shortcuts.taken() == {"answer": "Not allowed in the desktop's shortcut dialog"}
    assert portal_shortcuts.bound() == {}


def test_binding_again_closes_the_old_session_and_ignores_its_presses(
    qtbot: Any, portal_shortcuts: GlobalShortcuts, fake_portal: FakeShortcutsPortal
) -> None:
    with qtbot.waitSignal(portal_shortcuts.changed, timeout=5000):
        portal_shortcuts.bind({"answer": "Ctrl+Alt+A"})
    with qtbot.waitSignal(portal_shortcuts.changed, timeout=5000):
        portal_shortcuts.bind({"answer": "Ctrl+Alt+A", "hangup": "Ctrl+Alt+H"})
    old, new = fake_portal.sessions
    qtbot.waitUntil(lambda: fake_portal.closed_sessions == [old], timeout=5000)

    seen: list[str] = []
    portal_shortcuts.activated.connect(seen.append)
    fake_portal.press("answer", session=old)  # signals arrive in order: this one first
    with qtbot.waitSignal(portal_shortcuts.activated, timeout=5000):
        fake_portal.press("hangup", session=new)
    assert seen == ["hangup"]


def test_the_bus_going_away_leaves_every_shortcut_taken(
    qtbot: Any,
    session_bus: tuple[str, subprocess.Popen[str]],
    portal_shortcuts: GlobalShortcuts,
) -> None:
    with qtbot.waitSignal(portal_shortcuts.changed, timeout=5000):
        portal_shortcuts.bind({"answer": "Ctrl+Alt+A"})
    with qtbot.waitSignal(portal_shortcuts.changed, timeout=5000):
        session_bus[1].terminate()
    assert portal_shortcuts.taken() == {"answer": "The desktop portal went away"}
