"""SIGTERM (a logout, `kill`) and SIGINT (Ctrl+C) quit AgentDesk the way Quit does: the
process shuts down cleanly and exits 0, instead of dying where it stood."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.cli.test_ctl import _env


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_quits_the_demo_cleanly(number: signal.Signals, tmp_path: Path) -> None:
    painted = tmp_path / "painted"
    env = app_env(tmp_path)
    app = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "-v", "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _wait_for(painted, app, "the window never painted")
        # The demo opens the outbox as it makes its session, once its simulator is listening:
        # the signal comes to a running session, not to a window still starting.
        _wait_for(tmp_path / "data" / "agentdesk" / "outbox.sqlite3", app, "no session began")
        app.send_signal(number)
        _, err = app.communicate(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert app.returncode == 0, err
    assert f"quitting on {number.name}" in err
    assert "Traceback" not in err
    # The shut-down ran to its end: the window places were saved.
    assert (tmp_path / "state" / "agentdesk" / "window-state.json").is_file()
    assert os.path.getsize(tmp_path / "state" / "agentdesk" / "window-state.json") > 0


def app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of an AgentDesk started by a test: offscreen, its own instance name,
    home and folders under ``tmp_path``, its first paint reported to ``tmp_path/painted``."""
    return _env(
        QT_QPA_PLATFORM="offscreen",
        AGENTDESK_FIRST_PAINT_FILE=str(tmp_path / "painted"),
        AGENTDESK_INSTANCE=f"agentdesk-test-{uuid.uuid4().hex}",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        **extra,
    )


def _wait_for(path: Path, app: subprocess.Popen[str], failure: str, limit: float = 30) -> None:
    """Return once ``path`` exists; fail with ``failure`` after ``limit`` seconds, or at once
    if ``app`` ends first."""
    deadline = time.monotonic() + limit
    while not path.exists():
        if app.poll() is not None:
            pytest.fail(f"the demo ended early: {app.stderr.read() if app.stderr else ''}")
        assert time.monotonic() < deadline, failure
        time.sleep(0.01)  # the file is written by another process: looked at, not waited on
