"""The title bar and the task switcher say "AgentDesk — demo" once. Qt appends the
application's display name to every title that does not end with it, so the demo's window
read "AgentDesk — demo — AgentDesk" on X11 (issue 16): checked as a window manager sees it,
in _NET_WM_NAME, with openbox on a private X server."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.x_desktop import agentdesk, app_env, desktop, main_window_of, running


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (("--demo",), "AgentDesk — demo"),
        (("--demo", "--vendor", "ucontact"), "AgentDesk — demo (uContact)"),
    ],
)
def test_the_demo_window_is_titled_once(args: tuple[str, ...], title: str, tmp_path: Path) -> None:
    with desktop(tmp_path) as (display, desk):
        env = app_env(tmp_path, display)
        with running(agentdesk(*args), env, tmp_path / "app.log") as app:
            window = main_window_of(desk, app)
            assert desk.title(window) == title
            assert [desk.title(w) for w in desk.clients()] == [title]
