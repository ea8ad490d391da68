"""tools/system-deps.sh, the one list of Debian packages: the README shows the same list, make
runs it before anything else, and a user who is not root gets one install line and a stop."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "tools" / "system-deps.sh"
NOBODY = 65534


def listed(kind: str) -> list[str]:
    done = subprocess.run(
        ["sh", str(SCRIPT), "--list", kind], capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_the_readme_asks_for_exactly_the_packages_the_script_checks() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"^sudo apt-get install (.+)$", readme, flags=re.MULTILINE)
    assert lines, "the README shows no apt-get line"
    assert lines[0].split() == listed("demo")
    assert sorted(word for line in lines for word in line.split()) == sorted(listed("test"))


@pytest.mark.parametrize("target", ["demo", "test"])
def test_make_checks_the_system_before_anything_else(target: str) -> None:
    # Not make's own variables: under `make test` they would make this make say where it is.
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE") and k != "MFLAGS"}
    done = subprocess.run(
        ["make", "-n", target], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[0] == f"sh tools/system-deps.sh {target}"


def test_ci_uses_the_same_script() -> None:
    assert "sh tools/system-deps.sh test" in (ROOT / ".ci" / "run").read_text()


def run_as_nobody(missing: set[str]) -> subprocess.CompletedProcess[str]:
    """The script as an unprivileged user, with a dpkg-query that reports ``missing`` as not
    installed and everything else as installed (the one seam: this machine has them all)."""
    # Not pytest's tmp_path: its parent is private to root, and nobody must run what is here.
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)
        return _run_with_fake_dpkg(Path(folder), missing)


def _run_with_fake_dpkg(folder: Path, missing: set[str]) -> subprocess.CompletedProcess[str]:
    # A copy: the checkout may lie where nobody cannot read (root's home on a fresh machine).
    script = folder / SCRIPT.name
    shutil.copyfile(SCRIPT, script)
    fake_bin = folder / "bin"
    fake_bin.mkdir()
    query = fake_bin / "dpkg-query"
    cases = "|".join(sorted(missing)) or "__none__"
    query.write_text(
        "#!/bin/sh\n"
        'for last; do :; done\ncase "$last" in\n'
        f"  {cases}) exit 1 ;;\n"
        '  *) printf "install ok installed" ;;\nesac\n'
    )
    query.chmod(0o755)
    env = {"PATH": f"{fake_bin}:{os.environ['PATH']}", "HOME": str(folder)}
    return subprocess.run(
        ["sh", str(script), "test"],
        capture_output=True,
        text=True,
        env=env,
        user=NOBODY if os.geteuid() == 0 else None,
        timeout=30,
        check=False,
    )


def test_a_user_who_is_not_root_gets_one_install_line_and_a_stop() -> None:
    done = run_as_nobody({"xvfb", "libpulse0"})
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines()[-1] == "  sudo apt-get install libpulse0 xvfb"


def test_nothing_missing_means_nothing_said() -> None:
    done = run_as_nobody(set())
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
