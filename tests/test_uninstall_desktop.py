"""`make uninstall-desktop` takes AgentDesk out of the account's link handlers, exactly: its
tel:, callto: and sip: entries leave mimeapps.list, every other handler stays. Until issue 16
they stayed behind, so links went to a desktop file that no longer existed. Run in a fresh
HOME, with the real xdg-mime, as tests/test_packaging.py runs install-desktop."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.test_packaging import ROOT, tool

THEIRS = """\
[Default Applications]
x-scheme-handler/mailto=thunderbird.desktop
text/html=firefox.desktop;
x-scheme-handler/sip=agentdesk.desktop;linphone.desktop;

[Added Associations]
x-scheme-handler/tel=linphone.desktop;agentdesk.desktop;
x-scheme-handler/callto=skype.desktop;
image/png=gimp.desktop;agentdesk.desktop;

[Removed Associations]
x-scheme-handler/tel=agentdesk.desktop;
"""

# What is left: ours out of the three link types, nothing else touched (not even the PNG
# entry naming us, nor the [Removed Associations] group, which says what the user refused).
LEFT = """\
[Default Applications]
x-scheme-handler/mailto=thunderbird.desktop
text/html=firefox.desktop;
x-scheme-handler/sip=linphone.desktop;

[Added Associations]
x-scheme-handler/tel=linphone.desktop;
x-scheme-handler/callto=skype.desktop;
image/png=gimp.desktop;agentdesk.desktop;

[Removed Associations]
x-scheme-handler/tel=agentdesk.desktop;
"""


def _make(target: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        ["make", "-s", target], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def _default(scheme: str, env: dict[str, str]) -> str:
    query = subprocess.run(
        [tool("xdg-mime", "xdg-utils"), "query", "default", f"x-scheme-handler/{scheme}"],
        env=env, capture_output=True, text=True, timeout=30, check=True,
    )  # fmt: skip
    return query.stdout.strip()


@pytest.fixture
def account(tmp_path: Path) -> dict[str, str]:
    """A new account: nothing of this machine's desktop or of the developer's home."""
    home = tmp_path / "home"
    home.mkdir()
    return {"PATH": os.environ["PATH"], "HOME": str(home), "LANG": "C.UTF-8"}


def test_uninstall_removes_our_link_handlers_and_only_ours(account: dict[str, str]) -> None:
    home = Path(account["HOME"])
    _make("install-desktop", account)
    mimeapps = home / ".config" / "mimeapps.list"
    assert {_default(scheme, account) for scheme in ("tel", "callto", "sip")} == {
        "agentdesk.desktop"
    }
    # Since then the agent installed other handlers, and other tools listed us too.
    mimeapps.write_text(THEIRS)
    mimeapps.chmod(0o600)
    older = home / ".local" / "share" / "applications" / "mimeapps.list"
    older.write_text("[Default Applications]\nx-scheme-handler/callto=agentdesk.desktop\n")

    done = _make("uninstall-desktop", account)

    assert mimeapps.read_text() == LEFT
    assert mimeapps.stat().st_mode & 0o777 == 0o600
    assert older.read_text() == "[Default Applications]\n"
    assert "removed agentdesk.desktop from 2 link handler entries" in done.stdout
    assert _default("tel", account) != "agentdesk.desktop"
    assert not (home / ".local" / "share" / "applications" / "agentdesk.desktop").exists()


def test_install_then_uninstall_leaves_no_link_to_agentdesk(account: dict[str, str]) -> None:
    _make("install-desktop", account)
    _make("uninstall-desktop", account)
    mimeapps = Path(account["HOME"]) / ".config" / "mimeapps.list"
    assert "agentdesk" not in mimeapps.read_text()
    for scheme in ("tel", "callto", "sip"):
        assert _default(scheme, account) == ""


def test_uninstall_in_an_account_that_never_had_it(account: dict[str, str]) -> None:
    done = _make("uninstall-desktop", account)
    assert "link handler" not in done.stdout
    assert not (Path(account["HOME"]) / ".config" / "mimeapps.list").exists()
