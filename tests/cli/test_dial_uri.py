"""`agentdesk dial URI`: bad links are refused in one line; with no AgentDesk running, the GUI
starts with the link to call."""

from __future__ import annotations

import asyncio
import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from agentdesk import cli, gui_main
from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.store.profiles import Profile, save_profile
from agentdesk.ui.single_instance import NAME_VARIABLE
from tests.cli.test_ctl import _env


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
        ("tel:" + "a" * 5000, "has no digits"),
        ("tel:" + "1" * 5000, "is not a phone number"),
        ("sip:@" + "a" * 5000, "no number given"),
        ("x" * 5000, "is not a tel:, callto: or sip: link"),
    ],
    ids=["http", "letters", "short", "long-letters", "long-digits", "long-sip", "long-junk"],
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
    assert len(lines[0]) < 200  # a 5 kB link is not echoed whole


LONG_LINK = "tel:+420601234567@" + "a" * 5000


def test_a_long_link_starts_the_gui_with_only_its_number(
    nobody_listens: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[dict[str, Any]] = []

    def fake_run_gui(**kwargs: Any) -> int:
        started.append(kwargs)
        return 0

    monkeypatch.setattr(gui_main, "run_gui", fake_run_gui)
    assert cli.main(["dial", "callto://00420 601-234-567;x=" + "b" * 5000]) == 0
    assert cli.main(["dial", LONG_LINK]) == 0
    assert [s["dial_on_start"] for s in started] == ["tel:+420601234567"] * 2


async def test_a_long_link_with_no_agentdesk_running_starts_it_and_dials(
    nobody_listens: str, tmp_path: Path
) -> None:
    # The real GUI, offscreen, on a saved profile against the Daktela simulator: it comes up
    # with the link, dials its number once connected, and quits cleanly.
    async with DaktelaSimulator() as sim:
        save_profile(Profile("Work", "daktela", sim.url, sim.login), make_default=True)
        err_path = tmp_path / "stderr"
        with err_path.open("wb") as err:
            app = await asyncio.create_subprocess_exec(
                *(sys.executable, "-m", "agentdesk", "dial", LONG_LINK),
                env=_env(QT_QPA_PLATFORM="offscreen", AGENTDESK_SECRET=sim.token),
                stdout=asyncio.subprocess.DEVNULL,
                stderr=err,
            )

            def dialled() -> bool:
                return any(p.get("number") == "+420601234567" for _a, p in sim.requests)

            ended = asyncio.ensure_future(app.wait())
            watching = asyncio.ensure_future(sim.wait_until(dialled, timeout=30))
            try:
                await asyncio.wait({ended, watching}, return_when=asyncio.FIRST_COMPLETED)
                reached = watching.done() and watching.result()
                app.send_signal(signal.SIGTERM)
                code = await asyncio.wait_for(ended, 20)
            finally:
                watching.cancel()
                if app.returncode is None:
                    app.kill()
                    await app.wait()
    text = err_path.read_text(encoding="utf-8", errors="replace")
    assert reached, text
    assert code == 0, text
    assert "Traceback" not in text


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
