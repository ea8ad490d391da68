"""Starting AgentDesk while it runs: the second start says so on stderr, exits 0 at once, and
the running AgentDesk's window comes forward, un-minimised and active. Until issue 16 the
second `agentdesk --demo` exited 0 printing nothing. On a private X server with openbox."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from agentdesk.ui.single_instance import ALREADY_RUNNING
from tests.cli.x_desktop import (
    ICONIC_STATE,
    NORMAL_STATE,
    agentdesk,
    app_env,
    desktop,
    main_window_of,
    running,
)


def test_a_second_start_says_so_and_brings_the_window_forward(tmp_path: Path) -> None:
    with desktop(tmp_path) as (display, desk):
        env = app_env(tmp_path, display)
        with running(agentdesk("--demo"), env, tmp_path / "first.log") as first:
            window = main_window_of(desk, first)
            desk.watch(window)
            desk.iconify(window)  # the agent minimised it and works elsewhere
            desk.wait_for(lambda: desk.wm_state(window) == ICONIC_STATE, 10, "minimised")
            desk.wait_for(lambda: desk.active() != window.id, 10, "no longer active")

            started = time.monotonic()
            second = subprocess.run(
                agentdesk("--demo"), env=env, capture_output=True, text=True, timeout=60
            )
            took = time.monotonic() - started
            assert second.returncode == 0, second.stderr
            assert second.stderr.strip() == ALREADY_RUNNING
            assert "already running" in ALREADY_RUNNING
            assert second.stdout == ""
            assert took < 10, f"the second start took {took:.1f} s"

            desk.wait_for(lambda: desk.wm_state(window) == NORMAL_STATE, 10, "restored")
            desk.wait_for(lambda: desk.active() == window.id, 10, "made the active window")
            assert len(desk.clients()) == 1  # no second window
            assert first.alive()


def test_a_link_handed_to_the_running_agentdesk_prints_nothing(tmp_path: Path) -> None:
    """A clicked tel: link is routine: the running AgentDesk takes it without a word here."""
    with desktop(tmp_path) as (display, desk):
        env = app_env(tmp_path, display)
        with running(agentdesk("--demo"), env, tmp_path / "first.log") as first:
            main_window_of(desk, first)
            link = subprocess.run(
                agentdesk("dial", "tel:+420601234567"),
                env=env, capture_output=True, text=True, timeout=60,
            )  # fmt: skip
            assert (link.returncode, link.stdout, link.stderr) == (0, "", "")
            shown = subprocess.run(
                agentdesk("dial"), env=env, capture_output=True, text=True, timeout=60
            )
            assert (shown.returncode, shown.stderr.strip()) == (0, ALREADY_RUNNING)
