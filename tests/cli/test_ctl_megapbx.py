"""`agentdesk ctl --vendor megapbx` and `agentdesk sim megapbx` as subprocesses, on loopback."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentdesk.sim.megapbx.simulator import MegaPbxSimulator
from tests.cli.test_ctl import _agentdesk, _env, standalone_sim


def _target(sim: MegaPbxSimulator, *options: str, user: str = "ivanova") -> list[str]:
    return [
        "ctl",
        "--vendor",
        "megapbx",
        "--url",
        sim.url,
        "--user",
        user,
        "--set",
        f"crm_token={sim.crm_token}",
        *options,
    ]


async def test_state_pauses_pause_dnd_and_unpause() -> None:
    async with MegaPbxSimulator() as sim:
        state = await _agentdesk(*_target(sim, user="702"), "state", "--json", secret=sim.api_key)
        pauses = await _agentdesk(*_target(sim), "pauses", secret=sim.api_key)
        paused = await _agentdesk(*_target(sim), "pause", "dnd", secret=sim.api_key)
        dnd_on = sim.agent.dnd
        shown = await _agentdesk(*_target(sim), "state", secret=sim.api_key)
        unpaused = await _agentdesk(*_target(sim), "unpause", "--json", secret=sim.api_key)
        dnd_off = sim.agent.dnd
    assert state.code == 0, state.err
    assert json.loads(state.out) == {
        "state": "ready",
        "since": json.loads(state.out)["since"],
        "pause": None,
        "agent": {"login": "ivanova", "name": "Анна Иванова"},
        "calls": [],
    }
    assert pauses.out.splitlines() == ["dnd\tDo not disturb"]
    assert (paused.code, paused.out.strip(), dnd_on) == (0, "ok", True)
    assert shown.out.strip() == "paused (Do not disturb)"
    assert (json.loads(unpaused.out), dnd_off) == ({"ok": True}, False)


async def test_dial_places_a_makecall() -> None:
    async with MegaPbxSimulator(dial_ring_after=30) as sim:
        dialled = await _agentdesk(*_target(sim), "dial", "+79101234567", secret=sim.api_key)
        placed = [p for m, path, p in sim.requests if path == "makecall"]
        callid = next(iter(sim.live))
    assert dialled.code == 0, dialled.err
    assert dialled.out.strip() == f"dialling, call id {callid}"
    assert placed == [{"phone": "79101234567", "user": "ivanova"}]


async def test_history_and_a_recording(tmp_path: Path) -> None:
    target = tmp_path / "call.wav"
    async with MegaPbxSimulator() as sim:
        listed = await _agentdesk(*_target(sim), "history", "--json", secret=sim.api_key)
        calls = json.loads(listed.out)["calls"]
        recorded = next(c for c in calls if c["has_recording"])
        saved = await _agentdesk(
            *_target(sim), "recording", recorded["id"], "-o", str(target), secret=sim.api_key
        )
        missing = await _agentdesk(
            *_target(sim), "recording", "1", "-o", str(tmp_path / "x.wav"), secret=sim.api_key
        )
    assert listed.code == 0, listed.err
    assert calls and all(c["number"] for c in calls)
    assert saved.code == 0, saved.err
    with wave.open(str(target)) as audio:
        assert audio.getnframes() > 0
    assert missing.code == 1
    assert (
        missing.err.strip()
        == "agentdesk ctl: the vendor refused: the PBX has no recording of call 1"
    )


async def test_refusals_exit_with_their_codes() -> None:
    async with MegaPbxSimulator() as sim:
        wrong_key = await _agentdesk(*_target(sim), "state", secret="nope")
        lunch = await _agentdesk(*_target(sim), "pause", "lunch", secret=sim.api_key)
        answer = await _agentdesk(*_target(sim), "answer", secret=sim.api_key)
        # The PBX's own refusal of a makecall (a login it does not know)...
        invalid = await _agentdesk(
            *_target(sim, user="nobody"), "dial", "+79101234567", secret=sim.api_key
        )
        # ...and a number the dial bar would refuse, which never reaches it.
        asked = len(sim.requests)
        junk = await _agentdesk(*_target(sim), "dial", "abc", secret=sim.api_key)
        junk_asked = len(sim.requests) - asked
        bad_option = await _agentdesk(
            *_target(sim, "--set", "listen=nowhere"), "state", secret=sim.api_key
        )
        sim.api_state = "switched_off"
        switched_off = await _agentdesk(*_target(sim), "state", secret=sim.api_key)
        url = sim.url
    gone = await _agentdesk(
        "ctl", "--vendor", "megapbx", "--url", url, "--user", "ivanova", "state", secret="x"
    )
    assert wrong_key.code == 3 and "Invalid token" in wrong_key.err
    assert lunch.code == 2 and "one pause" in lunch.err
    assert answer.code == 1 and "answer" in answer.err
    assert invalid.code == 1 and "Validation error" in invalid.err
    assert (junk.code, junk_asked) == (2, 0) and "'abc' has no digits" in junk.err
    assert bad_option.code == 2 and "listen" in bad_option.err
    assert switched_off.code == 3 and "CRM switched off" in switched_off.err
    assert gone.code == 4


@pytest.fixture
def standalone_megapbx() -> Iterator[dict[str, str]]:
    hooks = "http://127.0.0.1:9/megapbx"
    with standalone_sim("megapbx", "--webhook-url", hooks, banner_lines=6) as shown:
        yield shown


def test_sim_megapbx_prints_what_a_profile_needs(standalone_megapbx: dict[str, str]) -> None:
    shown = standalone_megapbx
    assert shown["url"].startswith("http://127.0.0.1:")
    assert shown["agent login"].startswith("ivanova ")
    assert shown["commands to"] == "http://127.0.0.1:9/megapbx"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "agentdesk",
            "ctl",
            "--vendor",
            "megapbx",
            "--url",
            shown["url"],
            "--user",
            "ivanova",
            "--set",
            f"crm_token={shown['crm_token']}",
            "pauses",
            "--json",
        ],
        env=_env(AGENTDESK_SECRET=shown["api key"]),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pauses"] == [
        {"id": "dnd", "title": "Do not disturb", "wrap_up": False}
    ]
