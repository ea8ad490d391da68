"""What `agentdesk ctl --vendor okitoki` alone does, as subprocesses on loopback (what every
vendor does alike: test_ctl_every_vendor.py)."""

from __future__ import annotations

import json
from pathlib import Path

from agentdesk.sim.okitoki.simulator import OkiTokiSimulator
from tests.cli.test_ctl import _agentdesk
from tests.simulated_vendors import okitoki_target as _target


def _finished_call(sim: OkiTokiSimulator, phone: str = "380501234567") -> str:
    session_id = sim.ring(phone)
    sim.pick_up()
    sim.customer_hangup()
    return session_id


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


async def test_statuses_without_the_ready_one_exit_2() -> None:
    async with OkiTokiSimulator() as sim:
        bad_option = await _agentdesk(
            *_target(sim, "--set", "statuses=1:Ready"), "pauses", secret=sim.token
        )
    assert bad_option.code == 2 and "ready" in bad_option.err
