"""Stopping the processes tests start (servers, buses, displays, desktop daemons, the app)."""

from __future__ import annotations

import subprocess
from typing import Any


def stop_process(process: subprocess.Popen[Any], timeout: float = 10) -> int:
    """Ask ``process`` to end (SIGTERM) if it still runs, wait ``timeout`` seconds, kill it if
    it has not ended by then; its exit status."""
    if process.poll() is None:
        process.terminate()
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        return process.wait()
