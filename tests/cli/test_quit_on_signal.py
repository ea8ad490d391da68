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
    env = _env(
        QT_QPA_PLATFORM="offscreen",
        AGENTDESK_FIRST_PAINT_FILE=str(painted),
        AGENTDESK_INSTANCE=f"agentdesk-test-{uuid.uuid4().hex}",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "-v", "--demo"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not painted.exists():
            assert app.poll() is None, (
                f"the demo ended early: {app.stderr.read() if app.stderr else ''}"
            )
            assert time.monotonic() < deadline, "the window never painted"
            time.sleep(0.05)
        time.sleep(0.5)  # connected to the demo's simulator
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
