"""What each global shortcut does in the running app (the mechanisms themselves are tested
in tests/ui/hotkeys): a double stands in for the desktop's mechanism, the Daktela simulator
for the call centre."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject

from agentdesk.core import AgentState
from agentdesk.demo import DemoCallCentre
from agentdesk.ui.app import Shell
from agentdesk.ui.hotkeys import GlobalShortcuts
from tests.ui.conftest import wait_connected, wait_until


class DesktopKeys(GlobalShortcuts):
    """The desktop's mechanism as the app sees it: the keys it was given, one it refuses."""

    mechanism = "x11"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.given: dict[str, str] = {}

    def bind(self, shortcuts: Mapping[str, str]) -> None:
        self.given = dict(shortcuts)
        taken = {"show_window": "another application holds Ctrl+Alt+W"}
        self._settle({a: k for a, k in shortcuts.items() if a not in taken}, taken)

    def press(self, action: str) -> None:
        self.activated.emit(action)


def test_each_shortcut_does_its_action(
    qloop: asyncio.AbstractEventLoop,
    make_shell: Callable[..., Shell],
) -> None:
    keys: list[DesktopKeys] = []

    def make(parent: QObject) -> GlobalShortcuts:
        keys.append(DesktopKeys(parent))
        return keys[-1]

    centre = DemoCallCentre(scenario=False)
    sim = centre.simulator
    shell = make_shell(global_shortcuts=make)
    [desktop] = keys
    assert desktop.given == {
        "answer": "Ctrl+Alt+A",
        "hangup": "Ctrl+Alt+H",
        "toggle_ready": "Ctrl+Alt+R",
        "dial_selection": "Ctrl+Alt+D",
        "show_window": "Ctrl+Alt+W",
    }
    status = shell.shortcuts_status()
    assert status.splitlines() == [
        "Global shortcuts: X11 key grabs.",
        "Not available: show window (another application holds Ctrl+Alt+W)",
    ]
    running = qloop.create_task(shell.run(centre.start_session, centre.stop))
    try:
        session = wait_connected(qloop, shell)
        wait_until(qloop, lambda: session.status.state is AgentState.READY and session.pauses)

        desktop.press("toggle_ready")  # Ready → a pause
        wait_until(qloop, lambda: session.status.state is AgentState.PAUSED, timeout=5)
        desktop.press("toggle_ready")  # and back
        wait_until(qloop, lambda: session.status.state is AgentState.READY, timeout=5)

        sim.ring("+420777111222")
        wait_until(qloop, lambda: shell.window.call_panel.call is not None, timeout=5)
        wait_until(qloop, lambda: shell.window.actions_.answer.isEnabled(), timeout=5)
        desktop.press("answer")
        wait_until(qloop, lambda: session.status.state is AgentState.TALKING, timeout=5)
        desktop.press("hangup")
        wait_until(qloop, lambda: shell.window.call_panel.call is None, timeout=5)

        shell.window.show()
        desktop.press("show_window")
        assert not shell.window.isVisible()
        desktop.press("show_window")
        assert shell.window.isVisible()

        shell.open_settings()
        assert shell.settings_window is not None
        page = shell.settings_window.general_page  # type: ignore[attr-defined]
        assert page.shortcuts_status.text() == status
    finally:
        shell.request_quit()
        qloop.run_until_complete(asyncio.wait_for(running, 5))
