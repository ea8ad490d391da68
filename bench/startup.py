"""Process start → main window painted, for AgentDesk (its demo and a real profile) and for an
empty QMainWindow.

Each run starts a new process and stops the clock at the first Paint event of its main
window. The clock starts in this process (``time.time()`` just before the child is spawned);
the child writes its own ``time.time()`` at the paint (``agentdesk.ui.first_paint``, asked for
through ``AGENTDESK_FIRST_PAINT_FILE`` and ``AGENTDESK_EXIT_AFTER_PAINT=1``) and quits by
itself 2 s later. One second after the paint this script reads the child's resident memory
(VmRSS in /proc/PID/status). Runs alternate between AgentDesk and the bare window; one
uncounted round first warms the disk cache and the byte-code caches. Every child gets its own
scratch config, data, cache and state dirs and its own single-instance name, so a running
AgentDesk neither answers in its place nor has its files touched.

Two AgentDesks are measured, each against the same bare window: ``agentdesk --demo`` (its
simulator starts after the paint, in the process), and ``agentdesk`` with a saved Daktela
profile against the Daktela simulator in another process (``agentdesk sim daktela``, started
once for all runs; the secret in ``AGENTDESK_SECRET``): what an agent starts. Each child also
lists the modules imported by its first paint (``AGENTDESK_FIRST_PAINT_MODULES``); the
libraries that the first paint should not need and did import are named.

Offscreen by default; ``--xcb`` uses the current DISPLAY (``xvfb-run -a python ...``).

    python bench/startup.py [--runs N] [--xcb] [--only demo|profile]
                            [--command "python -m agentdesk --demo"]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIRST_PAINT = Path(__file__).resolve().parents[1] / "agentdesk" / "ui" / "first_paint.py"
PAINT_TIMEOUT = 60.0
"""Seconds a child gets to paint before the run is called a failure."""
EXIT_TIMEOUT = 30.0
"""Seconds a child gets to quit after its paint before it is killed."""
PAINT_GOAL_RATIO = 2.0
"""Issue 19: AgentDesk paints within twice the empty window's time."""
RSS_GOAL_MIB = 40.0
"""Issue 19: AgentDesk's resident memory after start, at most this much over the empty window's."""
SECRET = "bench-startup-token"

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
    modules: list[str] = field(default_factory=list)
    """The modules imported when the window first painted."""


class StartupError(RuntimeError):
    pass


def resident_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise StartupError(f"no VmRSS for process {pid}")


def start_once(command: list[str], env: dict[str, str], scratch: Path, tag: str) -> Run:
    paint_file = scratch / f"{tag}.paint"
    modules_file = scratch / f"{tag}.modules"
    log_file = scratch / f"{tag}.log"
    paint_file.unlink(missing_ok=True)
    env = env | {
        "AGENTDESK_FIRST_PAINT_FILE": str(paint_file),
        "AGENTDESK_FIRST_PAINT_MODULES": str(modules_file),
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
    modules = modules_file.read_text().split() if modules_file.exists() else []
    return Run(painted - started, rss, modules)


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


def _first_paint_module() -> Any:
    """agentdesk.ui.first_paint, loaded by its path as the bare window does."""
    spec = importlib.util.spec_from_file_location("first_paint", FIRST_PAINT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def summary(what: str, runs: list[Run], bare: list[Run], platform: str) -> list[str]:
    """The figures of ``runs`` beside the bare window's of the same rounds, with the goals."""
    seconds = sorted(run.seconds for run in runs)
    floor = statistics.median(run.seconds for run in bare)
    median = statistics.median(seconds)
    rss = statistics.median(run.rss_kib for run in runs) / 1024
    bare_rss = statistics.median(run.rss_kib for run in bare) / 1024
    early = _first_paint_module().loaded_too_early(runs[-1].modules)
    return [
        f"startup to main window painted ({what}, {platform}): median {median:.2f} s, "
        f"worst {seconds[-1]:.2f} s (n={len(seconds)}); {median / floor:.1f}x the empty "
        f"window's {floor:.2f} s (goal: at most {PAINT_GOAL_RATIO:.0f}x, "
        f"{PAINT_GOAL_RATIO * floor:.2f} s)",
        f"resident memory after start ({what}, {platform}, paint + 1 s): median {rss:.0f} MiB, "
        f"{rss - bare_rss:+.0f} MiB over the empty window's {bare_rss:.0f} MiB "
        f"(goal: at most +{RSS_GOAL_MIB:.0f} MiB)",
        f"imported by the first paint ({what}): {len(runs[-1].modules)} modules; of those it "
        f"should do without: {', '.join(early) or 'none'}",
    ]


@contextlib.contextmanager
def daktela_simulator() -> Iterator[str]:
    """``agentdesk sim daktela`` in a child process, for the runs with a saved profile; its
    URL."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "sim", "daktela", "--no-scenario", "--token", SECRET],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()  # "Daktela simulator at http://127.0.0.1:PORT"
        if not banner.strip():
            raise StartupError("the Daktela simulator did not start")
        yield banner.rsplit(" ", 1)[1].strip()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def write_profile(config_home: Path, url: str) -> None:
    """A saved Daktela profile, as Settings writes one, made the default."""
    folder = config_home / "agentdesk"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profiles.toml").write_text(
        f'version = 1\ndefault = "work"\n\n[profiles.work]\nvendor = "daktela"\n'
        f'url = "{url}"\nuser = "agent"\n\n[profiles.work.options]\n'
        'note_field = "field_poznamka"\n',
        encoding="utf-8",
    )


def measure(
    what: str, command: list[str], env: dict[str, str], scratch: Path, args: argparse.Namespace
) -> tuple[list[Run], list[Run]]:
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    app_runs: list[Run] = []
    bare_runs: list[Run] = []
    for i in range(args.warmup + args.runs):
        app = start_once(command, env, scratch, f"{what}-{i}")
        bare = start_once(bare_command, env, scratch, f"bare-{what}-{i}")
        if i >= args.warmup:
            app_runs.append(app)
            bare_runs.append(bare)
    return app_runs, bare_runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs of each (default 10)")
    parser.add_argument("--xcb", action="store_true", help="a real window on $DISPLAY")
    parser.add_argument("--only", choices=("demo", "profile"), help="one of the two AgentDesks")
    parser.add_argument(
        "--command",
        default=f"{shlex.quote(sys.executable)} -m agentdesk",
        help="how to start AgentDesk, without --demo (default: this Python, -m agentdesk)",
    )
    parser.add_argument("--warmup", type=int, default=1, help="uncounted rounds first")
    args = parser.parse_args()

    app_command = shlex.split(args.command)
    platform = "xcb" if args.xcb else "offscreen"
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="agentdesk-startup-") as name:
        scratch = Path(name)
        env = _child_env(scratch, args.xcb)
        try:
            if args.only != "profile":
                runs, bare = measure("demo", [*app_command, "--demo"], env, scratch, args)
                lines += summary("agentdesk --demo", runs, bare, platform)
            if args.only != "demo":
                with daktela_simulator() as url:
                    write_profile(Path(env["XDG_CONFIG_HOME"]), url)
                    profile_env = env | {"AGENTDESK_SECRET": SECRET}
                    runs, bare = measure("profile", app_command, profile_env, scratch, args)
                lines += summary("agentdesk, a Daktela profile", runs, bare, platform)
        except StartupError as error:
            print(f"startup: {error}", file=sys.stderr)
            return 1
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
