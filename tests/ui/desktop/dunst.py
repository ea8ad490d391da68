"""A real notification server for a test: Debian's dunst on a private X display and a private
session bus, with a config of its own.

dunst's context menu (``dunstctl context``) runs the ``dmenu`` command of its config with one
line per action on stdin (``#<label> (<summary>) [<id>,<key>]``) and invokes the action of
the line it prints back. Here that command is a tiny script that prints the line of the label
the test chose with :meth:`Dunst.choose`: the agent picking an action, for real.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from jeepney.bus_messages import MatchRule, message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from agentdesk.ui.desktop_notifications import NOTIFICATIONS
from tests.processes import stop_process

START_TIMEOUT_S = 20

_CONFIG = """[global]
    dmenu = {menu}
    markup = full
    follow = none
"""

_MENU = """#!/bin/sh
# dunst's dmenu: print the line of the action the test chose, keep what dunst offered.
tee "{offered}" | grep -m1 "^#$(cat "{choice}") ("
"""


class Dunst:
    """A running dunst: ask it what it shows, make it open its context menu."""

    def __init__(self, directory: Path, process: subprocess.Popen[bytes], env: dict[str, str]):
        self.directory = directory
        self.process = process
        self._env = env

    def choose(self, label: str) -> None:
        """The action the agent will pick from the next context menu (its label)."""
        (self.directory / "choice").write_text(label)

    def offered(self) -> list[str]:
        """The lines of the last context menu."""
        path = self.directory / "offered"
        return path.read_text().splitlines() if path.exists() else []

    def context_menu(self) -> None:
        """``dunstctl context``: dunst runs the menu and invokes the chosen action."""
        self._ctl("context")

    def close_last(self) -> None:
        """The agent dismisses the newest notification (as a click on it would)."""
        self._ctl("close")

    def displayed(self) -> int:
        """How many notifications dunst shows now."""
        return int(self._ctl("count", "displayed"))

    def _ctl(self, *arguments: str) -> str:
        done = subprocess.run(
            ["dunstctl", *arguments],
            env=self._env,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        return done.stdout.strip()


@contextmanager
def running_dunst(directory: Path, display: str, bus_address: str) -> Iterator[Dunst]:
    """Start dunst on ``display`` and the bus at ``bus_address``; yield it once it owns
    ``org.freedesktop.Notifications``; stop it."""
    dunst = shutil.which("dunst")
    if dunst is None or shutil.which("dunstctl") is None:
        pytest.fail("dunst is not installed (Debian: apt-get install dunst)")
    directory.mkdir(parents=True, exist_ok=True)
    menu = directory / "menu.sh"
    menu.write_text(_MENU.format(offered=directory / "offered", choice=directory / "choice"))
    menu.chmod(0o755)
    config = directory / "dunstrc"
    config.write_text(_CONFIG.format(menu=menu))
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(directory),
        "XDG_CONFIG_HOME": str(directory / "config"),
        "DISPLAY": display,
        "DBUS_SESSION_BUS_ADDRESS": bus_address,
    }
    with (
        open_dbus_connection(bus_address) as watcher,
        open(directory / "dunst.log", "wb") as log,
    ):
        rule = MatchRule(type="signal", interface="org.freedesktop.DBus", member="NameOwnerChanged")
        rule.add_arg_condition(0, NOTIFICATIONS)
        watcher.send_and_get_reply(message_bus.AddMatch(rule))
        process = subprocess.Popen([dunst, "-config", str(config)], env=env, stdout=log, stderr=log)
        try:
            _wait_for_the_name(watcher, process)
            yield Dunst(directory, process, env)
        finally:
            stop_process(process)


def _wait_for_the_name(watcher: DBusConnection, process: subprocess.Popen[bytes]) -> None:
    """Until dunst owns its name on the bus (the NameOwnerChanged the watcher asked for)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            pytest.fail(f"dunst did not take {NOTIFICATIONS} within {START_TIMEOUT_S} s")
        if process.poll() is not None:
            pytest.fail(f"dunst exited before it was ready (status {process.returncode})")
        try:
            message = watcher.receive(timeout=min(remaining, 0.5))
        except TimeoutError:
            continue
        if message.body[:1] == (NOTIFICATIONS,) and message.body[2]:
            return
