"""A private X server (Xvfb) for a test, and a keyboard that types into it through XTEST as
if the agent pressed the keys while some other application had the focus."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from Xlib import XK, X
from Xlib.display import Display
from Xlib.ext import xtest

from tests.processes import stop_process

START_TIMEOUT_S = 20


@contextmanager
def private_x_server(log_dir: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start Xvfb on a display number it chooses (``-displayfd``); yield ``":N"`` and the
    process (a test may stop it early); stop it.

    A missing Xvfb fails the test: CI installs it (.ci/run), and a skipped X11 test would
    hide a broken mechanism.
    """
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.fail("Xvfb is not installed (Debian: apt-get install xvfb xauth)")
    read_end, write_end = os.pipe()
    with open(log_dir / "xvfb.log", "wb") as log:
        process = subprocess.Popen(
            [xvfb, "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "640x480x24"],
            pass_fds=(write_end,),
            stdout=log,
            stderr=log,
        )
    os.close(write_end)
    try:
        number = _read_display_number(read_end, process)
        yield f":{number}", process
    finally:
        os.close(read_end)
        stop_process(process)


def _read_display_number(read_end: int, process: subprocess.Popen[bytes]) -> int:
    import selectors

    text = b""
    with selectors.DefaultSelector() as selector:
        selector.register(read_end, selectors.EVENT_READ)
        while not text.endswith(b"\n"):
            if not selector.select(timeout=START_TIMEOUT_S):
                pytest.fail(f"Xvfb did not report its display within {START_TIMEOUT_S} s")
            chunk = os.read(read_end, 64)
            if not chunk:
                pytest.fail(f"Xvfb exited before it was ready (status {process.poll()})")
            text += chunk
    return int(text)


class XTestKeyboard:
    """A second X client that presses keys with the XTEST extension."""

    def __init__(self, display_name: str) -> None:
        self.display: Any = Display(display_name)
        assert self.display.has_extension("XTEST")

    def keycode(self, keysym_name: str) -> int:
        keycode = self.display.keysym_to_keycode(XK.string_to_keysym(keysym_name))
        assert keycode, keysym_name
        return int(keycode)

    def press(self, *keysym_names: str) -> None:
        """Press the keys in order, then release them in reverse, like a person would."""
        keycodes = [self.keycode(name) for name in keysym_names]
        for keycode in keycodes:
            xtest.fake_input(self.display, X.KeyPress, keycode)
        for keycode in reversed(keycodes):
            xtest.fake_input(self.display, X.KeyRelease, keycode)
        self.display.sync()

    def close(self) -> None:
        self.display.close()
