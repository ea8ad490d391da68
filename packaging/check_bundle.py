"""Smoke test of a built AgentDesk bundle: does the frozen program start, speak, paint and stop?

    python packaging/check_bundle.py [BUNDLE_DIR]        (default: dist/agentdesk)

Runs the bundle's own executable, never the source tree's Python: ``--version`` (and that the
package metadata came along), ``ctl --help``, ``dial`` with a bad link (the number parser),
``secret set`` with no keyring reachable (keyring falls back cleanly), that the Qt plugins it
needs load (media, xcb, svg, TLS: none of them is used offscreen), then the demo offscreen:
it must paint its window, still run after 5 s, take a ``tel:`` link from a second
``agentdesk dial`` (the single-instance socket, and the region data phonenumbers loads by
name), and exit when terminated; and each vendor's demo must paint and quit by itself
(``AGENTDESK_EXIT_AFTER_PAINT``), which imports the simulators loaded by name. No stderr may
hold a traceback, a missing module or an error log line.

Every run gets private XDG and HOME folders, no display and no D-Bus session (so the user's
keyring, portal and desktop are never touched), and its own ``AGENTDESK_INSTANCE``, so a
running AgentDesk does not answer. Exits 0 when all is well, 1 with the reasons otherwise.
Only the standard library: run it with any Python 3.11+.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

VENDORS = ("daktela", "okitoki", "ucontact", "megapbx")
STAY_UP_SECONDS = 5.0
PAINT_TIMEOUT = 60.0  # a cold start on a busy 2-core machine unpacks nothing but loads ~200 MB
EXIT_TIMEOUT = 15.0
COMMAND_TIMEOUT = 60.0
# What must never be on stderr. Offscreen Qt's "does not support propagateSizeHints()" and
# warnings (no tray, no keyring) are expected; errors and tracebacks are not.
BAD_OUTPUT = re.compile(
    r"Traceback \(most recent call last\)|ModuleNotFoundError|No module named|ImportError"
    r"|\bERROR\b|\bCRITICAL\b|Fatal Python error|Segmentation fault"
    r"|Could not (?:load|find) the Qt platform plugin"
)


class CheckError(Exception):
    """One check's failure, in words for the person who ran the build."""


class Bundle:
    def __init__(self, folder: Path, scratch: Path) -> None:
        name = "agentdesk.exe" if sys.platform == "win32" else "agentdesk"
        self.executable = folder / name
        if not self.executable.is_file():
            raise CheckError(f"no {name} in {folder}: was the bundle built?")
        self.folder = folder
        self.scratch = scratch
        self.env = self._environment()

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ)
        for variable in ("DISPLAY", "WAYLAND_DISPLAY", "AGENTDESK_SECRET", "PYTHONPATH"):
            env.pop(variable, None)
        for variable in [name for name in env if name.startswith("AGENTDESK_")]:
            env.pop(variable)
        home = self.scratch / "home"
        runtime = self.scratch / "runtime"
        for folder in (home, runtime):
            folder.mkdir(mode=0o700)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            XDG_STATE_HOME=str(home / ".local" / "state"),
            XDG_RUNTIME_DIR=str(runtime),
            # A bus that is not there: keyring, the shortcuts portal and the sleep watch
            # must cope without one, and the user's own session stays untouched.
            DBUS_SESSION_BUS_ADDRESS=f"unix:path={runtime / 'no-bus'}",
            AGENTDESK_INSTANCE=f"check-bundle-{uuid.uuid4().hex[:12]}",
            LANG="C.UTF-8",
        )
        if sys.platform == "win32":
            env.update(APPDATA=str(home / "AppData"), LOCALAPPDATA=str(home / "Local"))
        return env

    def run(
        self, *arguments: str, stdin: str = "", env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                [str(self.executable), *arguments],
                input=stdin,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                env=env or self.env,
                timeout=COMMAND_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise CheckError(
                f"`agentdesk {' '.join(arguments)}` did not finish in {COMMAND_TIMEOUT:.0f} s"
            ) from None

    def start(self, *arguments: str, env: dict[str, str], log_name: str) -> Running:
        stdout = (self.scratch / f"{log_name}.out").open("w+", encoding="utf-8")
        stderr = (self.scratch / f"{log_name}.err").open("w+", encoding="utf-8")
        process = subprocess.Popen(
            [str(self.executable), *arguments],
            stdin=subprocess.DEVNULL,
            stdout=stdout,
            stderr=stderr,
            env=env,
        )
        return Running(process, stdout, stderr, " ".join(arguments))


class Running:
    def __init__(
        self, process: subprocess.Popen[bytes], stdout: IO[str], stderr: IO[str], what: str
    ) -> None:
        self.process = process
        self.stdout = stdout
        self.stderr = stderr
        self.what = what

    def stderr_text(self) -> str:
        self.stderr.flush()
        self.stderr.seek(0)
        return self.stderr.read()

    def stop(self) -> int | None:
        """Terminate, wait; None when even a kill was needed."""
        if self.process.poll() is not None:
            return self.process.returncode
        self.process.terminate()
        try:
            return self.process.wait(EXIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(EXIT_TIMEOUT)
            return None
        finally:
            self.stdout.close()


def clean_stderr(text: str, what: str) -> None:
    match = BAD_OUTPUT.search(text)
    if match:
        raise CheckError(f"`agentdesk {what}` wrote {match.group(0)!r} to stderr:\n{_tail(text)}")


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join("    " + line for line in text.strip().splitlines()[-lines:])


def check_version(bundle: Bundle) -> str:
    result = bundle.run("--version")
    found = re.fullmatch(r"agentdesk (\S+)", result.stdout.strip())
    if result.returncode != 0 or not found:
        raise CheckError(
            f"--version: exit {result.returncode}, printed {result.stdout.strip()!r}\n"
            f"{_tail(result.stderr)}"
        )
    if found.group(1) == "0.0.0":
        raise CheckError("--version says 0.0.0: the bundle lacks agentdesk's dist-info")
    return result.stdout.strip()


def check_ctl_help(bundle: Bundle) -> str:
    result = bundle.run("ctl", "--help")
    if result.returncode != 0 or "usage: agentdesk ctl" not in result.stdout:
        raise CheckError(f"ctl --help: exit {result.returncode}\n{_tail(result.stderr)}")
    clean_stderr(result.stderr, "ctl --help")
    return "usage printed"


def check_bad_link(bundle: Bundle) -> str:
    result = bundle.run("dial", "tel:hello")
    if result.returncode != 2 or "agentdesk dial:" not in result.stderr:
        raise CheckError(
            f"dial tel:hello: expected exit 2 and a refusal, got exit {result.returncode}\n"
            f"{_tail(result.stderr)}"
        )
    clean_stderr(result.stderr, "dial tel:hello")
    return f"refused ({result.stderr.strip()})"


def check_keyring(bundle: Bundle) -> str:
    internal = bundle.folder / "_internal"
    if internal.is_dir():  # macOS .app bundles keep it elsewhere; the run below still counts
        entry_points = [
            path
            for path in internal.glob("keyring-*.dist-info/entry_points.txt")
            if "keyring.backends" in path.read_text(encoding="utf-8")
        ]
        if not entry_points:
            raise CheckError(
                "no keyring-*.dist-info/entry_points.txt in the bundle: keyring would find no "
                "backend anywhere"
            )
    result = bundle.run("secret", "set", "check-bundle", stdin="not-a-secret\n")
    clean_stderr(result.stderr, "secret set")
    if result.returncode == 0:
        return "a keyring backend stored the secret"
    if result.returncode == 2 and "keyring" in result.stderr:
        return f"no keyring reachable, refused cleanly ({result.stderr.strip()})"
    raise CheckError(f"secret set: exit {result.returncode}\n{_tail(result.stderr)}")


# The Qt plugins AgentDesk needs on Linux, relative to PySide6/Qt/plugins: a directory means
# each plugin in it. The demo offscreen loads none of the media, xcb or TLS ones.
NEEDED_QT_PLUGINS = (
    "multimedia",  # FFmpeg: recordings
    "platforms/libqxcb.so",
    "platforms/libqoffscreen.so",
    "platformthemes",
    "imageformats/libqsvg.so",
    "iconengines",
    "tls",
    "networkinformation",
)
_LOAD_EACH = """
import ctypes, sys
for path in sys.argv[1:]:
    try:
        ctypes.CDLL(path)
    except OSError as exc:
        print(path.rpartition("/plugins/")[2], exc, sep=": ")
"""


def check_qt_plugins(bundle: Bundle) -> str:
    """dlopen each needed plugin with the bundle's libraries, as the frozen program would
    (a plugin that does not load is silently missing: no media backend, no svg)."""
    if not sys.platform.startswith("linux"):
        return "skipped (Linux only)"
    internal = bundle.folder / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    paths = []
    for needed in NEEDED_QT_PLUGINS:
        found = sorted((plugins / needed).glob("*.so")) if (plugins / needed).is_dir() else []
        if not found and (plugins / needed).is_file():
            found = [plugins / needed]
        if not found:
            raise CheckError(f"no Qt plugin {needed} in {plugins}")
        paths += found
    env = dict(bundle.env, LD_LIBRARY_PATH=str(internal))  # what the bootloader sets
    result = subprocess.run(
        [sys.executable, "-c", _LOAD_EACH, *map(str, paths)],
        capture_output=True,
        text=True,
        env=env,
        timeout=COMMAND_TIMEOUT,
    )
    if result.returncode != 0 or result.stdout.strip():
        raise CheckError(f"Qt plugins that do not load:\n{_tail(result.stdout + result.stderr)}")
    return f"{len(paths)} plugins load"


def wait_for_paint(running: Running, paint_file: Path, started: float) -> float:
    while not paint_file.exists():
        if running.process.poll() is not None:
            raise CheckError(
                f"`agentdesk {running.what}` exited ({running.process.returncode}) before "
                f"painting its window:\n{_tail(running.stderr_text())}"
            )
        if time.monotonic() - started > PAINT_TIMEOUT:
            running.stop()
            raise CheckError(
                f"`agentdesk {running.what}` painted nothing in {PAINT_TIMEOUT:.0f} s:\n"
                f"{_tail(running.stderr_text())}"
            )
        time.sleep(0.05)
    return float(paint_file.read_text(encoding="utf-8"))


def check_demo_stays_up(bundle: Bundle) -> str:
    paint_file = bundle.scratch / "paint-stay-up"
    env = dict(bundle.env, AGENTDESK_FIRST_PAINT_FILE=str(paint_file))
    wall_start, started = time.time(), time.monotonic()
    running = bundle.start("--demo", env=env, log_name="demo-stay-up")
    try:
        painted_at = wait_for_paint(running, paint_file, started)
        remaining = STAY_UP_SECONDS - (time.monotonic() - started)
        if remaining > 0:
            time.sleep(remaining)
        if running.process.poll() is not None:
            raise CheckError(
                f"--demo exited ({running.process.returncode}) within {STAY_UP_SECONDS:.0f} s:\n"
                f"{_tail(running.stderr_text())}"
            )
        # A second agentdesk hands a link to the running one: the single-instance socket,
        # and phonenumbers' region data for +420 (loaded by module name) in the client.
        dial = bundle.run("dial", "tel:+420601234567")
        if dial.returncode != 0:
            raise CheckError(
                f"dial tel:+420601234567 to the running demo: exit {dial.returncode}\n"
                f"{_tail(dial.stderr)}"
            )
        clean_stderr(dial.stderr, "dial tel:+420601234567")
        time.sleep(1.0)  # let the running one act on the link before it is stopped
        if running.process.poll() is not None:
            raise CheckError(
                f"--demo exited ({running.process.returncode}) after taking a link:\n"
                f"{_tail(running.stderr_text())}"
            )
    finally:
        code = running.stop()
    if code is None:
        raise CheckError(f"--demo did not exit within {EXIT_TIMEOUT:.0f} s of SIGTERM; killed")
    if code != 0:  # SIGTERM quits like the Quit menu (agentdesk/ui/termination.py)
        raise CheckError(f"--demo exited {code} on SIGTERM instead of quitting cleanly (0)")
    clean_stderr(running.stderr_text(), "--demo")
    return (
        f"painted {painted_at - wall_start:.2f} s after start, up {STAY_UP_SECONDS:.0f} s, "
        f"took a tel: link from `agentdesk dial`, exited on terminate (code {code})"
    )


def check_demo_paints_and_quits(bundle: Bundle, vendor: str) -> str:
    paint_file = bundle.scratch / f"paint-{vendor}"
    env = dict(
        bundle.env,
        AGENTDESK_FIRST_PAINT_FILE=str(paint_file),
        AGENTDESK_EXIT_AFTER_PAINT="1",
        AGENTDESK_INSTANCE=f"{bundle.env['AGENTDESK_INSTANCE']}-{vendor}",
    )
    wall_start, started = time.time(), time.monotonic()
    running = bundle.start("--demo", "--vendor", vendor, env=env, log_name=f"demo-{vendor}")
    try:
        painted_at = wait_for_paint(running, paint_file, started)
        try:
            code = running.process.wait(PAINT_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise CheckError(f"--demo --vendor {vendor} did not quit after its paint") from None
    finally:
        running.stop()
    what = f"--demo --vendor {vendor}"
    if code != 0:
        raise CheckError(f"{what} quit with exit {code}:\n{_tail(running.stderr_text())}")
    clean_stderr(running.stderr_text(), what)
    return f"painted {painted_at - wall_start:.2f} s after start, quit by itself (exit 0)"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", default="dist/agentdesk", type=Path)
    args = parser.parse_args(argv)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="agentdesk-bundle-check-") as scratch:
        try:
            bundle = Bundle(args.bundle.resolve(), Path(scratch))
        except CheckError as exc:
            print(f"FAIL {exc}", file=sys.stderr)
            return 1
        checks: list[tuple[str, Callable[[], str]]] = [
            ("--version", lambda: check_version(bundle)),
            ("ctl --help", lambda: check_ctl_help(bundle)),
            ("dial tel:hello", lambda: check_bad_link(bundle)),
            ("keyring", lambda: check_keyring(bundle)),
            ("Qt plugins", lambda: check_qt_plugins(bundle)),
            ("--demo, 5 s", lambda: check_demo_stays_up(bundle)),
        ]
        checks += [
            (
                f"--demo --vendor {vendor}",
                functools.partial(check_demo_paints_and_quits, bundle, vendor),
            )
            for vendor in VENDORS
        ]
        for name, check in checks:
            began = time.monotonic()
            try:
                outcome = check()
            except CheckError as exc:
                failures += 1
                print(f"FAIL {name}: {exc}", file=sys.stderr, flush=True)
            else:
                print(f"ok   {name} ({time.monotonic() - began:.1f} s): {outcome}", flush=True)
    if failures:
        print(f"{failures} of {len(checks)} bundle checks failed ({args.bundle})", file=sys.stderr)
        return 1
    print(f"all {len(checks)} bundle checks passed ({args.bundle})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
