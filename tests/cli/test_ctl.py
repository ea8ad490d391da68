"""`agentdesk ctl` as subprocesses against the Daktela simulator on loopback: what ctl does
whatever the vendor (the dial bar's rules, a missing secret, help) and what Daktela's ctl alone
does (what every vendor does alike: test_ctl_every_vendor.py). The helpers every ctl and sim
test runs the command with are here too."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pytest

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from tests.simulated_vendors import daktela_target as _target


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("AGENTDESK_SECRET", None)
    # Never the developer's own keyring: a machine without one, like a headless server.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.update(extra)
    return env


@contextlib.contextmanager
def standalone_sim(vendor: str, *options: str, banner_lines: int) -> Iterator[dict[str, str]]:
    """Run ``agentdesk sim VENDOR`` and read its banner: the URL line, then ``key: value``
    lines, then the line that says it is serving (read only to wait for it)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "agentdesk", "sim", vendor, "--no-scenario", *options],
        env=_env(),
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(banner_lines)]
        found = {"url": lines[0].rsplit(" ", 1)[1].strip()}
        for line in lines[1:-1]:
            key, _, value = line.partition(":")
            found[key.strip()] = value.strip()
        yield found
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


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


@pytest.mark.parametrize(
    ("number", "why"),
    [
        ("notanumber", "'notanumber' has no digits"),
        ("", "no number given"),
        ("601-23x-567", "'601-23x-567' is not a phone number: use digits"),
        ("1", "'1' is not a phone number"),
        ("+42060123456789012", "'+42060123456789012' "),
        ("60" * 3000, "… (6000 characters)"),
    ],
    ids=["letters", "empty", "a-letter-inside", "one-digit", "too-long", "huge"],
)
async def test_dial_refuses_what_the_dial_bar_refuses_before_asking_the_vendor(
    number: str, why: str
) -> None:
    async with DaktelaSimulator() as sim:
        result = await _agentdesk(*_target(sim), "dial", number, secret=sim.token)
        asked = list(sim.requests)
    assert result.code == 2, result.err
    assert result.out == ""
    [line] = result.err.splitlines()
    assert line.startswith("agentdesk ctl: cannot dial: ") and why in line, line
    assert len(line) < 200
    assert asked == []  # refused before any request


async def test_dial_sends_what_the_dial_bar_would() -> None:
    # A national number read in the settings' region becomes E.164; an extension stays as
    # typed.
    async with DaktelaSimulator() as sim:
        national = await _agentdesk(*_target(sim), "dial", "601 234 567", secret=sim.token)
        hung_up = await _agentdesk(*_target(sim), "hangup", secret=sim.token)
        internal = await _agentdesk(*_target(sim), "dial", "200", secret=sim.token)
        numbers = [params["number"] for _action, params in sim.requests if "number" in params]
    assert (national.code, hung_up.code, internal.code) == (0, 0, 0), national.err + internal.err
    assert numbers == ["+420601234567", "200"]


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


def _answered(sim: DaktelaSimulator, number: str = "601234567") -> str:
    call_id = sim.ring(number)
    sim.pick_up()
    sim.customer_hangup()
    return call_id


async def test_history_json_and_text() -> None:
    async with DaktelaSimulator(seed_history=False, wrapup_seconds=30) as sim:
        call_id = _answered(sim)
        as_json = await _agentdesk(*_target(sim), "history", "--json", secret=sim.token)
        as_text = await _agentdesk(
            *_target(sim), "history", "--since", "2020-01-01", secret=sim.token
        )
        bad = await _agentdesk(*_target(sim), "history", "--since", "soon", secret=sim.token)
    assert as_json.code == 0, as_json.err
    [call] = json.loads(as_json.out)["calls"]
    assert call["id"] == call_id
    assert (call["direction"], call["number"], call["name"]) == ("in", "601234567", "Petr Svoboda")
    assert call["has_recording"] is True and call["duration"] >= 0
    assert datetime.fromisoformat(call["time"]).tzinfo is not None
    assert as_text.code == 0
    assert as_text.out.startswith(call_id + "\t") and "Petr Svoboda" in as_text.out
    assert bad.code == 2 and len(bad.err.strip().splitlines()) == 1


async def test_dispositions_show_the_open_form() -> None:
    async with DaktelaSimulator(seed_history=False, wrapup_seconds=30) as sim:
        call_id = _answered(sim)
        as_json = await _agentdesk(*_target(sim), "dispositions", "--json", secret=sim.token)
        as_text = await _agentdesk(*_target(sim), "dispositions", call_id, secret=sim.token)
        other = await _agentdesk(*_target(sim), "dispositions", "1.1", secret=sim.token)
    assert as_json.code == 0, as_json.err
    shown = json.loads(as_json.out)
    assert shown["call_id"] == call_id  # the newest call, none being live
    form = shown["form"]
    assert {"id": "objednavka", "title": "Objednávka"} in form["statuses"]
    assert [f["name"] for f in form["fields"]] == ["field_poznamka", "field_produkt"]
    assert form["fields"][1]["kind"] == "choice" and "Internet" in form["fields"][1]["choices"]
    assert form["accepts_note"] is False
    assert "  objednavka\tObjednávka" in as_text.out.splitlines()
    assert other.code == 0 and other.out.strip() == "no open form for call 1.1"


async def test_dispose_saves_refuses_and_needs_a_note_field_for_notes() -> None:
    async with DaktelaSimulator(seed_history=False, wrapup_seconds=30) as sim:
        call_id = _answered(sim)
        refused = await _agentdesk(
            *_target(sim), "dispose", call_id, "--status", "nevim", secret=sim.token
        )
        note = await _agentdesk(
            *_target(sim),
            "dispose",
            call_id,
            "--status",
            "objednavka",
            "--note",
            "hi",
            secret=sim.token,
        )
        saved = await _agentdesk(
            *_target(sim),
            "dispose",
            call_id,
            "--status",
            "volat_pozdeji",
            "--field",
            "field_produkt=Televize",
            "--callback",
            "2026-12-01 18:00",
            "--then-pause",
            "7",
            "--json",
            secret=sim.token,
        )
        assert (sim.state, sim.id_pause) == ("Paused", "7")
        [script] = sim.closed_scripts
    assert refused.code == 1
    assert refused.err.strip() == "agentdesk ctl: the vendor refused: Stav neexistuje"
    assert note.code == 2 and "note_field" in note.err
    assert len(note.err.strip().splitlines()) == 1
    assert saved.code == 0, saved.err
    assert json.loads(saved.out) == {"ok": True}
    assert script.values == {"field_produkt": "Televize"}
    assert script.nextcall is not None and script.nextcall.hour == 18


async def test_a_damaged_outbox_is_left_for_the_window_to_set_aside() -> None:
    """ctl sends a wrap-up straight to the vendor and says at once whether it was saved, so it
    never opens the outbox: a damaged one neither stops it nor is moved by it (the window
    sets it aside and tells the agent, who is there to read it)."""
    from agentdesk.store.outbox import default_path

    damaged = default_path()
    damaged.parent.mkdir(parents=True, exist_ok=True)
    damaged.write_bytes(b"not a database\n" * 40)
    async with DaktelaSimulator(seed_history=False, wrapup_seconds=30) as sim:
        call_id = _answered(sim)
        saved = await _agentdesk(
            *_target(sim), "dispose", call_id, "--status", "objednavka", secret=sim.token
        )
        state = await _agentdesk(*_target(sim), "state", secret=sim.token)
    assert saved.code == 0, saved.err
    assert state.code == 0, state.err
    assert damaged.read_bytes() == b"not a database\n" * 40
    assert [p.name for p in damaged.parent.iterdir()] == [damaged.name]
