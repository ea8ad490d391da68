"""`agentdesk ctl` and `agentdesk sim` as subprocesses, against the simulator on loopback."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from agentdesk.sim.daktela import DaktelaSimulator


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("AGENTDESK_SECRET", None)
    # Never the developer's own keyring: a machine without one, like a headless server.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.update(extra)
    return env


@dataclass
class Result:
    code: int
    out: str
    err: str


async def _agentdesk(*args: str, secret: str | None = None) -> Result:
    extra = {"AGENTDESK_SECRET": secret} if secret else {}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "agentdesk",
        *args,
        env=_env(**extra),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode is not None
    return Result(proc.returncode, out.decode(), err.decode())


def _target(sim: DaktelaSimulator) -> list[str]:
    return ["ctl", "--vendor", "daktela", "--url", sim.url, "--user", sim.login]


async def test_state_json_describes_the_agent_and_the_ringing_call() -> None:
    async with DaktelaSimulator() as sim:
        sim.ring("601234567", name="Petr Svoboda")
        result = await _agentdesk(*_target(sim), "state", "--json", secret=sim.token)
    assert result.code == 0, result.err
    state = json.loads(result.out)
    assert state["state"] == "ringing"
    assert state["pause"] is None
    assert state["calls"] == [
        {
            "id": state["calls"][0]["id"],
            "direction": "in",
            "number": "601234567",
            "name": "Petr Svoboda",
            "queue": "Support",
            "phase": "ringing",
        }
    ]


async def test_pause_then_state_then_unpause() -> None:
    async with DaktelaSimulator() as sim:
        paused = await _agentdesk(*_target(sim), "pause", "7", secret=sim.token)
        state = await _agentdesk(*_target(sim), "--json", "state", secret=sim.token)
        assert sim.state == "Paused"
        unpaused = await _agentdesk(*_target(sim), "unpause", "--json", secret=sim.token)
        assert sim.state == "Idle"
    assert (paused.code, paused.out.strip()) == (0, "ok")
    assert json.loads(state.out)["pause"] == {"id": "7", "title": "Oběd"}
    assert json.loads(unpaused.out) == {"ok": True}


async def test_dial_answer_hangup_and_pauses() -> None:
    async with DaktelaSimulator() as sim:
        dialled = await _agentdesk(
            *_target(sim), "dial", "+420601234567", "--json", secret=sim.token
        )
        hung_up = await _agentdesk(*_target(sim), "hangup", secret=sim.token)
        sim.ring("777000111")
        answered = await _agentdesk(*_target(sim), "answer", secret=sim.token)
        assert sim.state == "Speaking"
        pauses = await _agentdesk(*_target(sim), "pauses", secret=sim.token)
    assert dialled.code == 0 and json.loads(dialled.out)["call_id"]
    assert hung_up.code == 0 and answered.code == 0
    assert "7\tOběd" in pauses.out.splitlines()


async def test_the_vendors_refusal_is_one_line_on_stderr_with_status_1() -> None:
    async with DaktelaSimulator() as sim:
        result = await _agentdesk(*_target(sim), "pause", "100", secret=sim.token)
    assert result.code == 1
    assert result.err.strip() == "agentdesk ctl: the vendor refused: Tato pauza nebyla nalezena"
    assert result.out == ""


async def test_a_wrong_token_exits_3_and_a_dead_server_exits_4() -> None:
    async with DaktelaSimulator() as sim:
        wrong = await _agentdesk(*_target(sim), "state", secret="0" * 40)
        target = _target(sim)
    down = await _agentdesk(*target, "state", secret="x")
    assert wrong.code == 3 and "Uživatel neexistuje" in wrong.err
    assert down.code == 4 and "cannot reach Daktela" in down.err
    assert "Traceback" not in wrong.err + down.err


async def test_no_secret_anywhere_says_how_to_give_one() -> None:
    async with DaktelaSimulator() as sim:
        result = await _agentdesk(*_target(sim), "state")
    assert result.code == 2
    assert "AGENTDESK_SECRET" in result.err
    assert len(result.err.strip().splitlines()) == 1


def test_help_and_version() -> None:
    for args in (["--help"], ["ctl", "--help"], ["--version"]):
        done = subprocess.run(
            [sys.executable, "-m", "agentdesk", *args],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "agentdesk" in done.stdout


@pytest.fixture
def standalone_simulator() -> Iterator[tuple[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "sim", "daktela", "--no-scenario"],
        env=_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url_line = proc.stdout.readline()
        token_line = proc.stdout.readline()
        url = url_line.rsplit(" ", 1)[1].strip()
        token = token_line.split(":", 1)[1].strip()
        yield url, token
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def test_ctl_against_the_standalone_simulator(standalone_simulator: tuple[str, str]) -> None:
    url, token = standalone_simulator
    assert url.startswith("http://127.0.0.1:")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "agentdesk",
            "ctl",
            "--vendor",
            "daktela",
            "--url",
            url,
            "--user",
            "agent",
            "state",
            "--json",
        ],
        env=_env(AGENTDESK_SECRET=token),
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["state"] == "ready"
