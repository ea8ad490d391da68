"""The title bar and the task switcher say "AgentDesk — demo" once. Qt appends the
application's display name to every title that does not end with it, so the demo's window
read "AgentDesk — demo — AgentDesk" on X11 (issue 16): checked as a window manager sees it,
in _NET_WM_NAME, with openbox on a private X server."""

from __future__ import annotations

from pathlib import Path

from tests.cli.x_desktop import RunningApp, agentdesk, app_env, desktop, main_window_of


def test_the_demo_window_is_titled_once(tmp_path: Path) -> None:
    with desktop(tmp_path) as (display, desk):
        app = RunningApp(agentdesk("--demo"), app_env(tmp_path, display), tmp_path / "app.log")
        try:
            window = main_window_of(desk, app)
            assert desk.title(window) == "AgentDesk — demo"
            assert [desk.title(w) for w in desk.clients()] == ["AgentDesk — demo"]
        finally:
            code = app.stop()
        assert code == 0, app.output()


def test_another_vendors_demo_names_it_once(tmp_path: Path) -> None:
    with desktop(tmp_path) as (display, desk):
        env = app_env(tmp_path, display)
        app = RunningApp(agentdesk("--demo", "--vendor", "ucontact"), env, tmp_path / "app.log")
        try:
            assert desk.title(main_window_of(desk, app)) == "AgentDesk — demo (uContact)"
        finally:
            code = app.stop()
        assert code == 0, app.output()
