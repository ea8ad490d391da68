"""``agentdesk ctl waiting|pickup|login|logout`` as subprocesses against the Daktela
simulator, refusals included (a call no longer waiting, log-out during a call or a
wrap-up), with the exit codes of ``agentdesk/ctl.py``."""

from __future__ import annotations

import json

from agentdesk.sim.daktela.simulator import DaktelaSimulator
from agentdesk.sim.ucontact.simulator import UContactSimulator
from tests.cli.test_ctl import _agentdesk
from tests.cli.test_ctl_ucontact import _target as ucontact_target


def _target(sim: DaktelaSimulator, *more: str) -> list[str]:
    return ["ctl", "--vendor", "daktela", "--url", sim.url, "--user", sim.login, *more]


async def test_waiting_lists_the_callers_and_pickup_takes_one() -> None:
    async with DaktelaSimulator(seed_history=False) as sim:
        call_id = sim.queue_caller("601111111", queue_id="3")
        listed = await _agentdesk(*_target(sim), "waiting", "--json", secret=sim.token)
        text = await _agentdesk(*_target(sim), "waiting", secret=sim.token)
        taken = await _agentdesk(*_target(sim), "pickup", call_id, secret=sim.token)
        again = await _agentdesk(*_target(sim), "pickup", call_id, secret=sim.token)
        empty = await _agentdesk(*_target(sim), "waiting", secret=sim.token)
        assert sim.state == "Speaking"
    assert listed.code == 0, listed.err
    (row,) = json.loads(listed.out)["waiting"]
    assert (row["id"], row["number"], row["queue"], row["queue_id"]) == (
        call_id,
        "601111111",
        "Sales",
        "3",
    )
    assert text.out.startswith(f"{call_id}\t601111111\tSales\t0:0")
    assert (taken.code, taken.out.strip()) == (0, "ok")
    assert again.code == 1
    assert again.err.strip() == (
        f"agentdesk ctl: the vendor refused: Hovor {call_id} již nečeká ve frontě"
    )
    assert empty.out.strip() == "no callers waiting"


async def test_logout_and_login_at_an_extension() -> None:
    async with DaktelaSimulator(seed_history=False) as sim:
        out = await _agentdesk(*_target(sim), "logout", secret=sim.token)
        assert sim.state is None
        back = await _agentdesk(
            *_target(sim), "login", "--extension", "100", "--json", secret=sim.token
        )
        assert sim.state == "Idle"
    assert (out.code, out.out.strip()) == (0, "ok")
    assert back.code == 0, back.err
    assert json.loads(back.out) == {"ok": True}
    assert ("Login", {"user": "agent", "extension": "100"}) in sim.requests


async def test_logout_is_refused_during_a_call_and_during_a_wrap_up() -> None:
    async with DaktelaSimulator(seed_history=False, wrapup_seconds=30) as sim:
        sim.ring("601234567")
        in_call = await _agentdesk(*_target(sim), "logout", secret=sim.token)
        sim.pick_up()
        sim.customer_hangup()
        in_wrap_up = await _agentdesk(*_target(sim), "logout", secret=sim.token)
        assert sim.state == "Paused"  # still logged in, on the wrap-up pause
    assert in_call.code == 1
    assert in_call.err.strip() == "agentdesk ctl: cannot log out: not during a call: hang up first"
    assert in_wrap_up.code == 1
    assert "wrap-up of the last call is not saved" in in_wrap_up.err
    assert "Logout" not in {a for a, _ in sim.requests}


async def test_vendors_without_a_shift_say_so() -> None:
    async with DaktelaSimulator(api_version="3.3", seed_history=False) as sim:
        out = await _agentdesk(*_target(sim, "--set", "api_version=3.3"), "login", secret=sim.token)
    assert out.code == 1
    assert "Login from API version 3.4" in out.err


async def test_ucontact_logs_the_agent_off_with_its_agent_logoff() -> None:
    async with UContactSimulator() as sim:
        out = await _agentdesk(*ucontact_target(sim), "logout", secret=sim.password)
        waiting = await _agentdesk(*ucontact_target(sim), "waiting", secret=sim.password)
        assert not sim.logged_in
    assert (out.code, out.out.strip()) == (0, "ok")
    assert [p["message"] for p in sim.paths("api/AgentLogoff")] == ["Logged off in AgentDesk"]
    assert waiting.code == 1
    assert "queue_pickup" in waiting.err
