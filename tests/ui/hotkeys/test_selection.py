"""Which mechanism a desktop gets, and the "none" mechanism's account of why."""

from __future__ import annotations

from typing import Any

import pytest

from agentdesk.ui.hotkeys import MECHANISM_LABELS, create_global_shortcuts
from tests.ui.hotkeys.fake_portal import FakeShortcutsPortal


def test_with_no_bus_and_no_display_there_are_none_and_taken_says_why(qtbot: Any) -> None:
    shortcuts = create_global_shortcuts(environ={}, platform_name="offscreen")
    assert shortcuts.mechanism == "none"
    with qtbot.waitSignal(shortcuts.changed, timeout=1000):
        shortcuts.bind({"answer": "Ctrl+Alt+A", "hangup": ""})
    assert shortcuts.bound() == {}
    assert shortcuts.taken() == {"answer": "No global shortcut service on this desktop (offscreen)"}
    shortcuts.close()


def test_every_mechanism_has_a_label() -> None:
    assert set(MECHANISM_LABELS) == {"portal", "x11", "windows", "none"}


def test_a_session_bus_without_a_portal_falls_back_to_the_x_server(
    bus_address: str, x_display: str
) -> None:
    shortcuts = create_global_shortcuts(
        environ={"DBUS_SESSION_BUS_ADDRESS": bus_address, "DISPLAY": x_display},
        platform_name="xcb",
    )
    try:
        assert shortcuts.mechanism == "x11"
    finally:
        shortcuts.close()


def test_a_portal_without_global_shortcuts_is_not_used(bus_address: str) -> None:
    portal = FakeShortcutsPortal(bus_address, version=0)
    try:
        shortcuts = create_global_shortcuts(
            environ={"DBUS_SESSION_BUS_ADDRESS": bus_address}, platform_name="wayland"
        )
        assert shortcuts.mechanism == "none"
        shortcuts.bind({"answer": "Ctrl+Alt+A"})
        assert shortcuts.taken() == {
            "answer": "No global shortcut service on this desktop (wayland)"
        }
        shortcuts.close()
    finally:
        portal.close()


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),  # XWayland only
        ({"DISPLAY": ":0"}, "wayland"),
    ],
)
def test_on_wayland_the_x_server_is_not_grabbed(environ: dict[str, str], platform: str) -> None:
    shortcuts = create_global_shortcuts(environ=environ, platform_name=platform)
    assert shortcuts.mechanism == "none"
    shortcuts.close()
