"""What ``agentdesk ctl`` and ``agentdesk sim`` do alike for every vendor, as subprocesses
against the vendor's simulator on loopback."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from tests.cli.test_ctl import _agentdesk, _env, standalone_sim
from tests.simulated_vendors import VENDORS, Vendor


async def test_state_pauses_pause_and_unpause(vendor: Vendor) -> None:
    pause, title = vendor.pause
    async with vendor.simulator() as sim:
        ctl, secret = vendor.target(sim), vendor.secret(sim)
        state = await _agentdesk(*ctl, "state", "--json", secret=secret)
        pauses = await _agentdesk(*ctl, "pauses", secret=secret)
        paused = await _agentdesk(*ctl, "pause", pause, secret=secret)
        at_vendor_paused = vendor.pause_at_vendor(sim)
        shown = await _agentdesk(*ctl, "state", "--json", secret=secret)
        unpaused = await _agentdesk(*ctl, "unpause", "--json", secret=secret)
        at_vendor_after = vendor.pause_at_vendor(sim)
    assert state.code == 0, state.err
    assert {k: v for k, v in json.loads(state.out).items() if k != "since"} == vendor.state
    assert pauses.out.splitlines() == vendor.pauses
    assert (paused.code, paused.out.strip(), at_vendor_paused) == (0, "ok", pause)
    if vendor.live_state:
        assert json.loads(shown.out)["pause"] == {"id": pause, "title": title}
    else:  # what this process set is not known to the next one
        assert json.loads(shown.out)["pause"] is None
    assert (json.loads(unpaused.out), at_vendor_after) == ({"ok": True}, None)


async def test_a_recording_is_written_and_an_unknown_one_is_the_vendors_refusal(
    vendor: Vendor, tmp_path: Path
) -> None:
    target = tmp_path / "call.wav"
    unknown, refusal = vendor.unknown_recording
    async with vendor.simulator() as sim:
        ctl, secret = vendor.target(sim), vendor.secret(sim)
        listed = await _agentdesk(*ctl, "history", "--json", secret=secret)
        calls = json.loads(listed.out)["calls"]
        recorded = next(c for c in calls if c["has_recording"])
        saved = await _agentdesk(
            *ctl, "recording", recorded["id"], "-o", str(target), secret=secret
        )
        missing = await _agentdesk(
            *ctl, "recording", unknown, "-o", str(tmp_path / "x.wav"), secret=secret
        )
    assert listed.code == 0, listed.err
    assert calls and all(c["number"] for c in calls)
    assert saved.code == 0, saved.err
    assert saved.out.startswith("saved ") and str(target) in saved.out
    with wave.open(str(target)) as audio:
        assert audio.getframerate() == 8000 and audio.getnframes() > 0
    assert missing.code == 1
    assert missing.err.strip() == f"agentdesk ctl: {refusal}"
    assert not (tmp_path / "x.wav").exists()


async def test_a_wrong_secret_exits_3_and_a_dead_server_exits_4(vendor: Vendor) -> None:
    async with vendor.simulator() as sim:
        ctl = vendor.target(sim)
        wrong = await _agentdesk(*ctl, "state", secret="wrong")
    down = await _agentdesk(*ctl, "state", secret="x")
    assert wrong.code == 3 and vendor.wrong_secret_words in wrong.err
    assert down.code == 4 and f"cannot reach {vendor.called}" in down.err
    assert "Traceback" not in wrong.err + down.err


@pytest.mark.parametrize(
    "vendor", [v.key for v in VENDORS if v.unknown_pause is not None], indirect=True
)
async def test_the_vendors_refusal_is_one_line_on_stderr_with_status_1(vendor: Vendor) -> None:
    assert vendor.unknown_pause is not None
    pause, words = vendor.unknown_pause
    async with vendor.simulator() as sim:
        result = await _agentdesk(*vendor.target(sim), "pause", pause, secret=vendor.secret(sim))
    assert result.code == 1
    [line] = result.err.splitlines()
    assert line.startswith("agentdesk ctl: the vendor refused: ") and words in line, line
    assert result.out == ""


@pytest.mark.parametrize("vendor", [v.key for v in VENDORS if not v.answers], indirect=True)
async def test_answer_where_the_vendor_has_none_exits_1(vendor: Vendor) -> None:
    async with vendor.simulator() as sim:
        answer = await _agentdesk(*vendor.target(sim), "answer", secret=vendor.secret(sim))
    assert answer.code == 1 and "answer" in answer.err


def test_sim_prints_what_a_profile_needs(vendor: Vendor) -> None:
    banner = vendor.standalone
    with standalone_sim(vendor.key, *banner.options, banner_lines=banner.banner_lines) as shown:
        assert shown["url"].startswith("http://127.0.0.1:")
        user = shown[banner.user].split(" ", 1)[0]
        assert user == vendor.state["agent"]["login"]  # type: ignore[index]
        assert {key: shown[key] for key in banner.says} == banner.says
        settings = [f"--set={option}={shown[key]}" for option, key in banner.settings.items()]
        done = subprocess.run(
            [
                *(sys.executable, "-m", "agentdesk"),
                *("ctl", "--vendor", vendor.key, "--url", shown["url"], "--user", user),
                *settings,
                *("pauses", "--json"),
            ],
            env=_env(AGENTDESK_SECRET=shown[banner.secret]),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=30,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["pauses"]) == len(vendor.pauses)
