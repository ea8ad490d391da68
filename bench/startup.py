"""Process start → main window painted, for ``agentdesk --demo`` and for an empty QMainWindow.

Each run starts a new process and stops the clock at the first Paint event of its main
window. The clock starts in this process (``time.time()`` just before the child is spawned);
the child writes its own ``time.time()`` at the paint (``agentdesk.ui.first_paint``, asked for
through ``AGENTDESK_FIRST_PAINT_FILE`` and ``AGENTDESK_EXIT_AFTER_PAINT=1``) and quits by
itself 2 s later. One second after the paint this script reads the child's resident memory
(VmRSS in /proc/PID/status). Runs alternate between AgentDesk and the bare window; one
uncounted round first warms the disk cache and the byte-code caches. Every child gets its own
scratch config, data, cache and state dirs and its own single-instance name, so a running
AgentDesk neither answers in its place nor has its files touched.

Offscreen by default; ``--xcb`` uses the current DISPLAY (``xvfb-run -a python ...``).

    python bench/startup.py [--runs N] [--xcb] [--command "python -m agentdesk --demo"]
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

FIRST_PAINT = Path(__file__).resolve().parents[1] / "agentdesk" / "ui" / "first_paint.py"
PAINT_TIMEOUT = 60.0
"""Seconds a child gets to paint before the run is called a failure."""
EXIT_TIMEOUT = 30.0
"""Seconds a child gets to quit after its paint before it is killed."""

# The bare window loads the same hook by its path: importing it as agentdesk.ui.first_paint
# would import agentdesk.ui, that is all of AgentDesk's GUI.
BARE_WINDOW = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("first_paint", {str(FIRST_PAINT)!r})
first_paint = importlib.util.module_from_spec(spec)
spec.loader.exec_module(first_paint)
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
first_paint.report_first_paint(window)
window.show()
sys.exit(app.exec())
"""


@dataclass
class Run:
    seconds: float
    """From just before the spawn to the first paint."""
    rss_kib: int
    """VmRSS one second after the paint."""


class StartupError(RuntimeError):
    pass


def resident_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise StartupError(f"no VmRSS for process {pid}")


def start_once(command: list[str], env: dict[str, str], scratch: Path, tag: str) -> Run:
    paint_file = scratch / f"{tag}.paint"
    log_file = scratch / f"{tag}.log"
    paint_file.unlink(missing_ok=True)
    env = env | {
        "AGENTDESK_FIRST_PAINT_FILE": str(paint_file),
        "AGENTDESK_EXIT_AFTER_PAINT": "1",
        "AGENTDESK_INSTANCE": str(scratch / f"{tag}.sock"),
    }
    with log_file.open("wb") as log:
        started = time.time()
        child = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            painted = _wait_for_paint(child, paint_file, log_file)
            time.sleep(max(0.0, painted + 1.0 - time.time()))
            if child.poll() is not None:
                raise StartupError(f"{tag}: the process ended within 1 s of its paint")
            rss = resident_kib(child.pid)
            code = child.wait(EXIT_TIMEOUT)
            if code != 0:
                output = log_file.read_text(errors="replace")[-2000:]
                raise StartupError(f"{tag}: exit code {code} after quitting; output:\n{output}")
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    return Run(painted - started, rss)


def _wait_for_paint(child: subprocess.Popen[bytes], paint_file: Path, log_file: Path) -> float:
    deadline = time.monotonic() + PAINT_TIMEOUT
    while not paint_file.exists():
        if child.poll() is not None or time.monotonic() > deadline:
            output = log_file.read_text(errors="replace")[-2000:]
            raise StartupError(
                "no first-paint report (is agentdesk.ui.first_paint.report_first_paint called "
                f"where the window is shown?); exit code {child.poll()}; output:\n{output}"
            )
        time.sleep(0.005)
    return float(paint_file.read_text())


def _child_env(scratch: Path, xcb: bool) -> dict[str, str]:
    env = dict(os.environ)
    if xcb:
        if not env.get("DISPLAY"):
            raise SystemExit(
                "--xcb needs a DISPLAY (try: xvfb-run -a python bench/startup.py --xcb)"
            )
        env["QT_QPA_PLATFORM"] = "xcb"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(scratch / name.lower())
    return env


def _summary(what: str, runs: list[Run]) -> tuple[str, str]:
    seconds = sorted(run.seconds for run in runs)
    rss = statistics.median(run.rss_kib for run in runs) / 1024
    return (
        f"startup to main window painted ({what}): median {statistics.median(seconds):.2f} s, "
        f"worst {seconds[-1]:.2f} s (n={len(seconds)})",
        f"resident memory after start ({what}, paint + 1 s): median {rss:.0f} MiB",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs of each (default 10)")
    parser.add_argument("--xcb", action="store_true", help="a real window on $DISPLAY")
    parser.add_argument(
        "--command",
        default=f"{shlex.quote(sys.executable)} -m agentdesk --demo",
        help="how to start AgentDesk (default: this Python, -m agentdesk --demo)",
    )
    parser.add_argument("--warmup", type=int, default=1, help="uncounted rounds first")
    args = parser.parse_args()

    app_command = shlex.split(args.command)
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    platform = "xcb" if args.xcb else "offscreen"
    app_runs: list[Run] = []
    bare_runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="agentdesk-startup-") as name:
        scratch = Path(name)
        env = _child_env(scratch, args.xcb)
        try:
            for i in range(args.warmup + args.runs):
                app = start_once(app_command, env, scratch, f"app-{i}")
                bare = start_once(bare_command, env, scratch, f"bare-{i}")
                if i >= args.warmup:
                    app_runs.append(app)
                    bare_runs.append(bare)
        except StartupError as error:
            print(f"startup: {error}", file=sys.stderr)
            return 1
    for line in (
        *_summary(f"agentdesk --demo, {platform}", app_runs),
        *_summary(f"empty QMainWindow, {platform}", bare_runs),
    ):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
