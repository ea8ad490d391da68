"""The X11 mechanism against a real X server (a private Xvfb): keys typed through XTEST while
AgentDesk has no focus reach it, and a key another client holds is reported as taken."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from Xlib import X
from Xlib.display import Display

from agentdesk.ui.hotkeys.x11_grab import X11KeyGrab
from tests.ui.hotkeys.x_server import XTestKeyboard


@pytest.fixture
def grab(x_display: str) -> Iterator[X11KeyGrab]:
    shortcuts = X11KeyGrab(x_display)
    yield shortcuts
    shortcuts.close()


def test_a_bound_chord_pressed_elsewhere_activates_its_action(
    qtbot: Any, grab: X11KeyGrab, keyboard: XTestKeyboard
) -> None:
    with qtbot.waitSignal(grab.changed, timeout=1000):
        grab.bind({"answer": "Ctrl+Alt+A", "hangup": "Ctrl+Alt+H", "show_window": ""})
    assert grab.mechanism == "x11"
    assert grab.bound() == {"answer": "Ctrl+Alt+A", "hangup": "Ctrl+Alt+H"}
    assert grab.taken() == {}

    with qtbot.waitSignal(grab.activated, timeout=5000) as pressed:
        keyboard.press("Control_L", "Alt_L", "h")
    assert pressed.args == ["hangup"]


def test_the_chord_still_works_with_num_lock_and_caps_lock_on(
    qtbot: Any, grab: X11KeyGrab, keyboard: XTestKeyboard
) -> None:
    grab.bind({"toggle_ready": "Ctrl+Alt+R"})
    keyboard.press("Num_Lock")
    keyboard.press("Caps_Lock")
    with qtbot.waitSignal(grab.activated, timeout=5000) as pressed:
        keyboard.press("Control_L", "Alt_L", "r")
    assert pressed.args == ["toggle_ready"]


def test_binding_again_replaces_the_old_keys(
    qtbot: Any, grab: X11KeyGrab, keyboard: XTestKeyboard
) -> None:
    grab.bind({"answer": "Ctrl+Alt+A"})
    grab.bind({"answer": "Meta+F5", "dial_selection": "Ctrl+Shift+Alt+D"})
    assert grab.bound() == {"answer": "Meta+F5", "dial_selection": "Ctrl+Shift+Alt+D"}
    seen: list[str] = []
    grab.activated.connect(seen.append)
    # X delivers events in order: had the old grab survived, its press would come first.
    keyboard.press("Control_L", "Alt_L", "a")
    with qtbot.waitSignal(grab.activated, timeout=5000):
        keyboard.press("Super_L", "F5")
    with qtbot.waitSignal(grab.activated, timeout=5000):
        keyboard.press("Control_L", "Shift_L", "Alt_L", "d")
    assert seen == ["answer", "dial_selection"]


def test_a_chord_another_application_grabbed_first_is_reported_taken(
    qtbot: Any, x_display: str, grab: X11KeyGrab, keyboard: XTestKeyboard
) -> None:
    other = Display(x_display)
    try:
        control_alt = X.ControlMask | X.Mod1Mask
        other.screen().root.grab_key(
            keyboard.keycode("a"), control_alt, False, X.GrabModeAsync, X.GrabModeAsync
        )
        other.sync()

        grab.bind({"answer": "Ctrl+Alt+A", "hangup": "Ctrl+Alt+H"})

        assert grab.taken() == {"answer": "Another application already uses Ctrl+Alt+A"}
        assert grab.bound() == {"hangup": "Ctrl+Alt+H"}
        with qtbot.waitSignal(grab.activated, timeout=5000) as pressed:
            keyboard.press("Control_L", "Alt_L", "h")
        assert pressed.args == ["hangup"]
    finally:
        other.close()


def test_keys_it_cannot_use_are_reported_not_raised(grab: X11KeyGrab) -> None:
    grab.bind({"answer": "Ctrl+Alt+A", "hangup": "Ctrl+Alt+A", "dial_selection": "A"})
    taken = grab.taken()
    assert set(taken) == {"hangup", "dial_selection"}
    assert "already the shortcut for answer" in taken["hangup"]
    assert "needs Ctrl, Alt or Meta" in taken["dial_selection"]


def test_close_gives_the_keys_back(x_display: str, grab: X11KeyGrab) -> None:
    grab.bind({"answer": "Ctrl+Alt+A"})
    grab.close()
    other = X11KeyGrab(x_display)
    try:
        other.bind({"answer": "Ctrl+Alt+A"})
        assert other.taken() == {}
    finally:
        other.close()


def test_losing_the_x_server_leaves_every_shortcut_taken(
    qtbot: Any, x_server: tuple[str, subprocess.Popen[bytes]], grab: X11KeyGrab
) -> None:
    grab.bind({"answer": "Ctrl+Alt+A"})
    with qtbot.waitSignal(grab.changed, timeout=5000):
        x_server[1].terminate()
    assert grab.taken() == {"answer": "The X display connection was lost"}
