"""`agentdesk dial URI`: bad links are refused in one line; with no AgentDesk running, the GUI
starts with the link to call."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from agentdesk import cli, gui_main
from agentdesk.ui.single_instance import NAME_VARIABLE


@pytest.fixture
def nobody_listens(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    digest = hashlib.sha256(str(tmp_path).encode()).hexdigest()[:12]
    name = f"agentdesk-test-{os.getpid()}-{digest}"
    monkeypatch.setenv(NAME_VARIABLE, name)
    return name


@pytest.mark.parametrize(
    ("uri", "why"),
    [
        ("http://example.com", "is not a tel:, callto: or sip: link"),
        ("tel:hello", "has no digits"),
        ("tel:12", "wrong length"),
    ],
)
def test_bad_link_exits_2_with_one_line(nobody_listens: str, uri: str, why: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{NAME_VARIABLE: nobody_listens})
    result = subprocess.run(
        [sys.executable, "-m", "agentdesk", "dial", uri],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("agentdesk dial: ") and why in lines[0]


TEL = "tel:+420601234567"


@pytest.mark.parametrize(
    ("argv", "demo", "profile", "uri"),
    [
        (["dial", TEL], False, None, TEL),
        (["--demo", "dial", TEL], True, None, TEL),
        (["dial", "--profile", "work", TEL], False, "work", TEL),
        (["--profile", "home", "dial", "--demo", TEL], True, "home", TEL),
        (["dial"], False, None, None),  # the desktop launcher, started without a link
        (["dial", ""], False, None, None),
    ],
)
def test_without_a_running_instance_the_gui_starts_to_dial(
    nobody_listens: str,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    demo: bool,
    profile: str | None,
    uri: str | None,
) -> None:
    started: list[dict[str, Any]] = []

    def fake_run_gui(**kwargs: Any) -> int:
        started.append(kwargs)
        return 0

    monkeypatch.setattr(gui_main, "run_gui", fake_run_gui)
    assert cli.main(argv) == 0
    assert started == [
        {"demo": demo, "profile_name": profile, "dial_on_start": uri, "demo_vendor": "daktela"}
    ]


def test_dial_is_in_the_help() -> None:
    assert "dial" in cli.build_parser().format_help()
