"""Installing AgentDesk like a desktop app: the wheel carries its translations and icons, the
desktop entry and the AppStream metainfo pass their validators, and `make install-desktop`
makes AgentDesk the handler of tel: links in a fresh account."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "agentdesk.desktop"
METAINFO = LINUX / "io.github.agentdesk.AgentDesk.metainfo.xml"


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (Debian: apt-get install {package}); .ci/run does")
    return found


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()
    text = DESKTOP.read_text()
    for scheme in ("tel", "callto", "sip"):
        assert f"x-scheme-handler/{scheme};" in text


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Validation was successful" in done.stdout


def test_install_desktop_makes_agentdesk_the_tel_handler_of_a_fresh_account(
    tmp_path: Path,
) -> None:
    xdg_mime = tool("xdg-mime", "xdg-utils")
    home = tmp_path / "home"
    home.mkdir()
    # A new account: nothing of this machine's desktop or of the developer's home.
    env = {"PATH": os.environ["PATH"], "HOME": str(home), "LANG": "C.UTF-8"}
    done = subprocess.run(
        ["make", "-s", "install-desktop"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    for scheme in ("tel", "callto", "sip"):
        query = subprocess.run(
            [xdg_mime, "query", "default", f"x-scheme-handler/{scheme}"],
            env=env, capture_output=True, text=True, timeout=30, check=True,
        )  # fmt: skip
        assert query.stdout.strip() == "agentdesk.desktop"
    data = home / ".local" / "share"
    installed = (data / "applications" / "agentdesk.desktop").read_text()
    exec_line = next(line for line in installed.splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").split()[0]
    assert Path(program).is_absolute() and os.access(program, os.X_OK)
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "agentdesk.svg").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "agentdesk.png").is_file()
    assert (data / "metainfo" / METAINFO.name).is_file()
    done = subprocess.run(
        ["make", "-s", "uninstall-desktop"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not (data / "applications" / "agentdesk.desktop").exists()


def test_the_wheel_carries_translations_and_icons_and_reports_its_version(
    tmp_path: Path,
) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir",
         str(tmp_path / "dist"), str(ROOT)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    [wheel] = (tmp_path / "dist").glob("agentdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("cs", "ru", "es"):
        assert f"agentdesk/translations/agentdesk_{language}.qm" in names
    assert "agentdesk/resources/icons/agentdesk.svg" in names
    assert "agentdesk/resources/icons/agentdesk-256.png" in names
    assert not any(name.startswith(("tests/", "bench/")) for name in names)
    # Installed on its own (the dependencies are this venv's): the wheel's copy answers.
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
         str(target), str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(target)}
    version = subprocess.run(
        [sys.executable, "-m", "agentdesk", "--version"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert version.stdout.strip() == "agentdesk 0.1.0"
    where = subprocess.run(
        [sys.executable, "-c", "import agentdesk.ui.i18n as i; print(i.TRANSLATIONS_DIR)"],
        env={**env, "QT_QPA_PLATFORM": "offscreen"}, cwd=tmp_path, capture_output=True,
        text=True, timeout=60, check=True,
    )  # fmt: skip
    assert where.stdout.strip().startswith(str(target))
