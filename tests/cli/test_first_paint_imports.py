"""Issue 19: the window paints first; what it does not show waits until after the paint.

Each case starts AgentDesk as an agent would (a subprocess, offscreen), has it list the
modules imported when its window first painted (``AGENTDESK_FIRST_PAINT_MODULES``), and quit.
None of :data:`agentdesk.ui.first_paint.NOT_NEEDED_BY_THE_FIRST_PAINT` may be among them:
each is a piece of start-up time and memory that bench/startup.py measured.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from agentdesk.ui.first_paint import NOT_NEEDED_BY_THE_FIRST_PAINT, loaded_too_early
from tests.cli.test_quit_on_signal import app_env

PROFILE = """version = 1
default = "work"

[profiles.work]
vendor = "daktela"
url = "http://127.0.0.1:9/"
user = "agent"
"""


def modules_at_first_paint(tmp_path: Path, *args: str) -> list[str]:
    listed = tmp_path / "modules"
    env = app_env(
        tmp_path,
        AGENTDESK_FIRST_PAINT_MODULES=str(listed),
        AGENTDESK_EXIT_AFTER_PAINT="1",
        AGENTDESK_SECRET="not-used-before-the-paint",
    )
    done = subprocess.run(
        [sys.executable, "-m", "agentdesk", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert listed.is_file(), f"no first paint; exit {done.returncode}: {done.stderr[-2000:]}"
    return listed.read_text().split()


@pytest.mark.parametrize("vendor", ["daktela", "megapbx"])
def test_the_demos_first_paint_imports_no_simulator_http_keyring_or_player(
    tmp_path: Path, vendor: str
) -> None:
    modules = modules_at_first_paint(tmp_path, "--demo", "--vendor", vendor)
    assert "agentdesk.ui.main_window" in modules  # the list is the app's, taken at its paint
    assert loaded_too_early(modules) == []
    simulators = [m for m in modules if m.startswith("agentdesk.sim.")]
    assert not [m for m in simulators if m.endswith(".simulator")]


def test_a_profiles_first_paint_imports_no_backend_http_keyring_or_player(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config" / "agentdesk"
    config.mkdir(parents=True)
    (config / "profiles.toml").write_text(PROFILE, encoding="utf-8")
    modules = modules_at_first_paint(tmp_path)
    assert "agentdesk.ui.main_window" in modules
    assert loaded_too_early(modules) == []
    backends = [m for m in modules if m.startswith("agentdesk.backends.")]
    assert not [m for m in backends if m.endswith(".backend")]


def test_the_check_names_a_package_imported_too_early() -> None:
    """The check itself: a submodule counts for its package, a look-alike name does not."""
    assert loaded_too_early(["aiohttp.web", "httpxlike", "agentdesk.ui.app"]) == ["aiohttp"]
    assert len(NOT_NEEDED_BY_THE_FIRST_PAINT) >= 10


BARE_LOAD = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("first_paint", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
print(sorted(m for m in sys.modules if m.split(".")[0] in ("asyncio", "ssl", "agentdesk")))
"""


def test_the_benchmarks_bare_window_stays_bare() -> None:
    """bench/startup.py's floor, an empty window, loads the paint report by its path: that
    must bring no asyncio (10 MB with ssl) and nothing of AgentDesk's."""
    import agentdesk.ui.first_paint

    done = subprocess.run(
        [sys.executable, "-c", BARE_LOAD, agentdesk.ui.first_paint.__file__],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"
