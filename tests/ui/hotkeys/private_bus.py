"""A private D-Bus session bus for one test: its own dbus-daemon on a socket in the test's
temp dir, with no service files, so nothing real (not even a portal the machine has
installed) can be activated on it."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.processes import stop_process

_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@contextmanager
def private_session_bus(directory: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """Yield the bus address and the daemon's process (a test may kill it); stop it after."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.fail("dbus-daemon is not installed (Debian: apt-get install dbus-daemon)")
    config = directory / "bus.conf"
    config.write_text(_CONFIG.format(socket=directory / "bus"))
    with open(directory / "dbus-daemon.log", "w") as log:
        process = subprocess.Popen(
            [daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address:
            pytest.fail(f"dbus-daemon did not start (status {process.wait()})")
        yield address, process
    finally:
        stop_process(process)
        if process.stdout is not None:
            process.stdout.close()
