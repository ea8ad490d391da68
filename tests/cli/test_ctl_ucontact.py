"""`agentdesk ctl --vendor ucontact` and `agentdesk sim ucontact` as subprocesses, on loopback."""

from __future__ import annotations

import json
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentdesk.sim.ucontact.simulator import UContactSimulator
from agentdesk.store.settings import AppSettings, save_settings
from tests.cli.test_ctl import _agentdesk, _env, standalone_sim


def _target(sim: UContactSimulator, *options: str) -> list[str]:
    return [
        "ctl",
        "--vendor",
        "ucontact",
        "--url",
        sim.url,
        "--user",
        sim.agent,
        "--set",
        f"outqueue={sim.outqueue}",
        "--set",
        f"campaign={sim.campaign}",
        "--set",
        f"backup_host={sim.backup_url}",
        "--set",
        f"breaks={sim.breaks_option}",
        "--set",
        f"dispositions={sim.dispositions_option}",
        *options,
    ]


def _finished_call(sim: UContactSimulator, phone: str = "098344484") -> str:
    sim.set_logged_in(True)
    guid = sim.ring(phone)
    sim.pick_up()
    sim.customer_hangup()
    return guid


async def test_state_pauses_pause_and_unpause() -> None:
    async with UContactSimulator() as sim:
        state = await _agentdesk(*_target(sim), "state", "--json", secret=sim.password)
        pauses = await _agentdesk(*_target(sim), "pauses", secret=sim.password)
        paused = await _agentdesk(
            *_target(sim, "--set", "logoff=no"), "pause", "Almuerzo", secret=sim.password
        )
        on_break = sim.on_break
        unpaused = await _agentdesk(
            *_target(sim, "--set", "logoff=no"), "unpause", "--json", secret=sim.password
        )
        after = sim.on_break
        logoffs = sim.paths("api/AgentLogoff")
    assert state.code == 0, state.err
    assert json.loads(state.out) == {
        "state": "logged_in",
        "since": None,
        "pause": None,
        "agent": {"login": "jperez", "name": "Juan Pérez"},
        "calls": [],
    }
    assert pauses.code == 0, pauses.err
    assert pauses.out.splitlines() == [
        "Almuerzo\tAlmuerzo",
        "Baño\tBaño",
        "Capacitación\tCapacitación",
        "Reunión\tReunión",
        "Postllamada\tPostllamada\t(wrap-up)",
    ]
    assert (paused.code, paused.out.strip(), on_break) == (0, "ok", "Almuerzo")
    assert json.loads(unpaused.out) == {"ok": True} and after is None
    assert logoffs == []  # ctl never signs the agent out of the session their desktop holds


async def test_dial_and_hangup() -> None:
    # A desk in Uruguay: national numbers are read there, as the dial bar reads them.
    save_settings(AppSettings(default_region="UY"))
    async with UContactSimulator(outbound_answer_after=30) as sim:
        dialled = await _agentdesk(*_target(sim), "dial", "099 124 484", secret=sim.password)
        live = sim.live_call
        hung = await _agentdesk(*_target(sim), "hangup", secret=sim.password)
        after = sim.live_call
        nothing = await _agentdesk(*_target(sim), "hangup", secret=sim.password)
    assert dialled.code == 0, dialled.err
    assert live is not None and dialled.out.strip() == f"dialling, call id {live.guid}"
    assert live.customer == "+59899124484"
    assert (hung.code, after) == (0, None)
    assert nothing.code == 1
    assert "no call to hang up" in nothing.err


async def test_history_across_pages_and_a_recording(tmp_path: Path) -> None:
    target = tmp_path / "call.mp3"
    async with UContactSimulator() as sim:
        guid = _finished_call(sim)
        history = await _agentdesk(*_target(sim), "history", "--json", secret=sim.password)
        saved = await _agentdesk(
            *_target(sim), "recording", guid, "-o", str(target), secret=sim.password
        )
        missing = await _agentdesk(
            *_target(sim), "recording", "nope", "-o", str(tmp_path / "x"), secret=sim.password
        )
        pages = [p["lastrow"] for p in sim.paths("Cdr/getrecords")]
        mine = len([r for r in sim.records.rows if r.agent == sim.agent])
    assert history.code == 0, history.err
    calls = json.loads(history.out)["calls"]
    assert len(calls) == mine > 50
    assert pages[:2] == ["0", "50"]
    assert (calls[0]["id"], calls[0]["number"], calls[0]["direction"]) == (guid, "098344484", "in")
    assert saved.code == 0, saved.err
    assert "audio/wav" in saved.out
    with wave.open(str(target)) as audio:
        assert audio.getnframes() > 0
    assert missing.code == 1
    assert (
        missing.err.strip()
        == "agentdesk ctl: the vendor refused: uContact has no recording of call nope"
    )


async def test_dispositions_and_dispose() -> None:
    async with UContactSimulator() as sim:
        guid = _finished_call(sim)
        options = ("--set", "data_fields=d1:Pedido", "--set", "tag_title=Etiqueta")
        form = await _agentdesk(
            *_target(sim, *options), "dispositions", "--json", secret=sim.password
        )
        saved = await _agentdesk(
            *_target(sim, *options, "--set", "logoff=no"),
            "dispose",
            guid,
            "--status",
            "Venta>Tarjeta",
            "--field",
            "d1=A-17",
            "--field",
            "tag=vip",
            "--note",
            "Quiere el plan grande",
            "--callback",
            "2026-12-01 10:00",
            "--then-pause",
            "Postllamada",
            secret=sim.password,
        )
        on_break = sim.on_break
        refused = await _agentdesk(
            *_target(sim), "dispose", guid, "--status", "Venta>Cheque", secret=sim.password
        )
        disposed = list(sim.dispositions)
        tags = list(sim.tags)
    assert form.code == 0, form.err
    shown = json.loads(form.out)
    assert shown["call_id"] == guid
    assert shown["form"]["statuses"][0] == {"id": "Venta>Tarjeta", "title": "Venta › Tarjeta"}  # noqa: RUF001
    assert [f["name"] for f in shown["form"]["fields"]] == ["d1", "tag"]
    assert saved.code == 0, saved.err
    assert disposed == [
        {
            "campaign": "Soporte<-",
            "agent": "jperez",
            "callerid": "098344484",
            "guid": guid,
            "l1": "Venta",
            "l2": "Tarjeta",
            "l3": "",
            "d1": "A-17",
            "d2": "",
            "comment": "Quiere el plan grande",
            "schedule": "2026-12-01 10:00:00",
        }
    ]
    assert tags == [{"phone": "098344484", "guid": guid, "data": "vip"}]
    assert on_break == "Postllamada"
    assert refused.code == 1 and "refused the disposition" in refused.err


async def test_refusals_exit_with_their_codes() -> None:
    async with UContactSimulator() as sim:
        unknown = await _agentdesk(*_target(sim), "pause", "Siesta", secret=sim.password)
        wrong = await _agentdesk(*_target(sim), "state", secret="nope")
        answer = await _agentdesk(*_target(sim), "answer", secret=sim.password)
        bad_option = await _agentdesk(
            *_target(sim, "--set", "dispositions=a>b>c>d"), "state", secret=sim.password
        )
        token = await _agentdesk(
            *_target(sim, "--set", "auth=token", "--set", f"phone={sim.phone}"),
            "pause",
            "Baño",
            secret=sim.token,
        )
        url = sim.url
    gone = await _agentdesk(
        "ctl", "--vendor", "ucontact", "--url", url, "--user", "jperez", "state", secret="x"
    )
    assert unknown.code == 1 and "refused the break" in unknown.err
    assert wrong.code == 3 and "agent name or password" in wrong.err
    assert answer.code == 1 and "answer" in answer.err
    assert bad_option.code == 2 and "levels" in bad_option.err
    assert token.code == 0, token.err
    assert gone.code == 4


@pytest.fixture
def standalone_ucontact() -> Iterator[dict[str, str]]:
    with standalone_sim("ucontact", banner_lines=10) as shown:
        yield shown


def test_sim_ucontact_prints_what_a_profile_needs(standalone_ucontact: dict[str, str]) -> None:
    shown = standalone_ucontact
    assert shown["url"].startswith("http://127.0.0.1:")
    assert shown["agent"].startswith("jperez ")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "agentdesk",
            "ctl",
            "--vendor",
            "ucontact",
            "--url",
            shown["url"],
            "--user",
            "jperez",
            "--set",
            f"breaks={shown['breaks']}",
            "pauses",
            "--json",
        ],
        env=_env(AGENTDESK_SECRET=shown["password"]),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["pauses"]) == 5
