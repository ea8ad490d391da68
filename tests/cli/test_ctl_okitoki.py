"""`agentdesk ctl --vendor okitoki` and `agentdesk sim okitoki` as subprocesses, on loopback."""

# The statuses are Ukrainian on purpose: RUF001 would flag their letters.
# ruff: noqa: RUF001

from __future__ import annotations

import json
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from tests.cli.test_ctl import _agentdesk, _env, standalone_sim


def _target(sim: OkiTokiSimulator, *options: str) -> list[str]:
    return [
        "ctl",
        "--vendor",
        "okitoki",
        "--url",
        sim.url,
        "--user",
        sim.user_id,
        "--set",
        f"dialer_id={sim.dialer_id}",
        "--set",
        f"statuses={sim.statuses_option}",
        *options,
    ]


def _finished_call(sim: OkiTokiSimulator, phone: str = "380501234567") -> str:
    session_id = sim.ring(phone)
    sim.pick_up()
    sim.customer_hangup()
    return session_id


async def test_state_pauses_pause_and_unpause() -> None:
    async with OkiTokiSimulator() as sim:
        state = await _agentdesk(*_target(sim), "state", "--json", secret=sim.token)
        pauses = await _agentdesk(*_target(sim), "pauses", secret=sim.token)
        paused = await _agentdesk(*_target(sim), "pause", "2/21", secret=sim.token)
        assert (sim.status_id, sim.away_status_id) == ("2", "21")
        unpaused = await _agentdesk(*_target(sim), "unpause", "--json", secret=sim.token)
        assert sim.status_id == "1"
    assert state.code == 0, state.err
    assert json.loads(state.out) == {
        "state": "logged_in",
        "since": None,
        "pause": None,
        "agent": {"login": "12", "name": None},
        "calls": [],
    }
    assert pauses.code == 0, pauses.err
    assert pauses.out.splitlines() == [
        "2/21\tКава",
        "2/22\tНарада",
        "3\tОбід",
        "4\tНавчання",
        "5\tПостобробка\t(wrap-up)",
    ]
    assert (paused.code, paused.out.strip()) == (0, "ok")
    assert json.loads(unpaused.out) == {"ok": True}


async def test_dial_creates_a_dialer_task() -> None:
    async with OkiTokiSimulator(task_dial_after=30) as sim:
        dialled = await _agentdesk(*_target(sim), "dial", "+380671112233", secret=sim.token)
        task = sim.tasks["5001"]
        assert task.state == "queued"
        cancelled = await _agentdesk(*_target(sim), "cancel-dial", "5001", secret=sim.token)
        assert task.state == "canceled"
    assert cancelled.code == 0, cancelled.err
    assert dialled.code == 0, dialled.err
    assert dialled.out.strip() == "dialling, call id 5001"
    assert (task.dialer_id, task.phones, task.user_id, task.priority) == (
        "3",
        ["+380671112233"],  # E.164, as the GUI's dial bar sends it
        "12",
        "2",
    )


async def test_history_in_each_log_format(tmp_path: Path) -> None:
    async with OkiTokiSimulator() as sim:
        session_id = _finished_call(sim)
        outputs = [
            await _agentdesk(
                *_target(sim, "--set", f"call_log_format={fmt}"),
                "history",
                "--json",
                secret=sim.token,
            )
            for fmt in ("json", "csv", "csv_2016")
        ]
        as_text = await _agentdesk(*_target(sim), "history", secret=sim.token)
    assert all(o.code == 0 for o in outputs), [o.err for o in outputs]
    calls = [json.loads(o.out)["calls"] for o in outputs]
    assert calls[0] == calls[1] == calls[2]
    newest = calls[0][0]
    assert (newest["id"], newest["number"], newest["name"]) == (
        session_id,
        "380501234567",
        "Петро Шевченко",
    )
    assert newest["has_recording"] is True
    assert as_text.out.splitlines()[0].startswith(f"{session_id}\t")


async def test_recording_is_written_as_wav(tmp_path: Path) -> None:
    target = tmp_path / "call.wav"
    async with OkiTokiSimulator() as sim:
        session_id = _finished_call(sim)
        saved = await _agentdesk(
            *_target(sim), "recording", session_id, "-o", str(target), secret=sim.token
        )
        missing = await _agentdesk(
            *_target(sim), "recording", "123", "-o", str(tmp_path / "x.wav"), secret=sim.token
        )
    assert saved.code == 0, saved.err
    with wave.open(str(target)) as audio:
        assert audio.getnframes() > 0
    assert missing.code == 1
    assert missing.err.strip() == (
        "agentdesk ctl: Oki-Toki has no recording of call 123 (Record of call 123 not found)"
    )


async def test_dispositions_and_dispose() -> None:
    async with OkiTokiSimulator() as sim:
        session_id = _finished_call(sim)
        sim.call_data[session_id] = {"crm_id": "990"}
        options = ("--set", "results=sale:Sale,callback:Call back", "--set", "fields=order:Order")
        form = await _agentdesk(*_target(sim, *options), "dispositions", "--json", secret=sim.token)
        saved = await _agentdesk(
            *_target(sim, *options),
            "dispose",
            session_id,
            "--status",
            "sale",
            "--field",
            "order=A-17",
            "--note",
            "Wants the blue one",
            "--then-pause",
            "3",
            secret=sim.token,
        )
        data = dict(sim.call_data[session_id])
        status = sim.status_id
    assert form.code == 0, form.err
    shown = json.loads(form.out)
    assert shown["call_id"] == session_id
    assert shown["form"]["statuses"] == [
        {"id": "sale", "title": "Sale"},
        {"id": "callback", "title": "Call back"},
    ]
    assert [(f["name"], f["value"]) for f in shown["form"]["fields"]] == [
        ("order", ""),
        ("crm_id", "990"),
    ]
    assert saved.code == 0, saved.err
    assert data == {
        "crm_id": "990",
        "order": "A-17",
        "result": "sale",
        "comment": "Wants the blue one",
    }
    assert status == "3"


async def test_refusals_exit_with_their_codes() -> None:
    async with OkiTokiSimulator() as sim:
        unknown = await _agentdesk(*_target(sim), "pause", "99", secret=sim.token)
        wrong_token = await _agentdesk(*_target(sim), "state", secret="nope")
        answer = await _agentdesk(*_target(sim), "answer", secret=sim.token)
        bad_option = await _agentdesk(
            *_target(sim, "--set", "statuses=1:Ready"), "pauses", secret=sim.token
        )
        url = sim.url
    gone = await _agentdesk(
        "ctl", "--vendor", "okitoki", "--url", url, "--user", "12", "state", secret="x"
    )
    assert (unknown.code, unknown.err.strip()) == (
        1,
        "agentdesk ctl: the vendor refused: Status 99 not found",
    )
    assert wrong_token.code == 3 and "api_token is missing or wrong" in wrong_token.err
    assert answer.code == 1 and "answer" in answer.err
    assert bad_option.code == 2 and "ready" in bad_option.err
    assert gone.code == 4


@pytest.fixture
def standalone_okitoki() -> Iterator[dict[str, str]]:
    hooks = "http://127.0.0.1:9/okitoki"
    with standalone_sim("okitoki", "--webhook-url", hooks, banner_lines=7) as shown:
        yield shown


def test_sim_okitoki_prints_what_a_profile_needs(standalone_okitoki: dict[str, str]) -> None:
    shown = standalone_okitoki
    assert shown["url"].startswith("http://127.0.0.1:")
    assert shown["user id"].startswith("12 ")
    assert shown["webhooks to"] == "http://127.0.0.1:9/okitoki"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "agentdesk",
            "ctl",
            "--vendor",
            "okitoki",
            "--url",
            shown["url"],
            "--user",
            "12",
            "--set",
            f"statuses={shown['statuses']}",
            "pauses",
            "--json",
        ],
        env=_env(AGENTDESK_SECRET=shown["api token"]),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["pauses"]) == 5
